//! Issue 21 items 2 and 7 on the screens: the network screen's three headline
//! measures (equal to `rollup`'s, and filtered with the schools), a school's outcome
//! trends on its summary (arrows, suppression), and the outcomes screen for typing
//! figures in (the import's checks, one transaction). Snapshots in English and
//! Spanish.
//!
//! Regenerate after an intended change:
//! `INSTA_UPDATE=always cargo test --test suite outcome_screens`, then read the diff.

use crate::common::Env;
use crate::snapshot::{keys, press, render, screen_text, serialize};
use ratatui::crossterm::event::KeyCode;
use touchstone::i18n::{self, Lang};
use touchstone::rubric::Registry;
use touchstone::score::Fraction;
use touchstone::store::Store;
use touchstone::tui::App;
use touchstone::tui::theme::ThemeName;

/// The 30-school demo network (seeded: the same every run) in `env`'s database.
fn demo(env: &Env) {
    let mut store = Store::open(&env.db()).expect("open store");
    let registry = Registry::bundled();
    let entry = registry
        .get("cs-site-2017", "1")
        .expect("site rubric, version 1")
        .clone();
    touchstone::demo::generate(&mut store, &entry.rubric, &entry.text, 30, 7).expect("demo");
}

fn app(env: &Env) -> App {
    App::new(
        Store::open(&env.db()).expect("open store"),
        Registry::bundled(),
        "tester".into(),
        crate::common::options(Some(ThemeName::Default), None),
    )
}

fn fraction(v: &serde_json::Value) -> String {
    let n = |k: &str| v[k].as_u64().expect("a count") as u32;
    Fraction::new(n("numerator"), n("denominator")).to_string()
}

/// The three lines the network screen shows for a `headline` of `rollup --json`.
fn headline_lines(h: &serde_json::Value, assessed: u64) -> [String; 2] {
    [
        format!(
            "Community schools: {} of {assessed} assessed ({} new, {} sustained)",
            h["community_schools"], h["new"], h["sustained"]
        ),
        format!(
            "Fully implementing: {} of community · {} of all assessed",
            fraction(&h["fully_implementing_of_community"]),
            fraction(&h["fully_implementing_of_assessed"])
        ),
    ]
}

fn impact_line(h: &serde_json::Value) -> String {
    format!(
        "Equitable impact: {} of community with data · {} without enough data",
        fraction(&h["equitable_impact"]),
        h["not_enough_data"]
    )
}

/// The network screen's headline measures are `rollup`'s (as of its newest
/// assessment), and filtering by a district shows that district's, not the
/// network's.
#[test]
fn the_network_headline_is_the_rollups_and_a_district_filter_filters_it() {
    let env = Env::new();
    demo(&env);
    // The screen's figures are for the day of the newest assessment.
    let (_, newest) = Store::open(&env.db())
        .expect("open store")
        .date_range("cs-site-2017")
        .expect("dates")
        .expect("assessed");
    let newest = newest.to_string();
    let json = env.json(&[
        "rollup",
        "--rubric",
        "cs-site-2017",
        "--as-of",
        &newest,
        "--by",
        "district",
        "--json",
    ]);
    let mut app = app(&env);
    keys(&mut app, "N");
    let screen = screen_text(&app, 160, 48);
    let whole = &json["headline"];
    for line in headline_lines(whole, json["schools"].as_u64().expect("schools")) {
        assert!(screen.contains(&line), "{line}\n{screen}");
    }
    assert!(screen.contains(&impact_line(whole)), "{screen}");

    let district = &json["by_district"][1];
    let name = district["district"].as_str().expect("a district name");
    keys(&mut app, "/");
    keys(&mut app, name);
    press(&mut app, KeyCode::Enter);
    let filtered = screen_text(&app, 160, 48);
    let h = &district["headline"];
    assert_ne!(h, whole, "the district differs from the network");
    for line in headline_lines(h, district["schools"].as_u64().expect("schools")) {
        assert!(filtered.contains(&line), "{line}\n{filtered}");
    }
    assert!(filtered.contains(&impact_line(h)), "{filtered}");
    // And the bars per standard are the district's too.
    let standard = &district["by_standard"][0]["fully_implemented"];
    assert!(filtered.contains(&fraction(standard)), "{filtered}");
}

fn snapshot(name: &str, what: &str, width: u16, height: u16, app: &App) {
    let screen = serialize(&render(app, width, height));
    let mut settings = insta::Settings::clone_current();
    settings.set_description(format!("{what} ({width}x{height})"));
    settings.set_omit_expression(true);
    settings.bind(|| {
        insta::assert_snapshot!(format!("{name}_{width}x{height}"), screen);
    });
}

