//! The home list is virtual: on a network of a thousand assessments it holds the rows
//! around the selection, and moving, filtering and refreshing run as queries, with the
//! same results the whole list gave.

use crate::common::Env;
use crate::snapshot::screen_text;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use touchstone::rubric::Registry;
use touchstone::store::{Listed, NewAssessment, Store};
use touchstone::tui::{App, Options};

fn press(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

fn options() -> Options {
    crate::common::options(None, None)
}

/// A demo network (about three assessments a school) and every row, newest first.
fn network(env: &Env, schools: &str) -> (std::path::PathBuf, Vec<Listed>) {
    let db = env.path("network.db");
    let out = env
        .cmd()
        .args(["demo", "--schools", schools, "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let store = Store::open(&db).unwrap();
    let mut all = Vec::new();
    store
        .each_listed(|a| {
            all.push(a.clone());
            Ok(())
        })
        .unwrap();
    all.reverse();
    (db, all)
}

#[test]
fn the_home_list_holds_a_window_and_moves_filters_and_refreshes_in_sql() {
    let env = Env::new();
    let (db, all) = network(&env, "400");
    assert!(all.len() > 1000, "{}", all.len());
    let mut app = App::new(
        Store::open(&db).unwrap(),
        Registry::bundled(),
        "tester".into(),
        options(),
    );
    let home = &app.home;
    assert_eq!((home.total, home.matching), (all.len(), all.len()));
    // A few screenfuls around the selection (at most 801 rows), not the list.
    assert!(
        home.rows_held() <= 801 && home.rows_held() < all.len(),
        "{}",
        home.rows_held()
    );
    assert_eq!(home.selected_row().unwrap().id, all[0].id);

    press(&mut app, KeyCode::End);
    assert_eq!(app.home.selected, all.len() - 1);
    assert_eq!(app.home.selected_row().unwrap().id, all[all.len() - 1].id);
    assert!(app.home.rows_held() <= 801 && app.home.rows_held() < all.len());
    // Drawn at the bottom, the oldest assessment is on the last line of the table.
    let text = screen_text(&app, 100, 24);
    assert!(
        text.contains(&format!("Assessments ({} of {})", all.len(), all.len())),
        "{text}"
    );
    let last = &all[all.len() - 1];
    assert!(
        text.contains(&last.school[..10.min(last.school.len())]),
        "{text}"
    );
    press(&mut app, KeyCode::Up);
    assert_eq!(app.home.selected_row().unwrap().id, all[all.len() - 2].id);
    press(&mut app, KeyCode::Home);
    assert_eq!(app.home.selected_row().unwrap().id, all[0].id);

    // The filter, as the whole list filtered it: any field, any case.
    let needle = all[7].school.split(' ').next().unwrap().to_uppercase();
    let lower = needle.to_lowercase();
    let expected: Vec<&Listed> = all
        .iter()
        .filter(|a| {
            [
                a.school.as_str(),
                a.district.as_deref().unwrap_or(""),
                &a.date,
                &a.rubric_label(),
            ]
            .iter()
            .any(|f| f.to_lowercase().contains(&lower))
        })
        .collect();
    press(&mut app, KeyCode::Char('/'));
    for c in needle.chars() {
        press(&mut app, KeyCode::Char(c));
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.home.matching, expected.len());
    press(&mut app, KeyCode::End);
    assert_eq!(
        app.home.selected_row().unwrap().id,
        expected[expected.len() - 1].id
    );
    press(&mut app, KeyCode::Char('/'));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.home.matching, all.len());

    // Another process adds a newer assessment: the selection stays on the same one.
    for _ in 0..5 {
        press(&mut app, KeyCode::Down);
    }
    let chosen = app.home.selected_row().unwrap().id.clone();
    let at = app.home.selected;
    {
        let mut other = Store::open(&db).unwrap();
        let entry = Registry::bundled().latest("cs-site-2017").unwrap().clone();
        other
            .create(&NewAssessment {
                school: "Zeta Academy",
                district: None,
                date: jiff::civil::date(2099, 1, 1),
                team: &[],
                facilitator: None,
                rubric: &entry.rubric,
                rubric_text: &entry.text,
            })
            .unwrap();
    }
    app.tick();
    assert_eq!(app.home.total, all.len() + 1);
    assert_eq!(app.home.selected, at + 1);
    assert_eq!(app.home.selected_row().unwrap().id, chosen);
}
