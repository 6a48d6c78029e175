//! Plain mode: Touchstone line by line, for screen readers and scripts. No cursor
//! addressing, no box drawing, no colour: every line is a sentence that makes sense
//! read alone. The [`Engine`] takes typed lines and gives back lines to write; the
//! drivers ([`stdio`], [`ssh`]) move them to a terminal, a pipe or an SSH channel and
//! call [`Engine::tick`] about once a second so other people's changes are announced
//! while the user listens.

mod assess;
mod lead;
mod live;
mod new;
mod output;
mod room;
mod session;
pub mod stdio;
mod summary;
mod watch;
mod words;

use crate::error::Result;
use crate::store::Store;
use crate::t;
use assess::{AssessView, Next};
use lead::{LeadView, Led};
pub use new::Library;
use new::{Answer, NewFlow};
use output::{Lines, share};
use session::SessionView;
use watch::WatchView;
use words::Cmd;

/// Where plain mode starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Start {
    /// The list of assessments.
    Home,
    /// One assessment, by id.
    Assess(String),
    /// A coaching session, by join code, as this participant.
    Join { code: String, name: String },
    /// Start a coaching session on an assessment (by id) with a plan, and lead it.
    Lead {
        assessment: String,
        plan: String,
        open_voting: bool,
    },
    /// Lead again the running session with this join code.
    Resume { code: String },
}

enum State {
    Home,
    Assess(Box<AssessView>),
    Session(Box<SessionView>),
    /// Asking the fields of a new assessment.
    New(Box<NewFlow>),
    /// A viewer following the session running in its room.
    Watch(Box<WatchView>),
    /// Facilitating a session.
    Lead(Box<LeadView>),
}

pub struct Engine {
    store: Store,
    actor: String,
    read_only: bool,
    state: State,
    /// The rubrics and defaults new assessments start from.
    library: Library,
    watch: live::Watch,
    out: Lines,
    /// A viewer: follows the sessions of its room as they start and end.
    follows: bool,
    /// The session a viewer left with `back`: not followed again.
    dismissed: Option<String>,
    /// The assessment ids of the last `list`, so `open 2` opens the second.
    listed: Vec<String>,
    done: bool,
}

impl Engine {
    /// Starts plain mode. A start that fails (a session code that does not exist) is
    /// an error before anything else is said.
    pub fn new(store: Store, actor: String, read_only: bool, start: Start) -> Result<Engine> {
        Engine::start(store, actor, read_only, start, Library::default())
    }

    /// [`Engine::new`] with the rubrics, defaults and plan folders to work with.
    pub fn start(
        mut store: Store,
        actor: String,
        read_only: bool,
        start: Start,
        library: Library,
    ) -> Result<Engine> {
        // Watched from before anything is read, so a change made meanwhile is told.
        let mut watch = live::Watch::default();
        watch.changed(&store)?;
        let mut out = Lines::default();
        out.say(t!("plain-welcome"));
        if read_only {
            out.say(t!("plain-read-only"));
        }
        let state = match start {
            Start::Home => {
                out.say(t!("plain-home-start"));
                State::Home
            }
            Start::Assess(id) => State::Assess(Box::new(AssessView::open(
                &store, &id, read_only, &mut out,
            )?)),
            Start::Join { code, name } => State::Session(Box::new(SessionView::join(
                &mut store, &code, &name, &mut out,
            )?)),
            Start::Lead {
                assessment,
                plan,
                open_voting,
            } => {
                if read_only {
                    return Err(crate::error::Error::input(t!("plain-read-only-change")));
                }
                let assessment = store.load(&assessment)?;
                State::Lead(Box::new(LeadView::start(
                    &mut store,
                    &assessment,
                    &library.plan_dirs,
                    &plan,
                    &actor,
                    false,
                    open_voting,
                    &mut out,
                )?))
            }
            Start::Resume { code } => {
                if read_only {
                    return Err(crate::error::Error::input(t!("plain-read-only-change")));
                }
                State::Lead(Box::new(LeadView::resume(
                    &mut store, &code, &actor, &mut out,
                )?))
            }
        };
        Ok(Engine {
            store,
            actor,
            read_only,
            state,
            library,
            watch,
            out,
            follows: false,
            dismissed: None,
            listed: Vec::new(),
            done: false,
        })
    }

    /// Follows the room (a viewer): a session running now, or one that starts later,
    /// is read out as it goes, and the list comes back when it ends.
    pub fn following(mut self) -> Engine {
        self.follows = true;
        self.follow_room();
        self
    }

