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