/// The network screen with its headline measures, whole and filtered by a district,
/// in English and Spanish.
#[test]
fn network_headline_snapshots() {
    let env = Env::new();
    demo(&env);
    for (lang, label) in [(Lang::En, "en"), (Lang::Es, "es")] {
        i18n::scoped(lang, || {
            for (width, height) in [(80, 24), (160, 48)] {
                let mut app = app(&env);
                keys(&mut app, "N");
                snapshot(
                    &format!("network_headline_{label}"),
                    "Network: the three headline measures over 30 demo schools",
                    width,
                    height,
                    &app,
                );
                keys(&mut app, "/North Valley");
                press(&mut app, KeyCode::Enter);
                snapshot(
                    &format!("network_headline_north_{label}"),
                    "Network filtered by `North Valley`: the measures of its schools only",
                    width,
                    height,
                    &app,
                );
            }
        });
    }
}

/// Lincoln Elementary (no district), its outcome rows as given: (year, group,
/// students eligible, chronically absent).
fn lincoln_with_outcomes(env: &Env, rows: &[(i32, &str, u64, u64)]) {
    use touchstone::outcomes::model::{Cell, Figures, Row, RowKey, SchoolYear};
    let mut store = Store::open(&env.db()).expect("open store");
    crate::common::lincoln(&mut store);
    let school = store
        .school_id("Lincoln Elementary", None)
        .expect("query")
        .expect("the school");
    let rows: Vec<Row> = rows
        .iter()
        .map(|&(year, group, eligible, chronic)| Row {
            key: RowKey {
                school,
                year: SchoolYear(year),
                group: group.into(),
                subject: String::new(),
            },
            figures: Figures {
                ca_eligible: Cell::Count(eligible),
                ca_chronic: Cell::Count(chronic),
                ..Figures::default()
            },
        })
        .collect();
    store.import_outcomes(&rows, false).expect("import");
}

/// The summary shows each measure's values over the years with arrows, all students
/// first; a group of 7 students shows as suppressed and its figure (3 of 7, 42.9%)
/// appears nowhere.
#[test]
fn a_schools_summary_shows_its_trends_and_never_a_small_groups_figure() {
    let env = Env::new();
    lincoln_with_outcomes(
        &env,
        &[
            (2024, "all", 100, 30),
            (2025, "all", 100, 20),
            (2024, "english_learners", 40, 12),
            (2025, "english_learners", 40, 14),
            (2025, "econ_disadvantaged", 7, 3),
        ],
    );
    let mut app = app(&env);
    keys(&mut app, "s");
    for (width, height) in [(160, 48), (120, 40)] {
        let screen = screen_text(&app, width, height);
        assert!(screen.contains("Chronic absence rate"), "{screen}");
        let line = |group: &str| {
            screen
                .lines()
                .find(|l| l.contains(group))
                .unwrap_or_else(|| panic!("no {group} line:\n{screen}"))
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert!(line("All students").contains("30.0% 20.0%↓"), "{screen}");
        assert!(
            line("English learners").contains("30.0% 35.0%↑"),
            "{screen}"
        );
        assert!(line("Econ. disadvantaged").contains('*'), "{screen}");
        assert!(!screen.contains("42.9"), "{screen}");
    }
}

/// A school's summary beside its outcome trends (demo school), in English and
/// Spanish: at 80x24 the figures alone, at 120x40 the trends below, at 160x48
/// beside them.
#[test]
fn summary_with_outcome_trends_snapshots() {
    let env = Env::new();
    demo(&env);
    for (lang, label) in [(Lang::En, "en"), (Lang::Es, "es")] {
        i18n::scoped(lang, || {
            for (width, height) in [(80, 24), (120, 40), (160, 48)] {
                let mut app = app(&env);
                keys(&mut app, "N");
                press(&mut app, KeyCode::Enter);
                snapshot(
                    &format!("summary_trends_{label}"),
                    "A demo school's summary with its outcome trends",
                    width,
                    height,
                    &app,
                );
            }
        });
    }
}

fn ctrl_s(app: &mut App) {
    crate::snapshot::ctrl(app, 's');
}

fn status(app: &App) -> String {
    app.status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

/// Typing figures in on the outcomes screen, as a user does from a school's summary
/// (`s`, then `o`): an impossible figure (more days present than in membership) is
/// shown beside its cell and refused at saving, with nothing written; fixed, both
/// figures are saved as one stored row, which the import reads the same way.
#[test]
fn typing_outcomes_in_refuses_an_impossible_figure_and_stores_the_row() {
    use touchstone::outcomes::model::{ALL, Cell};
    let env = Env::new();
    lincoln_with_outcomes(&env, &[(2025, "all", 100, 20)]);
    let mut app = app(&env);
    keys(&mut app, "so");
    let screen = screen_text(&app, 100, 30);
    assert!(
        screen.contains("Outcomes · Lincoln Elementary · All students"),
        "{screen}"
    );
    assert!(screen.contains("2024-25"), "{screen}");
    // Days in membership (the first figure), then days present below it.
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "17000");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "17100");
    press(&mut app, KeyCode::Enter);
    let screen = screen_text(&app, 100, 30);
    assert!(
        screen.contains("17100!"),
        "the refused figure is marked:\n{screen}"
    );
    assert!(
        screen.contains("days_present is more than days_in_membership")
            || screen.contains("days_present"),
        "{screen}"
    );
    ctrl_s(&mut app);
    assert!(
        status(&app).starts_with("Nothing saved: one figure to fix"),
        "{}",
        status(&app)
    );
    let stored = |env: &Env| {
        Store::open(&env.db())
            .expect("store")
            .outcome_rows(None)
            .expect("rows")
    };
    assert_eq!(stored(&env)[0].figures.days_present, Cell::Missing);

    // A count that is not one is refused beside its cell too, by the import's rule.
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Enter);
    for _ in 0..6 {
        press(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "12x");
    press(&mut app, KeyCode::Enter);
    let screen = screen_text(&app, 100, 30);
    assert!(screen.contains("12x!"), "{screen}");
    assert!(
        screen.contains("not a whole number") || screen.contains("12x"),
        "{screen}"
    );

    // Fixed: saved in one step, and found in the store.
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Enter);
    for _ in 0..3 {
        press(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "16900");
    press(&mut app, KeyCode::Enter);
    ctrl_s(&mut app);
    assert!(
        status(&app).starts_with("Saved one row"),
        "{}",
        status(&app)
    );
    let rows = stored(&env);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0].key.group, ALL);
    assert_eq!(rows[0].key.year.to_string(), "2024-25");
    assert_eq!(rows[0].figures.days_in_membership, Cell::Count(17000));
    assert_eq!(rows[0].figures.days_present, Cell::Count(16900));
    assert_eq!(rows[0].figures.ca_eligible, Cell::Count(100));
    // The summary now shows the attendance rate it gives.
    press(&mut app, KeyCode::Esc);
    let screen = screen_text(&app, 160, 48);
    assert!(screen.contains("Attendance rate"), "{screen}");
    assert!(screen.contains("99.4%"), "{screen}");
}

