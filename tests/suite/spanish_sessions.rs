//! The coaching-session screens in Spanish, and a room where people read different
//! languages. A workshop is played through the library as in `session_snapshots.rs`:
//! one database, one `App` per person, keys pressed on each person's app and `tick`
//! to pick up what the others did.
//!
//! The language is per thread (`touchstone::i18n`), as each SSH connection's app runs
//! on a thread of its own. A test in Spanish sets its thread to Spanish; a mixed room
//! runs each person's keys, ticks and drawing in that person's language
//! (`i18n::scoped`). The wall screen speaks the room's language, recorded with the
//! session when the facilitator starts it, whoever draws it.
//!
//! Pinned down as in `session_snapshots.rs`: the clock (90 seconds into the current
//! segment) and the join code (`CODE`). Regenerate after an intended change:
//! `INSTA_UPDATE=always cargo test --test suite spanish_sessions`, then read the diff.

use crate::session_snapshots::{app, pin_clock, room_assessment};
use crate::snapshot::{keys, press, render, serialize};
use ratatui::crossterm::event::KeyCode;
use std::path::{Path, PathBuf};
use tempfile::TempDir;
use touchstone::i18n::{self, Lang};
use touchstone::rubric::Choice;
use touchstone::session::tally::Tally;
use touchstone::store::Store;
use touchstone::tui::App;
use touchstone::tui::app::{Screen, SessionRole};
use touchstone::tui::theme::{Theme, ThemeName};

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];
/// The wall is also drawn at the room's screens: a projector (120x35) and a large
/// display (200x60).
const WALL_SIZES: [(u16, u16); 4] = [(80, 24), (120, 35), (160, 48), (200, 60)];
const INTO_SEGMENT: i64 = 90;

/// Someone in the room and the language they read.
struct Person {
    app: App,
    lang: Lang,
    /// Seconds into the current segment at which the screen is drawn.
    clock: i64,
}

impl Person {
    fn press(&mut self, code: KeyCode) {
        self.app.set_lang(self.lang);
        press(&mut self.app, code);
    }

    fn keys(&mut self, text: &str) {
        self.app.set_lang(self.lang);
        keys(&mut self.app, text);
    }

    fn tick(&mut self) {
        self.app.set_lang(self.lang);
        self.app.tick();
    }

    /// The screen as text (and styles), the join code as `CODE`.
    fn screen(&mut self, code: &str, width: u16, height: u16) -> String {
        pin_clock(&mut self.app, self.clock);
        self.app.set_lang(self.lang);
        let drawn = serialize(&render(&self.app, width, height));
        drawn.replace(code, "CODE")
    }

    /// The screen's text alone.
    fn text(&mut self, code: &str, width: u16, height: u16) -> String {
        let screen = self.screen(code, width, height);
        screen
            .split("-- styles")
            .next()
            .unwrap_or_default()
            .to_string()
    }
}

/// A workshop on Lincoln Elementary's assessment (cs-site-2017), plan
/// "baseline-check", started by Dana in `room`'s language; Ana, Ben and Chloe join,
/// each reading their own language.
struct Room {
    _dir: TempDir,
    db: PathBuf,
    session: String,
    code: String,
    facilitator: Person,
    /// Ana, Ben and Chloe, in that order.
    participants: Vec<Person>,
}

const ANA: usize = 0;
const BEN: usize = 1;
const CHLOE: usize = 2;

