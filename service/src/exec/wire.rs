//! The messages the server and its evaluation workers exchange.
//!
//! They are plain serde types, framed on the pipes by [`super::frame`]: one
//! JSON document per frame behind a 4-byte big-endian length. The same
//! types drive the in-process thread pool, so both isolation modes give the
//! same answers.

use std::time::Duration;

use kaa_interp::api::{self, Limits, Outcome, Status, TimeLimitReason};
use serde::{Deserialize, Serialize};

/// One evaluation request: a program and the inputs to run it on.
///
/// Several cases make a batch; the program is the same for all of them, so a
/// worker can compile it once (see [`super::local::run_job`]).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Job {
    /// Identifies the job in `Cancel` messages.
    pub id: u64,
    /// The program text.
    pub source: String,
    /// The file name shown in tracebacks.
    pub filename: String,
    /// The standard input of each run, in order.
    pub cases: Vec<String>,
    /// The limits of each run.
    pub limits: WireLimits,
    /// Whether output is sent as it is written (`Output` messages).
    pub stream: bool,
}

/// [`Limits`] in a serialisable shape.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct WireLimits {
    /// Instruction budget.
    pub instructions: Option<u64>,
    /// Wall-clock budget in milliseconds.
    pub wall_time_ms: Option<u64>,
    /// Memory budget in bytes.
    pub memory_bytes: Option<u64>,
    /// Python call depth `sys.getrecursionlimit()` starts at.
    pub recursion_depth: u32,
    /// Hard ceiling on Python call depth.
    #[serde(default = "default_max_recursion_depth")]
    pub max_recursion_depth: u32,
    /// Output budget in bytes (stdout and stderr together).
    pub output_bytes: Option<u64>,
}

impl From<&Limits> for WireLimits {
    fn from(l: &Limits) -> Self {
        WireLimits {
            instructions: l.instructions,
            wall_time_ms: l
                .wall_time
                .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX)),
            memory_bytes: l.memory_bytes,
            recursion_depth: l.recursion_depth,
            max_recursion_depth: l.max_recursion_depth,
            output_bytes: l.output_bytes,
        }
    }
}

fn default_max_recursion_depth() -> u32 {
    kaa_interp::api::DEFAULT_MAX_RECURSION_DEPTH
}

impl From<WireLimits> for Limits {
    fn from(l: WireLimits) -> Self {
        Limits {
            instructions: l.instructions,
            wall_time: l.wall_time_ms.map(Duration::from_millis),
            memory_bytes: l.memory_bytes,
            recursion_depth: l.recursion_depth,
            max_recursion_depth: l.max_recursion_depth,
            output_bytes: l.output_bytes,
        }
    }
}

/// Which output stream a chunk belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StreamKind {
    /// `sys.stdout`
    Stdout,
    /// `sys.stderr`
    Stderr,
}

impl From<api::Stream> for StreamKind {
    fn from(s: api::Stream) -> Self {
        match s {
            api::Stream::Stdout => StreamKind::Stdout,
            api::Stream::Stderr => StreamKind::Stderr,
        }
    }
}

/// How one run ended, as the service reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RunStatus {
    /// Ran to the end.
    Ok,
    /// Did not compile.
    SyntaxError,
    /// An exception escaped (or `sys.exit` with a non-zero status).
    RuntimeError,
    /// The instruction budget ran out.
    InstructionLimit,
    /// The wall clock ran out (in the interpreter, or the supervisor killed
    /// the worker after the grace period).
    WallTimeLimit,
    /// The memory limit was hit.
    MemoryLimit,
    /// The output limit was hit.
    OutputLimit,
    /// Cancelled (the client went away).
    Cancelled,
    /// The worker died while running it.
    WorkerCrashed,
}

impl From<Status> for RunStatus {
    fn from(s: Status) -> Self {
        match s {
            Status::Ok => RunStatus::Ok,
            Status::SyntaxError => RunStatus::SyntaxError,
            Status::RuntimeError => RunStatus::RuntimeError,
            Status::TimeLimit(TimeLimitReason::Instructions) => RunStatus::InstructionLimit,
            Status::TimeLimit(TimeLimitReason::WallTime) => RunStatus::WallTimeLimit,
            Status::MemoryLimit => RunStatus::MemoryLimit,
            Status::OutputLimit => RunStatus::OutputLimit,
            Status::Cancelled => RunStatus::Cancelled,
        }
    }
}

