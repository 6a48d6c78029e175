//! The mouse through the event loop: a frame is drawn on a TestBackend (which fills
//! the hit map), then clicks and wheel notches arrive as the terminal sends them.
//! Each batch of events is handled before the next frame; the script quits with
//! Ctrl-C when it has no more.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use std::collections::VecDeque;
use std::time::Duration;
use tempfile::TempDir;
use touchstone::rubric::{Choice, Registry};
use touchstone::store::{NewAssessment, Store};
use touchstone::tui::App;
use touchstone::tui::app::{Overlay, Screen};
use touchstone::tui::keymap::Ctx;
use touchstone::tui::screens::assess::Mode;
use touchstone::tui::terminal::{Events, run_loop};

const COLS: u16 = 100;
const ROWS: u16 = 30;

/// Batches of events, one per frame; then Ctrl-C.
struct Batches {
    batches: VecDeque<Vec<Event>>,
    current: VecDeque<Event>,
}

impl Events for Batches {
    fn wait(
        &mut self,
        _timeout: Option<Duration>,
    ) -> std::io::Result<Option<touchstone::tui::terminal::Event>> {
        if self.current.is_empty() {
            match self.batches.pop_front() {
                Some(batch) => self.current = batch.into(),
                None => {
                    return Ok(Some(
                        Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)).into(),
                    ));
                }
            }
        }
        Ok(self.current.pop_front().map(Into::into))
    }

    fn ready(&mut self) -> std::io::Result<Option<touchstone::tui::terminal::Event>> {
        Ok(self.current.pop_front().map(Into::into))
    }
}

struct Fixture {
    dir: TempDir,
    app: App,
    terminal: Terminal<TestBackend>,
    /// Newest first, as the home list shows them.
    ids: Vec<String>,
}

impl Fixture {
    /// `schools` assessments, oldest first; the app opens `open` (an index) if given.
    fn new(schools: &[&str], open: Option<usize>) -> Fixture {
        Fixture::sized(schools, open, COLS, ROWS)
    }

    /// As `new`, in a window of `cols` x `rows`.
    fn sized(schools: &[&str], open: Option<usize>, cols: u16, rows: u16) -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("t.db")).unwrap();
        let registry = Registry::bundled();
        let entry = registry.get("cs-site-2017", "1").unwrap();
        let mut ids: Vec<String> = schools
            .iter()
            .enumerate()
            .map(|(i, school)| {
                store
                    .create(&NewAssessment {
                        school,
                        district: Some("North"),
                        date: jiff::civil::date(2026, 11, 1 + i as i8),
                        team: &[],
                        facilitator: None,
                        rubric: &entry.rubric,
                        rubric_text: &entry.text,
                    })
                    .unwrap()
            })
            .collect();
        let options = crate::common::options(None, open.map(|i| ids[i].clone()));
        ids.reverse();
        let app = App::new(store, Registry::bundled(), "tester".into(), options);
        let mut terminal = Terminal::new(TestBackend::new(cols, rows)).unwrap();
        terminal
            .draw(|frame| touchstone::tui::ui::draw(frame, &app))
            .unwrap();
        Fixture {
            dir,
            app,
            terminal,
            ids,
        }
    }

    /// Where `text` first appears on the last frame (column, row).
    fn find(&self, text: &str) -> (u16, u16) {
        let buffer = self.terminal.backend().buffer();
        for y in 0..buffer.area.height {
            let line: String = (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect();
            if let Some(i) = line.find(text) {
                return (line[..i].chars().count() as u16, y);
            }
        }
        panic!("{text:?} is not on the screen:\n{buffer:?}");
    }

    /// Runs the event loop over these batches (each drawn before the next), then quits.
    /// The app and the last frame stay for the next run.
    fn run(&mut self, batches: Vec<Vec<Event>>) {
        self.run_gated(batches, &mut |_, _| true);
    }

    fn run_gated(
        &mut self,
        batches: Vec<Vec<Event>>,
        gate: &mut dyn FnMut(&mut App, &KeyEvent) -> bool,
    ) {
        self.app.quit = false;
        let mut events = Batches {
            batches: batches.into(),
            current: VecDeque::new(),
        };
        run_loop(&mut self.terminal, &mut self.app, &mut events, gate).expect("the loop runs");
    }

    fn stored(&self, i: usize) -> touchstone::assessment::Assessment {
        Store::open(&self.dir.path().join("t.db"))
            .unwrap()
            .load(&self.ids[i])
            .unwrap()
    }

    fn events(&self, i: usize) -> usize {
        Store::open(&self.dir.path().join("t.db"))
            .unwrap()
            .events(&self.ids[i])
            .unwrap()
            .len()
    }
}

fn mouse(kind: MouseEventKind, (column, row): (u16, u16)) -> Event {
    Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    })
}

