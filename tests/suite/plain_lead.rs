//! Plain mode that can lead (issue 24 item 6): create an assessment, undo and redo,
//! `clear` and replacing a note ask first, announcements name the segment, a plain
//! viewer follows the sessions of its room, and a whole session facilitated through a
//! pipe. Driven through pipes to the real binary and read back as transcripts.

use crate::common::Env;
use crate::plain_mode::{assert_no_escapes, transcript};
use touchstone::store::Store;

/// `new` asks field by field with the form's checks: a refused answer is said and
/// asked again, Enter takes what the question offers, and the new assessment opens.
#[test]
fn new_asks_each_field_checks_it_and_opens_the_new_assessment() {
    let env = Env::new();
    let text = transcript(
        env.cmd().arg("--plain"),
        "new\n\nLincoln Elementary\nDistrict 5\n2026-13-01\n2026-10-01\nAna, Bo ,\n\n9\n\nquit\n",
    );
    for line in [
        "A new assessment. Answer each question",
        "School? (required)",
        "Not accepted: School is required.",
        "District? Press Enter for none.",
        "Not accepted: \"2026-13-01\" is not a date like 2026-11-22.",
        "Team members, separated by commas? Press Enter for none.",
        "Facilitator? Press Enter for none.",
        "9 is not one of the rubrics: type a number from 1 to",
        "Created the assessment of Lincoln Elementary (District 5), 2026-10-01, ",
        "Opened Lincoln Elementary, 2026-10-01",
        "Type a number to rate cl-1",
    ] {
        assert!(text.contains(line), "missing {line:?} in:\n{text}");
    }
    let store = Store::open(&env.db()).expect("open");
    let mut found = Vec::new();
    store
        .each_listed(|a| {
            found.push(a.id.clone());
            Ok(())
        })
        .expect("list");
    assert_eq!(found.len(), 1);
    let a = store.load(&found[0]).expect("load");
    assert_eq!(a.meta.school, "Lincoln Elementary");
    assert_eq!(a.meta.district.as_deref(), Some("District 5"));
    assert_eq!(a.meta.date.to_string(), "2026-10-01");
    assert_eq!(a.meta.team, vec!["Ana", "Bo"]);
    assert_eq!(a.meta.facilitator, None);
    assert_eq!(a.rubric.id, "cs-site-2017");
}

/// `new SCHOOL` takes the school from the words; `cancel` creates nothing; a school
/// the text policy refuses is refused as the form refuses it.
#[test]
fn new_with_the_school_in_the_words_and_cancel() {
    let env = Env::new();
    let text = transcript(
        env.cmd().arg("--plain"),
        "new Riverside High\ncancel\nlist\nquit\n",
    );
    assert!(text.contains("District? Press Enter for none."), "{text}");
    assert!(!text.contains("School? (required)"), "{text}");
    assert!(text.contains("Cancelled: no assessment created."), "{text}");
    assert!(text.contains("No assessments yet."), "{text}");
    // In Spanish, the same questions.
    let text = transcript(
        env.cmd().args(["--plain", "--lang", "es"]),
        "nueva\nsalir\n",
    );
    assert!(text.contains("¿Escuela? (obligatorio)"), "{text}");
}

