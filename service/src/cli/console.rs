//! Writing a program's output to the real stdout/stderr as it runs.
//!
//! The interpreter calls the [`OutputSink`] for every chunk it writes and
//! also keeps the text in the [`Outcome`]. [`Console`] writes the chunks
//! straight through (stdout buffered when it is not a terminal, as CPython
//! does) and counts them, so that [`Console::finish`] can print whatever the
//! sink did not see: an interpreter that never calls the sink, or a
//! traceback appended to `stderr` after the run, still reaches the user once.

use std::io::{IsTerminal, Write};
use std::sync::{Arc, Mutex, MutexGuard};

use kaa_interp::api::{Outcome, OutputSink, Stream};

struct ConsoleState {
    stdout: std::io::BufWriter<std::io::Stdout>,
    flush_each_write: bool,
    stdout_seen: usize,
    stderr_seen: usize,
}

/// The process's stdout/stderr, shared between the sink and the caller.
#[derive(Clone)]
pub struct Console {
    state: Arc<Mutex<ConsoleState>>,
}

impl Default for Console {
    fn default() -> Self {
        Self::new()
    }
}

impl Console {
    /// A console on the process's own streams.
    pub fn new() -> Self {
        let stdout = std::io::stdout();
        let flush_each_write = stdout.is_terminal();
        Console {
            state: Arc::new(Mutex::new(ConsoleState {
                stdout: std::io::BufWriter::with_capacity(64 * 1024, stdout),
                flush_each_write,
                stdout_seen: 0,
                stderr_seen: 0,
            })),
        }
    }

    fn lock(&self) -> MutexGuard<'_, ConsoleState> {
        // A poisoned lock only means a panic elsewhere mid-write; the
        // buffered text is still fine to use.
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A sink for `Config::output_sink` that writes through this console.
    pub fn sink(&self) -> OutputSink {
        let console = self.clone();
        Box::new(move |stream, text| console.write(stream, text))
    }

    /// Writes one chunk now (errors such as a closed pipe are ignored, as the
    /// interpreter has no way to hear about them).
    pub fn write(&self, stream: Stream, text: &str) {
        let mut state = self.lock();
        match stream {
            Stream::Stdout => {
                state.stdout_seen += text.len();
                let _ = state.stdout.write_all(text.as_bytes());
                if state.flush_each_write {
                    let _ = state.stdout.flush();
                }
            }
            Stream::Stderr => {
                state.stderr_seen += text.len();
                // Keep the order the program wrote in.
                let _ = state.stdout.flush();
                let _ = std::io::stderr().write_all(text.as_bytes());
            }
        }
    }

    /// Prints the part of the outcome's output that was not streamed, then
    /// flushes, and resets the counters for the next run (REPL cells).
    pub fn finish(&self, outcome: &Outcome) {
        let (out_rest, err_rest) = {
            let state = self.lock();
            (
                unseen(&outcome.stdout, state.stdout_seen).to_string(),
                unseen(&outcome.stderr, state.stderr_seen).to_string(),
            )
        };
        if !out_rest.is_empty() {
            self.write(Stream::Stdout, &out_rest);
        }
        if !err_rest.is_empty() {
            self.write(Stream::Stderr, &err_rest);
        }
        let mut state = self.lock();
        let _ = state.stdout.flush();
        state.stdout_seen = 0;
        state.stderr_seen = 0;
    }

    /// Flushes stdout (before a prompt is shown, say).
    pub fn flush(&self) {
        let _ = self.lock().stdout.flush();
    }
}

/// The suffix of `full` after the first `seen` bytes (all of it when `seen`
/// does not fall on a character boundary, which would mean the counts drifted).
fn unseen(full: &str, seen: usize) -> &str {
    full.get(seen..).unwrap_or("")
}