fn click(at: (u16, u16)) -> Vec<Event> {
    vec![
        mouse(MouseEventKind::Down(MouseButton::Left), at),
        mouse(MouseEventKind::Up(MouseButton::Left), at),
    ]
}

fn wheel(down: bool) -> Vec<Event> {
    let kind = if down {
        MouseEventKind::ScrollDown
    } else {
        MouseEventKind::ScrollUp
    };
    vec![mouse(kind, (40, 10))]
}

fn key(c: char) -> Vec<Event> {
    vec![Event::Key(KeyEvent::from(KeyCode::Char(c)))]
}

fn assess(app: &App) -> &touchstone::tui::screens::assess::AssessState {
    match &app.screen {
        Screen::Assess(state) => state,
        _ => panic!("not on the assessment screen"),
    }
}

#[test]
fn a_click_selects_a_home_row_and_a_second_click_opens_it() {
    let mut f = Fixture::new(&["Garfield Middle", "Lincoln Elementary"], None);
    assert_eq!(f.app.home.selected, 0);
    let garfield = f.find("Garfield Middle");
    f.run(vec![click(garfield)]);
    assert_eq!(f.app.home.selected, 1, "the click selects the row");
    assert_eq!(f.app.ctx(), Ctx::Home, "a first click only selects");

    let mut f = Fixture::new(&["Garfield Middle", "Lincoln Elementary"], None);
    let garfield = f.find("Garfield Middle");
    f.run(vec![click(garfield), click(garfield)]);
    assert_eq!(assess(&f.app).assessment.meta.id, f.ids[1]);

    // Both clicks of a double click in one batch: the row did not move, so the second
    // still finds it.
    let mut f = Fixture::new(&["Garfield Middle", "Lincoln Elementary"], None);
    let garfield = f.find("Garfield Middle");
    f.run(vec![[click(garfield), click(garfield)].concat()]);
    assert_eq!(assess(&f.app).assessment.meta.id, f.ids[1]);
}

#[test]
fn the_wheel_scrolls_lists_one_row_per_notch() {
    let mut f = Fixture::new(&["A school", "B school", "C school"], None);
    f.run(vec![wheel(true), wheel(true), wheel(true), wheel(false)]);
    assert_eq!(f.app.home.selected, 1);

    // The network list, and a click there: select, then open the school's summary.
    let mut f = Fixture::new(&["A school", "B school", "C school"], None);
    // The network counts submitted assessments.
    for id in f.ids.clone() {
        f.app.services.store.submit(&id, &[], "tester").unwrap();
    }
    f.run(vec![key('N'), wheel(true), wheel(true)]);
    let Screen::Network(network) = &f.app.screen else {
        panic!("not on the network screen")
    };
    assert_eq!(network.selected, 2);
    let school = network.rows[0].school.clone();
    let at = f.find(&school);
    f.run(vec![click(at)]);
    let Screen::Network(network) = &f.app.screen else {
        panic!("not on the network screen")
    };
    assert_eq!(network.selected, 0);
    f.run(vec![click(at)]);
    assert!(
        matches!(assess(&f.app).mode, Mode::Summary),
        "{:?}",
        assess(&f.app).mode
    );
    assert_eq!(assess(&f.app).assessment.meta.school, school);

    // The review list, from the first indicator.
    let mut f = Fixture::new(&["A school"], Some(0));
    f.run(vec![key('r'), wheel(true), wheel(true)]);
    assert!(
        matches!(assess(&f.app).mode, Mode::Review),
        "{:?}",
        assess(&f.app).mode
    );
    assert_eq!(assess(&f.app).review, 2);

    // Help scrolls too.
    let mut f = Fixture::new(&["A school"], Some(0));
    f.run(vec![key('?'), wheel(true), wheel(true)]);
    assert!(
        matches!(f.app.overlay, Some(Overlay::Help { scroll: 2, .. })),
        "help scrolled by two lines"
    );
}

#[test]
fn a_click_on_a_review_row_selects_it_and_a_second_opens_it() {
    let mut f = Fixture::new(&["A school"], Some(0));
    f.run(vec![key('r')]);
    assert!(
        matches!(assess(&f.app).mode, Mode::Review),
        "{:?}",
        assess(&f.app).mode
    );
    let third = assess(&f.app).assessment.rubric.standards[0].indicators[2]
        .id
        .clone();
    let at = f.find(&format!("   {third} "));
    f.run(vec![click(at)]);
    assert_eq!(assess(&f.app).review, 2);
    assert!(
        matches!(assess(&f.app).mode, Mode::Review),
        "a first click only selects"
    );
    f.run(vec![click(at)]);
    assert!(
        matches!(assess(&f.app).mode, Mode::Indicator),
        "{:?}",
        assess(&f.app).mode
    );
    assert_eq!(assess(&f.app).indicator_id(), third);
}