impl Room {
    fn new(room: Lang, facilitator: Lang, participants: [Lang; 3]) -> Room {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("touchstone.db");
        let mut store = Store::open(&db).expect("open store");
        let assessment = room_assessment(&mut store, "2");
        // The session takes the language of the thread starting it: the facilitator's.
        let live = i18n::scoped(room, || {
            crate::common::start_baseline(&mut store, &assessment)
        });
        assert_eq!(live.lang, room);
        drop(store);
        let facilitator = person(
            &db,
            "Dana",
            facilitator,
            SessionRole::Facilitate {
                session_id: live.id.clone(),
            },
        );
        let participants = ["Ana", "Ben", "Chloe"]
            .iter()
            .zip(participants)
            .map(|(name, lang)| {
                person(
                    &db,
                    name,
                    lang,
                    SessionRole::Participate {
                        session_id: live.id.clone(),
                        name: name.to_string(),
                    },
                )
            })
            .collect();
        let mut room = Room {
            _dir: dir,
            db,
            session: live.id,
            code: live.code,
            facilitator,
            participants,
        };
        room.sync();
        assert!(
            matches!(room.facilitator.app.screen, Screen::Facilitate(_)),
            "the facilitator's screen did not open: {:?}",
            room.facilitator.app.status
        );
        room
    }

    /// Everyone in Spanish, the room too.
    fn spanish() -> Room {
        Room::new(Lang::Es, Lang::Es, [Lang::Es; 3])
    }

    fn sync(&mut self) {
        self.facilitator.tick();
        for p in &mut self.participants {
            p.tick();
        }
    }

    /// The facilitator moves on to the rating segment; cl-1 comes up.
    fn start_rating(&mut self) {
        self.facilitator.press(KeyCode::Char('>'));
        self.sync();
    }

    /// Ana votes Developing with a comment and Ben votes Emerging; Chloe not yet.
    fn two_votes(&mut self) {
        self.start_rating();
        let ana = &mut self.participants[ANA];
        ana.press(KeyCode::Char('3'));
        ana.press(KeyCode::Char('c'));
        ana.keys("El equipo se reúne cada mes; la directora fija la agenda.");
        ana.press(KeyCode::Enter);
        self.participants[BEN].press(KeyCode::Char('2'));
        self.sync();
    }

    /// Chloe votes Fully implementing with a comment, and the facilitator reveals.
    fn revealed(&mut self) {
        self.two_votes();
        let chloe = &mut self.participants[CHLOE];
        chloe.press(KeyCode::Char('4'));
        chloe.press(KeyCode::Char('c'));
        chloe.keys("Las familias lo copresiden desde septiembre.");
        chloe.press(KeyCode::Enter);
        self.sync();
        self.facilitator.press(KeyCode::Char('v'));
        self.sync();
    }

    /// The facilitator records the suggested consensus (the median) with Enter.
    fn recorded(&mut self) {
        self.revealed();
        self.facilitator.press(KeyCode::Enter);
        self.sync();
    }

    /// A viewer (`session watch`, `ssh viewer@`) reading `lang`.
    fn viewer(&self, lang: Lang) -> Person {
        let app = i18n::scoped(lang, || {
            let watch = SessionRole::Watch {
                session_id: self.session.clone(),
            };
            app(&self.db, "viewer", Some(watch), None).read_only()
        });
        assert!(matches!(app.screen, Screen::Watch(_)), "{:?}", app.status);
        Person {
            app,
            lang,
            clock: INTO_SEGMENT,
        }
    }

    fn snap_facilitator(&mut self, name: &str, what: &str) {
        snap(&mut self.facilitator, &self.code, name, what, &SIZES);
    }

    fn snap_participant(&mut self, who: usize, name: &str, what: &str) {
        snap(&mut self.participants[who], &self.code, name, what, &SIZES);
    }

    fn snap_wall(&mut self, name: &str, what: &str) {
        let mut viewer = self.viewer(Lang::Es);
        snap(&mut viewer, &self.code, name, what, &WALL_SIZES);
    }
}

fn person(db: &Path, actor: &str, lang: Lang, session: SessionRole) -> Person {
    let app = i18n::scoped(lang, || app(db, actor, Some(session), None));
    Person {
        app,
        lang,
        clock: INTO_SEGMENT,
    }
}