/// `undo` puts back one's own last change and `redo` makes it again, exactly that
/// change; another person's newer change refuses the undo.
#[test]
fn undo_and_redo_on_an_assessment() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let text = transcript(
        env.cmd().arg("--plain"),
        "open 1\nundo\n3\nnote Roles written\nnext\n2\nundo\nundo\nredo\nredo\nredo\nquit\n",
    );
    for line in [
        "Nothing to undo: you have not changed anything here yet.",
        "Saved: cl-1 rated Developing, level 3. 1 of 61 indicators rated.",
        "Saved: cl-2 rated Emerging, level 2. 2 of 61 indicators rated.",
        "Undone: cl-2 rated Unrated. 1 of 61 indicators rated.",
        "Undone: the note of cl-1. 1 of 61 indicators rated.",
        "Redone: the note of cl-1. 1 of 61 indicators rated.",
        "Redone: cl-2 rated Emerging, level 2. 2 of 61 indicators rated.",
        "Nothing to redo.",
    ] {
        assert!(text.contains(line), "missing {line:?} in:\n{text}");
    }
    assert!(!text.contains("not something to type"), "{text}");
    let a = Store::open(&env.db())
        .expect("open")
        .load(&id)
        .expect("load");
    assert_eq!(a.entries[0].note, "Roles written");
    assert!(a.entries[1].choice.is_some());

    // Someone else rates cl-2 after this person: undo is refused, nothing changes.
    let mut plain = crate::plain_mode::Piped::start(&env, &["--plain", "assess", &id]);
    plain.wait_for("Type a number to rate cl-3");
    plain.send("go cl-2");
    plain.send("1");
    plain.wait_for("Saved: cl-2 rated Not yet, level 1.");
    let mut other = Store::open(&env.db()).expect("open");
    let base = other.version(&id).expect("version");
    other
        .save_entry(
            &id,
            "cl-2",
            touchstone::store::Base::Parts(base),
            &touchstone::store::Edit {
                level: Some(Some("full".into())),
                ..Default::default()
            },
            "Bo Chen",
        )
        .expect("save");
    plain.send("undo");
    plain.wait_for("Not undone: Bo Chen changed cl-2 at");
    let text = plain.finish();
    assert_no_escapes(&text);
    let a = other.load(&id).expect("load");
    assert_eq!(
        a.entries[1].choice,
        Some(touchstone::rubric::Choice::Level(3))
    );
}

/// `clear` asks first: `yes` clears, anything else keeps the rating (and a command
/// typed instead still runs).
#[test]
fn clear_asks_first() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let text = transcript(
        env.cmd().arg("--plain"),
        "open 1\n3\nclear\nno\nclear\nsummary\nclear\nyes\nclear\nquit\n",
    );
    for line in [
        "Clear the rating of cl-1, Developing, level 3? Type yes to clear it; anything else keeps it.",
        "Kept: cl-1 stays rated Developing, level 3.",
        "Summary of Lincoln Elementary",
        "Saved: cl-1 rating cleared. 0 of 61 indicators rated.",
        "cl-1 is already unrated; nothing changed.",
    ] {
        assert!(text.contains(line), "missing {line:?} in:\n{text}");
    }
    assert_eq!(text.matches("Kept: cl-1 stays rated").count(), 2, "{text}");
    let a = Store::open(&env.db())
        .expect("open")
        .load(&id)
        .expect("load");
    assert_eq!(a.entries[0].choice, None);
}

/// `note TEXT` over a note already there says the note and asks first; `yes`
/// replaces it, anything else keeps it. A first note is written at once.
#[test]
fn replacing_a_note_asks_first() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let text = transcript(
        env.cmd().arg("--plain"),
        "open 1\nnote First words\nnote Second words\nnext\nprevious\nnote Third words\nsí\nquit\n",
    );
    for line in [
        "Saved: note on cl-1.",
        "cl-1 already has a note: First words",
        "Replace the note on cl-1 with yours? Type yes to replace it; anything else keeps it and drops yours.",
        "Kept: the note on cl-1 is as it was; yours is not saved.",
        "Indicator cl-2, 2 of 6",
    ] {
        assert!(text.contains(line), "missing {line:?} in:\n{text}");
    }
    let a = Store::open(&env.db())
        .expect("open")
        .load(&id)
        .expect("load");
    assert_eq!(a.entries[0].note, "Third words");
    // In Spanish, the question and the answer.
    let text = transcript(
        env.cmd().args(["--plain", "--lang", "es"]),
        "abrir 1\nnota Otra\nno\nborrar\n",
    );
    assert!(
        text.contains("cl-1 ya tiene una nota: Third words"),
        "{text}"
    );
    assert!(
        text.contains("Se conserva: la nota de cl-1 queda como estaba"),
        "{text}"
    );
}

