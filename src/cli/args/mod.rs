//! The command line as clap parses it: the options, the commands and their help.

use super::{completions, rollup, settings, what_if};
use crate::exchange::report::Format;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use std::path::PathBuf;

mod session;
pub use session::{PrerateCommand, SessionCommand};

#[derive(Debug, Parser)]
#[command(
    name = "touchstone",
    version,
    about = "Self-assessment against the community school standards",
    long_about = "Touchstone walks a community school team through a standards rubric, stores every \
rating locally in SQLite, and computes the share of standards — and of schools — that are fully \
implemented.\n\nAssessment IDs may be shortened to any unique prefix of at least 4 characters.\n\n\
The options below apply to every command (`touchstone --db FILE list`).",
    after_help = EXAMPLES_TOP
)]
pub struct Cli {
    // These four may come before or after the command; `command()` keeps them out of
    // each command's help.
    /// The database file [default: `database` in the settings file, else the platform data folder, see `touchstone rubrics`]
    #[arg(long, global = true, env = "TOUCHSTONE_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// An extra folder of rubric files (repeatable); the user standards folder is always read
    #[arg(long = "standards", global = true, value_name = "DIR")]
    pub standards: Vec<PathBuf>,
    /// Colours of the screens [default: monochrome when NO_COLOR is set]
    #[arg(long, global = true, value_enum)]
    pub theme: Option<crate::tui::theme::ThemeName>,
    /// Draw the screens with plain ASCII, for terminals without Unicode
    #[arg(long, global = true)]
    pub ascii: bool,
    /// Plain mode: line by line, for screen readers and scripts (no cursor movement, boxes or colour)
    #[arg(long, global = true, env = "TOUCHSTONE_PLAIN", value_parser = plain_value)]
    pub plain: bool,
    /// The language of the screens and messages [default: TOUCHSTONE_LANG, the settings file, then LC_ALL/LC_MESSAGES/LANG]
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<crate::i18n::Lang>,
    /// Whether `--db` was typed on the command line (not only set by TOUCHSTONE_DB).
    #[arg(skip)]
    pub db_typed: bool,
    /// The language told by the arguments and the environment alone (`--help` and
    /// parse errors are in it; the settings file may choose another for the command).
    #[arg(skip)]
    pub early_lang: crate::i18n::Lang,
    #[command(subcommand)]
    pub command: Option<Command>,
}

const EXAMPLES_TOP: &str = "Examples:
  touchstone                                   open the screens
  touchstone demo                              a made-up network to try it on
  touchstone list
  touchstone --db team.db report 0190abcd --format md -o report.md
  touchstone completions bash > ~/.local/share/bash-completion/completions/touchstone";

/// The assessment an argument names: its id or a unique prefix (at least 4 characters).
const ID_HELP: &str =
    "The assessment: its id or a unique prefix of at least 4 characters (see `touchstone list`)";

impl Cli {
    /// The command line as parsed and shown. clap repeats a global option in every
    /// command's help; giving each command its own hidden copy stops that (clap does
    /// not replace a command's own argument), while `touchstone list --db X` still
    /// works and `touchstone --help` describes the four options once.
    pub fn command_once() -> clap::Command {
        let top = Cli::command();
        let globals: Vec<clap::Arg> = top
            .get_arguments()
            .filter(|a| a.is_global_set())
            .map(|a| a.clone().hide(true))
            .collect();
        fn hide_in(command: clap::Command, globals: &[clap::Arg]) -> clap::Command {
            command.mut_subcommands(|sub| {
                let sub = globals.iter().fold(sub, |sub, a| sub.arg(a.clone()));
                hide_in(sub, globals)
            })
        }
        hide_in(top, &globals)
    }

