//! The command line: the commands' dispatch and what they share. The clap
//! definitions are in `args`.

mod args;
mod assessments;
mod board;
pub mod completions;
mod db;
mod help;
mod outcomes;
mod output;
mod prerate;
mod prerate_csv;
mod rollup;
mod rollup_data;
mod rollup_figures;
mod rollup_text;
mod rubrics;
mod schools;
mod sessions;
mod settings;
mod targets;
mod trends;
mod what_if;

pub use args::{
    Cli, Command, DbCommand, OutcomesCommand, PrerateCommand, RubricCommand, SchoolsCommand,
    SessionCommand, TargetsCommand,
};

use crate::error::Result;
use crate::rubric::Registry;
use crate::store::Store;
use std::path::PathBuf;

/// What commands share: the settings, the rubric registry, and the store opened on
/// first use.
pub struct Context {
    pub db_path: PathBuf,
    pub registry: Registry,
    pub settings: crate::settings::Settings,
    /// Who changes are recorded as (see `settings::actor`).
    pub actor: String,
    store: Option<Store>,
}

impl Context {
    /// A settings file with problems stops every command, nothing done.
    pub fn new(cli: &Cli) -> Result<Context> {
        let settings = crate::settings::load(&crate::settings::path())
            .map_err(crate::error::Error::Invalid)?;
        let mut dirs = vec![crate::paths::user_standards_dir()];
        dirs.extend(cli.standards.iter().cloned());
        let (registry, problems) = Registry::load(&dirs);
        for p in problems {
            eprintln!(
                "{}",
                crate::t!("cli-rubric-skipped", problem = p.to_string())
            );
        }
        Ok(Context {
            // --db, then TOUCHSTONE_DB (both in `cli.db`), then the settings.
            db_path: cli
                .db
                .clone()
                .or_else(|| settings.database.clone())
                .unwrap_or_else(crate::paths::default_db),
            registry,
            actor: crate::settings::actor(&settings),
            settings,
            store: None,
        })
    }

    /// Makes Touchstone's data folder when the database is to live there (the
    /// default, or the demo's); a `--db` elsewhere must name an existing folder.
    pub fn prepare_db_folder(&self) -> Result<()> {
        if self.db_path.parent() == Some(crate::paths::data_dir().as_path()) {
            crate::store::create_folder_for(&self.db_path)?;
        }
        Ok(())
    }

    pub fn store(&mut self) -> Result<&mut Store> {
        if self.store.is_none() {
            self.prepare_db_folder()?;
            self.store = Some(Store::open(&self.db_path)?);
        }
        // Just filled above.
        self.store
            .as_mut()
            .ok_or_else(|| crate::error::Error::failure(crate::t!("cli-db-not-open")))
    }
}

/// Runs the command the arguments name and reports a failure on stderr; returns the
/// process's exit status. Everything runs in the language chosen for the command
/// (`i18n::scoped`), the failure too; the thread's language is put back afterwards.
pub fn main(cli: Cli) -> i32 {
    let chosen = std::cell::Cell::new(cli.early_lang);
    crate::i18n::scoped(cli.early_lang, || match run(cli, &chosen) {
        Ok(()) => 0,
        Err(e) => crate::i18n::scoped(chosen.get(), || {
            report(&e);
            e.exit_code()
        }),
    })
}

/// Says on stderr what went wrong: each located problem of a file and their count, or
/// the one message.
pub fn report(e: &crate::error::Error) {
    match e {
        crate::error::Error::Invalid(problems) => {
            for line in crate::diag::capped_lines(problems, 100) {
                eprintln!("{line}");
            }
            eprintln!(
                "{}",
                crate::t!("cli-problems-found", count = problems.len())
            );
        }
        // Messages can quote what people typed: escaped like any terminal output.
        _ => eprintln!(
            "{}",
            crate::t!(
                "cli-error",
                message = crate::text::printable(&e.to_string())
            )
        ),
    }
}

/// Runs the command; `chosen` is told the language picked for it (from `--lang`, the
/// environment and the settings), in which it runs.
fn run(cli: Cli, chosen: &std::cell::Cell<crate::i18n::Lang>) -> Result<()> {
    if let Some(Command::Settings { command }) = &cli.command {
        return settings::run(command.as_ref());
    }
    let ctx = Context::new(&cli)?;
    let lang = crate::i18n::choose(
        cli.lang,
        |name| std::env::var(name).ok(),
        ctx.settings.language,
    )
    .map_err(crate::error::Error::input)?;
    chosen.set(lang);
    crate::i18n::scoped(lang, || run_in(cli, ctx))
}

