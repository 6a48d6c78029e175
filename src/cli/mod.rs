//! The command line: clap definitions and the non-interactive commands.

mod assessments;
mod output;
mod rollup;
mod rubrics;
mod sessions;
mod trends;

use crate::error::Result;
use crate::exchange::report::Format;
use crate::rubric::Registry;
use crate::store::Store;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "touchstone",
    version,
    about = "Self-assessment against the community school standards",
    long_about = "Touchstone walks a community school team through a standards rubric, stores every \
rating locally in SQLite, and computes the share of standards — and of schools — that are fully \
implemented.\n\nAssessment IDs may be shortened to any unique prefix of at least 4 characters."
)]
pub struct Cli {
    /// The database file [default: the platform data folder, see `touchstone rubrics`]
    #[arg(long, global = true, env = "TOUCHSTONE_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// An extra folder of rubric files (repeatable); the user standards folder is always read
    #[arg(long = "standards", global = true, value_name = "DIR")]
    pub standards: Vec<PathBuf>,
    /// Colours of the screens: default, high-contrast (projectors) or monochrome [default: monochrome when NO_COLOR is set]
    #[arg(long, global = true, value_enum)]
    pub theme: Option<crate::tui::theme::ThemeName>,
    /// Draw with plain ASCII, for terminals without Unicode
    #[arg(long, global = true)]
    pub ascii: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the rubrics (bundled and user) and where user rubrics go
    Rubrics,
    /// Check or print rubric files
    #[command(subcommand)]
    Rubric(RubricCommand),
    /// Start a new assessment and print its id
    New {
        /// The school's name
        #[arg(long)]
        school: String,
        /// The rubric id (see `touchstone rubrics`); its highest version is used
        #[arg(long)]
        rubric: String,
        /// The school's district or network
        #[arg(long)]
        district: Option<String>,
        /// The assessment date, YYYY-MM-DD [default: today]
        #[arg(long)]
        date: Option<String>,
        /// Team members, comma separated
        #[arg(long, value_delimiter = ',')]
        team: Vec<String>,
        /// Who facilitates
        #[arg(long)]
        facilitator: Option<String>,
    },
    /// Open the screens on one assessment
    Assess { id: String },
    /// List assessments with completion and % of standards fully implemented
    List {
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Record a rating: LEVEL is a level key, its 1-based number, or na
    Rate {
        id: String,
        indicator: String,
        level: String,
        /// Set the indicator's note too
        #[arg(long)]
        note: Option<String>,
    },
    /// Print a report of one assessment
    Report {
        id: String,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Write to this file instead of standard output
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace the output file if it exists (its permissions are kept)
        #[arg(long, requires = "output")]
        force: bool,
    },
    /// Write an assessment as TOML (the exchange format)
    Export {
        id: String,
        /// Write to this file instead of standard output
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace the output file if it exists (its permissions are kept)
        #[arg(long, requires = "output")]
        force: bool,
    },
    /// Import exported assessments (files or folders); all are checked before any is written
    Import {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Overwrite assessments whose id exists with other content
        #[arg(long)]
        replace: bool,
    },
    /// Coaching sessions: plans, start (facilitator), join (participant), minutes
    #[command(subcommand)]
    Session(SessionCommand),
    /// Network figures: % of schools fully implementing, overall and per standard
    Rollup {
        /// The rubric id to roll up [default: the only one in use]
        #[arg(long)]
        rubric: Option<String>,
        /// Exported TOML files or folders (searched recursively) instead of the database
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// With PATHs: count the database's assessments too
        #[arg(long)]
        include_db: bool,
        /// Figures per district as well
        #[arg(long, value_enum)]
        by: Option<rollup::GroupBy>,
        /// Only assessments dated on or before this day (YYYY-MM-DD)
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
        /// The network figures at the end of each year or quarter
        #[arg(long, value_enum)]
        trend: Option<rollup::Period>,
        /// Print JSON (same as --format json)
        #[arg(long, conflicts_with = "format")]
        json: bool,
        /// text, json or csv
        #[arg(long, value_enum, default_value = "text")]
        format: rollup::Output,
    },
    /// Fill a separate demo database with a made-up network, to try Touchstone
    Demo {
        /// How many schools
        #[arg(long, default_value_t = 40)]
        schools: usize,
        /// The same seed makes the same network
        #[arg(long, default_value_t = 2026)]
        seed: u64,
        /// Add to a database that already has assessments (only with --db)
        #[arg(long)]
        add: bool,
    },
    /// Each assessment of one school over time, with its figures
    History {
        /// The school's name
        #[arg(long)]
        school: String,
        /// The school's district, when names repeat across districts
        #[arg(long)]
        district: Option<String>,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Serve the screens over SSH: the team joins with `ssh -p 2222 NAME@HOST`
    Serve(crate::serve::ServeArgs),
    /// Changes between two assessments, per standard and per indicator
    Compare {
        /// The earlier assessment
        a: String,
        /// The later assessment
        b: String,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum SessionCommand {
    /// List session plans (bundled and user) and where user plans go
    Plans,
    /// Validate session plan files; every problem is reported as FILE:LINE:COL
    Check {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Start a session on an assessment and open the facilitator's screen
    Start {
        /// The plan id (see `touchstone session plans`)
        plan: String,
        /// The assessment to work on (id or prefix)
        #[arg(long)]
        assessment: String,
    },
    /// Reopen the facilitator's screen on a running session (after a closed terminal)
    Resume {
        /// The join code (or the session's id)
        code: String,
    },
    /// Join a running session as a participant
    Join {
        /// The join code the facilitator's screen shows
        code: String,
        /// Your name as others see it [default: your user name]
        #[arg(long)]
        name: Option<String>,
    },
    /// Sessions, newest first, with the join codes of running ones
    List,
    /// Write a session's minutes (agenda, votes, decisions, steps) as Markdown
    Minutes {
        /// The session's join code or id
        session: String,
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace the output file if it exists (its permissions are kept)
        #[arg(long, requires = "output")]
        force: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum RubricCommand {
    /// Validate rubric files; every problem is reported as FILE:LINE:COL
    Check {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Print a rubric: levels, standards, indicators, guidance and descriptors
    Show { id: String },
}

/// What commands share: the rubric registry, and the store opened on first use.
pub struct Context {
    pub db_path: PathBuf,
    pub registry: Registry,
    store: Option<Store>,
}

impl Context {
    pub fn new(cli: &Cli) -> Context {
        let mut dirs = vec![crate::paths::user_standards_dir()];
        dirs.extend(cli.standards.iter().cloned());
        let (registry, problems) = Registry::load(&dirs);
        for p in problems {
            eprintln!("warning: {p} (rubric skipped)");
        }
        Context {
            db_path: cli.db.clone().unwrap_or_else(crate::paths::default_db),
            registry,
            store: None,
        }
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
            .ok_or_else(|| crate::error::Error::failure("the database is not open"))
    }
}

pub fn run(cli: Cli) -> Result<()> {
    let mut ctx = Context::new(&cli);
    let options = crate::tui::Options {
        theme: cli.theme,
        ascii: cli.ascii,
        open: None,
        session: None,
        plan_dirs: vec![crate::paths::user_sessions_dir()],
    };
    let Some(command) = cli.command else {
        return screens(ctx, options);
    };
    match command {
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
        Command::Rubric(RubricCommand::Check { files }) => rubrics::check(&files),
        Command::Rubric(RubricCommand::Show { id }) => rubrics::show(&ctx, &id),
        Command::New {
            school,
            rubric,
            district,
            date,
            team,
            facilitator,
        } => assessments::new(
            &mut ctx,
            assessments::NewArgs {
                school,
                rubric,
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
            },
        ),
        Command::Demo { schools, seed, add } => {
            // Only a --db typed on this command line counts, not TOUCHSTONE_DB: demo data
            // never goes into the everyday database without asking.
            let from_env = std::env::var_os("TOUCHSTONE_DB").map(PathBuf::from);
            let typed = cli.db.is_some() && cli.db != from_env;
            demo(ctx, typed, schools, seed, add)
        }
        Command::History {
            school,
            district,
            json,
        } => trends::history(&mut ctx, &school, district.as_deref(), json),
        Command::Compare { a, b, json } => trends::compare(&mut ctx, &a, &b, json),
        Command::Serve(args) => {
            ctx.prepare_db_folder()?;
            crate::serve::cli(args, ctx.db_path, ctx.registry, cli.theme, cli.ascii)
        }
        Command::Session(SessionCommand::Plans) => sessions::plans(),
        Command::Session(SessionCommand::Check { files }) => sessions::check(&ctx, &files),
        Command::Session(SessionCommand::List) => sessions::list(&mut ctx),
        Command::Session(SessionCommand::Minutes {
            session,
            output,
            force,
        }) => sessions::write_minutes(&mut ctx, &session, output.as_deref(), force),
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
        Command::Session(SessionCommand::Start { plan, assessment }) => {
            let role = sessions::start(&mut ctx, &plan, &assessment)?;
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
        return Err(crate::error::Error::input(
            "the screens need a terminal; in scripts, use the commands (see `touchstone --help`)",
        ));
    }
    Ok(())
}

fn screens(mut ctx: Context, options: crate::tui::Options) -> Result<()> {
    require_terminal()?;
    ctx.store()?;
    let store = ctx
        .store
        .take()
        .ok_or_else(|| crate::error::Error::failure("the database is not open"))?;
    let app = crate::tui::App::new(store, ctx.registry, crate::assessment::actor(), options);
    crate::tui::run(app)
}

/// Fills the demo database (or, asked explicitly, the `--db` one) with a network.
fn demo(mut ctx: Context, db_given: bool, schools: usize, seed: u64, add: bool) -> Result<()> {
    if !db_given {
        // Never the user's own database without asking.
        ctx.db_path = crate::paths::data_dir().join("touchstone-demo.db");
    }
    if schools == 0 || schools > 100_000 {
        return Err(crate::error::Error::input(
            "--schools must be between 1 and 100000",
        ));
    }
    let entry = ctx
        .registry
        .latest("cs-site-2017")
        .cloned()
        .ok_or_else(|| crate::error::Error::failure("the bundled site rubric is missing"))?;
    let path = ctx.db_path.clone();
    let store = ctx.store()?;
    let existing = store.rubric_ids_in_use()?;
    let may_add = add && db_given;
    if !existing.is_empty() && !may_add {
        return Err(crate::error::Error::input(format!(
            "{} already has assessments; demo data goes into an empty database (or pass --db PATH --add)",
            path.display()
        )));
    }
    let summary = crate::demo::generate(store, &entry.rubric, &entry.text, schools, seed)?;
    output::print(&format!(
        "Made {} schools with {} assessments in {}\nOpen it: touchstone --db {}\n",
        summary.schools,
        summary.assessments,
        path.display(),
        path.display()
    ))
}
