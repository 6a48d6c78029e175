//! Snapshots of every screen of the terminal UI, drawn on ratatui's `TestBackend` at
//! 80x24 and 160x48 in the default and high-contrast themes, and the screens that use
//! large windows also at 120x40 and 200x60 in the default theme.
//!
//! Each snapshot is the screen's text followed by the runs of cells whose style is
//! not the screen's most common one (see `snapshot.rs`), so a change of colour shows
//! up as well as a change of text. The app is driven with the keys a user would press.
//!
//! Regenerate after an intended change of a screen:
//! `INSTA_UPDATE=always cargo test --test suite tui_snapshots`, then read the diff.

use crate::common::rate;
use crate::snapshot::{ctrl, keys, press, render, serialize};
use jiff::civil::{Date, date};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::PathBuf;
use tempfile::TempDir;
use touchstone::assessment::{Action as Step, ActionStatus};
use touchstone::rubric::{Choice, Registry};
use touchstone::store::{NewAssessment, Store};
use touchstone::tui::App;
use touchstone::tui::theme::ThemeName;

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];
/// Large windows, for the screens that use the extra room (default theme only).
const WIDE: [(u16, u16); 2] = [(120, 40), (200, 60)];
const THEMES: [(ThemeName, &str); 2] = [
    (ThemeName::Default, "default"),
    (ThemeName::HighContrast, "high_contrast"),
];

/// Every date the fixtures and key presses use.
const FIXED_DATES: [&str; 6] = [
    "2026-05-04",
    "2026-10-19",
    "2026-11-02",
    "2026-11-09",
    "2027-01-15",
    "2027-02-01",
];

/// What the database holds before the app starts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Data {
    Empty,
    Schools,
    /// A generated network of 30 schools (seeded, so the same every run).
    Network,
}

/// A temporary database. Its path is long enough to be cut on every screen size,
/// so the welcome panel shows the same number of characters of it everywhere; the
/// machine-specific part is replaced by `neutral`.
fn database(dir: &TempDir) -> PathBuf {
    let base = dir.path().display().to_string();
    let pad = 230usize.saturating_sub(base.chars().count()).max(1);
    let folder = dir.path().join("d".repeat(pad));
    std::fs::create_dir_all(&folder).expect("database folder");
    folder.join("touchstone.db")
}

fn create(
    store: &mut Store,
    registry: &Registry,
    rubric_id: &str,
    school: &str,
    district: Option<&str>,
    on: Date,
    team: &[&str],
) -> String {
    let entry = registry
        .get(rubric_id, "1")
        .expect("bundled rubric, version 1");
    let team: Vec<String> = team.iter().map(|t| t.to_string()).collect();
    store
        .create(&NewAssessment {
            school,
            district,
            date: on,
            team: &team,
            facilitator: Some("Dana Coach"),
            rubric: &entry.rubric,
            rubric_text: &entry.text,
        })
        .expect("create assessment")
}

/// Two schools; Lincoln Elementary was also assessed in May, so its November
/// summary shows the change since then. Dates differ so the home list's order
/// (newest first) never depends on the clock.
fn fill(store: &mut Store, registry: &Registry) {
    use Choice::{Level, NotApplicable};
    let spring = create(
        store,
        registry,
        "cs-site-2017",
        "Lincoln Elementary",
        Some("Riverside Unified"),
        date(2026, 5, 4),
        &["Ana Ruiz", "Ben Okafor"],
    );
    rate(
        store,
        &spring,
        &[
            ("cl-1", Level(2), None),
            ("cl-2", Level(3), None),
            ("cl-3", Level(1), None),
            ("cl-4", Level(1), None),
            ("pl-1", Level(2), None),
            ("pl-2", Level(0), None),
        ],
    );
    // The spring assessment was submitted: the fall one's summary compares with it.
    store.submit(&spring, &[], "tester").expect("submit");

    let oak = create(
        store,
        registry,
        "csf-2023",
        "Oak Grove Middle School",
        None,
        date(2026, 10, 19),
        &["Chloe Martin"],
    );
    rate(
        store,
        &oak,
        &[
            ("el-1", Level(3), None),
            ("el-2", Level(1), Some("Mostly homework clubs so far.")),
        ],
    );

    let fall = create(
        store,
        registry,
        "cs-site-2017",
        "Lincoln Elementary",
        Some("Riverside Unified"),
        date(2026, 11, 2),
        &["Ana Ruiz", "Ben Okafor", "Chloe Martin"],
    );
    rate(
        store,
        &fall,
        &[
            (
                "cl-1",
                Level(3),
                Some("Team of 12 meets monthly; minutes record its decisions."),
            ),
            ("cl-2", Level(3), None),
            ("cl-3", Level(3), None),
            (
                "cl-4",
                Level(3),
                Some("Weekly principal and coordinator check-in since September."),
            ),
            ("cl-5", Level(3), None),
            ("cl-6", Level(3), None),
            ("pl-1", Level(3), None),
            (
                "pl-2",
                Level(1),
                Some("Plan drafted by staff only; partners not yet involved."),
            ),
            // pl-3 stays unrated: the assessment resumes there.
            ("pl-4", Level(2), None),
            (
                "ci-1",
                NotApplicable,
                Some("No partners on site this year."),
            ),
            ("ci-2", Level(0), None),
        ],
    );
    store
        .set_evidence(
            &fall,
            "cl-1",
            &[
                "Team member list".to_string(),
                "Minutes, Sept–Oct".to_string(),
            ],
            "tester",
        )
        .expect("evidence");
    store
        .set_actions(
            &fall,
            &[Step {
                indicator: "pl-2".to_string(),
                step: "Invite partners to the January planning day".to_string(),
                owner: Some("Ana Ruiz".to_string()),
                due: Some(date(2027, 1, 15)),
                status: ActionStatus::Open,
            }],
        )
        .expect("actions");
}

