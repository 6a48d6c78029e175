//! Session plan translations (`*.LANG.toml`, format `touchstone-session-translation`):
//! checked against the plan they name with located errors, never loaded as plans,
//! and shown in the reader's language while the plan stays one plan.
//!
//! Every `tests/fixtures/plan-translations/bad-*.toml` is a broken translation of
//! `tiny-plan.toml` beside it, and starts with `# expect: LINE:COL: message` lines, one
//! per problem `touchstone session check tiny-plan.toml FIXTURE` must report.

use crate::common::{self, Env, Expect, misplaced};
use crate::snapshot::{render, serialize};
use jiff::civil::date;
use std::path::{Path, PathBuf};
use touchstone::i18n::{self, Lang};
use touchstone::rubric::Registry;
use touchstone::session::{PlanEntry, load_plans, plan, translation};
use touchstone::store::{NewAssessment, Store};
use touchstone::tui::App;
use touchstone::tui::app::{Screen, SessionRole};

const FIXTURES: &str = "tests/fixtures/plan-translations";

fn crate_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(name: &str) -> PathBuf {
    crate_root().join(FIXTURES).join(name)
}

/// The names of the `bad-*.toml` fixtures, sorted.
fn bad_fixtures() -> Vec<String> {
    common::bad_fixtures(&crate_root().join(FIXTURES))
        .iter()
        .filter_map(|p| Some(p.file_name()?.to_string_lossy().into_owned()))
        .collect()
}

/// The `# expect: LINE:COL: message` lines of a fixture.
fn expectations(name: &str) -> Vec<Expect> {
    common::expectations(&fixture(name))
}

/// What is wrong with the way `session check tiny-plan.toml NAME` reports NAME;
/// empty when all is as expected.
fn misreported(name: &str) -> Vec<String> {
    let env = Env::new();
    let shown = format!("{FIXTURES}/{name}");
    let out = env
        .cmd()
        .current_dir(crate_root())
        .args([
            "session",
            "check",
            &format!("{FIXTURES}/tiny-plan.toml"),
            &shown,
        ])
        .output()
        .expect("run touchstone");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let mut problems = Vec::new();
    if out.status.code() != Some(2) {
        problems.push(format!("exit status {:?}, expected 2", out.status.code()));
    }
    problems.extend(misplaced(&stderr, &shown, &expectations(name)));
    if stdout.contains(&format!("{shown}: ok")) {
        problems.push("stdout says the translation is ok".into());
    }
    if stderr.contains("panicked") || stderr.contains("struct ") {
        problems.push("a panic or an internal type name".into());
    }
    if env.db().exists() {
        problems.push("session check created the database".into());
    }
    if !problems.is_empty() {
        problems.insert(0, format!("{name}:\n    stderr: {stderr}"));
    }
    problems
}