/// A Python value summary.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WireValue {
    /// Type name.
    pub type_name: String,
    /// `repr(value)`.
    pub repr: String,
    /// JSON text of the value, when it maps onto JSON.
    pub json: Option<String>,
}

/// One traceback frame.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WireFrame {
    /// File name.
    pub filename: String,
    /// 1-based line.
    pub line: u32,
    /// Function name.
    pub function: String,
    /// The stripped source line.
    pub source_line: Option<String>,
}

/// The exception that ended a run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WireError {
    /// Exception class name.
    pub type_name: String,
    /// `str(exception)`.
    pub message: String,
    /// Frames, outermost first.
    pub traceback: Vec<WireFrame>,
    /// The text CPython prints.
    pub formatted: String,
}

/// What one run produced.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RunOutcome {
    /// How it ended.
    pub status: RunStatus,
    /// Everything written to stdout.
    pub stdout: String,
    /// Everything written to stderr.
    pub stderr: String,
    /// The last expression's value.
    pub result: Option<WireValue>,
    /// The exception that ended the run.
    pub error: Option<WireError>,
    /// The exit status a CLI would use.
    pub exit_code: i32,
    /// Instructions executed.
    pub instructions: u64,
    /// Wall time in microseconds.
    pub wall_time_us: u64,
    /// Peak accounted memory.
    pub peak_memory_bytes: u64,
    /// The stream written last before the run ended (tells which stream an
    /// output limit cut).
    pub last_stream: Option<StreamKind>,
}

impl RunOutcome {
    /// Converts the interpreter's outcome.
    pub fn from_outcome(o: Outcome, last_stream: Option<StreamKind>) -> Self {
        RunOutcome {
            status: o.status.into(),
            stdout: o.stdout,
            stderr: o.stderr,
            result: o.result.map(|v| WireValue {
                type_name: v.type_name,
                repr: v.repr,
                json: v.json,
            }),
            error: o.error.map(|e| WireError {
                type_name: e.type_name,
                message: e.message,
                traceback: e
                    .traceback
                    .into_iter()
                    .map(|f| WireFrame {
                        filename: f.filename,
                        line: f.line,
                        function: f.function,
                        source_line: f.source_line,
                    })
                    .collect(),
                formatted: e.formatted,
            }),
            exit_code: o.exit_code,
            instructions: o.usage.instructions,
            wall_time_us: u64::try_from(o.usage.wall_time.as_micros()).unwrap_or(u64::MAX),
            peak_memory_bytes: o.usage.peak_memory_bytes,
            last_stream,
        }
    }

    /// An outcome for a run the supervisor ended from outside (crash, kill).
    pub fn aborted(status: RunStatus, wall_time: Duration, stdout: String, stderr: String) -> Self {
        RunOutcome {
            status,
            stdout,
            stderr,
            result: None,
            error: None,
            exit_code: 1,
            instructions: 0,
            wall_time_us: u64::try_from(wall_time.as_micros()).unwrap_or(u64::MAX),
            peak_memory_bytes: 0,
            last_stream: None,
        }
    }
}

/// Server → worker.
#[derive(Debug, Serialize, Deserialize)]
pub enum ToWorker {
    /// Run a job.
    Run(Job),
    /// Stop the job with this id at its next check.
    Cancel(u64),
}

/// Worker → server.
#[derive(Debug, Serialize, Deserialize)]
pub enum FromWorker {
    /// Output written by the running case (only for streaming jobs).
    Output {
        /// The stream.
        stream: StreamKind,
        /// The text.
        data: String,
    },
    /// A case finished.
    CaseDone {
        /// The case's index in the job.
        index: usize,
        /// What it produced.
        outcome: Box<RunOutcome>,
    },
    /// The whole job finished; `retire` asks the server to replace this
    /// worker (it is near its CPU-time ceiling).
    JobDone {
        /// Whether the worker wants to be replaced.
        retire: bool,
    },
}