/// Snapshots `who`'s screen at each of `sizes` (default theme) as
/// `es_<name>_<w>x<h>`.
fn snap(who: &mut Person, code: &str, name: &str, what: &str, sizes: &[(u16, u16)]) {
    who.app.theme = Theme::new(ThemeName::Default);
    for &(width, height) in sizes {
        let screen = who.screen(code, width, height);
        assert!(
            !screen.contains(&code[..4]),
            "{name}: the join code is cut on screen:\n{screen}"
        );
        assert!(!screen.contains("panicked"), "{name}:\n{screen}");
        let mut settings = insta::Settings::clone_current();
        settings.set_description(format!("{what} ({width}x{height}, en español)"));
        settings.set_omit_expression(true);
        settings.bind(|| {
            insta::assert_snapshot!(format!("es_{name}_{width}x{height}"), screen);
        });
    }
}

#[test]
fn facilitator_in_spanish_in_the_welcome_segment() {
    i18n::set(Lang::Es);
    let mut room = Room::spanish();
    room.snap_facilitator(
        "facilitate_welcome",
        "Facilitador: la parte de bienvenida de baseline-check, tres participantes",
    );
}

#[test]
fn facilitator_in_spanish_with_votes_hidden() {
    i18n::set(Lang::Es);
    let mut room = Room::spanish();
    room.two_votes();
    room.snap_facilitator(
        "facilitate_votes_hidden",
        "Facilitador: cl-1, Ana y Ben han votado, Chloe aún no; votos ocultos",
    );
}

#[test]
fn facilitator_in_spanish_after_the_reveal() {
    i18n::set(Lang::Es);
    let mut room = Room::spanish();
    room.revealed();
    room.snap_facilitator(
        "facilitate_revealed",
        "Facilitador: cl-1 con los votos mostrados, el resumen y los comentarios",
    );
}

#[test]
fn facilitator_in_spanish_after_recording_the_consensus() {
    i18n::set(Lang::Es);
    let mut room = Room::spanish();
    room.recorded();
    room.snap_facilitator(
        "facilitate_recorded",
        "Facilitador: Enter registró la mediana para cl-1",
    );
}

#[test]
fn participant_in_spanish_before_voting() {
    i18n::set(Lang::Es);
    let mut room = Room::spanish();
    room.start_rating();
    room.snap_participant(
        ANA,
        "participate_before_vote",
        "Participante Ana: cl-1 está en pantalla, aún no ha votado",
    );
}

#[test]
fn participant_in_spanish_after_voting() {
    i18n::set(Lang::Es);
    let mut room = Room::spanish();
    room.two_votes();
    room.snap_participant(
        ANA,
        "participate_voted",
        "Participante Ana: votó con un comentario; votos ocultos",
    );
}

#[test]
fn participant_in_spanish_after_the_consensus() {
    i18n::set(Lang::Es);
    let mut room = Room::spanish();
    room.recorded();
    room.snap_participant(
        ANA,
        "participate_recorded",
        "Participante Ana: votos mostrados y el consenso del equipo registrado",
    );
}

#[test]
fn participant_in_spanish_in_the_welcome_segment() {
    i18n::set(Lang::Es);
    let mut room = Room::spanish();
    room.snap_participant(
        CHLOE,
        "participate_welcome",
        "Participante Chloe: la parte de bienvenida, nada que votar",
    );
}

#[test]
fn participant_in_spanish_after_the_session_ends() {
    i18n::set(Lang::Es);
    let mut room = Room::spanish();
    room.start_rating();
    {
        let mut store = Store::open(&room.db).expect("open store");
        store.end_session(&room.session).expect("end");
    }
    room.sync();
    room.snap_participant(
        ANA,
        "participate_ended",
        "Participante Ana: la sesión terminó",
    );
    room.snap_wall("wall_ended", "Pantalla de la sala: la sesión terminó");
}

#[test]
fn wall_in_spanish_before_the_reveal() {
    i18n::set(Lang::Es);
    let mut room = Room::spanish();
    room.two_votes();
    room.snap_wall(
        "wall_hidden",
        "Pantalla de la sala: cl-1, han votado dos de tres, votos ocultos",
    );
}