fn new_app(dir: &TempDir, data: Data, theme: ThemeName) -> App {
    let mut store = Store::open(&database(dir)).expect("open store");
    let registry = Registry::bundled();
    if data == Data::Schools {
        fill(&mut store, &registry);
    }
    if data == Data::Network {
        let entry = registry
            .get("cs-site-2017", "1")
            .expect("site rubric, version 1")
            .clone();
        touchstone::demo::generate(&mut store, &entry.rubric, &entry.text, 30, 7)
            .expect("demo network");
    }
    App::new(
        store,
        registry,
        "tester".into(),
        crate::common::options(Some(theme), None),
    )
}

/// Snapshots one state of the app at both sizes in both themes, as
/// `<name>_<w>x<h>_<theme>`; `drive` brings a fresh app into that state.
fn check(name: &str, what: &str, data: Data, drive: impl Fn(&mut App)) {
    for (theme, theme_label) in THEMES {
        for (width, height) in SIZES {
            snapshot(name, what, data, theme, theme_label, width, height, &drive);
        }
    }
}

/// Like `check`, plus the large windows in the default theme, for screens that show
/// more when there is room.
fn check_wide(name: &str, what: &str, data: Data, drive: impl Fn(&mut App)) {
    check(name, what, data, &drive);
    for (width, height) in WIDE {
        let (theme, label) = THEMES[0];
        snapshot(name, what, data, theme, label, width, height, &drive);
    }
}

#[allow(clippy::too_many_arguments)]
fn snapshot(
    name: &str,
    what: &str,
    data: Data,
    theme: ThemeName,
    theme_label: &str,
    width: u16,
    height: u16,
    drive: &impl Fn(&mut App),
) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = new_app(&dir, data, theme);
    drive(&mut app);
    let screen = serialize(&render(&app, width, height));
    assert!(
        !screen.contains("panicked"),
        "{name} drew a panic message:\n{screen}"
    );
    // Today's date would make the snapshot change daily (unless today is one of
    // the fixed dates used here).
    let today = touchstone::assessment::today().to_string();
    assert!(
        FIXED_DATES.contains(&today.as_str()) || !screen.contains(&today),
        "{name} shows today's date ({today}); set it to a fixed one:\n{screen}"
    );
    let mut settings = insta::Settings::clone_current();
    settings.set_description(format!(
        "{what} ({width}x{height}, {} theme)",
        theme.label()
    ));
    settings.set_omit_expression(true);
    settings.bind(|| {
        insta::assert_snapshot!(format!("{name}_{width}x{height}_{theme_label}"), screen);
    });
}

#[test]
fn home_with_assessments() {
    check(
        "home",
        "Home: three assessments of two schools, newest first",
        Data::Schools,
        |_| {},
    );
}

#[test]
fn home_first_run() {
    check(
        "home_first_run",
        "Home on an empty database: the welcome panel",
        Data::Empty,
        |_| {},
    );
}

#[test]
fn home_filter() {
    check(
        "home_filter",
        "Home with the filter open and `linc` typed",
        Data::Schools,
        |app| {
            press(app, KeyCode::Char('/'));
            keys(app, "linc");
        },
    );
}

#[test]
fn delete_confirmation() {
    check(
        "delete_confirm",
        "Home: `d` on Oak Grove Middle School asks before deleting",
        Data::Schools,
        |app| {
            press(app, KeyCode::Down);
            press(app, KeyCode::Char('d'));
        },
    );
}

#[test]
fn export_prompt() {
    check(
        "export_prompt",
        "Home: `x` asks for the file to export to",
        Data::Schools,
        |app| press(app, KeyCode::Char('x')),
    );
}

#[test]
fn new_assessment_form() {
    check(
        "new_form",
        "New-assessment form: school taken from the suggestion, date set, team being typed",
        Data::Schools,
        fill_new_form,
    );
}

/// Opens the new-assessment form and fills it: the school from the suggestion for
/// "Lin", the date 2026-11-09, the team being typed.
pub(crate) fn fill_new_form(app: &mut App) {
    press(app, KeyCode::Char('+'));
    keys(app, "Lin");
    ctrl(app, 'f');
    press(app, KeyCode::Tab); // district (filled from the suggestion)
    press(app, KeyCode::Tab); // rubric
    press(app, KeyCode::Tab); // date: today by default, so replace it
    ctrl(app, 'u');
    keys(app, "2026-11-09");
    press(app, KeyCode::Tab); // team
    keys(app, "Ana Ruiz, Ben Okafor");
}

