//! The screens in Spanish (issue 15 item 2): home, assessing and summary at 80x24 and
//! 160x48, the new-assessment form, the network and the other views at 80x24, drawn
//! on ratatui's `TestBackend` with the test thread switched to Spanish. Spanish runs
//! longer than English: these show that every screen still holds at 80x24, cutting
//! with an ellipsis where it must.
//!
//! Regenerate after an intended change:
//! `INSTA_UPDATE=always cargo test --test suite spanish_screens`, then read the files.

use crate::common::rate;
use crate::snapshot::{ctrl, keys, press, render, serialize};
use jiff::civil::{Date, date};
use ratatui::crossterm::event::KeyCode;
use tempfile::TempDir;
use touchstone::assessment::{Action as Step, ActionStatus};
use touchstone::i18n::{self, Lang};
use touchstone::rubric::{Choice, Registry};
use touchstone::store::Store;
use touchstone::tui::App;
use touchstone::tui::theme::ThemeName;

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];

/// What the database holds before the app starts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Data {
    /// No assessments: the welcome panel.
    Empty,
    Schools,
    /// A generated network of 30 schools (seeded, so the same every run).
    Network,
}

/// Lincoln Elementary (site rubric v2, team Ana and Ben) on `on`.
fn create(store: &mut Store, on: Date) -> String {
    crate::common::lincoln_of_riverside(store, "2", on, &["Ana Ruiz", "Ben Okafor"], "Dana Coach")
}

/// Lincoln Elementary assessed in May (submitted) and in November (a draft, resuming
/// at pl-3, with a note, evidence and an action step), so the summary shows a change.
fn fill(store: &mut Store) -> String {
    use Choice::{Level, NotApplicable};
    let spring = create(store, date(2026, 5, 4));
    rate(
        store,
        &spring,
        &[("cl-1", Level(2), None), ("pl-2", Level(0), None)],
    );
    store.submit(&spring, &[], "tester").expect("submit");
    let fall = create(store, date(2026, 11, 2));
    rate(
        store,
        &fall,
        &[
            (
                "cl-1",
                Level(3),
                Some("El equipo de 12 se reúne cada mes; el acta recoge sus decisiones."),
            ),
            ("cl-2", Level(3), None),
            ("cl-3", Level(3), None),
            ("cl-4", Level(3), None),
            ("cl-5", Level(3), None),
            ("cl-6", Level(3), None),
            ("pl-1", Level(3), None),
            (
                "pl-2",
                Level(1),
                Some("Plan redactado solo por el personal; faltan los socios."),
            ),
            ("pl-4", Level(2), None),
            ("ci-1", NotApplicable, None),
        ],
    );
    store
        .set_evidence(&fall, "pl-2", &["Borrador del plan".to_string()], "tester")
        .expect("evidence");
    store
        .set_actions(
            &fall,
            &[Step {
                indicator: "pl-2".to_string(),
                step: "Invitar a los socios al día de planificación de enero".to_string(),
                owner: Some("Ana Ruiz".to_string()),
                due: Some(date(2027, 1, 15)),
                status: ActionStatus::Open,
            }],
        )
        .expect("actions");
    fall
}

fn new_app(dir: &TempDir, data: Data) -> App {
    let mut store = Store::open(&dir.path().join("touchstone.db")).expect("open store");
    let registry = Registry::bundled();
    match data {
        Data::Empty => {}
        Data::Schools => drop(fill(&mut store)),
        Data::Network => {
            let entry = registry
                .get("cs-site-2017", "2")
                .expect("site rubric, version 1")
                .clone();
            touchstone::demo::generate(&mut store, &entry.rubric, &entry.text, 30, 7)
                .expect("demo network");
        }
    }
    App::new(
        store,
        registry,
        "tester".into(),
        crate::common::options(Some(ThemeName::Default), None),
    )
}

/// Draws the app, driven by `drive`, in Spanish at `width` x `height` and compares it
/// with `es_<name>_<w>x<h>`.
fn snapshot(name: &str, what: &str, data: Data, sizes: &[(u16, u16)], drive: impl Fn(&mut App)) {
    i18n::scoped(Lang::Es, || {
        for &(width, height) in sizes {
            let dir = tempfile::tempdir().expect("temp dir");
            let mut app = new_app(&dir, data);
            drive(&mut app);
            let screen = neutral(&serialize(&render(&app, width, height)));
            let mut settings = insta::Settings::clone_current();
            settings.set_description(format!("{what} ({width}x{height}, en español)"));
            settings.set_omit_expression(true);
            settings.bind(|| {
                insta::assert_snapshot!(format!("es_{name}_{width}x{height}"), screen);
            });
        }
    });
}