#[test]
fn wall_in_spanish_after_the_reveal() {
    i18n::set(Lang::Es);
    let mut room = Room::spanish();
    room.recorded();
    room.snap_wall(
        "wall_recorded",
        "Pantalla de la sala: cl-1 con los votos mostrados y el consenso registrado",
    );
}

#[test]
fn wall_in_spanish_between_indicators() {
    i18n::set(Lang::Es);
    let mut room = Room::spanish();
    room.snap_wall(
        "wall_welcome",
        "Pantalla de la sala: la bienvenida, sin indicador",
    );
}

/// The wall speaks the room's language, not the reader's: a Spanish facilitator's
/// session watched by an English viewer shows the wall in Spanish; the facilitator's
/// own `p` view too. The viewer's thread stays English afterwards.
#[test]
fn a_spanish_room_shows_its_wall_in_spanish_to_an_english_viewer() {
    let mut room = Room::new(Lang::Es, Lang::Es, [Lang::Es, Lang::En, Lang::En]);
    room.two_votes();
    let mut viewer = room.viewer(Lang::En);
    let wall = viewer.text(&room.code, 80, 24);
    assert!(wall.contains("código para unirse CODE"), "{wall}");
    assert!(
        wall.contains("Han votado 2 de 3 · los votos quedan ocultos"),
        "{wall}"
    );
    assert!(!wall.contains("join code"), "{wall}");
    assert!(!wall.contains("have voted"), "{wall}");
    // An English participant in the same room reads their own screen in English.
    let ben = room.participants[BEN].text(&room.code, 80, 24);
    assert!(ben.contains("Your vote:"), "{ben}");
    assert_eq!(i18n::current(), Lang::En);
}

/// An English session: a participant whose thread reads Spanish sees their screen
/// (and their status messages) in Spanish, while the wall stays English, even when
/// the facilitator's presentation view is drawn on a Spanish thread.
#[test]
fn a_spanish_participant_in_an_english_room_reads_spanish() {
    let mut room = Room::new(Lang::En, Lang::En, [Lang::Es, Lang::En, Lang::En]);
    room.start_rating();
    room.participants[ANA].press(KeyCode::Char('3'));
    let status = room.participants[ANA]
        .app
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default();
    assert!(status.starts_with("Su voto: "), "{status}");
    let ana = room.participants[ANA].text(&room.code, 80, 24);
    assert!(ana.contains("Su voto:"), "{ana}");
    assert!(ana.contains("Han votado 1 de 3."), "{ana}");
    assert!(!ana.contains("have voted"), "{ana}");
    let wall = room.viewer(Lang::Es).text(&room.code, 80, 24);
    assert!(wall.contains("1 of 3 have voted"), "{wall}");
    assert!(wall.contains("join code CODE"), "{wall}");
    // The facilitator switched to Spanish: the screen is theirs, the wall the room's.
    room.facilitator.lang = Lang::Es;
    room.sync();
    let own = room.facilitator.text(&room.code, 80, 24);
    assert!(own.contains("Código para unirse:"), "{own}");
    assert!(own.contains("Votos 1/3 · ✓Ana ·Ben ·Chloe"), "{own}");
    room.facilitator.press(KeyCode::Char('p'));
    let presented = room.facilitator.text(&room.code, 80, 24);
    assert!(presented.contains("join code CODE"), "{presented}");
    assert!(presented.contains("1 of 3 have voted"), "{presented}");
}

/// The tally each screen counts from, with the levels voted.
fn tallies(room: &Room) -> (Tally, Vec<Tally>) {
    let Screen::Facilitate(f) = &room.facilitator.app.screen else {
        panic!("not facilitating");
    };
    let others = room
        .participants
        .iter()
        .map(|p| match &p.app.screen {
            Screen::Participate(s) => s.tally(),
            _ => panic!("not participating"),
        })
        .collect();
    (f.tally(), others)
}

