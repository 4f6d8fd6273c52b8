//! The embedding contract: one entry point that the CLI, the HTTP service and
//! the conformance runner all use, so they cannot drift apart.
//!
//! ```no_run
//! use kaa_interp::api::{Config, Interpreter};
//! let outcome = Interpreter::new(Config::default()).run("print(6 * 7)");
//! assert_eq!(outcome.stdout, "42\n");
//! ```

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Resource limits for one evaluation. `None` means unlimited.
#[derive(Clone, Debug, PartialEq)]
pub struct Limits {
    /// Bytecode instructions (fuel) the run may execute.
    pub instructions: Option<u64>,
    /// Wall-clock time the run may take.
    pub wall_time: Option<Duration>,
    /// Bytes of Python objects the run may hold at once.
    pub memory_bytes: Option<u64>,
    /// Python call depth `sys.getrecursionlimit()` starts at (CPython's
    /// 1000); the program may raise it with `sys.setrecursionlimit`, up to
    /// [`Limits::max_recursion_depth`].
    pub recursion_depth: u32,
    /// The hard ceiling on Python call depth: `sys.setrecursionlimit(n)`
    /// above it succeeds (and `getrecursionlimit()` returns `n`, as in
    /// CPython), but calls still stop at this depth with CPython's
    /// `RuntimeError: maximum recursion depth exceeded`. A `recursion_depth`
    /// above it is cut to it. Frames also count against the memory limit.
    pub max_recursion_depth: u32,
    /// Bytes the run may write to stdout and stderr together.
    pub output_bytes: Option<u64>,
}

/// The default [`Limits::max_recursion_depth`]: deep enough for judge-style
/// recursive solutions (`sys.setrecursionlimit(10**6)`), while each frame still counts against
/// the memory limit.
pub const DEFAULT_MAX_RECURSION_DEPTH: u32 = 1_000_000;

impl Default for Limits {
    /// Defaults suited to a public service: 100M instructions, 5 s, 64 MiB,
    /// a recursion limit of 1000 frames that the program may raise to
    /// 1,000,000 (the judge idiom `sys.setrecursionlimit(10**6)` works), 1 MiB
    /// of output.
    fn default() -> Self {
        Limits {
            instructions: Some(100_000_000),
            wall_time: Some(Duration::from_secs(5)),
            memory_bytes: Some(64 << 20),
            recursion_depth: 1000,
            max_recursion_depth: DEFAULT_MAX_RECURSION_DEPTH,
            output_bytes: Some(1 << 20),
        }
    }
}

impl Limits {
    /// No limits at all except CPython's default recursion limit, which the
    /// program may raise without a ceiling (for the CLI and trusted
    /// embedding).
    pub fn unlimited() -> Self {
        Limits {
            instructions: None,
            wall_time: None,
            memory_bytes: None,
            recursion_depth: 1000,
            max_recursion_depth: u32::MAX,
            output_bytes: None,
        }
    }
}

/// A sink that receives output as the program writes it (for streaming).
pub type OutputSink = Box<dyn FnMut(Stream, &str) + Send>;

/// Which output stream a chunk belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    /// `sys.stdout`
    Stdout,
    /// `sys.stderr`
    Stderr,
}

/// Everything an evaluation is given.
pub struct Config {
    /// Resource limits.
    pub limits: Limits,
    /// The whole of standard input.
    pub stdin: String,
    /// The file name shown in tracebacks and stored in `__file__`.
    pub filename: String,
    /// `sys.argv` (the first element is usually `filename`).
    pub argv: Vec<String>,
    /// Seed of the `random` module's default generator.
    pub random_seed: u64,
    /// Receives output chunks as they are written, in addition to the
    /// buffers returned in [`Outcome`].
    pub output_sink: Option<OutputSink>,
    /// Stops the run at its next check when set from another thread.
    pub cancel: CancelHandle,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            limits: Limits::default(),
            stdin: String::new(),
            filename: "main.py".to_string(),
            argv: vec!["main.py".to_string()],
            random_seed: 0,
            output_sink: None,
            cancel: CancelHandle::default(),
        }
    }
}

/// A handle that cancels a running evaluation from any thread.
#[derive(Clone, Debug, Default)]
pub struct CancelHandle(Arc<AtomicBool>);

impl CancelHandle {
    /// Asks the evaluation to stop at its next check.
    pub fn cancel(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    /// Whether [`CancelHandle::cancel`] was called.
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

/// Why a time limit ended a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeLimitReason {
    /// The instruction budget ran out.
    Instructions,
    /// The wall clock ran out.
    WallTime,
}

/// How an evaluation ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// The program ran to the end (or called `sys.exit(0)`/`sys.exit()`).
    Ok,
    /// The source did not compile.
    SyntaxError,
    /// An exception escaped, or `sys.exit` with a non-zero status.
    RuntimeError,
    /// A time limit was hit.
    TimeLimit(TimeLimitReason),
    /// The memory limit was hit.
    MemoryLimit,
    /// The output limit was hit (output up to the limit is kept).
    OutputLimit,
    /// The run was cancelled through its [`CancelHandle`].
    Cancelled,
}

