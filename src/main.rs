//! Entry point: parse arguments, run the command, exit with its status (the command
//! reports its own failure, in its language: `cli::main`).

use touchstone::cli::{Cli, main as run};

fn main() {
    let status = run(Cli::parse_args());
    if status != 0 {
        std::process::exit(status);
    }
}