/// The facilitator in English, Ana in Spanish, Ben and Chloe in English: the votes,
/// the reveal and the decision are the same for everyone (same levels, same counts),
/// and each reads them in their own words.
#[test]
fn a_mixed_room_agrees_on_votes_reveal_and_decision() {
    let mut room = Room::new(Lang::En, Lang::En, [Lang::Es, Lang::En, Lang::En]);
    room.revealed();
    let (facilitator, participants) = tallies(&room);
    assert_eq!(facilitator.votes, 3);
    assert_eq!(facilitator.per_level, vec![0, 1, 1, 1]);
    for p in &participants {
        assert_eq!(p.votes, facilitator.votes);
        assert_eq!(p.per_level, facilitator.per_level);
        assert_eq!(p.not_applicable, facilitator.not_applicable);
        assert_eq!(p.spread, facilitator.spread);
        assert_eq!(p.suggested, facilitator.suggested);
    }
    let dana = room.facilitator.text(&room.code, 80, 24);
    let ana = room.participants[ANA].text(&room.code, 80, 24);
    let ben = room.participants[BEN].text(&room.code, 80, 24);
    assert!(dana.contains("Spread 2 · median Developing"), "{dana}");
    assert!(ana.contains("Los votos de todos:"), "{ana}");
    assert!(
        ana.contains("Dispersión 2 · mediana En desarrollo"),
        "{ana}"
    );
    assert!(ben.contains("Spread 2 · median Developing"), "{ben}");
    // One bar a level, the same counts on every screen: Emerging, Developing and
    // Fully implementing one vote each.
    let english = ["Emerging", "Developing", "Fully implementing"];
    let spanish = ["En inicio", "En desarrollo", "Implementación plena"];
    for (screen, levels) in [(&dana, english), (&ana, spanish), (&ben, english)] {
        for level in levels {
            let row = screen
                .lines()
                .find(|l| l.contains(level) && l.contains('█'))
                .unwrap_or_else(|| panic!("no bar for {level}:\n{screen}"));
            assert!(row.contains("█ 1 "), "{row}");
        }
    }
    room.facilitator.press(KeyCode::Enter);
    room.sync();
    let decided = |p: &Person| match &p.app.screen {
        Screen::Participate(s) => {
            let i = s.assessment.rubric.indicator_index("cl-1").expect("cl-1");
            s.assessment.entries[i].choice
        }
        Screen::Facilitate(s) => {
            let i = s
                .assess
                .assessment
                .rubric
                .indicator_index("cl-1")
                .expect("cl-1");
            s.assess.assessment.entries[i].choice
        }
        _ => None,
    };
    let recorded = decided(&room.facilitator);
    assert_eq!(recorded, Some(Choice::Level(2)));
    for p in &room.participants {
        assert_eq!(decided(p), recorded);
    }
    let ana = room.participants[ANA].text(&room.code, 80, 24);
    assert!(
        ana.contains("Registrado por el equipo: En desarrollo"),
        "{ana}"
    );
    let ben = room.participants[BEN].text(&room.code, 80, 24);
    assert!(ben.contains("Recorded by the team: Developing"), "{ben}");
}

/// Silent pre-rating in Spanish: Ana pre-rates cl-1 and moves on to the next one.
#[test]
fn participant_in_spanish_pre_rating() {
    i18n::set(Lang::Es);
    let room = Room::spanish();
    let (session, code) = {
        let mut store = Store::open(&room.db).expect("open store");
        let assessment = store.session_assessment(&room.session).expect("assessment");
        let plans = touchstone::session::load_plans(&[]).0;
        let (entry, weakest) =
            touchstone::ops::session::prepare(&store, &plans, &assessment, "baseline-check")
                .expect("prepare");
        let a = store.load_without_sessions(&assessment).expect("load");
        let live = store
            .open_prerating(&a, &entry.plan, &entry.text, "Dana", &weakest)
            .expect("open pre-rating");
        (live.id, live.code)
    };
    let mut ana = person(
        &room.db,
        "Ana",
        Lang::Es,
        SessionRole::Participate {
            session_id: session,
            name: "Ana".into(),
        },
    );
    assert!(
        matches!(ana.app.screen, Screen::Participate(_)),
        "{:?}",
        ana.app.status
    );
    ana.press(KeyCode::Char('3'));
    let status = ana.app.status.as_ref().map(|s| s.text.clone());
    assert_eq!(
        status.as_deref(),
        Some("Calificación previa de cl-1: En desarrollo (nadie la ve aún) · ahora pl-1")
    );
    snap(
        &mut ana,
        &code,
        "participate_prerating",
        "Participante Ana: calificación previa en silencio, cl-1 hecha, ahora pl-1 (2 de 3)",
        &SIZES,
    );
}