/// What differs between runs, replaced by placeholders of the same width: the logged
/// times of changes made during the test ("2026-11-30 01:07", the clock's; fixture
/// dates have no time), and the temporary database folder on the welcome panel.
fn neutral(screen: &str) -> String {
    screen
        .lines()
        .map(|line| folder_neutral(&clock_neutral(line)))
        .collect::<Vec<_>>()
        .join("\n")
}

fn folder_neutral(line: &str) -> String {
    const LABEL: &str = "Base de datos: ";
    let Some(at) = line.find(LABEL) else {
        return line.to_string();
    };
    let from = at + LABEL.len();
    let end = line[from..].find('│').map_or(line.len(), |i| from + i);
    let hidden = line[from..end].chars().count();
    let placeholder = "[carpeta temporal]";
    let filler = ".".repeat(hidden.saturating_sub(placeholder.chars().count()));
    format!("{}{placeholder}{filler}{}", &line[..from], &line[end..])
}

fn clock_neutral(line: &str) -> String {
    // Today's date (UTC, as the logs show it) and any hh:mm: the fixture dates are
    // other days and have no time, so only the clock's are replaced.
    let today = jiff::Timestamp::now().strftime("%Y-%m-%d").to_string();
    let line = line.replace(&today, "AAAA-MM-DD");
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let window = chars.get(i..i + 5).unwrap_or(&[]);
        let is_time = window.len() == 5
            && window[2] == ':'
            && [0, 1, 3, 4].iter().all(|&k| window[k].is_ascii_digit())
            && (i == 0 || !chars[i - 1].is_ascii_digit());
        if is_time {
            out.push_str("hh:mm");
            i += 5;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

#[test]
fn home_in_spanish() {
    snapshot(
        "home",
        "Inicio: las evaluaciones",
        Data::Schools,
        &SIZES,
        |_| {},
    );
}

#[test]
fn assess_in_spanish() {
    snapshot(
        "assess",
        "Evaluar: abierta en el primer indicador sin calificar (pl-3)",
        Data::Schools,
        &SIZES,
        |app| press(app, KeyCode::Enter),
    );
}

#[test]
fn assess_after_rating_in_spanish() {
    snapshot(
        "assess_rated",
        "Evaluar: pl-3 calificado con 3; la línea de estado dice que se guardó",
        Data::Schools,
        &SIZES[..1],
        |app| {
            press(app, KeyCode::Enter);
            press(app, KeyCode::Char('3'));
        },
    );
}

#[test]
fn assess_with_note_evidence_and_step_in_spanish() {
    snapshot(
        "assess_pl2",
        "Evaluar: pl-2, con nota, evidencia y un paso de acción",
        Data::Schools,
        &SIZES[..1],
        |app| {
            press(app, KeyCode::Enter);
            press(app, KeyCode::Left);
        },
    );
}

#[test]
fn summary_in_spanish() {
    snapshot(
        "summary",
        "Resumen desde el inicio (s), con el cambio desde mayo",
        Data::Schools,
        &SIZES,
        |app| press(app, KeyCode::Char('s')),
    );
}

#[test]
fn new_form_in_spanish() {
    snapshot(
        "new_form",
        "Evaluación nueva: escuela sugerida, fecha y equipo escritos",
        Data::Schools,
        &SIZES[..1],
        crate::tui_snapshots::fill_new_form,
    );
}

#[test]
fn network_in_spanish() {
    snapshot(
        "network",
        "Red: 30 escuelas generadas, las más débiles primero",
        Data::Network,
        &SIZES[..1],
        |app| keys(app, "N"),
    );
}

#[test]
fn review_in_spanish() {
    snapshot(
        "review",
        "Revisión: cada indicador con su nivel y su nota",
        Data::Schools,
        &SIZES[..1],
        |app| {
            press(app, KeyCode::Enter);
            press(app, KeyCode::Char('r'));
        },
    );
}

#[test]
fn action_steps_in_spanish() {
    snapshot(
        "action_steps",
        "Pasos de acción de pl-2",
        Data::Schools,
        &SIZES[..1],
        |app| {
            press(app, KeyCode::Enter);
            press(app, KeyCode::Left);
            press(app, KeyCode::Char('a'));
        },
    );
}

#[test]
fn action_form_in_spanish() {
    snapshot(
        "action_form",
        "El formulario de un paso de acción nuevo",
        Data::Schools,
        &SIZES[..1],
        |app| {
            press(app, KeyCode::Enter);
            press(app, KeyCode::Char('a'));
            press(app, KeyCode::Char('a'));
            keys(app, "Compartir el calendario de datos con los socios");
            press(app, KeyCode::Tab);
            keys(app, "Ben Okafor");
        },
    );
}

#[test]
fn editor_in_spanish() {
    snapshot(
        "editor",
        "El editor de la nota con dos líneas escritas",
        Data::Schools,
        &SIZES[..1],
        |app| {
            press(app, KeyCode::Enter);
            press(app, KeyCode::Char('e'));
            keys(app, "El equipo de datos empezó en octubre.");
        },
    );
}

#[test]
fn history_in_spanish() {
    snapshot(
        "history",
        "El historial de cl-1",
        Data::Schools,
        &SIZES[..1],
        |app| {
            press(app, KeyCode::Enter);
            for _ in 0..8 {
                press(app, KeyCode::Left);
            }
            keys(app, "H");
        },
    );
}

#[test]
fn dialogs_in_spanish() {
    snapshot(
        "delete",
        "¿Eliminar? sobre el inicio",
        Data::Schools,
        &SIZES[..1],
        |app| press(app, KeyCode::Char('d')),
    );
    snapshot(
        "submit",
        "¿Entregar? desde el resumen, con indicadores sin calificar",
        Data::Schools,
        &SIZES[..1],
        |app| {
            press(app, KeyCode::Char('s'));
            keys(app, "S");
        },
    );
    snapshot(
        "export",
        "Exportar a un archivo TOML",
        Data::Schools,
        &SIZES[..1],
        |app| press(app, KeyCode::Char('x')),
    );
}

#[test]
fn welcome_in_spanish() {
    snapshot(
        "welcome",
        "Primer uso: el panel de bienvenida",
        Data::Empty,
        &SIZES[..1],
        |_| {},
    );
    snapshot(
        "import",
        "Importar archivos TOML, sobre el panel de bienvenida",
        Data::Empty,
        &SIZES[..1],
        |app| press(app, KeyCode::Char('i')),
    );
    snapshot(
        "network_empty",
        "La red sin evaluaciones",
        Data::Empty,
        &SIZES[..1],
        |app| keys(app, "N"),
    );
}

/// Ben saves cl-1's note after Ana saved hers: both texts and the three choices.
#[test]
fn conflict_in_spanish() {
    i18n::scoped(Lang::Es, || {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("touchstone.db");
        let id = fill(&mut Store::open(&db).expect("open store"));
        let app = |actor: &str| {
            App::new(
                Store::open(&db).expect("open store"),
                Registry::bundled(),
                actor.into(),
                crate::common::options(Some(ThemeName::Default), Some(id.clone())),
            )
        };
        let (mut ana, mut ben) = (app("Ana Ruiz"), app("Ben Okafor"));
        keys(&mut ana, "e");
        keys(&mut ben, "e");
        keys(
            &mut ana,
            "Las actas de septiembre y octubre muestran reuniones mensuales.",
        );
        ctrl(&mut ana, 's');
        keys(
            &mut ben,
            "Solo dos reuniones este año; la lista está desactualizada.",
        );
        ctrl(&mut ben, 's');
        let screen = neutral(&serialize(&render(&ben, 80, 24)));
        let mut settings = insta::Settings::clone_current();
        settings
            .set_description("El conflicto: los dos textos y las tres salidas (80x24, en español)");
        settings.set_omit_expression(true);
        settings.bind(|| insta::assert_snapshot!("es_conflict_80x24", screen));
    });
}

/// The two session dialogs of this area, drawn on their own.
#[test]
fn session_dialogs_in_spanish() {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use touchstone::tui::screens::dialogs;
    i18n::scoped(Lang::Es, || {
        let dir = tempfile::tempdir().expect("temp dir");
        let app = new_app(&dir, Data::Empty);
        for (name, leave) in [("end_session", false), ("leave_segment", true)] {
            let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
            terminal
                .draw(|frame| {
                    if leave {
                        dialogs::confirm_leave(frame, &app, 3, frame.area());
                    } else {
                        dialogs::confirm_end(frame, &app, frame.area());
                    }
                })
                .expect("draw");
            let screen = serialize(terminal.backend().buffer());
            let mut settings = insta::Settings::clone_current();
            settings.set_description(format!("{name} (80x24, en español)"));
            settings.set_omit_expression(true);
            settings.bind(|| insta::assert_snapshot!(format!("es_{name}_80x24"), screen));
        }
    });
}