/// A summary of a Python value, safe to send anywhere.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueSummary {
    /// The type name (`int`, `list`, `__main__.Point`, …).
    pub type_name: String,
    /// `repr(value)`.
    pub repr: String,
    /// The value as JSON text when it maps onto JSON (None, bool, int, finite
    /// float, str, and lists/tuples/str-keyed dicts of those).
    pub json: Option<String>,
}

/// One traceback entry, outermost first.
#[derive(Clone, Debug, PartialEq)]
pub struct TraceFrame {
    /// The file name of the code.
    pub filename: String,
    /// 1-based line number.
    pub line: u32,
    /// The function name (`<module>` at top level).
    pub function: String,
    /// The stripped source line, when known.
    pub source_line: Option<String>,
}

/// An exception that ended the run.
#[derive(Clone, Debug, PartialEq)]
pub struct ErrorReport {
    /// The exception's class name as CPython prints it in the last traceback
    /// line (`ZeroDivisionError`, `__main__.MyError`).
    pub type_name: String,
    /// `str(exception)`.
    pub message: String,
    /// The frames, outermost first.
    pub traceback: Vec<TraceFrame>,
    /// The whole text CPython would print on stderr (chained exceptions
    /// included).
    pub formatted: String,
}

/// Resource usage of one run.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Usage {
    /// Instructions executed.
    pub instructions: u64,
    /// Wall time taken.
    pub wall_time: Duration,
    /// Peak bytes of accounted memory.
    pub peak_memory_bytes: u64,
}

/// What an evaluation produced.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// How it ended.
    pub status: Status,
    /// Everything written to stdout (up to the output limit).
    pub stdout: String,
    /// Everything written to stderr, the traceback of an uncaught exception
    /// included.
    pub stderr: String,
    /// The value of the last statement, if it is an expression whose value
    /// is not None.
    pub result: Option<ValueSummary>,
    /// The exception that ended the run, if any (syntax errors included).
    pub error: Option<ErrorReport>,
    /// The process exit code the CLI uses (0, 1, or `sys.exit`'s status).
    pub exit_code: i32,
    /// Resources used.
    pub usage: Usage,
}

/// One configured interpreter; [`Interpreter::run`] evaluates a program in a
/// fresh, isolated heap.
pub struct Interpreter {
    config: Config,
}

impl Interpreter {
    /// Creates an interpreter for one run.
    pub fn new(config: Config) -> Self {
        Interpreter { config }
    }

    /// Runs `source` as the `__main__` module and reports what happened.
    ///
    /// The run happens on a helper thread with a large stack, so that
    /// native re-entries (a `__repr__` calling `repr`, …) up to the VM's own
    /// depth cap can never overflow the caller's stack. Helper threads are
    /// kept in a small pool and reused, so their per-thread caches (thawed
    /// standard-library code, compiled regular expressions) stay warm
    /// between evaluations; no Python object outlives its run.
    pub fn run(self, source: &str) -> Outcome {
        let src = source.to_string();
        let config = self.config;
        worker::run_on_worker(move || crate::vm::run::run_program_deferred(config, &src))
            .unwrap_or_else(internal_error)
    }
}

/// The pool of evaluation threads behind [`Interpreter::run`].
mod worker {
    use super::Outcome;
    use std::sync::mpsc::{channel, Receiver, Sender};
    use std::sync::Mutex;

    /// Stack reserved for each evaluation thread (reserved, not committed).
    const STACK_SIZE: usize = super::EVAL_STACK_SIZE;
    /// Idle threads kept for reuse; more concurrent runs get fresh threads
    /// that end after their run.
    const MAX_IDLE: usize = 8;

    type Job = Box<dyn FnOnce() -> Outcome + Send>;

    /// One idle worker: where to send its next job.
    struct Idle {
        jobs: Sender<(Job, Sender<Outcome>)>,
    }

    static IDLE: Mutex<Vec<Idle>> = Mutex::new(Vec::new());

