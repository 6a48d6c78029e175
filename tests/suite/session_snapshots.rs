//! Snapshots of the coaching-session screens, drawn on ratatui's `TestBackend` at
//! 80x24 and 160x48: the facilitator's view (also in the high-contrast theme, for
//! projectors), the presentation view, a participant's view, the plan chooser and the
//! end-of-session confirmation.
//!
//! A workshop is played through the library, as it happens in a room: one database
//! file, one `Store` connection and one `App` per person (the facilitator Dana; Ana,
//! Ben and Chloe taking part), keys pressed on each person's app, and `tick` to pick
//! up what the others did. The snapshot format is the one of `tui_snapshots.rs`
//! (`snapshot.rs`): the screen's text, then the runs of cells whose style is not the
//! most common one.
//!
//! Two things would change from run to run and are pinned down: the clock (each
//! app's `now` is set to 90 seconds into the current segment before drawing) and the
//! random join code (replaced by `CODE` in the text). The plan chooser is given no
//! user plan folder (`Options::plan_dirs`), so it lists the bundled plans only,
//! whatever the machine's config folder holds.
//!
//! Regenerate after an intended change of a screen:
//! `INSTA_UPDATE=always cargo test --test suite session_snapshots`, then read the diff.

use crate::common;
use crate::snapshot::{keys, press, render, serialize};
use jiff::civil::date;
use ratatui::crossterm::event::KeyCode;
use std::path::{Path, PathBuf};
use tempfile::TempDir;
use touchstone::rubric::{Choice, Registry};
use touchstone::store::Store;
use touchstone::tui::app::{Screen, SessionRole};
use touchstone::tui::theme::{Theme, ThemeName};
use touchstone::tui::{App, Options};

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];
/// A laptop's window, a projector's, and a large screen's.
const WALL_SIZES: [(u16, u16); 3] = [(80, 24), (120, 35), (200, 60)];
/// Seconds into the current segment at which every screen is drawn.
const INTO_SEGMENT: i64 = 90;

/// One workshop in progress: the database and everyone's app.
struct Room {
    _dir: TempDir,
    db: PathBuf,
    assessment: String,
    session: String,
    code: String,
    facilitator: App,
    /// Ana, Ben and Chloe, in that order.
    participants: Vec<App>,
    /// Seconds into the current segment at which screens are drawn.
    clock: i64,
    /// The wall as drawn over `touchstone serve`, reached at this address.
    served_at: Option<std::net::SocketAddr>,
}

const ANA: usize = 0;
const BEN: usize = 1;
const CHLOE: usize = 2;

impl Room {
    /// Lincoln Elementary's assessment (cs-site-2017, 2026-11-02) with a few ratings,
    /// a "baseline-check" session started by Dana, and Ana, Ben and Chloe joined.
    /// The facilitator is in the first segment (welcome).
    fn new() -> Room {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("touchstone.db");
        let mut store = Store::open(&db).expect("open store");
        let assessment = room_assessment(&mut store, "1");
        let live = crate::common::start_baseline(&mut store, &assessment);
        drop(store);
        let facilitator = app(
            &db,
            "Dana",
            Some(SessionRole::Facilitate {
                session_id: live.id.clone(),
            }),
            None,
        );
        let participants = ["Ana", "Ben", "Chloe"]
            .iter()
            .map(|name| {
                app(
                    &db,
                    name,
                    Some(SessionRole::Participate {
                        session_id: live.id.clone(),
                        name: name.to_string(),
                    }),
                    None,
                )
            })
            .collect();
        let mut room = Room {
            _dir: dir,
            db,
            assessment,
            session: live.id,
            code: live.code,
            facilitator,
            participants,
            clock: INTO_SEGMENT,
            served_at: None,
        };
        room.sync();
        assert!(
            matches!(room.facilitator.screen, Screen::Facilitate(_)),
            "the facilitator's screen did not open: {:?}",
            room.facilitator.status
        );
        room
    }