#[test]
fn new_assessment_suggestion() {
    check(
        "new_form_suggestion",
        "New-assessment form: a known school suggested while typing",
        Data::Schools,
        |app| {
            press(app, KeyCode::Char('+'));
            for _ in 0..3 {
                press(app, KeyCode::Tab);
            }
            ctrl(app, 'u'); // the date is today's by default
            keys(app, "2026-11-09");
            for _ in 0..3 {
                app.handle_key(KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT));
            }
            keys(app, "Oak");
        },
    );
}

#[test]
fn assess_indicator() {
    check_wide(
        "assess",
        "Assessing: opened at the first unrated indicator (pl-3)",
        Data::Schools,
        |app| press(app, KeyCode::Enter),
    );
}

#[test]
fn assess_after_rating() {
    check(
        "assess_rated",
        "Assessing: pl-3 rated Developing with `3`; the status line says it is saved",
        Data::Schools,
        |app| {
            press(app, KeyCode::Enter);
            press(app, KeyCode::Char('3'));
        },
    );
}

#[test]
fn note_editor() {
    check(
        "editor",
        "Assessing: the note editor open with two lines typed",
        Data::Schools,
        |app| {
            press(app, KeyCode::Enter);
            press(app, KeyCode::Char('e'));
            keys(app, "Data team started in October.");
            press(app, KeyCode::Enter);
            keys(app, "Need partner data next.");
        },
    );
}

#[test]
fn action_steps() {
    check(
        "actions",
        "Assessing: action steps of pl-2, with one step",
        Data::Schools,
        |app| {
            press(app, KeyCode::Enter);
            press(app, KeyCode::Left); // pl-2, which has a step
            press(app, KeyCode::Char('a'));
        },
    );
}

#[test]
fn action_step_form() {
    check(
        "action_form",
        "Assessing: the form for a new action step, step, owner and due date typed",
        Data::Schools,
        |app| {
            press(app, KeyCode::Enter);
            press(app, KeyCode::Char('a'));
            press(app, KeyCode::Char('a'));
            keys(app, "Share the data calendar with partners");
            press(app, KeyCode::Tab);
            keys(app, "Ben Okafor");
            press(app, KeyCode::Tab);
            keys(app, "2027-02-01");
        },
    );
}

#[test]
fn review_list() {
    check_wide(
        "review",
        "Review: every indicator with its level and note, at pl-3",
        Data::Schools,
        |app| {
            press(app, KeyCode::Enter);
            press(app, KeyCode::Char('r'));
        },
    );
}

#[test]
fn summary() {
    check(
        "summary",
        "Summary from home (`s`), with the change since the school's May assessment",
        Data::Schools,
        |app| press(app, KeyCode::Char('s')),
    );
}

#[test]
fn help_overlay() {
    check(
        "help",
        "Help (`?`) over the assessing screen",
        Data::Schools,
        |app| {
            press(app, KeyCode::Enter);
            press(app, KeyCode::Char('?'));
        },
    );
}

#[test]
fn too_small() {
    for (theme, theme_label) in THEMES {
        snapshot(
            "too_small",
            "A window smaller than 80x24",
            Data::Schools,
            theme,
            theme_label,
            60,
            20,
            &|_: &mut App| {},
        );
    }
}

#[test]
fn network_overview() {
    check_wide(
        "network",
        "Network: 30 generated schools, weakest first, with per-standard bars",
        Data::Network,
        |app| keys(app, "N"),
    );
}

#[test]
fn network_sorted_by_district() {
    check(
        "network_by_district",
        "Network: sorted by district (> twice), third school selected",
        Data::Network,
        |app| {
            keys(app, "N>>");
            press(app, KeyCode::Down);
            press(app, KeyCode::Down);
        },
    );
}

/// Issue 14 item 5: with room (120x40 as well as 200x60), the indicator shows the note
/// in full, each evidence item and each action step, not only their counts.
#[test]
fn assess_with_evidence_and_steps_on_large_windows() {
    let drive = |app: &mut App| {
        press(app, KeyCode::Enter);
        press(app, KeyCode::Char('e'));
        keys(app, "Plan reviewed with partners in May.");
        press(app, KeyCode::Tab);
        keys(app, "School improvement plan 2026");
        press(app, KeyCode::Enter);
        keys(app, "Partner meeting minutes, May");
        ctrl(app, 's');
        press(app, KeyCode::Char('a'));
        press(app, KeyCode::Char('a'));
        keys(app, "Write partner services into goal 2");
        press(app, KeyCode::Enter);
        press(app, KeyCode::Esc);
    };
    for (width, height) in WIDE {
        let (theme, label) = THEMES[0];
        snapshot(
            "assess_record",
            "Assessing pl-3 with a note, two evidence items and an action step",
            Data::Schools,
            theme,
            label,
            width,
            height,
            &drive,
        );
    }
}
