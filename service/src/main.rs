//! The `kaa` binary: the command line (GUIDE §2) and the HTTP service
//! (GUIDE §4) over the kaa-interp embedding API.

mod cli;
mod exec;
mod fault;
mod metrics;
mod server;
mod worker;

use std::io::IsTerminal;

use clap::Parser;

use cli::args::{Cli, Command};
use cli::inspect::{inspect, View};

fn main() {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // clap prints help/version to stdout (exit 0) and usage errors
            // to stderr (exit 2).
            let _ = e.print();
            std::process::exit(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let code = match cli.command {
        Some(Command::Run(args)) => cli::run::run(args),
        Some(Command::Repl(args)) => cli::repl::repl(args),
        Some(Command::Tokens(f)) => inspect(&f.file, View::Tokens),
        Some(Command::Ast(f)) => inspect(&f.file, View::Ast),
        Some(Command::Dis(f)) => inspect(&f.file, View::Dis),
        Some(Command::Serve(args)) => server::serve_main(&args),
        Some(Command::Worker(args)) => worker::worker_main(args),
        None if std::io::stdin().is_terminal() => cli::repl::repl(Default::default()),
        None => cli::run::run_stdin_program(),
    };
    std::process::exit(code);
}