    /// Parses the process's arguments, noting whether `--db` came from the command line.
    pub fn parse_args() -> Cli {
        // The language first, so that `--help` is in it.
        let args: Vec<String> = std::env::args_os()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        let early = super::help::early_lang(&args);
        crate::i18n::scoped(early, || {
            let matches = super::help::translate(Cli::command_once())
                .try_get_matches()
                .unwrap_or_else(|e| exit_clap(e));
            let typed = matches.value_source("db") == Some(clap::parser::ValueSource::CommandLine);
            match Cli::from_arg_matches(&matches) {
                Ok(cli) => Cli {
                    db_typed: typed,
                    early_lang: early,
                    ..cli
                },
                Err(e) => exit_clap(e),
            }
        })
    }
}

/// `TOUCHSTONE_PLAIN` (and `--plain`'s own value): yes/no words as clap takes them
/// (`1`, `yes`, `on`, `true`; `0`, `no`, `off`, `false`, any case), and empty as not
/// set, as shells and POSIX treat an empty variable (`TOUCHSTONE_PLAIN=` broke every
/// command).
fn plain_value(value: &str) -> Result<bool, String> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(false);
    }
    match value.to_ascii_lowercase().as_str() {
        "y" | "yes" | "t" | "true" | "on" | "1" => Ok(true),
        "n" | "no" | "f" | "false" | "off" | "0" => Ok(false),
        _ => Err(crate::t!("cli-plain-not-yes-or-no")),
    }
}