/// Reads an SSH terminal until everything received holds `needle` (the screen of a
/// plain-mode connection scrolls; the bytes keep every line).
async fn heard(term: &mut crate::serve::Term, needle: &str) {
    let deadline = std::time::Instant::now() + crate::serve::WAIT;
    while !String::from_utf8_lossy(&term.raw).contains(needle) {
        assert!(
            std::time::Instant::now() < deadline && !term.closed,
            "timed out waiting for {needle:?}; heard:\n{}",
            String::from_utf8_lossy(&term.raw)
        );
        term.settle(std::time::Duration::from_millis(100)).await;
    }
}

/// `viewer+plain@` connected first follows the room (issue 24, the item-2 leftover):
/// nothing during pre-rating; the session announced when the room meets, then the
/// segment, the indicator brought up (naming its segment), the reveal as the secret
/// ballot tells it, the decision, a pause and the end; back at the list; and the next
/// session followed too. It cannot vote.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_plain_viewer_follows_the_sessions_of_its_room() {
    use crate::serve::Server;
    use touchstone::rubric::Choice;
    let server = Server::start().await;
    let id = server.add_assessment("Lincoln Elementary");
    let mut wall = server.shell("viewer+plain").await;
    heard(&mut wall, "This login is read only").await;

    let plan = touchstone::session::load_plans(&[])
        .0
        .into_iter()
        .find(|p| p.plan.id == "baseline-check")
        .expect("bundled plan");
    let live = {
        let mut store = Store::open(&server.db()).expect("open");
        let a = store.load(&id).expect("load");
        store
            .open_prerating(&a, &plan.plan, &plan.text, "Dana", &[])
            .expect("open pre-rating")
    };
    wall.settle(std::time::Duration::from_millis(700)).await;
    assert!(
        !String::from_utf8_lossy(&wall.raw).contains("is running"),
        "nothing is followed during pre-rating"
    );
    let mut dana = Store::open(&server.db()).expect("open");
    dana.close_prerating(&live.id, &[], None)
        .expect("close pre-rating");
    heard(
        &mut wall,
        &format!(
            "Session {} is running on Lincoln Elementary, Baseline check, facilitated by Dana.",
            live.code
        ),
    )
    .await;
    heard(&mut wall, "Segment 1 of 5: Welcome and purpose, ").await;

    // The facilitator moves on and brings up cl-1: the segment is named.
    let now = dana.live_session(&live.id).expect("live");
    let mut agenda = now.agenda;
    agenda.next(&now.plan, jiff::Timestamp::now().as_second());
    dana.save_agenda(&now, &agenda).expect("agenda");
    dana.discuss(&live.id, Some("cl-1")).expect("discuss");
    heard(&mut wall, "Segment 2 of 5: Rate the three criteria, ").await;
    heard(
        &mut wall,
        "Now discussing cl-1, round 1, in Rate the three criteria.",
    )
    .await;
    heard(&mut wall, "Levels for cl-1, type the number to choose:").await;
    wall.send(b"3\r").await;
    heard(&mut wall, "A viewer follows the session and cannot vote.").await;

    // Two private votes, revealed: counts and the comment, never a name.
    for (name, level, comment) in [("Ana", "developing", "Minutes say so"), ("Bo", "full", "")] {
        dana.join_session(&live.id, name).expect("join");
        let now = dana.live_session(&live.id).expect("live");
        dana.vote(&now, name, level, comment).expect("vote");
    }
    wall.send(b"status\r").await;
    heard(
        &mut wall,
        "cl-1, round 1; 2 of 2 people voted; votes hidden.",
    )
    .await;
    dana.reveal(&live.id).expect("reveal");
    heard(&mut wall, "Votes on cl-1 revealed, 2 votes: Not yet 0, Emerging 0, Developing 1, Fully implementing 1, N/A 0.").await;
    heard(
        &mut wall,
        "A comment with a vote for Developing, level 3: Minutes say so",
    )
    .await;
    let now = dana.live_session(&live.id).expect("live");
    let a = dana.load(&id).expect("load");
    dana.decide(
        &now,
        &a,
        "cl-1",
        Choice::Level(2),
        Some(Choice::Level(2)),
        Some(1),
        2,
        "Dana",
    )
    .expect("decide");
    heard(
        &mut wall,
        "Decision on cl-1: Developing, level 3, recorded by the facilitator from 2 votes.",
    )
    .await;
    let now = dana.live_session(&live.id).expect("live");
    let mut agenda = now.agenda;
    agenda.toggle_pause(jiff::Timestamp::now().as_second());
    dana.save_agenda(&now, &agenda).expect("pause");
    heard(&mut wall, "The session is paused.").await;
    dana.end_session(&live.id).expect("end");
    heard(&mut wall, &format!("Session {} has ended.", live.code)).await;
    heard(&mut wall, "Back at the list of assessments.").await;
    let text = String::from_utf8_lossy(&wall.raw).to_string();
    assert!(
        !text.contains("Ana") && !text.contains(" voted "),
        "a private vote is never named:\n{text}"
    );

    // Between sessions: the next one is followed too.
    let next = crate::common::start_baseline(&mut dana, &id);
    heard(&mut wall, &format!("Session {} is running", next.code)).await;
    assert!(!wall.raw.contains(&0x1b), "no escape byte");
    server.stop().await;
}