#[test]
fn a_click_on_a_level_rates_it_as_its_number_does_and_undo_works() {
    let mut f = Fixture::new(&["A school"], Some(0));
    let label = assess(&f.app).assessment.rubric.levels[1].label.clone();
    let at = f.find(&format!("2   {label}"));
    f.run(vec![click(at)]);
    assert_eq!(f.stored(0).entries[0].choice, Some(Choice::Level(1)));
    assert_eq!(f.events(0), 1, "the rating is in the event log");

    f.run(vec![key('u')]);
    assert_eq!(f.stored(0).entries[0].choice, None, "u undoes the click");
    assert_eq!(f.events(0), 2, "the undo is logged too");
}

#[test]
fn a_click_on_a_wrapped_descriptor_line_rates_its_level() {
    // 120x40: the assessing panel is narrow but tall, so each descriptor is wrapped
    // in full; the second line of a level's descriptor rates that level too.
    let mut f = Fixture::sized(&["A school"], Some(0), 120, 40);
    let label = assess(&f.app).assessment.rubric.levels[1].label.clone();
    let (column, row) = f.find(&format!("2   {label}"));
    let next = f.find(&format!(
        "3   {}",
        assess(&f.app).assessment.rubric.levels[2].label
    ));
    assert!(
        next.1 > row + 1,
        "level 2's descriptor takes more than one line"
    );
    f.run(vec![click((column + 30, row + 1))]);
    assert_eq!(f.stored(0).entries[0].choice, Some(Choice::Level(1)));
}

#[test]
fn a_click_on_the_sidebar_moves_to_that_standard() {
    let mut f = Fixture::new(&["A school"], Some(0));
    // The sidebar names a standard by its short title where the title does not fit.
    let label = |s: &touchstone::rubric::Standard| s.short.clone().unwrap_or(s.title.clone());
    let title = label(&assess(&f.app).assessment.rubric.standards[2]);
    let start: String = title.chars().take(10).collect();
    let at = f.find(&start);
    assert!(at.0 < 30, "found in the sidebar");
    f.run(vec![click(at)]);
    assert_eq!(assess(&f.app).position(), (2, 0));
    // And back up.
    let first = label(&assess(&f.app).assessment.rubric.standards[0]);
    let at = f.find(&first.chars().take(10).collect::<String>());
    f.run(vec![click(at)]);
    assert_eq!(assess(&f.app).position(), (0, 0));
}

#[test]
fn clicks_behind_a_dialog_or_the_editor_do_nothing() {
    // The delete dialog: a click on another row neither selects nor deletes.
    let mut f = Fixture::new(&["Garfield Middle", "Lincoln Elementary"], None);
    let garfield = f.find("Garfield Middle");
    f.run(vec![
        key('d'),
        click(garfield),
        click(garfield),
        wheel(true),
    ]);
    assert_eq!(f.app.home.selected, 0);
    assert_eq!(f.app.ctx(), Ctx::Confirm, "the delete question stays open");
    assert_eq!(f.stored(1).meta.school, "Garfield Middle");
    // Once it is closed the same click selects.
    f.run(vec![
        vec![Event::Key(KeyEvent::from(KeyCode::Esc))],
        click(garfield),
    ]);
    assert_eq!(f.app.ctx(), Ctx::Home, "closed");
    assert_eq!(f.app.home.selected, 1);

    // The note editor: a click on a level behind it rates nothing; the wheel does
    // nothing there.
    let mut f = Fixture::new(&["A school"], Some(0));
    let label = assess(&f.app).assessment.rubric.levels[1].label.clone();
    let at = f.find(&format!("2   {label}"));
    f.run(vec![key('e'), click(at), wheel(true)]);
    assert_eq!(f.stored(0).entries[0].choice, None);
    assert_eq!(f.events(0), 0, "nothing rated");
    // Once it is closed (the script's closing Ctrl-C saved and closed it) the same
    // click rates.
    assert!(
        matches!(assess(&f.app).mode, Mode::Indicator),
        "{:?}",
        assess(&f.app).mode
    );
    f.run(vec![click(at)]);
    assert_eq!(f.stored(0).entries[0].choice, Some(Choice::Level(1)));
}

#[test]
fn a_click_goes_through_the_same_gate_as_its_key() {
    // Over SSH the gate refuses what a read-only viewer may not do; a click on a level
    // is the key '2' to it.
    let mut f = Fixture::new(&["A school"], Some(0));
    let label = assess(&f.app).assessment.rubric.levels[1].label.clone();
    let at = f.find(&format!("2   {label}"));
    let mut seen = Vec::new();
    f.run_gated(vec![click(at)], &mut |_, key| {
        seen.push(key.code);
        key.code != KeyCode::Char('2')
    });
    assert!(seen.contains(&KeyCode::Char('2')));
    assert_eq!(f.stored(0).entries[0].choice, None);
}