/// The clock paused and the segment over its time, in Spanish: the facilitator's
/// timer, the participant's notice (with a comment being written) and the wall's.
#[test]
fn a_paused_segment_over_time_in_spanish() {
    i18n::set(Lang::Es);
    let mut room = Room::spanish();
    room.two_votes();
    // Past the segment's 20 minutes, then paused.
    room.facilitator.clock = 21 * 60 + 5;
    pin_clock(&mut room.facilitator.app, 21 * 60 + 5);
    room.facilitator.press(KeyCode::Char(' '));
    room.sync();
    let status = room.facilitator.app.status.as_ref().map(|s| s.text.clone());
    assert_eq!(status.as_deref(), Some("Reloj en pausa"));
    room.snap_facilitator(
        "facilitate_paused_over",
        "Facilitador: el reloj en pausa, la parte pasada de su tiempo",
    );
    let ben = &mut room.participants[BEN];
    ben.press(KeyCode::Char('c'));
    ben.keys("Tenemos un equipo, pero las familias casi no vienen");
    room.snap_participant(
        BEN,
        "participate_paused_comment",
        "Participante Ben: el reloj en pausa, escribiendo un comentario",
    );
    room.snap_wall("wall_paused", "Pantalla de la sala: el reloj en pausa");
}

/// What the store refuses reaches a Spanish reader in Spanish, while the English
/// facilitator's own refusals stay English: a vote changed after the reveal.
#[test]
fn a_refused_vote_is_explained_in_the_voters_language() {
    let mut room = Room::new(Lang::En, Lang::En, [Lang::Es, Lang::En, Lang::En]);
    room.revealed();
    let refusal = |p: &Person| p.app.status.as_ref().map(|s| s.text.clone());
    room.participants[ANA].press(KeyCode::Char('1'));
    assert_eq!(
        refusal(&room.participants[ANA]).as_deref(),
        Some("los votos ya se mostraron: espere una nueva ronda para votar otra vez")
    );
    room.participants[BEN].press(KeyCode::Char('1'));
    assert_eq!(
        refusal(&room.participants[BEN]).as_deref(),
        Some("the votes are revealed: wait for a new round to vote again")
    );
    room.facilitator.press(KeyCode::Char('v'));
    assert_eq!(
        refusal(&room.facilitator).as_deref(),
        Some("The votes are already revealed; R starts a new round")
    );
}

/// A Spanish coach (issue 24 item 4): names ticked as they vote, never the levels,
/// and the end message names the minutes command with the code.
#[test]
fn a_spanish_coach_sees_who_has_voted_and_the_minutes_command() {
    let mut room = Room::new(Lang::Es, Lang::Es, [Lang::Es; 3]);
    room.two_votes();
    let own = room.facilitator.text(&room.code, 80, 24);
    assert!(own.contains("Votos 2/3 · ✓Ana ✓Ben ·Chloe"), "{own}");
    for level in ["En inicio", "En desarrollo"] {
        assert!(!own.contains(level), "{level} shown:\n{own}");
    }
    room.facilitator.press(KeyCode::Char('q'));
    room.facilitator.press(KeyCode::Char('y'));
    let said = room.facilitator.app.status.as_ref().unwrap().text.clone();
    assert!(
        said.starts_with("Sesión terminada; su acta: touchstone session minutes "),
        "{said}"
    );
    let code = said.rsplit(' ').next().unwrap();
    assert_eq!(code.len(), 6, "{said}");
}
