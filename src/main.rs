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
                let n = problems.len();
                eprintln!("error: {n} problem{} found", if n == 1 { "" } else { "s" });
            }
            // Messages can quote what people typed: escaped like any terminal output.
            _ => eprintln!("error: {}", touchstone::text::printable(&e.to_string())),
        }
        std::process::exit(e.exit_code());
    }
}
