//! What a dialog hands back when the person says yes (gitui's
//! `InternalEvent::ConfirmedAction`): the dialog never acts, it names the act, and the
//! screen that opened it performs it. Each screen's acts are an enum of their own that
//! the screen matches exhaustively, so a new act cannot be added without a screen
//! performing it; an act whose screen has since closed is reported, never dropped.

use super::*;

/// A confirmed dialog's act, addressed to the screen that opened the dialog.
#[derive(Debug)]
pub enum ConfirmedAction {
    /// The app itself: the name changes are recorded as (asked once at start).
    App(AppConfirmed),
    /// The home list: delete, export, import.
    Home(HomeConfirmed),
    /// An assessment's screens (walk, review, summary), also the one inside the coach's
    /// screen: submit, discard the note editor, start a session or pre-rating.
    Assess(AssessConfirmed),
    /// The coach's screen: end the session, leave a segment with indicators undecided.
    Facilitate(FacilitateConfirmed),
}

/// Acts the app performs whatever screen is showing.
#[derive(Debug)]
pub enum AppConfirmed {
    /// Record changes as the name typed in `input` (cleaned by `text::name_from`);
    /// the prompt reopens with it when nothing is left once cleaned.
    Name { input: crate::tui::input::LineInput },
}

/// Acts of the home list.
#[derive(Debug)]
pub enum HomeConfirmed {
    /// Delete (restorable with `u`) the assessment `id`, shown as `label`.
    Delete { id: String, label: String },
    /// Export `id` to `path`; `replace` once the person said yes to replacing a file.
    /// `input` is the prompt's text, reopened if the export fails.
    Export {
        id: String,
        path: String,
        replace: bool,
        input: crate::tui::input::LineInput,
    },
    /// Import the file at `path`; `input` reopens the prompt if it fails.
    Import {
        path: String,
        input: crate::tui::input::LineInput,
    },
}

/// Acts of an assessment's screens.
#[derive(Debug)]
pub enum AssessConfirmed {
    /// Submit the assessment `id` (it becomes read-only).
    Submit { id: String },
    /// Close the note editor and lose what was typed.
    DiscardNote,
    /// Start a workshop on `assessment_id` with the plan `plan_id`.
    StartSession {
        assessment_id: String,
        plan_id: String,
    },
    /// Open silent pre-rating on `assessment_id` with the plan `plan_id`.
    OpenPrerating {
        assessment_id: String,
        plan_id: String,
    },
}

/// Acts of the coach's screen.
#[derive(Debug)]
pub enum FacilitateConfirmed {
    /// End the running session for everyone.
    EndSession,
    /// Move on to the next segment although some indicators have no consensus.
    LeaveSegment,
}

impl App {
    /// Hands a confirmed act to the screen it belongs to. An act whose screen is no
    /// longer showing (it closed under the dialog) is said in the status line.
    pub(crate) fn perform(&mut self, confirmed: ConfirmedAction) {
        let now = self.now;
        let nav = match confirmed {
            ConfirmedAction::App(AppConfirmed::Name { input }) => self.set_name(input),
            ConfirmedAction::Home(act) => match self.screen {
                Screen::Home => crate::tui::screens::home::perform(self, act),
                _ => gone(),
            },
            ConfirmedAction::Assess(act) => match &mut self.screen {
                Screen::Assess(state) => state.perform(&mut self.services, act),
                Screen::Facilitate(state) => state.assess.perform(&mut self.services, act),
                _ => gone(),
            },
            ConfirmedAction::Facilitate(act) => match &mut self.screen {
                Screen::Facilitate(state) => state.perform(&mut self.services, act, now),
                _ => gone(),
            },
        };
        self.follow(nav);
    }

    /// Keeps the name typed in `input` as the name changes are recorded as (saved to the settings file
    /// when there is one); a name with nothing left once cleaned asks again.
    fn set_name(&mut self, input: crate::tui::input::LineInput) -> Nav {
        let Some(name) = crate::text::name_from(input.text()) else {
            self.overlay = Some(Overlay::Prompt {
                kind: PromptKind::Name,
                input,
            });
            return Nav::Status(Status::info(crate::t!("home-name-first")));
        };
        self.services.actor = name.clone();
        Nav::Status(match &self.settings_file {
            None => Status::info(crate::t!("home-name-set", name = &name)),
            Some(file) => match crate::settings::save_name(file, &name) {
                Ok(()) => Status::saved(crate::t!("home-name-saved", name = &name)),
                Err(e) => Status::error(&e),
            },
        })
    }
}