    /// A viewer not yet following a session looks for one running.
    fn follow_room(&mut self) {
        if !self.follows || !matches!(self.state, State::Home | State::Assess(_)) {
            return;
        }
        let opened = match watch::running(&self.store) {
            Ok(Some(id)) if self.dismissed.as_ref() == Some(&id) => return,
            Ok(Some(id)) => WatchView::open(&self.store, &id, &mut self.out),
            Ok(None) => return,
            Err(e) => Err(e),
        };
        match opened {
            Ok(view) => self.state = State::Watch(Box::new(view)),
            Err(e) => self
                .out
                .say(t!("plain-changes-unreadable", error = e.to_string())),
        }
    }

    /// Lines to write now.
    pub fn take(&mut self) -> Vec<String> {
        self.out.take()
    }

    /// True once the user quit (or the session they were in ended).
    pub fn done(&self) -> bool {
        self.done
    }

    /// What the prompt says on a terminal: where the user is.
    pub fn prompt(&self) -> String {
        output::lead(match &self.state {
            State::Home => t!("plain-prompt-home"),
            State::Assess(_) => t!("plain-prompt-assess"),
            State::Session(_) => t!("plain-prompt-session"),
            State::New(_) => t!("plain-prompt-new"),
            State::Watch(_) => t!("plain-prompt-watch"),
            State::Lead(_) => t!("plain-prompt-lead"),
        })
    }

    /// Looks for other people's changes to what is shown and announces them (call it
    /// between commands and about once a second while waiting).
    pub fn tick(&mut self) {
        if let State::Session(view) = &mut self.state {
            view.heartbeat(&mut self.store, &mut self.out);
        }
        let changed = match self.watch.changed(&self.store) {
            Ok(c) => c,
            Err(e) => {
                self.out
                    .say(t!("plain-db-unreadable", error = e.to_string()));
                return;
            }
        };
        if !changed {
            return;
        }
        let result = match &mut self.state {
            State::Home | State::New(_) => Ok(()),
            State::Lead(view) => match view.follow(&self.store, &mut self.out) {
                Ok(true) => Ok(()),
                Ok(false) => {
                    self.state = State::Home;
                    self.out.say(t!("plain-back-home-hint"));
                    Ok(())
                }
                Err(e) => Err(e),
            },
            State::Watch(view) => match view.follow(&self.store, &mut self.out) {
                Ok(true) => Ok(()),
                Ok(false) => {
                    self.state = State::Home;
                    self.out.say(t!("plain-back-home-hint"));
                    Ok(())
                }
                Err(e) => Err(e),
            },
            State::Assess(view) => view.refresh(&self.store, &mut self.out),
            State::Session(view) => match view.follow(&self.store, &mut self.out) {
                Ok(true) => Ok(()),
                Ok(false) => {
                    self.state = State::Home;
                    self.out.say(t!("plain-back-home-hint"));
                    Ok(())
                }
                Err(e) => Err(e),
            },
        };
        if let Err(e) = result {
            self.out
                .say(t!("plain-changes-unreadable", error = e.to_string()));
        }
        self.follow_room();
    }

    /// Handles one typed line.
    pub fn line(&mut self, raw: &str) {
        // A question being answered takes the line as typed.
        if let State::New(flow) = &mut self.state {
            let answered = flow.answer(&mut self.store, &self.library, raw, &mut self.out);
            if let Err(e) = self.answered(answered) {
                self.out.say(t!("plain-error", error = e.to_string()));
            }
            return;
        }
        let cmd = words::parse(raw);
        // The language is the same wherever the user is.
        if let Cmd::Lang(code) = cmd {
            self.language(code);
            return;
        }
        if let Err(e) = self.dispatch(cmd) {
            self.out.say(t!("plain-error", error = e.to_string()));
        }
        // Nothing to swallow here: this connection's own writes do not move
        // `data_version`, and the flows compare with what they last said anyway.
    }

    /// End of input: nothing is pending (every command saved as it ran).
    pub fn finish(&mut self) {
        if !self.done {
            self.out.say(t!("plain-end-of-input"));
            self.done = true;
        }
        // Leaving a session frees the seat now, not when the process ends.
        self.state = State::Home;
    }

    /// Where an answer to the new-assessment questions leads.
    fn answered(&mut self, answer: Result<Answer>) -> Result<()> {
        match answer {
            Ok(Answer::Asking) => {}
            Ok(Answer::Cancelled) => {
                self.state = State::Home;
                self.out.say(t!("plain-back-home-hint"));
            }
            Ok(Answer::Created(id)) => {
                // Opened at once, as the form opens it.
                self.listed.clear();
                let view = AssessView::open(&self.store, &id, self.read_only, &mut self.out)?;
                self.state = State::Assess(Box::new(view));
            }
            Err(e) => {
                self.state = State::Home;
                self.out.say(t!("plain-new-failed", error = e.to_string()));
            }
        }
        Ok(())
    }

