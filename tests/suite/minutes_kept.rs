//! Minutes that keep what was said (issue 24 item 5): every round's comments
//! (unnamed unless open voting), the notes of indicators discussed without a
//! decision, and for a baseline check whether the school meets the baseline and on
//! which criterion it falls short — in English and Spanish.

use crate::common::Env;
use touchstone::rubric::Choice;
use touchstone::store::Store;

const ROUND_ONE: &str = "The minutes show two decisions the team made itself";
const ROUND_TWO: &str = "Only one of them was the team's own";

/// A baseline check on a new assessment: cl-1 voted in round 1 (with a comment),
/// voted again and decided in round 2; pl-1 voted on and noted but not decided;
/// ci-1 decided at `ci1`. Returns the assessment's id and the session's code.
fn baseline_check(env: &Env, ci1: Choice, open_voting: bool) -> (String, String) {
    let id = env.new_dated("Lincoln Elementary", "2026-11-02");
    let mut store = Store::open(&env.db()).unwrap();
    let plans = touchstone::session::load_plans(&[]).0;
    let live =
        touchstone::ops::session::start(&mut store, &plans, &id, "baseline-check", "Dana").unwrap();
    if open_voting {
        store.set_open_voting(&live.id, true).unwrap();
    }
    let code = live.code.clone();
    let session = store.find_session(&code).unwrap();
    let facilitate = |store: &mut Store, indicator: &str| {
        store.discuss(&session, Some(indicator)).unwrap();
        store.live_session(&session).unwrap()
    };
    let live = facilitate(&mut store, "cl-1");
    store.join_session(&session, "Ana").unwrap();
    store.join_session(&session, "Bo").unwrap();
    store.vote(&live, "Ana", "developing", ROUND_ONE).unwrap();
    store.vote(&live, "Bo", "not-yet", "").unwrap();
    store.reveal(&session).unwrap();
    store.revote(&session).unwrap();
    let live = store.live_session(&session).unwrap();
    store.vote(&live, "Ana", "emerging", ROUND_TWO).unwrap();
    store.vote(&live, "Bo", "emerging", "").unwrap();
    store.reveal(&session).unwrap();
    let assessment = store.load(&live.assessment_id).unwrap();
    let emerging = Choice::Level(1);
    store
        .decide(
            &live,
            &assessment,
            "cl-1",
            emerging,
            Some(emerging),
            Some(0),
            2,
            "Dana",
        )
        .unwrap();
    // pl-1: discussed, a note typed, no decision.
    let live = facilitate(&mut store, "pl-1");
    store
        .vote(&live, "Ana", "not-yet", "The assessment is still under way")
        .unwrap();
    let assessment = store.load(&live.assessment_id).unwrap();
    store
        .note(&assessment, "pl-1", "Survey closes in March", "Dana")
        .unwrap();
    let live = facilitate(&mut store, "ci-1");
    store.vote(&live, "Ana", "developing", "").unwrap();
    store.reveal(&session).unwrap();
    let assessment = store.load(&live.assessment_id).unwrap();
    store
        .decide(
            &live,
            &assessment,
            "ci-1",
            ci1,
            Some(ci1),
            Some(0),
            1,
            "Dana",
        )
        .unwrap();
    store.end_session(&session).unwrap();
    (id, code)
}

