//! Running a case through `kaa_interp::api` in this process, isolated in its
//! own thread with a panic catch and a timeout, so one bad case cannot stop
//! the suite.

use crate::case::Case;
use crate::observed::Observed;
use kaa_interp::api::{CancelHandle, Config, Interpreter, Limits, Outcome, Status};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

/// Wall-clock limit the interpreter enforces itself.
pub const WALL_LIMIT: Duration = Duration::from_secs(10);
/// How long the runner waits for a case thread before giving up on it.
pub const HARD_TIMEOUT: Duration = Duration::from_secs(20);

/// The limits every case runs with: generous but finite.
pub fn case_limits() -> Limits {
    Limits {
        instructions: Some(5_000_000_000),
        wall_time: Some(WALL_LIMIT),
        memory_bytes: Some(256 << 20),
        recursion_depth: 1000,
        max_recursion_depth: kaa_interp::api::DEFAULT_MAX_RECURSION_DEPTH,
        output_bytes: Some(16 << 20),
    }
}

/// The text after `Type: ` in the last traceback line, from `str(e)`:
/// they are the same except for syntax errors, whose `str()` appends
/// ` (file, line N)` while the traceback shows that location above.
pub fn last_line_message(type_name: &str, message: &str) -> String {
    let syntax = matches!(type_name, "SyntaxError" | "IndentationError" | "TabError");
    if syntax && message.ends_with(')') {
        if let Some(i) = message.rfind(" (") {
            let tail = &message[i + 2..message.len() - 1];
            if let Some((_, line)) = tail.rsplit_once(", line ") {
                if !line.is_empty() && line.bytes().all(|b| b.is_ascii_digit()) {
                    return message[..i].to_string();
                }
            }
        }
    }
    message.to_string()
}

/// Turns an interpreter outcome into the comparable form. A `SystemExit`
/// is not an error for comparison: CPython prints no traceback for it.
pub fn observe(outcome: &Outcome) -> Observed {
    let (error_type, error_message) = match &outcome.error {
        Some(e) if e.type_name != "SystemExit" => (
            Some(e.type_name.clone()),
            Some(last_line_message(&e.type_name, &e.message)),
        ),
        _ => (None, None),
    };
    let (error_type, error_message) = match (outcome.status, error_type) {
        (
            Status::TimeLimit(_) | Status::MemoryLimit | Status::OutputLimit | Status::Cancelled,
            None,
        ) => (Some(format!("<{:?}>", outcome.status)), Some(String::new())),
        (_, t) => (t, error_message),
    };
    Observed {
        stdout: outcome.stdout.clone(),
        exit_code: Some(outcome.exit_code),
        ok: outcome.exit_code == 0,
        error_type,
        error_message,
        stderr: Some(outcome.stderr.clone()),
    }
}

fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
    }
}

/// Runs one case in-process; `Err` carries why no outcome was produced
/// (a panic or a hang).
pub fn run_case(case: &Case) -> Result<Observed, String> {
    let cancel = CancelHandle::default();
    let config = Config {
        limits: case_limits(),
        stdin: case.stdin.clone(),
        filename: case.filename(),
        argv: vec![case.filename()],
        cancel: cancel.clone(),
        ..Config::default()
    };
    let source = case.source.clone();
    let (tx, rx) = mpsc::channel();
    let spawned = thread::Builder::new()
        .name(format!("case {}", case.key()))
        .stack_size(8 << 20)
        .spawn(move || {
            let r = catch_unwind(AssertUnwindSafe(|| Interpreter::new(config).run(&source)));
            let _ = tx.send(r.map_err(|p| panic_text(p.as_ref())));
        });
    if let Err(e) = spawned {
        return Err(format!("could not start a thread: {e}"));
    }
    match rx.recv_timeout(HARD_TIMEOUT) {
        Ok(Ok(outcome)) => Ok(observe(&outcome)),
        Ok(Err(p)) => Err(format!("panicked: {}", crate::observed::clip(&p, 100))),
        Err(mpsc::RecvTimeoutError::Timeout) => {
            cancel.cancel();
            // Give it a moment to notice; if it does not, the thread is
            // abandoned (it holds no locks the suite needs).
            match rx.recv_timeout(Duration::from_secs(2)) {
                Ok(Ok(outcome)) => Ok(observe(&outcome)),
                _ => Err(format!(
                    "timed out after {} s (the interpreter ignored its limits)",
                    HARD_TIMEOUT.as_secs()
                )),
            }
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => Err("case thread died".to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::last_line_message;

    #[test]
    fn syntax_error_location_is_dropped() {
        assert_eq!(
            last_line_message("SyntaxError", "invalid syntax (<string>, line 1)"),
            "invalid syntax"
        );
        assert_eq!(
            last_line_message("SyntaxError", "invalid syntax"),
            "invalid syntax"
        );
        assert_eq!(
            last_line_message("ValueError", "x (a, line 1)"),
            "x (a, line 1)"
        );
    }
}
