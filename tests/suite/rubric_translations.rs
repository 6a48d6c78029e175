//! Rubric translations (issue 15 item 3): a translation file is checked against its
//! rubric with located errors; it is found beside rubrics without being taken for one;
//! people read the rubric in their language on the screens, in plain mode and on the
//! wall; and assessments stay on the one rubric, so those made in Spanish and in
//! English roll up together.
//!
//! Bad fixtures: every `tests/fixtures/translations/bad-*.toml` is one case, checked
//! with the small `rubric.toml` beside them. Each starts with `# expect: LINE:COL:
//! <substring of the message>` lines, one per problem `rubric check` must report.

use crate::common::{self, Env, expectations, misplaced, session_app};
use crate::snapshot::render;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::{Path, PathBuf};
use touchstone::i18n::{self, Lang};
use touchstone::rubric::Registry;
use touchstone::store::Store;
use touchstone::tui::App;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/translations")
}

fn bad_fixtures() -> Vec<PathBuf> {
    common::bad_fixtures(&fixtures())
}

#[test]
fn rubric_check_rejects_every_bad_translation_at_its_place() {
    let bad = bad_fixtures();
    assert!(bad.len() >= 9, "only {} translation fixtures", bad.len());
    assert!(bad.iter().any(|f| expectations(f).len() >= 3));
    let rubric = fixtures().join("rubric.toml");
    let mut failures = Vec::new();
    for file in &bad {
        let env = Env::new();
        let out = env
            .cmd()
            .args(["rubric", "check"])
            .arg(&rubric)
            .arg(file)
            .output()
            .expect("run");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        let shown = file.display().to_string();
        let mut problems = Vec::new();
        if out.status.code() != Some(2) {
            problems.push(format!("exit {:?}, expected 2", out.status.code()));
        }
        problems.extend(misplaced(&stderr, &shown, &expectations(file)));
        if stderr.contains("panicked") || stderr.contains("struct ") {
            problems.push("a panic or an internal type name".into());
        }
        // Checking writes nothing: not even a database.
        if env.db().exists() {
            problems.push("a database was created".into());
        }
        if !problems.is_empty() {
            failures.push(format!(
                "{shown}\n  {}\n  stderr: {stderr}",
                problems.join("\n  ")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_good_fixture_and_the_bundled_translation_pass_rubric_check() {
    let env = Env::new();
    let rubric = fixtures().join("rubric.toml");
    let good = fixtures().join("good.es.toml");
    let out = env.ok(&[
        "rubric",
        "check",
        rubric.to_str().unwrap(),
        good.to_str().unwrap(),
    ]);
    assert!(
        out.contains("ok — es translation of tiny-translated v1"),
        "{out}"
    );

    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("standards/cs-site-2017-v2.es.toml");
    let out = env.ok(&["rubric", "check", bundled.to_str().unwrap()]);
    assert!(
        out.contains("ok — es translation of cs-site-2017 v2"),
        "{out}"
    );
}

#[test]
fn a_translation_in_a_standards_folder_is_found_and_not_taken_for_a_rubric() {
    let env = Env::new();
    let dir = env.path("standards");
    std::fs::create_dir_all(&dir).unwrap();
    for name in ["rubric.toml", "good.es.toml"] {
        std::fs::copy(fixtures().join(name), dir.join(name)).unwrap();
    }
    let folder = dir.to_str().unwrap();
    let (stdout, stderr) = env.ok_and_warnings(&["--standards", folder, "rubrics"]);
    assert!(!stderr.contains("warning"), "{stderr}");
    assert!(stdout.contains("tiny-translated"), "{stdout}");
    assert!(stdout.contains("translation es: Mínima"), "{stdout}");
    // The bundled translation is listed under its rubric.
    assert!(
        stdout.contains("translation es: Estándares de escuelas comunitarias"),
        "{stdout}"
    );

    // `rubric show` reads the rubric in the chosen language, ids unchanged.
    let es = env.ok(&[
        "--standards",
        folder,
        "--lang",
        "es",
        "rubric",
        "show",
        "tiny-translated",
    ]);
    assert!(es.contains("Primero") && es.contains("i1"), "{es}");
    assert!(es.contains("Revise el primero"), "{es}");
    let en = env.ok(&["--standards", folder, "rubric", "show", "tiny-translated"]);
    assert!(en.contains("First") && !en.contains("Primero"), "{en}");

    // A bad translation in the folder is a warning, skipped; the rubric still loads.
    std::fs::copy(
        fixtures().join("bad-missing-indicator.toml"),
        dir.join("bad-missing-indicator.toml"),
    )
    .unwrap();
    let (_, stderr) = env.ok_and_warnings(&["--standards", folder, "rubrics"]);
    assert!(stderr.contains("bad-missing-indicator.toml:"), "{stderr}");
    assert!(stderr.contains("missing indicator \"i2\""), "{stderr}");
    std::fs::remove_file(dir.join("bad-missing-indicator.toml")).unwrap();

    // A second translation into the same language is a warning too.
    std::fs::copy(fixtures().join("good.es.toml"), dir.join("twin.es.toml")).unwrap();
    let (_, stderr) = env.ok_and_warnings(&["--standards", folder, "rubrics"]);
    assert!(stderr.contains("twin.es.toml:1:1:"), "{stderr}");
    assert!(stderr.contains("already given by"), "{stderr}");
}

/// One school's ratings: (indicator position, level typed). A level is a number from
/// 1, or `na`; the same for every language.
fn ratings(school: usize) -> Vec<(usize, String)> {
    (0..14)
        .map(|i| {
            let n = (i * 3 + school) % 5;
            let level = if n == 4 {
                "na".to_string()
            } else {
                (n + 1).to_string()
            };
            (i, level)
        })
        .collect()
}

const SCHOOLS: [(&str, &str, &str); 4] = [
    ("Adams", "North", "2026-10-05"),
    ("Baker", "North", "2026-10-12"),
    ("Cruz", "South", "2026-10-19"),
    ("Diaz", "South", "2026-10-26"),
];

fn new_school(env: &Env, lang: &[&str], (school, district, date): (&str, &str, &str)) -> String {
    let mut args: Vec<&str> = lang.to_vec();
    args.extend([
        "new",
        "--school",
        school,
        "--district",
        district,
        "--rubric",
        "cs-site-2017",
        "--date",
        date,
    ]);
    env.ok(&args).trim().to_string()
}

fn rate_by_cli(env: &Env, lang: &[&str], id: &str, school: usize) {
    let registry = Registry::bundled();
    let rubric = &registry.latest("cs-site-2017").unwrap().rubric;
    let ids: Vec<&str> = rubric.indicators().map(|(_, i)| i.id.as_str()).collect();
    for (i, level) in ratings(school) {
        let mut args: Vec<&str> = lang.to_vec();
        args.extend(["rate", id, ids[i], &level]);
        env.ok(&args);
    }
}

/// Rates through the assessment screen, in Spanish: the number keys and n for N/A,
/// then → to the next indicator.
fn rate_by_screen(env: &Env, id: &str, school: usize) {
    i18n::scoped(Lang::Es, || {
        let store = Store::open(&env.db()).unwrap();
        let options = crate::common::options(None, Some(id.to_string()));
        let mut app = App::new(store, Registry::bundled(), "tester".into(), options);
        let press = |app: &mut App, code| app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
        for (_, level) in ratings(school) {
            let key = if level == "na" {
                'n'
            } else {
                level.chars().next().unwrap()
            };
            press(&mut app, KeyCode::Char(key));
            press(&mut app, KeyCode::Right);
        }
        // The screen really was in Spanish while rating.
        let screen = crate::snapshot::serialize(&render(&app, 80, 24));
        assert!(screen.contains("Todavía no"), "{screen}");
    });
}

/// What a rollup or a report says that does not depend on which database made it.
fn figures(env: &Env, ids: &[String]) -> (serde_json::Value, Vec<serde_json::Value>) {
    let rollup = env.json(&["rollup", "--json", "--include-drafts"]);
    let reports = ids
        .iter()
        .map(|id| {
            let mut r = env.json(&["report", id, "--format", "json"]);
            let fields = r.as_object_mut().unwrap();
            fields.remove("assessment");
            r
        })
        .collect();
    (rollup, reports)
}

#[test]
fn a_network_assessed_half_in_spanish_rolls_up_as_the_same_network_in_english() {
    // All in English, through the command line.
    let english = Env::new();
    let mut english_ids = Vec::new();
    for (n, school) in SCHOOLS.into_iter().enumerate() {
        let id = new_school(&english, &[], school);
        rate_by_cli(&english, &[], &id, n);
        english_ids.push(id);
    }

    // Two schools in English, one with `--lang es` on the command line, one through
    // the screens in Spanish.
    let mixed = Env::new();
    let mut mixed_ids = Vec::new();
    for (n, school) in SCHOOLS.into_iter().enumerate() {
        let lang: &[&str] = if n % 2 == 0 { &[] } else { &["--lang", "es"] };
        let id = new_school(&mixed, lang, school);
        match n {
            1 => rate_by_cli(&mixed, lang, &id, n),
            3 => rate_by_screen(&mixed, &id, n),
            _ => rate_by_cli(&mixed, &[], &id, n),
        }
        mixed_ids.push(id);
    }

    let (want_rollup, want_reports) = figures(&english, &english_ids);
    let (got_rollup, got_reports) = figures(&mixed, &mixed_ids);
    assert_eq!(got_rollup["rubric"]["id"], "cs-site-2017");
    assert_eq!(got_rollup["schools"], 4);
    assert_eq!(got_rollup, want_rollup);
    assert_eq!(got_reports, want_reports);

    // The same level keys were stored, whichever language rated them.
    for (e, m) in english_ids.iter().zip(&mixed_ids) {
        let e = english.json(&["report", e, "--format", "json"]);
        let m = mixed.json(&["report", m, "--format", "json"]);
        assert_eq!(e["assessment"]["rubric"], m["assessment"]["rubric"]);
    }
}

#[test]
fn the_assessment_screen_in_spanish_shows_the_spanish_indicator_and_levels() {
    let env = Env::new();
    let id = new_school(&env, &[], SCHOOLS[0]);
    let draw = |lang| {
        i18n::scoped(lang, || {
            let store = Store::open(&env.db()).unwrap();
            let options = crate::common::options(None, Some(id.clone()));
            let app = App::new(store, Registry::bundled(), "tester".into(), options);
            crate::snapshot::serialize(&render(&app, 80, 24))
        })
    };
    let es = draw(Lang::Es);
    assert!(es.contains("Liderazgo colaborativo"), "{es}");
    assert!(es.contains("Un equipo de liderazgo escolar"), "{es}");
    assert!(es.contains("En desarrollo"), "{es}");
    assert!(!es.contains("Collaborative Leadership"), "{es}");
    let en = draw(Lang::En);
    assert!(en.contains("Collaborative Leadership"), "{en}");
    assert!(!en.contains("Liderazgo colaborativo"), "{en}");
}

#[test]
fn plain_mode_in_spanish_reads_the_spanish_indicator() {
    let env = Env::new();
    let id = new_school(&env, &[], SCHOOLS[0]);
    let out = env
        .cmd()
        .args(["--lang", "es", "--plain", "assess", &id])
        .write_stdin("quit\n")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("Un equipo de liderazgo escolar"),
        "{stdout}"
    );
    assert!(stdout.contains("Todavía no"), "{stdout}");
    assert!(!stdout.contains('\x1b'));
}

#[test]
fn the_shown_rubric_follows_the_thread_language_with_the_same_ids() {
    // The wall renders inside `i18n::scoped(room language, …)`: what it reads through
    // `rubric::shown` follows.
    let registry = Registry::bundled();
    let rubric = registry.latest("cs-site-2017").unwrap().rubric.clone();
    let es = i18n::scoped(Lang::Es, || touchstone::rubric::shown(&rubric));
    let en = i18n::scoped(Lang::En, || touchstone::rubric::shown(&rubric));
    assert!(std::sync::Arc::ptr_eq(&en, &rubric));
    assert_eq!(
        es.title,
        "Estándares de escuelas comunitarias — centro escolar"
    );
    assert_eq!(es.levels[3].label, "Implementación plena");
    let ids = |r: &touchstone::rubric::Rubric| -> Vec<(String, String)> {
        r.indicators()
            .map(|(s, i)| (s.id.clone(), i.id.clone()))
            .collect()
    };
    assert_eq!(ids(&es), ids(&rubric));
    assert_eq!(es.scoring, rubric.scoring);
    let keys = |r: &touchstone::rubric::Rubric| -> Vec<(String, i64)> {
        r.levels.iter().map(|l| (l.key.clone(), l.score)).collect()
    };
    assert_eq!(keys(&es), keys(&rubric));
    // Every text differs from the English: nothing was left untranslated.
    for ((_, e), (_, s)) in rubric.indicators().zip(es.indicators()) {
        assert_ne!(e.text, s.text, "{}", e.id);
        assert_ne!(e.guidance, s.guidance, "{}", e.id);
    }
    // The registry gives the same copy.
    assert_eq!(*registry.localized(&rubric, Lang::Es), *es);
    // An older version has its own translation: its words, not version 2's.
    let v1 = registry.get("cs-site-2017", "1").unwrap().rubric.clone();
    let shown = i18n::scoped(Lang::Es, || touchstone::rubric::shown(&v1));
    assert!(!std::sync::Arc::ptr_eq(&shown, &v1));
    assert_eq!(ids(&shown), ids(&v1));
    assert_eq!(shown.indicator_count(), v1.indicator_count());
    let cl1 = |r: &touchstone::rubric::Rubric| r.indicators().next().unwrap().1.text.clone();
    assert!(
        cl1(&shown).starts_with("Un equipo de liderazgo escolar de estudiantes"),
        "{}",
        cl1(&shown)
    );
    assert_ne!(cl1(&shown), cl1(&es));
}

#[test]
fn a_text_report_in_spanish_reads_the_translation_and_json_keeps_the_rubric_text() {
    let env = Env::new();
    let id = new_school(&env, &[], SCHOOLS[0]);
    env.ok(&["rate", &id, "cl-1", "full"]);
    let text = env.ok(&["--lang", "es", "report", &id]);
    assert!(
        text.contains("Estándares de escuelas comunitarias — centro escolar (cs-site-2017 v3)"),
        "{text}"
    );
    // The longest Spanish label still leaves a space before the indicator text.
    assert!(
        text.contains("  cl-1     Implementación plena Un equipo de liderazgo escolar"),
        "{text}"
    );
    let md = env.ok(&["--lang", "es", "report", &id, "--format", "md"]);
    assert!(md.contains("Liderazgo colaborativo"), "{md}");
    // Machine formats keep the rubric's own text, whatever the language.
    let json = env.json(&["--lang", "es", "report", &id, "--format", "json"]);
    let json = json.to_string();
    assert!(
        json.contains("Collaborative Leadership") && !json.contains("Liderazgo"),
        "{json}"
    );
    let english = env.ok(&["report", &id]);
    assert!(
        english.contains("  cl-1     Fully implementing   A site leadership team"),
        "{english}"
    );
}

#[test]
fn in_a_live_session_each_person_reads_the_indicator_in_their_language() {
    use touchstone::tui::app::SessionRole;
    let env = Env::new();
    let id = new_school(&env, &[], SCHOOLS[0]);
    let mut store = Store::open(&env.db()).unwrap();
    // The room speaks Spanish (the session was started on a Spanish thread); Dana
    // herself reads English.
    let live = i18n::scoped(Lang::Es, || common::start_baseline(&mut store, &id));
    drop(store);
    let session_id = live.id.clone();
    let joined = |name: &str| SessionRole::Participate {
        session_id: session_id.clone(),
        name: name.to_string(),
    };
    let mut dana = session_app(
        &env.db(),
        "Dana",
        SessionRole::Facilitate {
            session_id: session_id.clone(),
        },
    );
    // Ana reads Spanish: her app is driven and drawn on a thread in Spanish, as her
    // SSH connection's thread would be.
    let mut ana = i18n::scoped(Lang::Es, || session_app(&env.db(), "Ana", joined("Ana")));
    let mut ben = session_app(&env.db(), "Ben", joined("Ben"));
    let press =
        |app: &mut App, c| app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    press(&mut dana, '>'); // the rating segment: cl-1 comes up
    dana.tick();
    i18n::scoped(Lang::Es, || ana.tick());
    ben.tick();

    let screen =
        |app: &App, lang| i18n::scoped(lang, || crate::snapshot::serialize(&render(app, 160, 48)));
    let ana_sees = screen(&ana, Lang::Es);
    assert!(
        ana_sees.contains("Un equipo de liderazgo escolar"),
        "{ana_sees}"
    );
    assert!(ana_sees.contains("En desarrollo"), "{ana_sees}");
    let ben_sees = screen(&ben, Lang::En);
    assert!(ben_sees.contains("A site leadership team"), "{ben_sees}");
    let dana_sees = screen(&dana, Lang::En);
    assert!(dana_sees.contains("A site leadership team"), "{dana_sees}");

    // The wall in a Spanish room.
    let wall = session_app(
        &env.db(),
        "viewer",
        SessionRole::Watch {
            session_id: session_id.clone(),
        },
    );
    // (The statement is drawn in large letters; the levels and descriptors as text.)
    let room = screen(&wall, Lang::Es);
    assert!(room.contains("4 Implementación plena"), "{room}");
    assert!(room.contains("No hay tal equipo"), "{room}");
    // The wall shows the room's language, not its viewer's.
    let room = screen(&wall, Lang::En);
    assert!(room.contains("4 Implementación plena"), "{room}");

    // Votes in either language are the rubric's level keys.
    i18n::scoped(Lang::Es, || press(&mut ana, '3'));
    press(&mut ben, '3');
    let store = Store::open(&env.db()).unwrap();
    let votes = store.votes(&session_id, "cl-1", 1).unwrap();
    let levels: Vec<&str> = votes.iter().map(|v| v.level.as_str()).collect();
    assert_eq!(levels, ["developing", "developing"]);
}

/// Issue 20, item 16: a "translation" into the rubric's own language is refused by
/// `rubric check` (the fixture `bad-own-language.toml`) and, beside the rubric, is a
/// located warning and skipped: the rubric's own words stay.
#[test]
fn a_translation_into_the_rubrics_own_language_is_skipped_with_a_warning() {
    let env = Env::new();
    let dir = env.path("standards");
    std::fs::create_dir_all(&dir).unwrap();
    for name in ["rubric.toml", "bad-own-language.toml"] {
        std::fs::copy(fixtures().join(name), dir.join(name)).unwrap();
    }
    let folder = dir.to_str().unwrap();
    let (stdout, stderr) =
        env.ok_and_warnings(&["--standards", folder, "rubric", "show", "tiny-translated"]);
    assert!(stderr.contains("bad-own-language.toml:6:12:"), "{stderr}");
    assert!(stderr.contains("is the rubric's own language"), "{stderr}");
    assert!(stdout.contains("First"), "{stdout}");
    assert!(!stdout.contains("Replaced first"), "{stdout}");
}

/// Issue 23 item 6: every bundled rubric, current or kept for stored assessments,
/// reads in Spanish; each bundled translation passes `rubric check`; the full level is
/// a noun in the rule; and a rubric without a translation says so instead of
/// silently showing English.
#[test]
fn every_bundled_rubric_reads_in_spanish_and_an_untranslated_one_says_so() {
    let env = Env::new();
    let standards = Path::new(env!("CARGO_MANIFEST_DIR")).join("standards");
    for (file, said) in [
        (
            "cs-site-2017-v2.es.toml",
            "ok — es translation of cs-site-2017 v2",
        ),
        (
            "cs-site-2017.es.toml",
            "ok — es translation of cs-site-2017 v1",
        ),
        ("csf-2023-v2.es.toml", "ok — es translation of csf-2023 v2"),
        ("csf-2023.es.toml", "ok — es translation of csf-2023 v1"),
        (
            "cs-system-building.es.toml",
            "ok — es translation of cs-system-building v1",
        ),
        (
            "cs-initiative-2017.es.toml",
            "ok — es translation of cs-initiative-2017 v1",
        ),
    ] {
        let path = standards.join(file);
        let out = env.ok(&["rubric", "check", path.to_str().unwrap()]);
        assert!(out.contains(said), "{file}: {out}");
    }

    let notice = "no está traducida a este idioma";
    for (id, title, full, floor) in [
        (
            "csf-2023",
            "Community Schools Forward — marco de referencia",
            "Excelencia",
            "En maduración",
        ),
        (
            "cs-system-building",
            "Iniciativas de escuelas comunitarias — desarrollo del sistema",
            "Implementación plena",
            "En desarrollo",
        ),
        (
            "cs-site-2017",
            "Estándares de escuelas comunitarias — centro escolar",
            "Implementación plena",
            "En desarrollo",
        ),
        (
            "cs-initiative-2017",
            "Estándares de escuelas comunitarias — iniciativa",
            "Implementación plena",
            // Version 1's rule has no floor: every applicable indicator at full.
            "",
        ),
    ] {
        let es = env.ok(&["--lang", "es", "rubric", "show", id]);
        assert!(es.starts_with(title), "{id}: {es}");
        assert!(!es.contains(notice), "{id}: {es}");
        // The rule names the levels as nouns, in Spanish.
        assert!(es.contains(&format!("están en {full}")), "{id}: {es}");
        if !floor.is_empty() {
            assert!(es.contains(&format!("de {floor}")), "{id}: {es}");
        }
        for english in ["Exploring", "Maturing", "Excelling", "Fully implementing"] {
            assert!(!es.contains(english), "{id}: {english} in {es}");
        }
    }

    // A rubric of the user's with no Spanish translation: the notice says so, in
    // Spanish, under its title; in English there is nothing to say.
    let dir = env.path("standards");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(fixtures().join("rubric.toml"), dir.join("rubric.toml")).unwrap();
    let folder = dir.to_str().unwrap();
    let es = env.ok(&[
        "--standards",
        folder,
        "--lang",
        "es",
        "rubric",
        "show",
        "tiny-translated",
    ]);
    let second = es.lines().nth(1).unwrap_or_default();
    assert!(
        second.contains("Esta rúbrica (tiny-translated v1) no está traducida"),
        "{es}"
    );
    let en = env.ok(&["--standards", folder, "rubric", "show", "tiny-translated"]);
    assert!(!en.contains("no translation"), "{en}");
}

#[test]
fn the_untranslated_notice_follows_the_translation_and_the_language() {
    let registry = Registry::bundled();
    let notice = touchstone::rubric::untranslated_notice;
    // Every bundled rubric version has a Spanish translation.
    for entry in registry.all() {
        let r = &entry.rubric;
        assert_eq!(notice(r, Lang::Es), None, "{} v{}", r.id, r.version);
        assert!(
            registry.translation(&r.id, &r.version, Lang::Es).is_some(),
            "{} v{} has no Spanish translation",
            r.id,
            r.version
        );
    }
    // A rubric without one gets the notice in Spanish, and none in English.
    let text = std::fs::read_to_string(fixtures().join("rubric.toml")).unwrap();
    let tiny = std::sync::Arc::new(touchstone::rubric::parse("rubric.toml", &text).unwrap());
    let said = notice(&tiny, Lang::Es).expect("a notice");
    assert!(said.contains("(tiny-translated v1)"), "{said}");
    assert!(said.contains("Español"), "{said}");
    assert_eq!(notice(&tiny, Lang::En), None);
}

#[test]
fn a_report_on_an_untranslated_rubric_says_so_in_every_format_for_people() {
    let env = Env::new();
    let dir = env.path("standards");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(fixtures().join("rubric.toml"), dir.join("rubric.toml")).unwrap();
    let folder = dir.to_str().unwrap();
    let id = env
        .ok(&[
            "--standards",
            folder,
            "new",
            "--school",
            "Lincoln Elementary",
            "--rubric",
            "tiny-translated",
        ])
        .trim()
        .to_string();
    let notice = "Esta rúbrica (tiny-translated v1) no está traducida a este idioma (Español)";
    let report = |args: &[&str]| {
        let mut all = vec!["--standards", folder];
        all.extend_from_slice(args);
        env.ok(&all)
    };
    let text = report(&["--lang", "es", "report", &id]);
    assert_eq!(
        text.lines().nth(1),
        Some(&*format!(
            "{notice}: su texto se muestra en el idioma en que está escrito."
        )),
        "{text}"
    );
    let md = report(&["--lang", "es", "report", &id, "--format", "md"]);
    assert!(md.contains(&format!("\n> {notice}")), "{md}");
    let html = report(&["--lang", "es", "report", &id, "--format", "html"]);
    assert!(
        html.contains(&format!("<p class=\"notice\">{notice}")),
        "{html}"
    );
    // Not in English, nor for a rubric that has a translation.
    let english = report(&["report", &id]);
    assert!(!english.contains("translation"), "{english}");
    let site = env.new_assessment("Roosevelt Middle");
    let translated = env.ok(&["--lang", "es", "report", &site]);
    assert!(!translated.contains("no está traducida"), "{translated}");
}