fn run_in(cli: Cli, mut ctx: Context) -> Result<()> {
    warn_unreadable_lang_variable();
    let theme = cli.theme.or(ctx.settings.theme);
    let options = crate::tui::Options {
        theme,
        ascii: cli.ascii,
        open: None,
        session: None,
        plan_dirs: vec![crate::paths::user_sessions_dir()],
    };
    let Some(command) = cli.command else {
        if cli.plain {
            return plain(ctx, crate::plain::Start::Home);
        }
        return screens(ctx, options);
    };
    match command {
        Command::Assess { id } if cli.plain => {
            let id = ctx.store()?.resolve(&id)?;
            plain(ctx, crate::plain::Start::Assess(id))
        }
        Command::Session(SessionCommand::Join { code, name }) if cli.plain => {
            let name = name.unwrap_or_else(|| ctx.actor.clone());
            plain(ctx, crate::plain::Start::Join { code, name })
        }
        Command::Session(SessionCommand::Start {
            plan,
            assessment,
            open_voting,
        }) if cli.plain => {
            let assessment = ctx.store()?.resolve(&assessment)?;
            plain(
                ctx,
                crate::plain::Start::Lead {
                    assessment,
                    plan,
                    open_voting,
                },
            )
        }
        Command::Session(SessionCommand::Resume { code }) if cli.plain => {
            plain(ctx, crate::plain::Start::Resume { code })
        }
        Command::Assess { id } => {
            let id = ctx.store()?.resolve(&id)?;
            screens(
                ctx,
                crate::tui::Options {
                    open: Some(id),
                    ..options
                },
            )
        }
        Command::Rubrics => rubrics::list(&ctx),
        Command::Rubric(RubricCommand::Check { files }) => rubrics::check(&ctx, &files),
        Command::Rubric(RubricCommand::Show { id }) => rubrics::show(&ctx, &id),
        Command::New {
            school,
            rubric,
            rubric_version,
            district,
            date,
            team,
            facilitator,
        } => assessments::new(
            &mut ctx,
            assessments::NewArgs {
                school,
                rubric,
                rubric_version,
                district,
                date,
                team,
                facilitator,
            },
        ),
        Command::List { json } => assessments::list(&mut ctx, json),
        Command::Rate {
            id,
            indicator,
            level,
            note,
        } => assessments::rate(&mut ctx, &id, &indicator, &level, note.as_deref()),
        Command::Report {
            id,
            format,
            output,
            force,
        } => assessments::report(&mut ctx, &id, format, output.as_deref(), force),
        Command::Submit { id, by } => assessments::submit(&mut ctx, &id, &by),
        Command::Reopen { id } => assessments::reopen(&mut ctx, &id),
        Command::Export { id, output, force } => {
            assessments::export(&mut ctx, &id, output.as_deref(), force)
        }
        Command::Import { files, replace } => assessments::import(&mut ctx, &files, replace),
        Command::Rollup {
            rubric,
            paths,
            include_db,
            by,
            as_of,
            trend,
            json,
            format,
            standard_threshold,
            school_threshold,
            include_drafts,
            impact_baseline,
            impact_year,
            impact_tolerance,
            impact_share,
            impact_min_indicators,
            min_n,
            output,
            force,
        } => rollup::run(
            &mut ctx,
            rollup::RollupArgs {
                rubric,
                paths,
                include_db,
                by,
                as_of,
                trend,
                output: if json { rollup::Output::Json } else { format },
                what_if: what_if::WhatIf {
                    standard_threshold,
                    school_threshold,
                },
                include_drafts,
                impact: crate::outcomes::impact::Rule {
                    baseline: impact_baseline,
                    current: impact_year,
                    min_n,
                    tolerance: impact_tolerance,
                    share: impact_share,
                    min_indicators: impact_min_indicators,
                },
                out_file: output,
                force,
            },
        ),
        Command::Demo { schools, seed, add } => {
            // Only a --db typed on this command line counts, not TOUCHSTONE_DB alone:
            // demo data never goes into the everyday database without asking.
            demo(ctx, cli.db_typed, schools, seed, add)
        }
        Command::History {
            school,
            district,
            json,
        } => trends::history(&mut ctx, &school, district.as_deref(), json),
        Command::Compare { a, b, json } => trends::compare(&mut ctx, &a, &b, json),
        Command::Db(DbCommand::Check { repair }) => db::check(&mut ctx, repair),
        Command::Outcomes(OutcomesCommand::Import { file, replace }) => {
            outcomes::import(&mut ctx, &file, replace)
        }
        Command::Outcomes(OutcomesCommand::Export {
            output,
            force,
            min_n,
        }) => outcomes::export(&mut ctx, output.as_deref(), force, min_n),
        Command::Targets { command } => match command {
            None => targets::list(&mut ctx, false),
            Some(TargetsCommand::List { json }) => targets::list(&mut ctx, json),
            Some(TargetsCommand::Set {
                measure,
                value,
                year,
                district,
            }) => targets::set(&mut ctx, measure, &value, year, district.as_deref()),
            Some(TargetsCommand::Clear {
                measure,
                year,
                district,
            }) => targets::clear(&mut ctx, measure, year, district.as_deref()),
        },
        Command::Schools { command } => match command {
            None => schools::list(&mut ctx, false),
            Some(SchoolsCommand::List { json }) => schools::list(&mut ctx, json),
            Some(SchoolsCommand::Code {
                school,
                code,
                district,
                clear: _,
            }) => schools::code(&mut ctx, &school, district.as_deref(), code.as_deref()),
            Some(SchoolsCommand::Match { file, replace }) => {
                schools::match_roster(&mut ctx, &file, replace)
            }
        },
        Command::Settings { .. } => Ok(()),
        Command::Completions { shell } => completions::script(shell),
        Command::Man => completions::man(),
        Command::Complete { kind } => completions::values(&mut ctx, kind),
        Command::Serve(args) => {
            ctx.prepare_db_folder()?;
            crate::serve::cli(
                args,
                ctx.db_path,
                ctx.registry,
                theme,
                cli.ascii,
                ctx.settings,
            )
        }
        Command::Session(SessionCommand::Plans) => sessions::plans(),
        Command::Session(SessionCommand::Show { plan }) => sessions::show(&plan),
        Command::Session(SessionCommand::Check { files }) => sessions::check(&ctx, &files),
        Command::Session(SessionCommand::List { all }) => sessions::list(&mut ctx, all),
        Command::Session(SessionCommand::Sheet {
            plan_or_code,
            bilingual,
            output,
            force,
        }) => sessions::sheet(&mut ctx, &plan_or_code, bilingual, output.as_deref(), force),
        Command::Session(SessionCommand::Prerate(command)) => prerate::run(&mut ctx, command),
        Command::Session(SessionCommand::Minutes {
            session,
            output,
            force,
            named,
        }) => sessions::write_minutes(&mut ctx, &session, output.as_deref(), force, named),
        Command::Session(SessionCommand::Watch { code }) => {
            require_terminal()?;
            let room = sessions::watch(&mut ctx, code.as_deref())?;
            watch_screens(ctx, options, room)
        }
        Command::Session(SessionCommand::Resume { code }) => {
            require_terminal()?;
            let role = sessions::resume(&mut ctx, &code)?;
            screens(
                ctx,
                crate::tui::Options {
                    session: Some(role),
                    ..options
                },
            )
        }
        Command::Session(SessionCommand::Start {
            plan,
            assessment,
            open_voting,
        }) => {
            let role = sessions::start(&mut ctx, &plan, &assessment, open_voting)?;
            screens(
                ctx,
                crate::tui::Options {
                    session: Some(role),
                    ..options
                },
            )
        }
        Command::Session(SessionCommand::Join { code, name }) => {
            let role = sessions::join(&mut ctx, &code, name.as_deref())?;
            screens(
                ctx,
                crate::tui::Options {
                    session: Some(role),
                    ..options
                },
            )
        }
    }
}