    /// Runs `job` on a pooled big-stack thread and waits for its outcome.
    pub fn run_on_worker(
        job: impl FnOnce() -> Outcome + Send + 'static,
    ) -> Result<Outcome, &'static str> {
        let mut job: Job = Box::new(job);
        loop {
            let idle = IDLE.lock().ok().and_then(|mut v| v.pop());
            let Some(w) = idle else { break };
            let (tx, rx) = channel();
            match w.jobs.send((job, tx)) {
                Ok(()) => return rx.recv().map_err(|_| "the interpreter thread panicked"),
                // The worker is gone; take the job back and try another.
                Err(e) => job = e.0 .0,
            }
        }
        let (jobs_tx, jobs_rx) = channel::<(Job, Sender<Outcome>)>();
        let (tx, rx) = channel();
        if jobs_tx.send((job, tx)).is_err() {
            return Err("could not start the interpreter thread");
        }
        let spawned = std::thread::Builder::new()
            .name("kaa-run".into())
            .stack_size(STACK_SIZE)
            .spawn(move || worker_loop(jobs_tx, jobs_rx));
        if spawned.is_err() {
            return Err("could not start the interpreter thread");
        }
        rx.recv().map_err(|_| "the interpreter thread panicked")
    }

    /// Runs jobs until a job panics or the pool is full.
    fn worker_loop(me: Sender<(Job, Sender<Outcome>)>, jobs: Receiver<(Job, Sender<Outcome>)>) {
        while let Ok((job, reply)) = jobs.recv() {
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
            let Ok(outcome) = r else {
                // Thread-local state may be inconsistent after a panic: end
                // this thread (the caller sees a closed channel).
                return;
            };
            // A run that left a big heap replies first and frees it after
            // (`run_program_deferred`), then rejoins the pool; any other run
            // rejoins before replying, so that a caller running evaluations
            // one after another always finds this thread idle.
            let deferred = crate::vm::run::has_deferred_teardown();
            let mut pooled = !deferred && rejoin(&me);
            let _ = reply.send(outcome);
            if deferred {
                let freed = std::panic::catch_unwind(crate::vm::run::finish_teardown);
                if freed.is_err() {
                    return;
                }
                pooled = rejoin(&me);
            }
            if !pooled {
                return;
            }
        }
    }

    /// Puts this worker back in the idle pool (false when the pool is full).
    fn rejoin(me: &Sender<(Job, Sender<Outcome>)>) -> bool {
        match IDLE.lock() {
            Ok(mut idle) if idle.len() < MAX_IDLE => {
                idle.push(Idle { jobs: me.clone() });
                true
            }
            _ => false,
        }
    }
}

/// The stack an evaluation thread reserves (reserved, not committed): a
/// thread that calls [`Interpreter::run_here`] should be spawned with it.
pub const EVAL_STACK_SIZE: usize = 256 << 20;

impl Interpreter {
    /// Runs `source` on the calling thread (no helper thread, no hand-off).
    /// The caller must have a big enough stack: the VM re-enters itself
    /// natively up to [`crate::vm::NATIVE_DEPTH_LIMIT`] levels, which needs
    /// tens of MiB ([`EVAL_STACK_SIZE`] is what the helper threads use).
    ///
    /// The thread keeps its built-ins (`vm::prototype`) for its next runs; a
    /// panic discards them (the run's teardown did not happen) and goes on
    /// unwinding to the caller.
    pub fn run_here(self, source: &str) -> Outcome {
        let config = self.config;
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            crate::vm::run::run_program(config, source)
        }));
        match r {
            Ok(outcome) => outcome,
            Err(panic) => {
                crate::vm::prototype::discard();
                std::panic::resume_unwind(panic)
            }
        }
    }
}

/// An outcome for a failure of the interpreter itself.
fn internal_error(msg: &str) -> Outcome {
    let formatted = format!("SystemError: {}\n", msg);
    Outcome {
        status: Status::RuntimeError,
        stdout: String::new(),
        stderr: formatted.clone(),
        result: None,
        error: Some(ErrorReport {
            type_name: "SystemError".into(),
            message: msg.into(),
            traceback: Vec::new(),
            formatted,
        }),
        exit_code: 1,
        usage: Usage::default(),
    }
}

/// A persistent interpreter for the REPL: each cell runs in the same
/// `__main__` namespace, with `Single` mode semantics (expression values are
/// echoed to stdout through `sys.displayhook`, as python3's prompt does).
pub struct Session {
    config: Config,
    state: Option<crate::vm::run::SessionState>,
}

impl Session {
    /// Starts a session; limits apply per cell.
    pub fn new(config: Config) -> Self {
        Session {
            config,
            state: None,
        }
    }

    /// Whether `source` is an incomplete statement that needs more lines
    /// before it can run (the REPL then prints `... `).
    pub fn needs_more_input(source: &str) -> bool {
        crate::vm::run::needs_more_input(source)
    }

    /// Runs one interactive cell and reports what happened; a failure does
    /// not end the session.
    pub fn run_cell(&mut self, source: &str) -> Outcome {
        if self.state.is_none() {
            self.state = Some(crate::vm::run::SessionState::new(&mut self.config));
        }
        match self.state.as_mut() {
            Some(st) => st.run_cell(&self.config, source),
            None => internal_error("no session"),
        }
    }
}
