//! The command line, as clap sees it (GUIDE §2).

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use super::limits::LimitArgs;
use crate::server::config::ServeArgs;
use crate::worker::WorkerArgs;

/// Kaa: a sandboxed Python 3.4 interpreter and evaluation service.
#[derive(Parser, Debug)]
#[command(name = "kaa", version, about)]
pub struct Cli {
    /// What to do; without one, `kaa` starts the REPL on a terminal and runs
    /// standard input as a program otherwise.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run a program: `kaa run FILE [ARGS...]`, `kaa run - [ARGS...]` (program on
    /// stdin) or `kaa run -c CODE [ARGS...]`.
    Run(RunArgs),
    /// Interactive prompt (`>>>`, `...`).
    Repl(ReplArgs),
    /// Print the token stream of a file, one token per line.
    Tokens(FileArg),
    /// Print `ast.dump(ast.parse(source))` as CPython 3.4 does.
    Ast(FileArg),
    /// Print the bytecode listing of a file.
    Dis(FileArg),
    /// Run the HTTP evaluation service.
    Serve(Box<ServeArgs>),
    /// Internal: an isolated evaluation worker speaking the framed protocol
    /// on stdin/stdout (started by `kaa serve`).
    #[command(hide = true)]
    Worker(WorkerArgs),
}

/// Arguments of `kaa run`.
#[derive(clap::Args, Debug)]
pub struct RunArgs {
    /// Program text to run instead of a file (`sys.argv[0]` is `-c`).
    #[arg(short = 'c', value_name = "CODE")]
    pub code: Option<String>,
    /// `FILE [ARGS...]` (`-` reads the program from stdin), or with `-c` just
    /// `ARGS...`: the file is
    /// `sys.argv[0]`, the rest `sys.argv[1:]`.
    #[arg(
        value_name = "FILE] [ARGS",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    pub rest: Vec<String>,
    /// Resource limits (unlimited unless given, recursion 1000).
    #[command(flatten)]
    pub limits: LimitArgs,
}

/// Arguments of `kaa repl`.
#[derive(clap::Args, Debug, Default)]
pub struct ReplArgs {
    /// Per-cell resource limits (unlimited unless given, recursion 1000).
    #[command(flatten)]
    pub limits: LimitArgs,
}

/// A single source file argument.
#[derive(clap::Args, Debug)]
pub struct FileArg {
    /// The Python source file.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}