/// Opens the interactive screens.
pub(super) fn require_terminal() -> Result<()> {
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return Err(crate::error::Error::input(crate::t!("cli-needs-terminal")));
    }
    Ok(())
}

/// Plain mode on standard input and output (a terminal or pipes).
fn plain(mut ctx: Context, start: crate::plain::Start) -> Result<()> {
    ctx.store()?;
    let store = ctx
        .store
        .take()
        .ok_or_else(|| crate::error::Error::failure(crate::t!("cli-db-not-open")))?;
    let library = crate::plain::Library {
        registry: ctx.registry,
        rubric: ctx.settings.rubric.map(|placed| placed.value),
        facilitator: ctx.settings.facilitator,
        plan_dirs: vec![crate::paths::user_sessions_dir()],
    };
    let engine = crate::plain::Engine::start(store, ctx.actor, false, start, library)?;
    crate::plain::stdio::run(engine)
}

fn screens(mut ctx: Context, options: crate::tui::Options) -> Result<()> {
    require_terminal()?;
    ctx.store()?;
    let store = ctx
        .store
        .take()
        .ok_or_else(|| crate::error::Error::failure(crate::t!("cli-db-not-open")))?;
    let watching = matches!(
        options.session,
        Some(crate::tui::app::SessionRole::Watch { .. })
    );
    let nameless = crate::settings::known_actor(&ctx.settings).is_none();
    // The translations in the user's plan folders, known to this process for display
    // (App::new sets nothing global itself).
    crate::session::translation::use_dirs(&options.plan_dirs);
    let app = crate::tui::App::new(store, ctx.registry, ctx.actor, options)
        .with_settings(&ctx.settings, Some(crate::settings::path()));
    let app = if nameless && !watching {
        app.ask_name()
    } else {
        app
    };
    // Watching a session only looks, as a viewer over SSH does.
    let app = if watching { app.read_only() } else { app };
    crate::tui::run(app)
}

