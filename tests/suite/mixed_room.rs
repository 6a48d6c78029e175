//! One workshop, three ways in: Dana facilitates on the screens in English, Ana takes
//! part on the screens in Spanish, Bo in plain mode (a screen reader's way, through a
//! pipe). Votes, the reveal and the decision agree for all three, each in their own
//! words.

use crate::common::{self, Env};
use crate::plain_mode::Piped;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::time::{Duration, Instant};
use touchstone::i18n::{self, Lang};
use touchstone::rubric::Choice;
use touchstone::store::Store;
use touchstone::tui::app::{App, Screen, SessionRole};

fn session_app(env: &Env, actor: &str, role: SessionRole) -> App {
    common::session_app(&env.db(), actor, role)
}

fn press(app: &mut App, c: char) {
    app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
}

fn press_key(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

/// Ticks `app` (reading what others changed) until `done` holds; bounded.
fn tick_until(app: &mut App, lang: Lang, done: impl Fn(&App) -> bool) {
    let start = Instant::now();
    loop {
        i18n::scoped(lang, || app.tick());
        if done(app) {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "timed out: {:?}",
            app.status
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn votes_seen_by_facilitator(app: &App) -> usize {
    match &app.screen {
        Screen::Facilitate(f) => f.round.voted,
        _ => 0,
    }
}

#[test]
fn facilitator_in_english_a_spanish_participant_and_a_plain_participant_agree() {
    let env = Env::new();
    let id = env.new_dated("Lincoln Elementary", "2026-11-02");
    let mut store = Store::open(&env.db()).expect("open");
    // The room is English: Dana starts it on an English thread.
    let live = crate::common::start_baseline(&mut store, &id);
    drop(store);
    let mut dana = session_app(
        &env,
        "Dana",
        SessionRole::Facilitate {
            session_id: live.id.clone(),
        },
    );
    let mut ana = i18n::scoped(Lang::Es, || {
        session_app(
            &env,
            "Ana",
            SessionRole::Participate {
                session_id: live.id.clone(),
                name: "Ana".into(),
            },
        )
    });
    let mut bo = Piped::start(
        &env,
        &["--plain", "session", "join", &live.code, "--name", "Bo"],
    );
    bo.wait_for("as Bo. Facilitator: Dana.");

    // Dana moves to the rating segment: cl-1 comes up for everyone.
    press(&mut dana, '>');
    dana.tick();
    bo.wait_for("Levels for cl-1, type the number to choose:");
    tick_until(&mut ana, Lang::Es, |a| match &a.screen {
        Screen::Participate(p) => p.live.indicator.as_deref() == Some("cl-1"),
        _ => false,
    });

    // Ana votes Developing on her screen, Bo Fully implementing by typing 4.
    i18n::scoped(Lang::Es, || press(&mut ana, '3'));
    bo.send("4");
    bo.wait_for("Your vote on cl-1: Fully implementing, level 4.");
    tick_until(&mut dana, Lang::En, |d| votes_seen_by_facilitator(d) == 2);

    // The reveal.
    press(&mut dana, 'v');
    dana.tick();
    bo.wait_for("Votes on cl-1 revealed, 2 votes: Not yet 0, Emerging 0, Developing 1, Fully implementing 1, N/A 0.");
    tick_until(&mut ana, Lang::Es, |a| match &a.screen {
        Screen::Participate(p) => p.tally().votes == 2,
        _ => false,
    });
    let Screen::Facilitate(f) = &dana.screen else {
        panic!("Dana is not facilitating")
    };
    let Screen::Participate(p) = &ana.screen else {
        panic!("Ana is not taking part")
    };
    let (theirs, hers) = (f.tally(), p.tally());
    assert_eq!(theirs.per_level, vec![0, 0, 1, 1]);
    assert_eq!(hers.per_level, theirs.per_level);
    assert_eq!(hers.not_applicable, theirs.not_applicable);
    assert_eq!(hers.spread, theirs.spread);
    assert_eq!(hers.suggested, theirs.suggested);
    let ana_sees = i18n::scoped(Lang::Es, || {
        crate::snapshot::serialize(&crate::snapshot::render(&ana, 80, 24))
    });
    assert!(ana_sees.contains("Los votos de todos:"), "{ana_sees}");

    // Dana records the suggested level (the median of Developing and Fully
    // implementing, as the rubric's consensus rule says).
    press_key(&mut dana, KeyCode::Enter);
    dana.tick();
    let Screen::Facilitate(f) = &dana.screen else {
        panic!("Dana is not facilitating")
    };
    let i = f
        .assess
        .assessment
        .rubric
        .indicator_index("cl-1")
        .expect("cl-1");
    let recorded = f.assess.assessment.entries[i].choice;
    let Some(Choice::Level(level)) = recorded else {
        panic!("nothing recorded: {recorded:?}")
    };
    let english = ["Not yet", "Emerging", "Developing", "Fully implementing"][level];
    let spanish = [
        "Todavía no",
        "En inicio",
        "En desarrollo",
        "Implementación plena",
    ][level];
    bo.wait_for(&format!(
        "Decision on cl-1: {english}, level {}, recorded by the facilitator from 2 votes.",
        level + 1
    ));
    tick_until(&mut ana, Lang::Es, |a| match &a.screen {
        Screen::Participate(p) => p.assessment.entries[i].choice == recorded,
        _ => false,
    });
    let ana_sees = i18n::scoped(Lang::Es, || {
        crate::snapshot::serialize(&crate::snapshot::render(&ana, 80, 24))
    });
    assert!(
        ana_sees.contains(&format!("Registrado por el equipo: {spanish}")),
        "{ana_sees}"
    );
    let stored = Store::open(&env.db())
        .expect("open")
        .load(&id)
        .expect("load");
    assert_eq!(stored.entries[i].choice, recorded);

    bo.send("quit");
    let said = bo.finish();
    assert!(!said.contains('\x1b'), "{said}");
}
