//! Entry point: parse arguments, run the command, report errors with the right exit
//! status.

use touchstone::cli::{Cli, run};
use touchstone::error::Error;

fn main() {
    let cli = Cli::parse_args();
    if let Err(e) = run(cli) {
        match &e {
            Error::Invalid(problems) => {
                for line in touchstone::diag::capped_lines(problems, 100) {
                    eprintln!("{line}");
                }
                eprintln!(
                    "{}",
                    touchstone::t!("cli-problems-found", count = problems.len())
                );
            }
            // Messages can quote what people typed: escaped like any terminal output.
            _ => eprintln!(
                "{}",
                touchstone::t!(
                    "cli-error",
                    message = touchstone::text::printable(&e.to_string())
                )
            ),
        }
        std::process::exit(e.exit_code());
    }
}