/// The join code in a line such as "Session K7MPQ2 is open for …".
fn code_in(text: &str, before: &str) -> String {
    let line = text
        .lines()
        .find(|l| l.contains(before))
        .unwrap_or_else(|| panic!("no line with {before:?} in:\n{text}"));
    line.split_whitespace()
        .nth(1)
        .expect("a code after Session")
        .to_string()
}

/// Issue 24's acceptance: plain-mode facilitation runs a whole session through a pipe
/// with no escape byte — the plans, silent pre-rating opened and closed, the agenda,
/// next into the rating segment (its title named), votes coming in (names, never
/// levels), reveal, the consensus recorded, next, pause and resume, a level recorded
/// by number, end asked first, and the minutes written.
#[test]
fn plain_facilitation_runs_a_whole_session_through_a_pipe() {
    use crate::plain_mode::Piped;
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let mut dana = Piped::start(&env, &["--plain", "assess", &id]);
    dana.wait_for("Type a number to rate cl-1");
    dana.send("lead");
    dana.wait_for("(baseline-check), 45 minutes.");
    dana.send("prerate baseline-check");
    dana.wait_for("is open for silent pre-rating on Lincoln Elementary");
    let code = code_in(&dana.text(), "is open for silent pre-rating");
    dana.wait_for(&format!("People join with the code {code}"));

    // Two members pre-rate alone; the facilitator hears how far, never what.
    let mut room = Store::open(&env.db()).expect("open");
    let session_id = room.find_session(&code).expect("session");
    for (name, level) in [("Ana", "developing"), ("Bo", "full")] {
        room.prerate(&session_id, name, "cl-1", level, "")
            .expect("prerate");
    }
    dana.send("status");
    dana.wait_for("2 members have pre-rated, of 3 indicators.");
    dana.wait_for("Ana: 1 of 3.");
    dana.send("close");
    dana.wait_for("Pre-rating closed; the room meets.");
    dana.wait_for("Segment 1 of 5: Welcome and purpose, 5 minutes.");
    dana.send("agenda");
    dana.wait_for("Agenda of Baseline check, 5 segments:");
    dana.wait_for("1. Welcome and purpose, 5 minutes. Now.");
    dana.send("next");
    dana.wait_for("Segment 2 of 5: Rate the three criteria, 20 minutes.");
    dana.wait_for("Now discussing cl-1, round 1, in Rate the three criteria.");

    // The room votes; the facilitator hears who, never what.
    for (name, level, comment) in [
        ("Ana", "developing", "Minutes show two decisions"),
        ("Bo", "full", ""),
    ] {
        room.join_session(&session_id, name).expect("join");
        let now = room.live_session(&session_id).expect("live");
        room.vote(&now, name, level, comment).expect("vote");
    }
    dana.wait_for("Votes on cl-1: 2 of 2. Voted: Ana, Bo. Not yet: nobody.");
    dana.send("decide");
    dana.wait_for("Not done: reveal the votes first, then record the consensus.");
    dana.send("reveal");
    dana.wait_for("Votes on cl-1 revealed, 2 votes: Not yet 0, Emerging 0, Developing 1, Fully implementing 1, N/A 0.");
    dana.wait_for("A comment with a vote for Developing, level 3: Minutes show two decisions");
    dana.send("decide");
    dana.wait_for(
        "Decision on cl-1: Developing, level 3, recorded by the facilitator from 2 votes.",
    );
    dana.send("next");
    dana.wait_for("Now discussing pl-1, round 1, in Rate the three criteria.");
    dana.send("pause");
    dana.wait_for("The session is paused.");
    dana.send("resume");
    dana.wait_for("The session goes on.");
    dana.send("2");
    dana.wait_for("Decision on pl-1: Emerging, level 2, recorded by the facilitator from 0 votes.");
    dana.send("end");
    dana.wait_for(&format!(
        "End session {code}? Nothing more can change in it."
    ));
    dana.send("no");
    dana.wait_for("Nothing changed.");
    dana.send("end");
    dana.send("yes");
    dana.wait_for(&format!(
        "Session ended; its minutes: touchstone session minutes {code}"
    ));
    dana.wait_for("Back at the list of assessments.");
    dana.send("quit");
    let text = dana.finish();
    assert_no_escapes(&text);
    assert!(
        !text.contains("Ana voted") && !text.contains("Bo voted"),
        "a private vote is never named:\n{text}"
    );

    // The minutes are written: both decisions, the session ended.
    let minutes = env.ok(&["session", "minutes", &code]);
    assert!(minutes.contains("cl-1"), "{minutes}");
    assert!(minutes.contains("pl-1"), "{minutes}");
    assert_eq!(room.running_session_of(None).expect("running"), None);
    let a = room.load(&id).expect("load");
    assert_eq!(
        a.entries[0].choice,
        Some(touchstone::rubric::Choice::Level(2))
    );
}

