//! The `session` commands as clap parses them: plans, starting, joining, watching,
//! the minutes, and silent pre-rating (`session prerate`).

use clap::Subcommand;
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum SessionCommand {
    /// List session plans (bundled and user) and where user plans go
    Plans,
    /// Print a plan in full: pre-work, roles, materials, access, voting without a device, glossary and the agenda with its prompts
    Show {
        /// The plan id (see `touchstone session plans`)
        plan: String,
    },
    /// Validate session plan files; every problem is reported as FILE:LINE:COL
    Check {
        /// Session plan files (TOML)
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Start a session on an assessment and open the facilitator's screen
    #[command(after_help = "Examples:
  touchstone session plans
  touchstone session start baseline-check --assessment 0190abcd")]
    Start {
        /// The plan id (see `touchstone session plans`)
        plan: String,
        /// The assessment to work on (id or prefix)
        #[arg(long)]
        assessment: String,
        /// The team agreed that votes are not private: the minutes may then name
        /// who voted what (`session minutes --named`)
        #[arg(long)]
        open_voting: bool,
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
    /// Follow a session read-only on its wall screen (for the projector); waits on the
    /// list until one is running, and goes back to it when the session ends
    Watch {
        /// The join code (or the session's id), or an assessment's id to follow its
        /// sessions [default: any running session]
        code: Option<String>,
    },
    /// Silent pre-rating: members rate alone before the meeting, and the plan's
    /// `only = "disagreement"` segments bring up only where they disagree
    #[command(subcommand)]
    Prerate(PrerateCommand),
    /// Print a pre-rating sheet and a ballot to fill in by hand (printable HTML)
    #[command(after_help = "Examples:
  touchstone session sheet baseline-check -o sheet.html
  touchstone --lang es session sheet K7MPQ2 --bilingual -o hoja.html")]
    Sheet {
        /// A plan id (its rubric's newest version) or a pre-rating code (its
        /// assessment, school and code)
        plan_or_code: String,
        /// Every rubric text in English and Spanish, the reader's language first
        #[arg(long)]
        bilingual: bool,
        /// Write to this file instead of standard output
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace the output file if it exists (its permissions are kept)
        #[arg(long, requires = "output")]
        force: bool,
    },
    /// Running sessions, newest first, with their join codes
    List {
        /// Ended and imported sessions too
        #[arg(long)]
        all: bool,
    },
    /// Write a session's minutes (agenda, votes, decisions, steps) as Markdown
    Minutes {
        /// The session's join code or id
        session: String,
        /// Write to this file instead of standard output
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace the output file if it exists (its permissions are kept)
        #[arg(long, requires = "output")]
        force: bool,
        /// Name who voted what; only for a session whose team agreed to open voting
        #[arg(long)]
        named: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum PrerateCommand {
    /// Open a session for pre-rating and print the code members rate with
    #[command(after_help = "Examples:
  touchstone session prerate open --assessment 0190abcd
  touchstone session prerate rate K7MPQ2 --name Ana cl-1 2
  touchstone session prerate close K7MPQ2 --record-agreed
  touchstone session resume K7MPQ2")]
    Open {
        /// The assessment to pre-rate (id or prefix)
        #[arg(long)]
        assessment: String,
        /// The plan the room will follow once pre-rating closes
        #[arg(long, default_value = "full-self-assessment")]
        plan: String,
        /// The team agreed that votes are not private (see `session start`)
        #[arg(long)]
        open_voting: bool,
    },
    /// Record (or change) your pre-rating of one indicator; nobody else sees it
    /// before the reveal
    Rate {
        /// The pre-rating code
        code: String,
        /// The indicator's id (see `touchstone rubric show RUBRIC`)
        indicator: String,
        /// A level key (e.g. developing), its number from 1, or na
        level: String,
        /// Your name as others see it [default: your user name]
        #[arg(long)]
        name: Option<String>,
        /// The evidence behind it
        #[arg(long)]
        comment: Option<String>,
    },
    /// Enter a member's whole paper sheet at once, or a stack of sheets from a CSV
    /// file: every rating is checked first, and nothing is written unless all are right
    #[command(after_help = "Examples:
  touchstone session prerate enter K7MPQ2 --name Ana \"cl-1=3 cl-2=na pl-1=emerging\"
  touchstone session prerate enter K7MPQ2 --name Bo cl-1=2 cl-2=2
  touchstone session prerate enter K7MPQ2 --csv sheets.csv   (columns: name, indicator, level, comment)")]
    Enter {
        /// The pre-rating code
        code: String,
        /// INDICATOR=LEVEL pairs, separated by spaces (LEVEL: its number from 1, its key, or na)
        #[arg(
            required_unless_present = "csv",
            conflicts_with = "csv",
            value_name = "INDICATOR=LEVEL"
        )]
        pairs: Vec<String>,
        /// The member whose sheet it is
        #[arg(long, required_unless_present = "csv", conflicts_with = "csv")]
        name: Option<String>,
        /// A stack of sheets: a CSV file with the columns name, indicator, level, comment
        #[arg(long, value_name = "FILE")]
        csv: Option<std::path::PathBuf>,
    },
    /// Your own pre-ratings so far
    Mine {
        /// The pre-rating code
        code: String,
        /// Your name [default: your user name]
        #[arg(long)]
        name: Option<String>,
    },
    /// Who has pre-rated how many indicators (never their levels)
    Status {
        /// The pre-rating code
        code: String,
    },
    /// Close pre-rating: the session is then run with `session resume CODE`
    Close {
        /// The pre-rating code
        code: String,
        /// Record the level the pre-ratings agree on for every indicator that agrees
        #[arg(long)]
        record_agreed: bool,
    },
}