/// A group added from the list districts report (`+`, a few letters, Enter) gets
/// its own figures; a suppressed mark typed is kept as suppressed.
#[test]
fn a_group_is_added_from_the_list_and_a_suppressed_mark_is_kept() {
    use touchstone::outcomes::model::Cell;
    let env = Env::new();
    lincoln_with_outcomes(&env, &[(2025, "all", 100, 20)]);
    let mut app = app(&env);
    keys(&mut app, "so+");
    keys(&mut app, "englis");
    press(&mut app, KeyCode::Enter);
    let screen = screen_text(&app, 100, 30);
    assert!(
        screen.contains("English learners (group 2 of 2)"),
        "{screen}"
    );
    for _ in 0..2 {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "<10");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "\n");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "*");
    press(&mut app, KeyCode::Enter);
    ctrl_s(&mut app);
    assert!(
        status(&app).starts_with("Saved one row"),
        "{}",
        status(&app)
    );
    let rows = Store::open(&env.db())
        .expect("store")
        .outcome_rows(None)
        .expect("rows");
    let el = rows
        .iter()
        .find(|r| r.key.group == "english_learners")
        .expect("the group's row");
    assert_eq!(el.figures.ca_eligible, Cell::Suppressed);
    assert_eq!(el.figures.ca_chronic, Cell::Suppressed);
}

/// The outcomes screen of a demo school at 80x24 and 120x40, in English and
/// Spanish: as opened, and with an impossible figure typed (shown beside its cell).
#[test]
fn outcomes_screen_snapshots() {
    let env = Env::new();
    demo(&env);
    for (lang, label) in [(Lang::En, "en"), (Lang::Es, "es")] {
        i18n::scoped(lang, || {
            for (width, height) in [(80, 24), (120, 40)] {
                let mut app = app(&env);
                keys(&mut app, "N");
                press(&mut app, KeyCode::Enter);
                keys(&mut app, "o");
                snapshot(
                    &format!("outcomes_{label}"),
                    "The outcomes screen of a demo school, all students",
                    width,
                    height,
                    &app,
                );
                press(&mut app, KeyCode::Down);
                press(&mut app, KeyCode::Enter);
                keys(&mut app, "999999");
                press(&mut app, KeyCode::Enter);
                press(&mut app, KeyCode::Tab);
                press(&mut app, KeyCode::Tab);
                press(&mut app, KeyCode::BackTab);
                press(&mut app, KeyCode::BackTab);
                snapshot(
                    &format!("outcomes_refused_{label}"),
                    "Days present typed above days in membership: shown beside the cell",
                    width,
                    height,
                    &app,
                );
            }
        });
    }
}