/// The wall, read-only as a viewer over SSH is, following `room`: open now if a
/// session there is running, else the list (saying what it waits for) until one runs.
fn watch_screens(
    mut ctx: Context,
    options: crate::tui::Options,
    room: crate::tui::app::Follow,
) -> Result<()> {
    require_terminal()?;
    ctx.store()?;
    let store = ctx
        .store
        .take()
        .ok_or_else(|| crate::error::Error::failure(crate::t!("cli-db-not-open")))?;
    // The translations in the user's plan folders, known to this process for display
    // (App::new sets nothing global itself).
    crate::session::translation::use_dirs(&options.plan_dirs);
    let mut app = crate::tui::App::new(store, ctx.registry, ctx.actor, options)
        .with_settings(&ctx.settings, Some(crate::settings::path()))
        .read_only()
        .following(room);
    if !matches!(app.screen, crate::tui::app::Screen::Watch(_)) && app.status.is_none() {
        app.status = Some(crate::tui::app::Status::info(crate::t!(
            "cli-watch-waiting"
        )));
    }
    crate::tui::run(app)
}

/// `TOUCHSTONE_LANG` that is not UTF-8 text cannot name a language: it is left out of
/// the choice, and said so on stderr rather than silently.
fn warn_unreadable_lang_variable() {
    if std::env::var_os("TOUCHSTONE_LANG").is_some_and(|v| v.to_str().is_none()) {
        eprintln!(
            "{}",
            crate::t!(
                "cli-warning",
                message = crate::t!("cli-lang-variable-not-text")
            )
        );
    }
}

/// The most schools `demo` makes: the largest network benchmarked (BENCHMARKS.md).
/// A demo database takes about [`DEMO_BYTES_PER_SCHOOL`] a school, so this is
/// about 18 GB.
pub const DEMO_MAX_SCHOOLS: usize = 250_000;
/// What a demo school takes in the database (2 to 4 assessments with notes,
/// evidence and history), measured on 2026-12-06: 300 schools made 21.2 MB.
pub const DEMO_BYTES_PER_SCHOOL: u64 = 70_000;

/// `bytes` for people: "about 650 MB", "about 7 GB" (whole numbers, the same in
/// every language).
fn approx_size(bytes: u64) -> String {
    const MB: u64 = 1_000_000;
    const GB: u64 = 1_000 * MB;
    if bytes >= GB {
        format!("{} GB", (bytes + GB / 2) / GB)
    } else {
        format!("{} MB", ((bytes + MB / 2) / MB).max(1))
    }
}