#[test]
fn minutes_keep_a_round_one_comment_and_say_the_baseline_is_not_met() {
    let env = Env::new();
    let (_, code) = baseline_check(&env, Choice::Level(2), false);
    let minutes = env.ok(&["session", "minutes", &code]);
    // The decision came in round 2; round 1's comment is still there, unnamed.
    assert!(minutes.contains("- Said in round 1:"), "{minutes}");
    assert!(
        minutes.contains(&format!("  - Comment (Developing): \"{ROUND_ONE}\"")),
        "{minutes}"
    );
    assert!(
        minutes.contains(&format!("- Comment (Emerging): \"{ROUND_TWO}\"")),
        "{minutes}"
    );
    // The discussion without a decision: its comment and its note.
    assert!(
        minutes.contains("## Discussed without a decision"),
        "{minutes}"
    );
    assert!(minutes.contains("### pl-1"), "{minutes}");
    assert!(
        minutes.contains("The assessment is still under way"),
        "{minutes}"
    );
    assert!(
        minutes.contains("Note: Survey closes in March"),
        "{minutes}"
    );
    // The baseline: pl-1 is unrated, so not met, and the minutes say on which.
    assert!(minutes.contains("## Baseline"), "{minutes}");
    assert!(
        minutes.contains(
            "The school does not meet the baseline yet: one criterion is below Emerging."
        ),
        "{minutes}"
    );
    assert!(minutes.contains("- pl-1 ("), "{minutes}");
    assert!(
        minutes.contains("): not rated, below Emerging"),
        "{minutes}"
    );
    for private in ["Ana", "Bo"].map(|n| format!("{n} (")) {
        assert!(!minutes.contains(&private), "named: {minutes}");
    }

    let es = env.ok(&["--lang", "es", "session", "minutes", &code]);
    assert!(es.contains("- Dicho en la ronda 1:"), "{es}");
    assert!(es.contains(ROUND_ONE), "{es}");
    assert!(es.contains("## Conversado sin decisión"), "{es}");
    assert!(es.contains("## Nivel base"), "{es}");
    assert!(
        es.contains("La escuela aún no cumple el nivel base: un criterio está por debajo de "),
        "{es}"
    );
    // (The level's name is the rubric's, in whichever language the rubric gives it.)
    assert!(es.contains("): sin calificar, por debajo de "), "{es}");
}

#[test]
fn minutes_say_the_baseline_is_met_and_name_voters_only_with_open_voting() {
    let env = Env::new();
    let (id, code) = baseline_check(&env, Choice::Level(2), true);
    // pl-1 rated afterwards, outside the session: the assessment meets the baseline.
    env.ok(&["rate", &id, "pl-1", "2"]);
    let minutes = env.ok(&["session", "minutes", &code, "--named"]);
    assert!(
        minutes.contains(&format!("  - Ana (Developing): \"{ROUND_ONE}\"")),
        "{minutes}"
    );
    assert!(
        minutes.contains(
            "The school meets the baseline: every criterion (cl-1, pl-1, ci-1) is at Emerging or above."
        ),
        "{minutes}"
    );
    let es = env.ok(&["--lang", "es", "session", "minutes", &code]);
    assert!(
        es.contains(
            "La escuela cumple el nivel base: todos los criterios (cl-1, pl-1, ci-1) están en "
        ),
        "{es}"
    );
    assert!(!es.contains("Ana ("), "named without --named: {es}");
}

/// Pauses of the clock go into the minutes with their times and segment; one still
/// running at the end says so (English and Spanish).
#[test]
fn minutes_list_the_pauses_with_their_times() {
    let env = Env::new();
    let id = env.new_dated("Lincoln Elementary", "2026-11-02");
    let mut store = Store::open(&env.db()).unwrap();
    let plans = touchstone::session::load_plans(&[]).0;
    let live =
        touchstone::ops::session::start(&mut store, &plans, &id, "baseline-check", "Dana").unwrap();
    let now = jiff::Timestamp::now().as_second();
    let toggle = |store: &mut Store, at: i64| {
        let live = store.live_session(&live.id).unwrap();
        let mut agenda = live.agenda;
        agenda.toggle_pause(at);
        store.save_agenda(&live, &agenda).unwrap();
    };
    toggle(&mut store, now);
    toggle(&mut store, now + 1);
    toggle(&mut store, now + 2);
    store.end_session(&live.id).unwrap();
    let minutes = env.ok(&["session", "minutes", &live.code]);
    assert!(minutes.contains("## Pauses"), "{minutes}");
    assert!(
        minutes.contains(" (0 min), in Welcome and purpose"),
        "{minutes}"
    );
    assert!(
        minutes.contains(", in Welcome and purpose, until the end"),
        "{minutes}"
    );
    let es = env.ok(&["--lang", "es", "session", "minutes", &live.code]);
    assert!(es.contains("## Pausas"), "{es}");
    assert!(es.contains(", hasta el final"), "{es}");
}