    fn dispatch(&mut self, cmd: Cmd) -> Result<()> {
        match &mut self.state {
            State::Home => self.home(cmd),
            // Answers are taken in `line`, before any word is read.
            State::New(_) => Ok(()),
            State::Lead(view) => {
                match view.handle(&mut self.store, cmd, &mut self.out)? {
                    Led::Stay => {}
                    Led::Leave | Led::Ended => {
                        self.state = State::Home;
                        self.out.say(t!("plain-back-home-hint"));
                    }
                }
                Ok(())
            }
            State::Watch(view) => match cmd {
                Cmd::Quit => {
                    self.quit();
                    Ok(())
                }
                Cmd::Back | Cmd::List => {
                    // This session is no longer read out; the next one will be.
                    self.dismissed = Some(view.session_id().to_string());
                    self.state = State::Home;
                    self.out.say(t!("plain-watch-left"));
                    self.list()
                }
                cmd => view.handle(&self.store, cmd, &mut self.out),
            },
            State::Assess(view) => {
                if let Cmd::Lead(which) | Cmd::Prerate(which) = cmd {
                    let prerating = matches!(cmd, Cmd::Prerate(_));
                    if self.read_only {
                        self.out.say(t!("plain-read-only-change"));
                        return Ok(());
                    }
                    let Some(which) = which else {
                        lead::say_plans(&view.assessment, &self.library.plan_dirs, &mut self.out);
                        return Ok(());
                    };
                    match LeadView::start(
                        &mut self.store,
                        &view.assessment,
                        &self.library.plan_dirs,
                        which,
                        &self.actor,
                        prerating,
                        false,
                        &mut self.out,
                    ) {
                        Ok(lead) => self.state = State::Lead(Box::new(lead)),
                        Err(crate::error::Error::Input(why)) => {
                            self.out.say(t!("plain-lead-not-started", why = why));
                        }
                        Err(e) => return Err(e),
                    }
                    return Ok(());
                }
                match view.handle(&mut self.store, &self.actor, cmd, &mut self.out)? {
                    Next::Stay => {}
                    Next::Home => {
                        self.state = State::Home;
                        self.out.say(t!("plain-back-home"));
                        self.list()?;
                    }
                    Next::Quit => self.quit(),
                }
                Ok(())
            }
            State::Session(view) => {
                if !view.handle(&mut self.store, cmd, &mut self.out)? {
                    self.state = State::Home;
                    self.out.say(t!("plain-back-home-hint"));
                }
                Ok(())
            }
        }
    }

    fn quit(&mut self) {
        self.out.say(t!("plain-goodbye"));
        self.done = true;
    }

    /// `lang es`: this person's plain mode speaks Spanish from the next line on (the
    /// thread's language: each SSH connection has its own thread).
    fn language(&mut self, code: Option<&str>) {
        match code {
            None => self.out.say(t!("plain-lang-which")),
            Some(code) => match crate::i18n::Lang::from_code(code) {
                Some(lang) => {
                    crate::i18n::set(lang);
                    self.out.say(t!("plain-lang-now"));
                }
                None => self.out.say(t!("plain-lang-unknown", code = code)),
            },
        }
    }