/// Fills the demo database (or, asked explicitly, the `--db` one) with a network.
/// A new (or empty) database is made whole under another name beside it and moved
/// into place when finished, so a demo stopped half-way leaves nothing that a second
/// `demo` would refuse; `--add` writes into the named database as it goes.
fn demo(mut ctx: Context, db_given: bool, schools: usize, seed: u64, add: bool) -> Result<()> {
    use crate::error::Error;
    if !db_given {
        // Never the user's own database without asking.
        ctx.db_path = crate::paths::data_dir().join("touchstone-demo.db");
    }
    // The network is written as it is made, so memory does not grow with it; the
    // bound stops a typo from filling the disk.
    if schools == 0 {
        return Err(Error::input(crate::t!("cli-demo-schools-zero")));
    }
    if schools > DEMO_MAX_SCHOOLS {
        let size = |n: usize| approx_size(n as u64 * DEMO_BYTES_PER_SCHOOL);
        return Err(Error::input(crate::t!(
            "cli-demo-schools-too-many",
            schools = schools.to_string(),
            size = size(schools),
            max = DEMO_MAX_SCHOOLS.to_string(),
            max_size = size(DEMO_MAX_SCHOOLS)
        )));
    }
    let entry = ctx
        .registry
        .latest("cs-site-2017")
        .cloned()
        .ok_or_else(|| Error::failure(crate::t!("cli-demo-no-rubric")))?;
    let path = ctx.db_path.clone();
    let may_add = add && db_given;
    let mut in_place = false;
    if path.exists() {
        let store = ctx.store()?;
        let existing = store.rubric_ids_in_use()?;
        if !existing.is_empty() && !may_add {
            return Err(Error::input(crate::t!(
                "cli-demo-not-empty",
                path = path.display().to_string()
            )));
        }
        // Added to, or open elsewhere (its write-ahead log is there once this
        // process has closed it): filled where it is.
        ctx.store = None;
        let wal = |suffix: &str| {
            let mut name = path.clone().into_os_string();
            name.push(suffix);
            std::path::PathBuf::from(name).exists()
        };
        in_place = !existing.is_empty() || wal("-wal") || wal("-shm");
    } else {
        ctx.prepare_db_folder()?;
    }
    let bar = demo_progress_bar(schools);
    let mut progress = |written: usize| {
        if let Some(bar) = &bar {
            bar.set_position(written as u64);
            bar.set_message(crate::t!(
                "cli-demo-progress",
                written = written,
                schools = schools
            ));
        }
    };
    let summary = if in_place {
        let store = ctx.store()?;
        crate::demo::generate_with_progress(
            store,
            &entry.rubric,
            &entry.text,
            schools,
            seed,
            &mut progress,
        )
    } else {
        let partial = partial_path(&path);
        // What a demo stopped before left behind.
        remove_database(&partial);
        let made = Store::open(&partial).and_then(|mut store| {
            crate::demo::generate_with_progress(
                &mut store,
                &entry.rubric,
                &entry.text,
                schools,
                seed,
                &mut progress,
            )
        });
        let moved = made.and_then(|summary| {
            std::fs::rename(&partial, &path)
                .map(|()| summary)
                .map_err(|e| {
                    Error::failure(crate::t!(
                        "report-write-failed",
                        path = crate::text::one_line(&path.display().to_string()),
                        error = e.to_string()
                    ))
                })
        });
        if moved.is_err() {
            remove_database(&partial);
        }
        moved
    };
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let summary = summary?;
    let path = path.display().to_string();
    output::print(&format!(
        "{}\n{}\n",
        crate::t!(
            "cli-demo-made",
            schools = summary.schools,
            assessments = summary.assessments,
            path = &path
        ),
        crate::t!("cli-demo-open", path = &path)
    ))
}

/// `touchstone demo`'s progress bar on standard error, only when that is a terminal
/// (a pipe or a file gets nothing but the closing lines).
fn demo_progress_bar(schools: usize) -> Option<indicatif::ProgressBar> {
    use std::io::IsTerminal;
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(schools as u64),
        indicatif::ProgressDrawTarget::stderr(),
    );
    let style = indicatif::ProgressStyle::with_template("{bar:30} {msg} {elapsed}")
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
    bar.set_style(style);
    bar.set_message(crate::t!(
        "cli-demo-progress",
        written = 0,
        schools = schools
    ));
    Some(bar)
}

/// Where a demo database is made before it is moved to `path`: beside it, hidden,
/// the same name each time so the next demo removes what a stopped one left.
fn partial_path(path: &std::path::Path) -> std::path::PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.partial"))
}

/// Removes a database file and SQLite's files beside it, whichever exist.
fn remove_database(path: &std::path::Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = path.to_path_buf().into_os_string();
        name.push(suffix);
        let _ = std::fs::remove_file(std::path::PathBuf::from(name));
    }
}