#[test]
fn every_kind_of_broken_translation_is_reported_at_its_place() {
    let names = bad_fixtures();
    assert!(names.len() >= 12, "only {} fixtures", names.len());
    assert!(names.iter().any(|n| expectations(n).len() >= 3));
    let failures: Vec<String> = names.iter().flat_map(|n| misreported(n)).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// One test per kind of error, so a failure names it.
macro_rules! rejected {
    ($($test:ident => $file:literal,)*) => {$(
        #[test]
        fn $test() {
            let problems = misreported($file);
            assert!(problems.is_empty(), "{}", problems.join("\n"));
        }
    )*};
}

rejected! {
    check_rejects_a_translation_of_an_unknown_plan => "bad-unknown-plan.toml",
    check_rejects_a_missing_segment => "bad-missing-segment.toml",
    check_rejects_an_extra_segment => "bad-extra-segment.toml",
    check_rejects_segments_out_of_order => "bad-wrong-kind.toml",
    check_rejects_missing_fields => "bad-missing-fields.toml",
    check_rejects_fields_the_plan_does_not_have => "bad-extra-fields.toml",
    check_rejects_a_key_translations_do_not_have => "bad-unknown-key.toml",
    check_rejects_missing_and_extra_prompts => "bad-prompts.toml",
    check_rejects_empty_text => "bad-empty-text.toml",
    check_rejects_a_language_touchstone_does_not_speak => "bad-language.toml",
    check_rejects_a_language_the_file_name_contradicts => "bad-language-name.es.toml",
    check_rejects_an_unknown_format_version => "bad-format-version.toml",
    check_rejects_a_control_character => "bad-control-char.toml",
    check_reports_every_problem_in_file_order => "bad-several.toml",
}

#[test]
fn a_good_translation_checks_with_its_plan_and_writes_nothing() {
    let env = Env::new();
    env.cmd()
        .current_dir(crate_root())
        .args([
            "session",
            "check",
            &format!("{FIXTURES}/tiny-plan.toml"),
            &format!("{FIXTURES}/good.es.toml"),
        ])
        .assert()
        .success()
        .stdout(predicates::str::contains(format!(
            "{FIXTURES}/good.es.toml: ok — tiny-translated in Español, 2 segments"
        )));
    assert!(!env.db().exists());
}

fn tiny_plans() -> Vec<PlanEntry> {
    let text = std::fs::read_to_string(fixture("tiny-plan.toml")).expect("read");
    let plan = plan::parse("tiny-plan.toml", &text, None).expect("tiny plan");
    vec![PlanEntry {
        plan,
        text,
        path: None,
    }]
}

#[test]
fn a_translation_loads_and_changes_only_the_words() {
    let plans = tiny_plans();
    let text = std::fs::read_to_string(fixture("good.es.toml")).expect("read");
    let t = translation::parse("good.es.toml", &text, &plans).expect("good translation");
    assert_eq!(t.plan, "tiny-translated");
    assert_eq!(t.language, Lang::Es);
    assert_eq!(t.title, "Un plan pequeño");
    assert_eq!(t.segments[0].prompts[1], "¿Por qué está aquí?");
    let original = &plans[0].plan;
    let es = t.apply(original).expect("fits its plan");
    assert_eq!(es.id, original.id, "still the same plan");
    assert_eq!(es.minutes(), original.minutes());
    assert_eq!(es.consensus, original.consensus);
    for (a, b) in es.segments.iter().zip(&original.segments) {
        assert_eq!(
            (a.kind, a.minutes, &a.covers),
            (b.kind, b.minutes, &b.covers)
        );
    }
    assert_eq!(es.segments[1].title, "Adiós");
    assert_eq!(es.preparation.roles[0].0, "Facilitador(a)");
    assert_eq!(
        es.preparation.voting.as_deref(),
        Some("Tarjetas, volteadas a la vez.")
    );
}

#[test]
fn translations_in_the_user_folder_are_not_plans_and_are_shown_in_spanish() {
    let env = Env::new();
    let dir = env.path("config/touchstone/sessions");
    std::fs::create_dir_all(&dir).expect("mkdir");
    for name in ["tiny-plan.toml", "good.es.toml"] {
        std::fs::copy(fixture(name), dir.join(name)).expect("copy");
    }
    let (stdout, stderr) = env.ok_and_warnings(&["session", "plans"]);
    assert!(stderr.is_empty(), "a warning: {stderr}");
    assert_eq!(stdout.matches("tiny-translated").count(), 1, "{stdout}");
    assert!(stdout.contains("A tiny plan"), "{stdout}");
    let es = env
        .cmd()
        .args(["--lang", "es", "session", "show", "tiny-translated"])
        .output()
        .expect("run");
    let shown = String::from_utf8_lossy(&es.stdout);
    assert!(es.status.success());
    assert!(
        shown.contains("Un plan pequeño [tiny-translated]"),
        "{shown}"
    );
    assert!(shown.contains("Hola"), "{shown}");
    assert!(shown.contains("¿Por qué está aquí?"), "{shown}");
    assert!(!shown.contains("Why are you here?"), "{shown}");
}

#[test]
fn a_broken_translation_in_the_user_folder_is_reported_and_left_out() {
    let env = Env::new();
    let dir = env.path("config/touchstone/sessions");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::copy(fixture("tiny-plan.toml"), dir.join("tiny-plan.toml")).expect("copy");
    std::fs::copy(
        fixture("bad-wrong-kind.toml"),
        dir.join("tiny-plan.es.toml"),
    )
    .expect("copy");
    let (stdout, stderr) =
        env.ok_and_warnings(&["--lang", "es", "session", "show", "tiny-translated"]);
    assert!(stderr.contains("tiny-plan.es.toml:18:8:"), "{stderr}");
    assert!(
        stdout.contains("A tiny plan"),
        "the plan's own words: {stdout}"
    );
}

/// A plan edited after its translation was written shows in its own words.
#[test]
fn a_translation_applies_only_to_the_plan_it_was_checked_against() {
    let plans = load_plans(&[]).0;
    let entry = plans
        .iter()
        .find(|e| e.plan.id == "full-self-assessment")
        .expect("bundled plan");
    let es = translation::localized_in(&entry.plan, Lang::Es);
    assert_eq!(es.segments[0].title, "Bienvenida, propósito y normas");
    assert_eq!(
        translation::localized_in(&entry.plan, Lang::En).segments[0].title,
        "Welcome, purpose and norms"
    );
    let mut edited = entry.plan.clone();
    edited.segments[0].prompts[0] = "A new first prompt.".into();
    assert_eq!(
        translation::localized_in(&edited, Lang::Es).segments[0].title,
        "Welcome, purpose and norms"
    );
}

#[test]
fn every_bundled_plan_has_a_spanish_translation_that_covers_it_exactly() {
    let plans = load_plans(&[]).0;
    let bundled: Vec<&str> = touchstone::session::BUNDLED
        .iter()
        .map(|(name, _)| *name)
        .collect();
    for entry in &plans {
        let id = &entry.plan.id;
        let name = format!("sessions/{id}.es.toml");
        assert!(
            bundled.iter().any(|b| b.ends_with(&format!("{id}.toml"))),
            "{id} is bundled"
        );
        let (_, text) = translation::BUNDLED
            .iter()
            .find(|(n, _)| *n == name)
            .unwrap_or_else(|| panic!("{name} is not bundled"));
        assert_eq!(
            *text,
            std::fs::read_to_string(crate_root().join(&name)).expect("on disk"),
            "{name}: the bundled text is the file's"
        );
        let t =
            translation::parse(&name, text, &plans).unwrap_or_else(|p| panic!("{name}: {p:#?}"));
        assert_eq!(&t.plan, id);
        assert_eq!(t.language, Lang::Es);
        let es = translation::localized_in(&entry.plan, Lang::Es);
        assert_ne!(
            es.title, entry.plan.title,
            "{name}: the title is translated"
        );
        assert_eq!(es.segments.len(), entry.plan.segments.len());
    }
    assert_eq!(
        translation::BUNDLED.len(),
        plans.len(),
        "one per plan, no more"
    );
}

#[test]
fn session_check_passes_every_bundled_plan_and_translation() {
    let mut files: Vec<String> = std::fs::read_dir(crate_root().join("sessions"))
        .expect("sessions")
        .map(|e| {
            format!(
                "sessions/{}",
                e.expect("entry").file_name().to_string_lossy()
            )
        })
        .filter(|n| n.ends_with(".toml"))
        .collect();
    files.sort();
    let env = Env::new();
    let out = env
        .cmd()
        .current_dir(crate_root())
        .args(["session", "check"])
        .args(&files)
        .output()
        .expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(stdout.matches(": ok").count(), files.len(), "{stdout}");
    assert_eq!(stdout.matches("in Español").count(), files.len() / 2);
}

/// A facilitator running the full self-assessment, on a fresh database.
fn facilitating() -> (tempfile::TempDir, App, App, App) {
    facilitating_in(Lang::En)
}

/// A session whose room speaks `room` (the language of the thread that starts it).
fn facilitating_in(room: Lang) -> (tempfile::TempDir, App, App, App) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("touchstone.db");
    let mut store = Store::open(&db).expect("open store");
    let registry = Registry::bundled();
    let entry = registry.latest("cs-site-2017").expect("bundled rubric");
    let team = vec!["Ana Ruiz".to_string()];
    let assessment = store
        .create(&NewAssessment {
            school: "Lincoln Elementary",
            district: None,
            date: date(2026, 11, 2),
            team: &team,
            facilitator: Some("Dana Coach"),
            rubric: &entry.rubric,
            rubric_text: &entry.text,
        })
        .expect("create");
    let plans = load_plans(&[]).0;
    let live = i18n::scoped(room, || {
        touchstone::ops::session::start(
            &mut store,
            &plans,
            &assessment,
            "full-self-assessment",
            "Dana",
        )
    })
    .expect("start");
    drop(store);
    let open = |name: &str, role: SessionRole| common::session_app(&db, name, role);
    let facilitator = open(
        "Dana",
        SessionRole::Facilitate {
            session_id: live.id.clone(),
        },
    );
    let ana = open(
        "Ana",
        SessionRole::Participate {
            session_id: live.id.clone(),
            name: "Ana".into(),
        },
    );
    let wall = open(
        "viewer",
        SessionRole::Watch {
            session_id: live.id,
        },
    )
    .read_only();
    assert!(matches!(facilitator.screen, Screen::Facilitate(_)));
    assert!(matches!(wall.screen, Screen::Watch(_)));
    (dir, facilitator, ana, wall)
}