/// The facilitator's lines in Spanish, and `resume CODE` leads a running session
/// again; a viewer cannot lead.
#[test]
fn plain_facilitation_in_spanish_and_resume() {
    use crate::plain_mode::Piped;
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let text = transcript(
        env.cmd().args(["--plain", "--lang", "es", "assess", &id]),
        "facilitar\nfacilitar baseline-check\nsiguiente\nvolver\nsalir\n",
    );
    assert!(text.contains("corresponden a esta evaluación:"), "{text}");
    assert!(text.contains("Usted la facilita."), "{text}");
    assert!(
        text.contains("Parte 2 de 5: Calificar los tres criterios, 20 minutos."),
        "{text}"
    );
    assert!(
        text.contains("En discusión: cl-1, ronda 1, en Calificar los tres criterios."),
        "{text}"
    );
    let code = text
        .lines()
        .find(|l| l.starts_with("Se inició la sesión"))
        .and_then(|l| l.split_whitespace().nth(4))
        .expect("code")
        .to_string();
    let mut dana = Piped::start(&env, &["--plain"]);
    dana.send(&format!("resume {code}"));
    dana.wait_for(&format!("You lead session {code} again."));
    dana.wait_for("Now discussing cl-1, round 1, in Rate the three criteria.");
    dana.send("end");
    dana.send("yes");
    dana.wait_for("Session ended; its minutes:");
    assert_no_escapes(&dana.finish());
}