    /// Everyone's screen catches up with the others' changes.
    fn sync(&mut self) {
        self.facilitator.tick();
        for p in &mut self.participants {
            p.tick();
        }
    }

    /// The facilitator moves on to "Rate the three criteria"; cl-1 comes up.
    fn start_rating(&mut self) {
        press(&mut self.facilitator, KeyCode::Char('>'));
        self.sync();
    }

    /// Ana votes Developing with a comment and Ben votes Emerging; Chloe has not
    /// voted yet.
    fn two_votes(&mut self) {
        self.start_rating();
        let ana = &mut self.participants[ANA];
        press(ana, KeyCode::Char('3'));
        press(ana, KeyCode::Char('c'));
        keys(ana, "Team meets monthly; agendas set by the principal.");
        press(ana, KeyCode::Enter);
        press(&mut self.participants[BEN], KeyCode::Char('2'));
        self.sync();
    }

    /// Chloe votes Fully implementing with a comment, and the facilitator reveals.
    fn revealed(&mut self) {
        self.two_votes();
        let chloe = &mut self.participants[CHLOE];
        press(chloe, KeyCode::Char('4'));
        press(chloe, KeyCode::Char('c'));
        keys(chloe, "Parents co-chair it since September.");
        press(chloe, KeyCode::Enter);
        self.sync();
        press(&mut self.facilitator, KeyCode::Char('v'));
        self.sync();
    }

    /// The facilitator records the suggested consensus (the median) with Enter.
    fn recorded(&mut self) {
        self.revealed();
        press(&mut self.facilitator, KeyCode::Enter);
        self.sync();
    }

    fn snap_facilitator(&mut self, name: &str, what: &str) {
        snap(
            &mut self.facilitator,
            &self.code,
            name,
            what,
            &[ThemeName::Default, ThemeName::HighContrast],
            self.clock,
        );
    }

    /// The viewer's wall screen (`session watch`, `ssh viewer@`) at the wall sizes, in
    /// the default and high-contrast themes and with `--ascii`.
    fn snap_wall(&mut self, name: &str, what: &str) {
        for ascii in [false, true] {
            let mut viewer = App::new(
                Store::open(&self.db).expect("open store"),
                Registry::bundled(),
                "viewer".into(),
                Options {
                    theme: Some(ThemeName::Default),
                    ascii,
                    open: None,
                    session: Some(SessionRole::Watch {
                        session_id: self.session.clone(),
                    }),
                    plan_dirs: Vec::new(),
                },
            )
            .read_only();
            viewer.served_at = self.served_at;
            assert!(
                matches!(viewer.screen, Screen::Watch(_)),
                "{:?}",
                viewer.status
            );
            pin_clock(&mut viewer, self.clock);
            let themes: &[ThemeName] = if ascii {
                &[ThemeName::Default]
            } else {
                &[ThemeName::Default, ThemeName::HighContrast]
            };
            for &theme in themes {
                viewer.theme = Theme::new(theme);
                for (width, height) in WALL_SIZES {
                    let screen =
                        serialize(&render(&viewer, width, height)).replace(&self.code, "CODE");
                    let label = match (ascii, theme) {
                        (true, _) => "ascii",
                        (false, ThemeName::HighContrast) => "high_contrast",
                        _ => "default",
                    };
                    if ascii {
                        let text = screen.split("-- styles").next().unwrap_or_default();
                        assert!(
                            text.is_ascii(),
                            "{name}: --ascii drew other glyphs:\n{text}"
                        );
                    }
                    let mut settings = insta::Settings::clone_current();
                    settings.set_description(format!("{what} ({width}x{height}, {label})"));
                    settings.set_omit_expression(true);
                    settings.bind(|| {
                        insta::assert_snapshot!(
                            format!("wall_{name}_{width}x{height}_{label}"),
                            screen
                        );
                    });
                }
            }
        }
    }

    fn snap_participant(&mut self, who: usize, name: &str, what: &str) {
        snap(
            &mut self.participants[who],
            &self.code,
            name,
            what,
            &[ThemeName::Default],
            self.clock,
        );
    }
}