    fn home(&mut self, cmd: Cmd) -> Result<()> {
        match cmd {
            Cmd::List => self.list()?,
            Cmd::Open(which) => {
                // `open 2` before any `list` counts as `touchstone list` numbers them.
                if self.listed.is_empty() && which.parse::<usize>().is_ok() {
                    self.listed = self.ids()?;
                }
                let id = match which.parse::<usize>() {
                    Ok(n) if (1..=self.listed.len()).contains(&n) => self.listed[n - 1].clone(),
                    // Shorter than an id prefix may be: meant as a number of the list.
                    Ok(_) if which.len() < 4 => {
                        self.out.say(match self.listed.len() {
                            0 => t!("plain-open-none"),
                            n => t!("plain-open-range", count = n),
                        });
                        return Ok(());
                    }
                    _ => match self.store.resolve(which) {
                        Ok(id) => id,
                        Err(e) => {
                            self.out
                                .say(t!("plain-open-unknown", error = e.to_string()));
                            return Ok(());
                        }
                    },
                };
                let view = AssessView::open(&self.store, &id, self.read_only, &mut self.out)?;
                self.state = State::Assess(Box::new(view));
            }
            Cmd::New(school) => {
                if self.read_only {
                    self.out.say(t!("plain-read-only-change"));
                    return Ok(());
                }
                let flow = NewFlow::start(&self.library, school, &mut self.out);
                self.state = State::New(Box::new(flow));
                // `new SCHOOL` with a school the checks refuse stays on that question.
            }
            Cmd::Resume(Some(code)) => {
                if self.read_only {
                    self.out.say(t!("plain-read-only-change"));
                    return Ok(());
                }
                match LeadView::resume(&mut self.store, code, &self.actor, &mut self.out) {
                    Ok(view) => self.state = State::Lead(Box::new(view)),
                    Err(e) => self
                        .out
                        .say(t!("plain-lead-not-resumed", error = e.to_string())),
                }
            }
            Cmd::Lead(_) | Cmd::Prerate(_) => self.out.say(t!("plain-lead-open-first")),
            Cmd::Join(code, name) => {
                if self.read_only {
                    self.out.say(t!("plain-join-read-only"));
                    return Ok(());
                }
                let name = name.map_or_else(|| self.actor.clone(), str::to_string);
                match SessionView::join(&mut self.store, code, &name, &mut self.out) {
                    Ok(view) => self.state = State::Session(Box::new(view)),
                    Err(e) => self.out.say(t!("plain-join-failed", error = e.to_string())),
                }
            }
            Cmd::Quit => self.quit(),
            Cmd::Help => {
                self.out.say(t!("plain-help-home"));
                self.out.say(t!("plain-help-home-list"));
                self.out.say(t!("plain-help-home-open"));
                self.out.say(t!("plain-help-home-new"));
                self.out.say(t!("plain-help-home-join"));
                self.out.say(t!("plain-help-home-resume"));
                self.out.say(t!("plain-help-home-quit"));
                self.out.say(t!("plain-help-lang"));
            }
            Cmd::Empty => {}
            other => unknown(&mut self.out, &other, Place::Home),
        }
        Ok(())
    }

    /// The ids in the order `list` numbers them.
    fn ids(&self) -> Result<Vec<String>> {
        let mut ids = Vec::new();
        self.store.each_listed(|a| {
            ids.push(a.id.clone());
            Ok(())
        })?;
        Ok(ids)
    }

    /// The assessments, as `touchstone list` lists them (one query, the stored
    /// figures), numbered for `open`.
    fn list(&mut self) -> Result<()> {
        let mut lines = Vec::new();
        let mut ids = Vec::new();
        self.store.each_listed(|a| {
            let f = &a.figures;
            let school = match a.district.as_deref() {
                Some(d) => format!("{} ({d})", a.school),
                None => a.school.clone(),
            };
            let status = match a.status {
                crate::assessment::Status::Draft => t!("plain-status-draft"),
                crate::assessment::Status::Final => t!("plain-status-final"),
            };
            lines.push(t!(
                "plain-list-line",
                number = ids.len() + 1,
                school = school,
                date = &a.date,
                rubric = &a.rubric_id,
                version = &a.rubric_version,
                status = status,
                rated = f.rated,
                total = f.indicators,
                share = share(f.standards()),
                id = &a.id[..8.min(a.id.len())]
            ));
            ids.push(a.id.clone());
            Ok(())
        })?;
        if ids.is_empty() {
            self.out.say(t!("plain-list-empty"));
            self.listed.clear();
            return Ok(());
        }
        self.out.say(t!("plain-list-count", count = ids.len()));
        for line in lines {
            self.out.say(line);
        }
        self.listed = ids;
        Ok(())
    }
}

/// Where a command was typed, for the line that says it does not belong there.
#[derive(Debug, Clone, Copy)]
enum Place {
    Home,
    Assess,
    Session,
    Prerate,
    Watch,
    Lead,
}

/// A one-line hint for what cannot be typed here.
/// "There is no indicator …", with the closest indicator id when one is close.
pub(crate) fn no_such_indicator(rubric: &crate::rubric::Rubric, target: &str, id: &str) -> String {
    match rubric.closest_indicator(target) {
        Some(close) => t!(
            "plain-no-such-indicator-did-you-mean",
            target = target,
            id = close
        ),
        None => t!("plain-no-such-indicator", target = target, id = id),
    }
}

fn unknown(out: &mut Lines, cmd: &Cmd, here: Place) {
    let word = words::name(cmd);
    out.say(match here {
        Place::Home => t!("plain-unknown-home", word = word),
        Place::Assess => t!("plain-unknown-assess", word = word),
        Place::Session => t!("plain-unknown-session", word = word),
        Place::Prerate => t!("plain-unknown-prerate", word = word),
        Place::Watch => t!("plain-unknown-watch", word = word),
        Place::Lead => t!("plain-unknown-lead", word = word),
    });
}
