//! `kaa repl`: python3's interactive prompt over a [`Session`].
//!
//! Lines are collected into a cell until it is a complete statement
//! ([`Session::needs_more_input`]); inside a block a blank line ends the
//! block. Each cell runs with [`Session::run_cell`]; a traceback is printed
//! and the prompt comes back. EOF (Ctrl-D) ends the session, Ctrl-C drops
//! the cell being typed.

use std::io::{BufRead, IsTerminal, Write};

use kaa_interp::api::{Config, Limits, Session};

use super::args::ReplArgs;
use super::console::Console;

const PRIMARY: &str = ">>> ";
const CONTINUATION: &str = "... ";

/// What reading one line gave.
enum Line {
    Text(String),
    Interrupted,
    Eof,
}

/// A source of lines: rustyline on a terminal, plain stdin otherwise.
trait LineReader {
    fn read(&mut self, prompt: &str) -> Line;
}

struct PlainReader {
    stdin: std::io::StdinLock<'static>,
}

impl LineReader for PlainReader {
    fn read(&mut self, prompt: &str) -> Line {
        // Prompts go to stderr when stdin is not a terminal, as python3 -i does.
        let mut err = std::io::stderr();
        let _ = err.write_all(prompt.as_bytes());
        let _ = err.flush();
        let mut line = String::new();
        match self.stdin.read_line(&mut line) {
            Ok(0) | Err(_) => Line::Eof,
            Ok(_) => {
                let trimmed = line.trim_end_matches(['\n', '\r']).len();
                line.truncate(trimmed);
                Line::Text(line)
            }
        }
    }
}

struct EditorReader {
    editor: rustyline::DefaultEditor,
}

impl LineReader for EditorReader {
    fn read(&mut self, prompt: &str) -> Line {
        match self.editor.readline(prompt) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = self.editor.add_history_entry(line.as_str());
                }
                Line::Text(line)
            }
            Err(rustyline::error::ReadlineError::Interrupted) => Line::Interrupted,
            Err(_) => Line::Eof,
        }
    }
}

fn line_reader() -> Box<dyn LineReader> {
    if std::io::stdin().is_terminal() {
        if let Ok(editor) = rustyline::DefaultEditor::new() {
            return Box::new(EditorReader { editor });
        }
    }
    Box::new(PlainReader {
        stdin: std::io::stdin().lock(),
    })
}

/// Runs the interactive prompt until EOF; returns the exit status (0).
pub fn repl(args: ReplArgs) -> i32 {
    let console = Console::new();
    let config = Config {
        limits: args.limits.over(Limits::unlimited()),
        filename: "<stdin>".to_string(),
        argv: vec![String::new()],
        output_sink: Some(console.sink()),
        ..Config::default()
    };
    let mut session = Session::new(config);
    let mut reader = line_reader();
    if std::io::stdin().is_terminal() {
        eprintln!(
            "Kaa {} (Python 3.4 language)\nType Ctrl-D to exit.",
            env!("CARGO_PKG_VERSION")
        );
    }
    let mut cell = String::new();
    loop {
        console.flush();
        let prompt = if cell.is_empty() {
            PRIMARY
        } else {
            CONTINUATION
        };
        let line = match reader.read(prompt) {
            Line::Text(line) => line,
            Line::Interrupted => {
                eprintln!("KeyboardInterrupt");
                cell.clear();
                continue;
            }
            Line::Eof => {
                if !cell.is_empty() {
                    run_cell(&mut session, &console, &cell);
                }
                if std::io::stdin().is_terminal() {
                    eprintln!();
                }
                return 0;
            }
        };
        if cell.is_empty() && line.trim().is_empty() {
            continue;
        }
        let ends_block = !cell.is_empty() && line.trim().is_empty();
        cell.push_str(&line);
        cell.push('\n');
        if ends_block || !Session::needs_more_input(&cell) {
            run_cell(&mut session, &console, &cell);
            cell.clear();
        }
    }
}

fn run_cell(session: &mut Session, console: &Console, cell: &str) {
    let outcome = session.run_cell(cell);
    console.finish(&outcome);
}