/// Draws `app` at every size in each theme and snapshots it as
/// `<name>_<w>x<h>_<theme>`, with the join `code` replaced by `CODE`.
fn snap(app: &mut App, code: &str, name: &str, what: &str, themes: &[ThemeName], into: i64) {
    pin_clock(app, into);
    for &theme in themes {
        app.theme = Theme::new(theme);
        for (width, height) in SIZES {
            let screen = serialize(&render(app, width, height)).replace(code, "CODE");
            assert!(
                !screen.contains(&code[..4]),
                "{name}: the join code is cut on screen, so it cannot be replaced:\n{screen}"
            );
            assert!(
                !screen.contains("panicked"),
                "{name} drew a panic message:\n{screen}"
            );
            let mut settings = insta::Settings::clone_current();
            settings.set_description(format!(
                "{what} ({width}x{height}, {} theme)",
                theme.label()
            ));
            settings.set_omit_expression(true);
            let label = match theme {
                ThemeName::Default => "default",
                ThemeName::HighContrast => "high_contrast",
                ThemeName::Monochrome => "monochrome",
            };
            settings.bind(|| {
                insta::assert_snapshot!(format!("{name}_{width}x{height}_{label}"), screen);
            });
        }
    }
}

/// Lincoln Elementary's assessment (`version` of cs-site-2017, 2026-11-02) by Ana,
/// Ben and Chloe, with cl-2, cl-3 and pl-2 rated; returns its id.
pub(crate) fn room_assessment(store: &mut Store, version: &str) -> String {
    use Choice::Level;
    let assessment = common::lincoln_of_riverside(
        store,
        version,
        date(2026, 11, 2),
        &["Ana Ruiz", "Ben Okafor", "Chloe Martin"],
        "Dana Coach",
    );
    let ratings = [
        ("cl-2", Level(2), None),
        ("cl-3", Level(1), None),
        ("pl-2", Level(1), None),
    ];
    common::rate(store, &assessment, &ratings);
    assessment
}

/// The app of `actor` in the default theme: in `session`, or on the assessment `open`.
pub(crate) fn app(
    db: &Path,
    actor: &str,
    session: Option<SessionRole>,
    open: Option<String>,
) -> App {
    crate::common::open_app(db, actor, open, session)
}

/// Sets the app's clock to `into` seconds after the current segment began, so the
/// time left on screen is the same on every run.
pub(crate) fn pin_clock(app: &mut App, into: i64) {
    let started = match &app.screen {
        Screen::Facilitate(state) => Some(state.live.agenda.started),
        Screen::Participate(state) => Some(state.live.agenda.started),
        Screen::Watch(state) => Some(state.live.agenda.started),
        _ => None,
    };
    if let Some(started) = started {
        app.now = started + into;
    }
}

#[test]
fn facilitator_in_the_welcome_segment() {
    let mut room = Room::new();
    room.snap_facilitator(
        "facilitate_welcome",
        "Facilitator: the welcome segment of baseline-check, three participants joined",
    );
}

#[test]
fn facilitator_with_votes_hidden() {
    let mut room = Room::new();
    room.two_votes();
    room.snap_facilitator(
        "facilitate_votes_hidden",
        "Facilitator: rating cl-1, Ana and Ben have voted, Chloe not yet; votes hidden",
    );
}

#[test]
fn facilitator_after_the_reveal() {
    let mut room = Room::new();
    room.revealed();
    room.snap_facilitator(
        "facilitate_revealed",
        "Facilitator: cl-1 revealed (Developing, Emerging, Fully implementing), tally and comments",
    );
}

#[test]
fn facilitator_after_recording_the_consensus() {
    let mut room = Room::new();
    room.recorded();
    room.snap_facilitator(
        "facilitate_recorded",
        "Facilitator: Enter recorded the median (Developing) for cl-1",
    );
}

#[test]
fn presentation_before_the_reveal() {
    let mut room = Room::new();
    room.two_votes();
    press(&mut room.facilitator, KeyCode::Char('p'));
    room.snap_facilitator(
        "present_hidden",
        "Presentation view (p): cl-1, two of three have voted, votes hidden",
    );
}