#[test]
fn the_facilitators_agenda_in_spanish_shows_spanish_segment_titles() {
    let (_dir, mut facilitator, mut ana, _) = facilitating();
    facilitator.set_lang(Lang::Es);
    let es = serialize(&render(&facilitator, 160, 48));
    for title in [
        "Bienvenida, propósito y normas",
        "Revisar los datos",
        "Liderazgo colaborativo",
        "Descanso",
        "Cierre",
    ] {
        assert!(es.contains(title), "{title} missing from:\n{es}");
    }
    assert!(es.contains("Ronda: su nombre"), "the prompts too:\n{es}");
    assert!(!es.contains("Welcome, purpose and norms"), "{es}");
    // The same screen in English is untouched, and the plan is still one plan.
    facilitator.set_lang(Lang::En);
    let en = serialize(&render(&facilitator, 160, 48));
    assert!(en.contains("Welcome, purpose and norms"), "{en}");
    assert!(!en.contains("Bienvenida"), "{en}");
    // A participant reading Spanish sees the segment in Spanish.
    ana.set_lang(Lang::Es);
    let participant = serialize(&render(&ana, 80, 24));
    assert!(
        participant.contains("Bienvenida, propósito y normas"),
        "{participant}"
    );
}

#[test]
fn the_wall_in_the_rooms_language_shows_the_segment_in_it() {
    // A Spanish room: the wall is Spanish whatever the viewer's own language.
    let (_dir, _, _, wall) = facilitating_in(Lang::Es);
    for viewer in [Lang::En, Lang::Es] {
        let shown = i18n::scoped(viewer, || serialize(&render(&wall, 120, 35)));
        assert!(shown.contains("Bienvenida, propósito y normas"), "{shown}");
        assert!(
            shown.contains("Ponernos de acuerdo con la escala"),
            "the next one too:\n{shown}"
        );
    }
    // An English room stays English on a Spanish viewer's thread.
    let (_dir, _, _, wall) = facilitating();
    let en = i18n::scoped(Lang::Es, || serialize(&render(&wall, 120, 35)));
    assert!(en.contains("Welcome, purpose and norms"), "{en}");
}

#[test]
fn plain_mode_names_the_plan_in_the_readers_language() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let mut store = Store::open(&env.db()).expect("open");
    let live = common::start_baseline(&mut store, &id);
    let join = |lang: &str| {
        let out = env
            .cmd()
            .args(["--plain", "--lang", lang, "session", "join", &live.code])
            .args(["--name", &format!("Ana-{lang}")])
            .write_stdin("")
            .timeout(std::time::Duration::from_secs(60))
            .output()
            .expect("run");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let es = join("es");
    assert!(es.contains("Revisión del nivel base"), "{es}");
    let en = join("en");
    assert!(en.contains("Baseline check"), "{en}");
    assert!(!en.contains("Revisión del nivel base"), "{en}");
}