/// The status for an act whose screen closed while its dialog was open.
fn gone() -> Nav {
    Nav::Status(Status::info(crate::t!("common-dialog-screen-gone")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::Registry;
    use crate::store::NewAssessment;

    /// A store in `dir` with Lincoln Elementary (site rubric v1); returns its id.
    fn lincoln(dir: &tempfile::TempDir) -> (std::path::PathBuf, String) {
        let db = dir.path().join("t.db");
        let mut store = Store::open(&db).unwrap();
        let registry = Registry::bundled();
        let entry = registry.get("cs-site-2017", "1").unwrap();
        let id = store
            .create(&NewAssessment {
                school: "Lincoln Elementary",
                district: None,
                date: jiff::civil::date(2026, 11, 2),
                team: &[],
                facilitator: None,
                rubric: &entry.rubric,
                rubric_text: &entry.text,
            })
            .unwrap();
        (db, id)
    }

    fn app(db: &std::path::Path, open: Option<String>, session: Option<SessionRole>) -> App {
        let options = Options {
            theme: None,
            ascii: false,
            open,
            session,
            plan_dirs: Vec::new(),
        };
        App::new(
            Store::open(db).unwrap(),
            Registry::bundled(),
            "Dana".into(),
            options,
        )
    }

    /// A session of the bundled baseline-check plan on `id`; returns its id.
    fn session(db: &std::path::Path, id: &str) -> String {
        let mut store = Store::open(db).unwrap();
        let plans = crate::session::load_plans(&[]).0;
        crate::ops::session::start(&mut store, &plans, id, "baseline-check", "Dana")
            .unwrap()
            .id
    }

    fn confirm(app: &mut App, overlay: Overlay) {
        app.overlay = Some(overlay);
        app.apply(Action::Confirm);
    }

    fn status(app: &App) -> String {
        app.status
            .as_ref()
            .map(|s| s.text.clone())
            .unwrap_or_default()
    }

    #[test]
    fn confirming_delete_deletes_from_the_home_list() {
        let dir = tempfile::tempdir().unwrap();
        let (db, id) = lincoln(&dir);
        let mut app = app(&db, None, None);
        let label = "Lincoln Elementary (2026-11-02)".to_string();
        confirm(&mut app, Overlay::ConfirmDelete { id, label });
        assert_eq!(Store::open(&db).unwrap().home_count("").unwrap(), 0);
        assert!(
            status(&app).contains("Lincoln Elementary"),
            "{}",
            status(&app)
        );
    }

    #[test]
    fn confirming_export_writes_and_replacing_asks_then_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let (db, id) = lincoln(&dir);
        let mut app = app(&db, None, None);
        let path = dir.path().join("out.toml");
        let prompt = |id: &str| Overlay::Prompt {
            kind: PromptKind::Export { id: id.into() },
            input: crate::tui::input::LineInput::new(path.display().to_string()),
        };
        confirm(&mut app, prompt(&id));
        assert!(std::fs::read_to_string(&path).unwrap().contains("Lincoln"));
        std::fs::write(&path, "old").unwrap();
        confirm(&mut app, prompt(&id));
        assert!(matches!(app.overlay, Some(Overlay::ConfirmReplace { .. })));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        app.apply(Action::Confirm);
        assert!(std::fs::read_to_string(&path).unwrap().contains("Lincoln"));
    }

    #[test]
    fn confirming_import_imports_and_a_failure_keeps_the_prompt() {
        let dir = tempfile::tempdir().unwrap();
        let (db, id) = lincoln(&dir);
        let path = dir.path().join("out.toml");
        let mut first = app(&db, None, None);
        confirm(
            &mut first,
            Overlay::Prompt {
                kind: PromptKind::Export { id },
                input: crate::tui::input::LineInput::new(path.display().to_string()),
            },
        );
        let other = dir.path().join("other.db");
        let mut second = app(&other, None, None);
        let missing = dir.path().join("missing.toml").display().to_string();
        confirm(
            &mut second,
            Overlay::Prompt {
                kind: PromptKind::Import,
                input: crate::tui::input::LineInput::new(missing),
            },
        );
        assert!(matches!(second.overlay, Some(Overlay::Prompt { .. })));
        second.overlay = None;
        confirm(
            &mut second,
            Overlay::Prompt {
                kind: PromptKind::Import,
                input: crate::tui::input::LineInput::new(path.display().to_string()),
            },
        );
        assert_eq!(Store::open(&other).unwrap().home_count("").unwrap(), 1);
    }

    #[test]
    fn confirming_a_name_records_changes_under_it() {
        let dir = tempfile::tempdir().unwrap();
        let (db, _) = lincoln(&dir);
        let mut app = app(&db, None, None);
        confirm(
            &mut app,
            Overlay::Prompt {
                kind: PromptKind::Name,
                input: crate::tui::input::LineInput::new("  Ana Ruiz "),
            },
        );
        assert_eq!(app.services.actor, "Ana Ruiz");
    }

    #[test]
    fn confirming_submit_submits() {
        let dir = tempfile::tempdir().unwrap();
        let (db, id) = lincoln(&dir);
        let mut app = app(&db, Some(id.clone()), None);
        let unrated = Vec::new();
        confirm(
            &mut app,
            Overlay::ConfirmSubmit {
                id: id.clone(),
                unrated,
            },
        );
        let stored = Store::open(&db).unwrap().load(&id).unwrap();
        assert!(stored.meta.submitted.is_some());
        // The screen shows it: reloaded after the submit.
        let Screen::Assess(state) = &app.screen else {
            panic!("not on the assessment")
        };
        assert!(state.assessment.meta.submitted.is_some());
    }

    #[test]
    fn confirming_discard_closes_the_editor_unsaved() {
        let dir = tempfile::tempdir().unwrap();
        let (db, id) = lincoln(&dir);
        let mut app = app(&db, Some(id.clone()), None);
        app.apply(Action::EditNote);
        assert_eq!(app.ctx(), Ctx::Editor);
        app.paste("typed, never saved");
        confirm(&mut app, Overlay::ConfirmDiscard);
        assert_ne!(app.ctx(), Ctx::Editor);
        let stored = Store::open(&db).unwrap().load(&id).unwrap();
        assert!(stored.entries.iter().all(|e| e.note.is_empty()));
    }

    #[test]
    fn confirming_a_plan_starts_the_session_and_opens_the_coachs_screen() {
        let dir = tempfile::tempdir().unwrap();
        let (db, id) = lincoln(&dir);
        let mut app = app(&db, Some(id.clone()), None);
        let chooser = crate::tui::screens::sessions::chooser(&app.services, &id);
        confirm(&mut app, chooser);
        assert_eq!(app.ctx(), Ctx::Facilitate);
        let store = Store::open(&db).unwrap();
        assert!(store.running_session_of(Some(&id)).unwrap().is_some());
    }

    #[test]
    fn confirming_a_plan_for_prerating_opens_prerating() {
        let dir = tempfile::tempdir().unwrap();
        let (db, id) = lincoln(&dir);
        let mut app = app(&db, Some(id.clone()), None);
        let mut chooser = crate::tui::screens::sessions::chooser(&app.services, &id);
        if let Overlay::ChoosePlan { prerate, .. } = &mut chooser {
            *prerate = true;
        }
        confirm(&mut app, chooser);
        let store = Store::open(&db).unwrap();
        let code = status(&app)
            .split_whitespace()
            .find_map(|w| {
                store
                    .find_session(w.trim_matches(|c: char| !c.is_alphanumeric()))
                    .ok()
            })
            .expect("the status names the session's code");
        assert!(store.live_session(&code).unwrap().prerating());
    }

    #[test]
    fn confirming_end_ends_the_session_for_everyone() {
        let dir = tempfile::tempdir().unwrap();
        let (db, id) = lincoln(&dir);
        let session_id = session(&db, &id);
        let role = SessionRole::Facilitate {
            session_id: session_id.clone(),
        };
        let mut app = app(&db, None, Some(role));
        confirm(&mut app, Overlay::ConfirmEnd);
        let store = Store::open(&db).unwrap();
        assert!(store.live_session(&session_id).unwrap().ended());
        assert_eq!(app.ctx(), Ctx::Summary);
    }

    #[test]
    fn confirming_leave_moves_to_the_next_segment() {
        let dir = tempfile::tempdir().unwrap();
        let (db, id) = lincoln(&dir);
        let session_id = session(&db, &id);
        let role = SessionRole::Facilitate {
            session_id: session_id.clone(),
        };
        let mut app = app(&db, None, Some(role));
        let before = Store::open(&db)
            .unwrap()
            .live_session(&session_id)
            .unwrap()
            .agenda
            .segment;
        confirm(&mut app, Overlay::ConfirmLeave { undecided: 1 });
        let after = Store::open(&db)
            .unwrap()
            .live_session(&session_id)
            .unwrap()
            .agenda
            .segment;
        assert_eq!(after, before + 1);
    }

    #[test]
    fn ending_a_session_whose_screen_closed_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let (db, id) = lincoln(&dir);
        let session_id = session(&db, &id);
        let mut app = app(&db, None, None);
        confirm(&mut app, Overlay::ConfirmEnd);
        assert_eq!(status(&app), crate::t!("common-dialog-screen-gone"));
        let store = Store::open(&db).unwrap();
        assert!(!store.live_session(&session_id).unwrap().ended());
    }

    #[test]
    fn an_act_whose_screen_closed_is_said_not_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let (db, id) = lincoln(&dir);
        let session_id = session(&db, &id);
        let mut app = app(&db, None, None);
        let gone = crate::t!("common-dialog-screen-gone");
        let acts = [
            ConfirmedAction::Facilitate(FacilitateConfirmed::EndSession),
            ConfirmedAction::Facilitate(FacilitateConfirmed::LeaveSegment),
            ConfirmedAction::Assess(AssessConfirmed::Submit { id: id.clone() }),
            ConfirmedAction::Assess(AssessConfirmed::DiscardNote),
        ];
        for act in acts {
            app.status = None;
            app.perform(act);
            assert_eq!(status(&app), gone);
        }
        let store = Store::open(&db).unwrap();
        assert!(!store.live_session(&session_id).unwrap().ended());
        assert!(store.load(&id).unwrap().meta.submitted.is_none());
        // And an act of the home list while an assessment is open.
        let mut open = super::tests::app(&db, Some(id.clone()), None);
        open.perform(ConfirmedAction::Home(HomeConfirmed::Delete {
            id: id.clone(),
            label: "Lincoln".into(),
        }));
        assert_eq!(status(&open), gone);
        assert_eq!(store.home_count("").unwrap(), 1);
    }
}