#[test]
fn presentation_after_the_reveal() {
    let mut room = Room::new();
    room.revealed();
    press(&mut room.facilitator, KeyCode::Char('p'));
    room.snap_facilitator(
        "present_revealed",
        "Presentation view (p): cl-1 revealed, the tally",
    );
}

#[test]
fn wall_before_the_reveal() {
    let mut room = Room::new();
    room.two_votes();
    room.snap_wall(
        "hidden",
        "Wall screen (viewer): cl-1, two of three have voted, votes hidden",
    );
}

#[test]
fn wall_after_the_reveal() {
    let mut room = Room::new();
    room.revealed();
    room.snap_wall("revealed", "Wall screen (viewer): cl-1 revealed, the tally");
}

#[test]
fn presentation_in_the_welcome_segment() {
    let mut room = Room::new();
    press(&mut room.facilitator, KeyCode::Char('p'));
    room.snap_facilitator(
        "present_welcome",
        "Presentation view (p) in the welcome segment: no indicator",
    );
}

#[test]
fn participant_before_voting() {
    let mut room = Room::new();
    room.start_rating();
    room.snap_participant(
        ANA,
        "participate_before_vote",
        "Participant Ana: cl-1 is up, she has not voted",
    );
}

#[test]
fn participant_after_voting() {
    let mut room = Room::new();
    room.two_votes();
    room.snap_participant(
        ANA,
        "participate_voted",
        "Participant Ana: voted Developing with a comment; votes hidden",
    );
}

#[test]
fn participant_writing_a_comment() {
    let mut room = Room::new();
    room.two_votes();
    let ben = &mut room.participants[BEN];
    press(ben, KeyCode::Char('c'));
    keys(ben, "We have a team, but families rarely come");
    room.snap_participant(
        BEN,
        "participate_comment",
        "Participant Ben: voted Emerging, writing a comment",
    );
}

#[test]
fn participant_with_a_long_comment() {
    let mut room = Room::new();
    room.two_votes();
    let ben = &mut room.participants[BEN];
    press(ben, KeyCode::Char('c'));
    keys(
        ben,
        "We have a team on paper, but in practice the principal decides and families hear about it afterwards in the newsletter.",
    );
    room.snap_participant(
        BEN,
        "participate_typing_long_comment",
        "Participant Ben: typing a comment longer than the screen is wide",
    );
    press(&mut room.participants[BEN], KeyCode::Enter);
    room.sync();
    room.snap_participant(
        BEN,
        "participate_long_comment",
        "Participant Ben: voted Emerging with a comment longer than the screen is wide",
    );
}

#[test]
fn participant_after_the_reveal_with_the_consensus() {
    let mut room = Room::new();
    room.recorded();
    room.snap_participant(
        ANA,
        "participate_recorded",
        "Participant Ana: votes revealed and the team's consensus (Developing) recorded",
    );
}

#[test]
fn participant_in_the_welcome_segment() {
    let mut room = Room::new();
    room.snap_participant(
        CHLOE,
        "participate_welcome",
        "Participant Chloe: the welcome segment, nothing to vote on",
    );
}

#[test]
fn plan_chooser() {
    let room = Room::new();
    let mut coach = app(&room.db, "Dana", None, Some(room.assessment.clone()));
    assert!(matches!(coach.screen, Screen::Assess(_)));
    press(&mut coach, KeyCode::Char('w'));
    snap(
        &mut coach,
        &room.code,
        "choose_plan",
        "Assessing Lincoln Elementary: `w` offers the session plans",
        &[ThemeName::Default],
        INTO_SEGMENT,
    );
}

#[test]
fn end_session_confirmation() {
    let mut room = Room::new();
    room.revealed();
    press(&mut room.facilitator, KeyCode::Char('q'));
    room.snap_facilitator(
        "end_confirm",
        "Facilitator: `q` asks before ending the session for everyone",
    );
}