/// Reports a command-line error and exits. clap quotes what was typed (a bad date, an
/// unknown subcommand), so an error is escaped like any terminal output; help and
/// version go out as clap writes them.
fn exit_clap(e: clap::Error) -> ! {
    if e.use_stderr() {
        eprint!("{}", crate::text::printable(&e.render().to_string()));
        std::process::exit(e.exit_code());
    }
    e.exit()
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the rubrics (bundled and user) and where user rubrics go
    Rubrics,
    /// Check or print rubric files
    #[command(subcommand)]
    Rubric(RubricCommand),
    /// Start a new assessment and print its id
    #[command(after_help = "Examples:
  touchstone new --school \"Lincoln Elementary\" --rubric cs-site-2017
  touchstone new --school Adams --district North --rubric cs-site-2017 --date 2026-09-15 --team \"Ana,Raj\"")]
    New {
        /// The school's name
        #[arg(long)]
        school: String,
        /// The rubric id (see `touchstone rubrics`); its highest version is used [default: `rubric` in the settings file]
        #[arg(long)]
        rubric: Option<String>,
        /// An older version of the rubric instead of the highest (to compare with earlier assessments on it)
        #[arg(long, value_name = "VERSION", requires = "rubric")]
        rubric_version: Option<String>,
        /// The school's district or network
        #[arg(long)]
        district: Option<String>,
        /// The assessment date, YYYY-MM-DD [default: today]
        #[arg(long, value_parser = crate::ops::date_arg)]
        date: Option<jiff::civil::Date>,
        /// Team members, comma separated
        #[arg(long, value_delimiter = ',')]
        team: Vec<String>,
        /// Who facilitates [default: `facilitator` in the settings file]
        #[arg(long)]
        facilitator: Option<String>,
    },
    /// Open the screens on one assessment
    Assess {
        #[arg(help = ID_HELP)]
        id: String,
    },
    /// List assessments with completion and % of standards fully implemented
    #[command(after_help = "Examples:
  touchstone list
  touchstone list --json | jq '.[] | select(.unrated > 0) | .school'")]
    List {
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Record a rating: LEVEL is a level key, its 1-based number, or na
    #[command(after_help = "Examples:
  touchstone rate 0190abcd cl-1 developing
  touchstone rate 0190abcd cl-2 3 --note \"Agendas are shared a week ahead\"
  touchstone rate 0190abcd fe-4 na")]
    Rate {
        #[arg(help = ID_HELP)]
        id: String,
        /// The indicator's id (see `touchstone rubric show RUBRIC`)
        indicator: String,
        /// A level key (e.g. developing), its number from 1, or na
        level: String,
        /// Set the indicator's note too
        #[arg(long)]
        note: Option<String>,
    },
    /// Print a report of one assessment
    #[command(after_help = "Examples:
  touchstone report 0190abcd
  touchstone report 0190abcd --format md -o lincoln.md
  touchstone report 0190abcd --format html -o lincoln.html --force")]
    Report {
        #[arg(help = ID_HELP)]
        id: String,
        /// What to write
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Write to this file instead of standard output
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace the output file if it exists (its permissions are kept)
        #[arg(long, requires = "output")]
        force: bool,
    },
    /// Submit an assessment: it then counts in the network's figures and is read-only
    /// until reopened
    #[command(after_help = "Examples:
  touchstone submit 0190abcd --by \"Ana Ruiz,Ben Okafor\"")]
    Submit {
        #[arg(help = ID_HELP)]
        id: String,
        /// Who submits it, comma-separated [default: you]
        #[arg(long, value_delimiter = ',', value_name = "NAMES")]
        by: Vec<String>,
    },
    /// Make a submitted assessment a draft again, to change it (logged)
    Reopen {
        #[arg(help = ID_HELP)]
        id: String,
    },
    /// Write an assessment as TOML (the exchange format)
    #[command(after_help = "Examples:
  touchstone export 0190abcd -o lincoln-2026.toml
  touchstone export 0190abcd > lincoln-2026.toml")]
    Export {
        #[arg(help = ID_HELP)]
        id: String,
        /// Write to this file instead of standard output
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace the output file if it exists (its permissions are kept)
        #[arg(long, requires = "output")]
        force: bool,
    },
    /// Import exported assessments (files or folders); all are checked before any is written
    #[command(after_help = "Examples:
  touchstone import lincoln-2026.toml
  touchstone import exports/                 every .toml file in the folder and below
  touchstone import --replace lincoln-2026.toml")]
    Import {
        /// Exported TOML files, or folders searched for them
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
    #[command(after_help = "Examples:
  touchstone rollup
  touchstone rollup --by district --as-of 2026-06-30
  touchstone rollup --trend year --format csv > trend.csv
  touchstone rollup exports/ --include-db
  touchstone rollup --standard-threshold 80% --school-threshold 0.9   # what if")]
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
        #[arg(long, value_name = "DATE", value_parser = crate::ops::date_arg)]
        as_of: Option<jiff::civil::Date>,
        /// The network figures at the end of each year or quarter
        #[arg(long, value_enum)]
        trend: Option<rollup::Period>,
        /// Print JSON (same as --format json)
        #[arg(long, conflicts_with = "format")]
        json: bool,
        /// text, json, csv or html (the board report)
        #[arg(long, value_enum, default_value = "text")]
        format: rollup::Output,
        /// What if: a standard counts as fully implemented at this share of its applicable indicators at the full level (0.8 or 80%); the output is labelled "what if"
        #[arg(long, value_name = "SHARE", value_parser = what_if::share_arg)]
        standard_threshold: Option<f64>,
        /// What if: a school counts as fully implementing at this share of its applicable standards (0.8 or 80%); the output is labelled "what if"
        #[arg(long, value_name = "SHARE", value_parser = what_if::share_arg)]
        school_threshold: Option<f64>,
        /// Count each school's latest assessment even if it is a draft (by default,
        /// its latest submitted one)
        #[arg(long)]
        include_drafts: bool,
        /// Equitable impact: the baseline school year (2022-23 or 2023) [default: each school's earliest year with outcome data]
        #[arg(long, value_name = "YEAR", value_parser = super::outcomes::school_year_arg)]
        impact_baseline: Option<crate::outcomes::model::SchoolYear>,
        /// Equitable impact: the school year judged [default: each school's latest year with outcome data]
        #[arg(long, value_name = "YEAR", value_parser = super::outcomes::school_year_arg)]
        impact_year: Option<crate::outcomes::model::SchoolYear>,
        /// Equitable impact: how many points a group may fall back
        #[arg(long, value_name = "POINTS", default_value_t = 1.0, value_parser = super::outcomes::tolerance_arg)]
        impact_tolerance: f64,
        /// What if: a school demonstrates equitable impact when it meets this share of the indicators it has enough data for (0.5 or 50%); the output is labelled "what if"
        #[arg(long, value_name = "SHARE", default_value_t = 0.5, value_parser = what_if::share_arg)]
        impact_share: f64,
        /// What if: the fewest indicators with enough data for a verdict, 1 to 3; the output is labelled "what if"
        #[arg(long, value_name = "N", default_value_t = 2, value_parser = super::outcomes::min_indicators_arg)]
        impact_min_indicators: usize,
        /// The smallest student group counted and shown, 10 to 30
        #[arg(long, value_name = "N", default_value_t = 10, value_parser = super::outcomes::min_n_arg)]
        min_n: u64,
        /// Write to this file instead of standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// With --output: replace an existing file
        #[arg(long, requires = "output")]
        force: bool,
    },
    /// Fill a separate demo database with a made-up network, to try Touchstone
    #[command(after_help = "Examples:
  touchstone demo
  touchstone --db /tmp/try.db demo --schools 200 --seed 7")]
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
    /// Each assessment of one school over time, with its figures and ids
    #[command(after_help = "Examples:
  touchstone history --school \"Lincoln Elementary\"
  touchstone history --school linc            any case; a unique beginning is enough
  touchstone history --school adams --district north --json")]
    History {
        /// The school's name, in any case, or the beginning of one school's name
        #[arg(long)]
        school: String,
        /// The school's district, when names repeat across districts
        #[arg(long)]
        district: Option<String>,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Schools with their state or NCES codes: list them, set a code, match a roster
    #[command(after_help = "Examples:
  touchstone schools
  touchstone schools code \"Lincoln Elementary\" --district North 060000100001
  touchstone schools match roster.csv          columns school, district, school_code")]
    Schools {
        #[command(subcommand)]
        command: Option<SchoolsCommand>,
    },
    /// Outcome data per school, school year and student group (CSV as districts export it)
    #[command(subcommand)]
    Outcomes(OutcomesCommand),
    /// Targets for the three headline measures, for the network or a district, per year
    #[command(after_help = "Examples:
  touchstone targets
  touchstone targets set community_schools 120 --year 2026
  touchstone targets set fully_implementing 60% --year 2026 --district North
  touchstone targets clear equitable_impact --year 2026")]
    Targets {
        #[command(subcommand)]
        command: Option<TargetsCommand>,
    },
    /// Serve the screens over SSH: the team joins with `ssh -p 2222 NAME@HOST`
    Serve(crate::serve::ServeArgs),
    /// Show where the settings file is and check it (`settings path`, `settings check`)
    Settings {
        #[command(subcommand)]
        command: Option<settings::SettingsCommand>,
    },
    /// Changes between two assessments, per standard and per indicator
    #[command(after_help = "Examples:
  touchstone history --school lincoln         shows the ids to compare
  touchstone compare 0190abcd 01a2ef01")]
    Compare {
        /// The earlier assessment (id or unique prefix)
        a: String,
        /// The later assessment (id or unique prefix)
        b: String,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Check the database: recount every assessment's stored figures from its ratings
    #[command(subcommand)]
    Db(DbCommand),
    /// Print a shell's completion script (install steps: see the README)
    #[command(after_help = "Examples:
  touchstone completions bash > ~/.local/share/bash-completion/completions/touchstone
  touchstone completions zsh > ~/.zfunc/_touchstone
  touchstone completions fish > ~/.config/fish/completions/touchstone.fish")]
    Completions {
        /// The shell to complete for
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `touchstone man | man -l -`
    Man,
    /// For completion scripts: the assessment, rubric or plan ids, one a line
    #[command(name = "__complete", hide = true)]
    Complete {
        /// What to list
        #[arg(value_enum)]
        kind: completions::Kind,
    },
}

#[derive(Debug, Subcommand)]
pub enum OutcomesCommand {
    /// Import outcome rows from CSV; every row is checked first and any problem means
    /// nothing is written
    #[command(after_help = "Examples:
  touchstone outcomes import attendance-2025.csv
  touchstone outcomes import growth.csv --replace    figures that differ from those stored")]
    Import {
        /// The CSV file (its columns: see the README, Outcome data)
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Overwrite stored rows the file gives other figures
        #[arg(long)]
        replace: bool,
    },
    /// Write every outcome row as CSV, in the columns import reads; every figure of a
    /// group smaller than --min-n students is written as suppressed (*)
    #[command(after_help = "Examples:
  touchstone outcomes export -o outcomes.csv
  touchstone outcomes export --min-n 20 > outcomes.csv")]
    Export {
        /// The smallest group whose figures are shown, 10 to 30 students
        #[arg(long, value_name = "N", default_value_t = 10, value_parser = super::outcomes::min_n_arg)]
        min_n: u64,
        /// Write to this file instead of standard output
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace the output file if it exists (its permissions are kept)
        #[arg(long, requires = "output")]
        force: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum TargetsCommand {
    /// Every target with its measure, district and year
    List {
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Set a target (replacing one for the same measure, district and year)
    Set {
        /// community_schools, fully_implementing or equitable_impact
        #[arg(value_enum, hide_possible_values = true)]
        measure: super::targets::MeasureArg,
        /// A number of community schools, or a percentage (60% or 0.6)
        value: String,
        /// The year the target is for (2026; a school year 2025-26 is its end year)
        #[arg(long, value_parser = super::targets::year_arg)]
        year: i32,
        /// For this district only [default: the whole network]
        #[arg(long)]
        district: Option<String>,
    },
    /// Remove a target
    Clear {
        /// community_schools, fully_implementing or equitable_impact
        #[arg(value_enum, hide_possible_values = true)]
        measure: super::targets::MeasureArg,
        /// The year of the target
        #[arg(long, value_parser = super::targets::year_arg)]
        year: i32,
        /// The district of the target [default: the whole network]
        #[arg(long)]
        district: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum SchoolsCommand {
    /// Every school with its district, code and number of assessments
    List {
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Give a school its code (state or NCES id), or clear it
    #[command(after_help = "Examples:
  touchstone schools code \"Lincoln Elementary\" 060000100001
  touchstone schools code adams --district south CA-0611
  touchstone schools code adams --district south --clear")]
    Code {
        /// The school's name, in any case, or the beginning of one school's name
        school: String,
        /// The code: letters, digits and - . _ / (leading zeros are kept)
        #[arg(required_unless_present = "clear")]
        code: Option<String>,
        /// The school's district, when names repeat across districts
        #[arg(long)]
        district: Option<String>,
        /// Remove the school's code
        #[arg(long, conflicts_with = "code")]
        clear: bool,
    },
    /// Set codes from a CSV roster (school, district, school_code), matched by exact
    /// name and district in any case; rows naming no school here are listed
    #[command(after_help = "Examples:
  touchstone schools match roster.csv
  touchstone schools match roster.csv --replace     change codes that differ")]
    Match {
        /// The roster (CSV with a header row)
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Change a school's code when the roster gives another one
        #[arg(long)]
        replace: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Recount every assessment's figures from its ratings and report any that differ
    /// (exit 1); with --repair, rebuild them (exit 0)
    #[command(after_help = "Examples:
  touchstone db check
  touchstone db check --repair")]
    Check {
        /// Rebuild the figures that differ from the recount
        #[arg(long)]
        repair: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum RubricCommand {
    /// Validate rubric and rubric translation files; every problem is reported as FILE:LINE:COL
    Check {
        /// Rubric files and rubric translation files (TOML)
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Print a rubric: levels, standards, indicators, guidance and descriptors
    Show {
        /// The rubric's id (see `touchstone rubrics`)
        id: String,
    },
}

#[cfg(test)]
mod plain_tests {
    use super::plain_value;

    #[test]
    fn an_empty_plain_value_is_not_set() {
        assert_eq!(plain_value(""), Ok(false));
        assert_eq!(plain_value("  "), Ok(false));
        assert_eq!(plain_value("1"), Ok(true));
        assert_eq!(plain_value("On"), Ok(true));
        assert_eq!(plain_value("no"), Ok(false));
        assert!(plain_value("maybe").is_err());
    }
}
