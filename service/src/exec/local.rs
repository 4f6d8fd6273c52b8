//! Running a [`Job`] on the current thread: the code both the worker
//! process and the in-process thread pool execute.

use std::sync::{Arc, Mutex};

use kaa_interp::api::{CancelHandle, Config, Interpreter, OutputSink};

use super::wire::{Job, RunOutcome, RunStatus, StreamKind};

/// A program made ready to run on many inputs.
///
/// The embedding API has no compile-once entry point yet
/// (`Interpreter::run` takes source text), so today this keeps the text and
/// each run compiles it again. When kaa-interp exposes a shareable code
/// object, only this type changes: `new` compiles, `run` executes the code
/// object, and batches then compile once per job.
pub struct PreparedProgram<'a> {
    source: &'a str,
    filename: &'a str,
}

impl<'a> PreparedProgram<'a> {
    /// Prepares `source` for running.
    pub fn new(source: &'a str, filename: &'a str) -> Self {
        PreparedProgram { source, filename }
    }

    /// Runs the program once with `stdin`, on the calling thread: callers
    /// run on threads with [`kaa_interp::api::EVAL_STACK_SIZE`] of stack
    /// (the worker's job thread, the server's runtime threads in thread
    /// mode), so no hand-off to a helper thread is needed.
    pub fn run(
        &self,
        job: &Job,
        stdin: &str,
        cancel: &CancelHandle,
        sink: OutputSink,
    ) -> kaa_interp::api::Outcome {
        let config = Config {
            limits: job.limits.into(),
            stdin: stdin.to_string(),
            filename: self.filename.to_string(),
            argv: vec![self.filename.to_string()],
            output_sink: Some(sink),
            cancel: cancel.clone(),
            ..Config::default()
        };
        Interpreter::new(config).run_here(self.source)
    }
}

/// Receives output chunks of a streaming job as they are written.
pub type OutputForward = Arc<dyn Fn(StreamKind, &str) + Send + Sync>;

/// Runs every case of `job` in order.
///
/// `forward` receives output chunks as they are written when the job
/// streams; `case_done` receives each case's outcome. A cancelled job
/// reports its remaining cases as cancelled without running them.
pub fn run_job(
    job: &Job,
    cancel: &CancelHandle,
    forward: Option<OutputForward>,
    mut case_done: impl FnMut(usize, RunOutcome),
) {
    let program = PreparedProgram::new(&job.source, &job.filename);
    for (index, stdin) in job.cases.iter().enumerate() {
        if cancel.is_cancelled() {
            case_done(
                index,
                RunOutcome::aborted(
                    RunStatus::Cancelled,
                    Default::default(),
                    String::new(),
                    String::new(),
                ),
            );
            continue;
        }
        let note = crate::fault::before_case(&job.source);
        // (stream of the chunk before the last, last chunk's stream and text)
        type Recent = (Option<StreamKind>, Option<(StreamKind, String)>);
        let last_stream: Arc<Mutex<Recent>> = Arc::new(Mutex::new((None, None)));
        let tracker = Arc::clone(&last_stream);
        let forward = forward.clone();
        let sink: OutputSink = Box::new(move |stream, text| {
            let kind = StreamKind::from(stream);
            if let Ok(mut recent) = tracker.lock() {
                let before = recent.1.take().map(|(k, _)| k);
                *recent = (before, Some((kind, text.to_string())));
            }
            if let Some(f) = &forward {
                f(kind, text);
            }
        });
        let mut outcome = program.run(job, stdin, cancel, sink);
        if let Some(note) = note {
            outcome.stderr.insert_str(0, &note);
        }
        // The stream a limit cut is the one written last, not counting the
        // limit's own error message that the interpreter appends to stderr.
        let last = last_stream
            .lock()
            .ok()
            .and_then(|recent| match (&recent.1, &outcome.error) {
                (Some((_, text)), Some(e)) if *text == e.formatted => recent.0,
                (Some((kind, _)), _) => Some(*kind),
                (None, _) => None,
            });
        case_done(index, RunOutcome::from_outcome(outcome, last));
    }
}