/// After `q` `y` the coach is back on the assessment, and the status line names the
/// minutes command with the session's code (issue 24 item 4).
#[test]
fn end_session_names_the_minutes_command() {
    let mut room = Room::new();
    room.revealed();
    press(&mut room.facilitator, KeyCode::Char('q'));
    press(&mut room.facilitator, KeyCode::Char('y'));
    let said = room.facilitator.status.as_ref().unwrap().text.clone();
    assert!(
        said.ends_with(&format!("touchstone session minutes {}", room.code)),
        "{said}"
    );
    room.snap_facilitator(
        "ended",
        "Facilitator: the session ended; the status names `touchstone session minutes CODE`",
    );
}

#[test]
fn facilitator_with_many_comments() {
    // A bigger team: eight more people vote on cl-1 with a comment each (through their
    // own connection, as the command line would), then the facilitator reveals.
    let mut room = Room::new();
    room.revealed();
    press(&mut room.facilitator, KeyCode::Char('R'));
    room.sync();
    let mut store = Store::open(&room.db).expect("open store");
    let live = store.live_session(&room.session).expect("live session");
    let voters = [
        ("Dev", "not-yet", "I have never been invited to a meeting."),
        (
            "Eli",
            "emerging",
            "Only staff speak at the meetings I attend.",
        ),
        (
            "Fay",
            "developing",
            "Partners attend, families mostly do not.",
        ),
        (
            "Gus",
            "developing",
            "Decisions on the budget are still the principal's alone.",
        ),
        (
            "Hana",
            "full",
            "The team decided the after-school schedule in October.",
        ),
        ("Ivo", "emerging", ""),
        (
            "Jo",
            "developing",
            "Agendas go out a week ahead, in two languages.",
        ),
        ("Kai", "not-yet", "Students are not on the team at all."),
    ];
    for (name, level, comment) in voters {
        store.join_session(&room.session, name).expect("join");
        store.vote(&live, name, level, comment).expect("vote");
    }
    drop(store);
    room.sync();
    press(&mut room.facilitator, KeyCode::Char('v'));
    room.sync();
    room.snap_facilitator(
        "facilitate_many_comments",
        "Facilitator: round 2 of cl-1 revealed with eight votes and seven comments",
    );
}

#[test]
fn facilitator_over_time() {
    let mut room = Room::new();
    room.two_votes();
    room.clock = 23 * 60 + 5;
    room.snap_facilitator(
        "facilitate_over_time",
        "Facilitator: 23 minutes into the 20-minute rating segment",
    );
    press(&mut room.facilitator, KeyCode::Char('p'));
    room.snap_facilitator(
        "present_over_time",
        "Presentation view, 23 minutes into the 20-minute rating segment",
    );
}

#[test]
fn the_session_is_the_one_started() {
    // Guards the fixtures above: everyone is in the same session.
    let room = Room::new();
    for app in std::iter::once(&room.facilitator).chain(&room.participants) {
        let id = match &app.screen {
            Screen::Facilitate(state) => state.live.id.clone(),
            Screen::Participate(state) => state.live.id.clone(),
            _ => panic!("not in a session: {:?}", app.status),
        };
        assert_eq!(id, room.session);
    }
}

/// The Close segment on the wall reads back "Our next steps", as the coach's screen
/// does: the action steps of the indicators this session decided.
#[test]
fn wall_in_the_close_segment_shows_the_next_steps() {
    let mut room = Room::new();
    room.recorded();
    let mut store = Store::open(&room.db).expect("open store");
    let steps = vec![touchstone::assessment::Action {
        indicator: "cl-1".into(),
        step: "Invite two parents to the leadership team".into(),
        owner: Some("Maria".into()),
        due: Some(date(2027, 1, 15)),
        status: touchstone::assessment::ActionStatus::Open,
    }];
    store.set_actions(&room.assessment, &steps).expect("steps");
    drop(store);
    room.sync();
    for _ in 0..3 {
        press(&mut room.facilitator, KeyCode::Char('>'));
        if room.facilitator.overlay.is_some() {
            press(&mut room.facilitator, KeyCode::Char('y'));
        }
    }
    room.sync();
    let live = Store::open(&room.db)
        .expect("open store")
        .live_session(&room.session)
        .expect("live");
    assert_eq!(live.plan.segments[live.agenda.segment].title, "Close");
    room.snap_wall(
        "close",
        "Wall screen (viewer): the Close segment, our next steps",
    );
    for (width, height) in WALL_SIZES {
        let text = wall_text(&room, width, height);
        assert!(text.contains("Our next steps"), "{width}x{height}:\n{text}");
        assert!(
            text.contains("cl-1: Invite two parents to the leadership team (Maria, by 2027-01-15)"),
            "{width}x{height}:\n{text}"
        );
    }
}

/// The wall's join hint is the way the room joins: the SSH command (at the address
/// the wall's own connection reached) over `touchstone serve`, the local command
/// otherwise.
#[test]
fn wall_join_hint_fits_the_way_the_room_joins() {
    let mut room = Room::new();
    let local = wall_text(&room, 120, 35);
    assert!(local.contains("touchstone session join CODE"), "{local}");
    assert!(!local.contains("ssh "), "{local}");
    room.served_at = Some("192.168.1.20:2222".parse().expect("address"));
    let served = wall_text(&room, 120, 35);
    assert!(
        served.contains("ssh -p 2222 CODE.NAME@192.168.1.20"),
        "{served}"
    );
    assert!(!served.contains("touchstone session join"), "{served}");
    room.snap_wall(
        "served",
        "Wall screen over touchstone serve: the SSH join hint",
    );
}

/// The clock paused while votes come in: the statement and the levels keep their
/// size, and the whole height is used.
#[test]
fn wall_paused_keeps_its_large_type() {
    let mut room = Room::new();
    room.two_votes();
    // Paused at the room's pinned time, so the time left drawn is the same every run.
    pin_clock(&mut room.facilitator, room.clock);
    press(&mut room.facilitator, KeyCode::Char(' '));
    room.sync();
    room.snap_wall(
        "paused",
        "Wall screen (viewer): the clock paused, votes coming in",
    );
    let paused = wall_buffer(&room, 200, 60);
    let hidden = {
        press(&mut room.facilitator, KeyCode::Char(' '));
        room.sync();
        wall_buffer(&room, 200, 60)
    };
    for (name, rows) in [("paused", paused), ("running", hidden)] {
        let blank_run = rows
            .iter()
            .fold((0, 0), |(run, most), row| {
                if row.trim().is_empty() {
                    (run + 1, most.max(run + 1))
                } else {
                    (0, most)
                }
            })
            .1;
        assert!(
            blank_run <= 8,
            "{name}: {blank_run} empty rows in a row at 200x60:\n{}",
            rows.join("\n")
        );
        let large = rows
            .iter()
            .filter(|r| r.contains('▀') || r.contains('█'))
            .count();
        assert!(
            large >= 30,
            "{name}: only {large} rows of large type at 200x60"
        );
    }
}

/// The viewer's wall, as text rows, at this size.
fn wall_buffer(room: &Room, width: u16, height: u16) -> Vec<String> {
    let mut viewer = App::new(
        Store::open(&room.db).expect("open store"),
        Registry::bundled(),
        "viewer".into(),
        Options {
            theme: Some(ThemeName::Default),
            ascii: false,
            open: None,
            session: Some(SessionRole::Watch {
                session_id: room.session.clone(),
            }),
            plan_dirs: Vec::new(),
        },
    )
    .read_only();
    viewer.served_at = room.served_at;
    pin_clock(&mut viewer, room.clock);
    let buffer = render(&viewer, width, height);
    (0..height)
        .map(|y| {
            (0..width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect::<String>()
                .replace(&room.code, "CODE")
        })
        .collect()
}

fn wall_text(room: &Room, width: u16, height: u16) -> String {
    wall_buffer(room, width, height).join("\n")
}
