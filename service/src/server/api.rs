//! The request and response bodies of HTTP API v1 (GUIDE §4). The OpenAPI
//! description is generated from these types.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// How actual output is compared with `expected_output`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum CompareMode {
    /// Byte-for-byte equality.
    Exact,
    /// Trailing whitespace on each line and trailing blank lines ignored.
    #[default]
    Trim,
    /// Equal sequences of whitespace-separated tokens.
    Tokens,
    /// Tokens, with numeric tokens equal within `tolerance` (absolute or
    /// relative).
    Float,
}

/// Resource limits a request asks for; omitted fields take the server's
/// defaults, and no field may exceed the server's maximum.
#[derive(Clone, Copy, Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RequestLimits {
    /// Bytecode instructions.
    #[schema(minimum = 1)]
    pub instructions: Option<u64>,
    /// Wall-clock milliseconds.
    #[schema(minimum = 1)]
    pub wall_time_ms: Option<u64>,
    /// Bytes of Python objects held at once.
    #[schema(minimum = 1)]
    pub memory_bytes: Option<u64>,
    /// Python call depth `sys.getrecursionlimit()` starts at.
    #[schema(minimum = 1)]
    pub recursion_depth: Option<u32>,
    /// Hard ceiling on Python call depth (`sys.setrecursionlimit` above it
    /// succeeds, calls stop here).
    #[schema(minimum = 1)]
    pub max_recursion_depth: Option<u32>,
    /// Bytes of stdout and stderr together.
    #[schema(minimum = 1)]
    pub output_bytes: Option<u64>,
}

/// The limits a run was given (every field set).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, ToSchema)]
pub struct AppliedLimits {
    /// Bytecode instructions.
    pub instructions: u64,
    /// Wall-clock milliseconds.
    pub wall_time_ms: u64,
    /// Bytes of Python objects held at once.
    pub memory_bytes: u64,
    /// Python call depth `sys.getrecursionlimit()` starts at.
    pub recursion_depth: u32,
    /// Hard ceiling on Python call depth.
    pub max_recursion_depth: u32,
    /// Bytes of stdout and stderr together.
    pub output_bytes: u64,
}

fn default_filename() -> String {
    "main.py".to_string()
}

/// `POST /v1/execute`
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExecuteRequest {
    /// The program (Python 3.4).
    pub source: String,
    /// File name shown in tracebacks.
    #[serde(default = "default_filename")]
    #[schema(default = "main.py")]
    pub filename: String,
    /// Standard input.
    #[serde(default)]
    pub stdin: String,
    /// When given, a successful run's status becomes `accepted` or
    /// `wrong_answer`.
    pub expected_output: Option<String>,
    /// How stdout is compared with `expected_output`.
    #[serde(default)]
    pub compare: CompareMode,
    /// Tolerance for `compare: float` (default 1e-6).
    pub tolerance: Option<f64>,
    /// Resource limits.
    #[serde(default)]
    pub limits: RequestLimits,
}

/// One case of a batch.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BatchCase {
    /// Standard input of this case.
    #[serde(default)]
    pub stdin: String,
    /// The output this case must produce.
    pub expected_output: Option<String>,
}

/// `POST /v1/batch`
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BatchRequest {
    /// The program, run once per case.
    pub source: String,
    /// File name shown in tracebacks.
    #[serde(default = "default_filename")]
    #[schema(default = "main.py")]
    pub filename: String,
    /// The inputs and expected outputs.
    pub cases: Vec<BatchCase>,
    /// How stdout is compared with each case's `expected_output`.
    #[serde(default)]
    pub compare: CompareMode,
    /// Tolerance for `compare: float` (default 1e-6).
    pub tolerance: Option<f64>,
    /// Resource limits of each case.
    #[serde(default)]
    pub limits: RequestLimits,
}

/// How a run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ApiStatus {
    /// Ran to the end (no expected output given).
    Ok,
    /// Ran to the end and the output matched.
    Accepted,
    /// Ran to the end and the output did not match.
    WrongAnswer,
    /// The program did not compile.
    SyntaxError,
    /// An exception escaped, or `sys.exit` with a non-zero status.
    RuntimeError,
    /// Instruction or wall-time limit (see `reason`).
    TimeLimitExceeded,
    /// Memory limit.
    MemoryLimitExceeded,
    /// Output limit (output up to the limit is kept).
    OutputLimitExceeded,
    /// The service failed to run the program (see `reason`).
    InternalError,
}

impl ApiStatus {
    /// The status as it appears in JSON and metrics.
    pub fn as_str(self) -> &'static str {
        match self {
            ApiStatus::Ok => "ok",
            ApiStatus::Accepted => "accepted",
            ApiStatus::WrongAnswer => "wrong_answer",
            ApiStatus::SyntaxError => "syntax_error",
            ApiStatus::RuntimeError => "runtime_error",
            ApiStatus::TimeLimitExceeded => "time_limit_exceeded",
            ApiStatus::MemoryLimitExceeded => "memory_limit_exceeded",
            ApiStatus::OutputLimitExceeded => "output_limit_exceeded",
            ApiStatus::InternalError => "internal_error",
        }
    }

    /// Every status, for `/v1/runtime`.
    pub const ALL: [ApiStatus; 9] = [
        ApiStatus::Ok,
        ApiStatus::Accepted,
        ApiStatus::WrongAnswer,
        ApiStatus::SyntaxError,
        ApiStatus::RuntimeError,
        ApiStatus::TimeLimitExceeded,
        ApiStatus::MemoryLimitExceeded,
        ApiStatus::OutputLimitExceeded,
        ApiStatus::InternalError,
    ];
}

/// Which streams the output limit cut.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, ToSchema)]
pub struct Truncated {
    /// stdout was cut.
    pub stdout: bool,
    /// stderr was cut.
    pub stderr: bool,
}

/// The value of the program's last expression statement.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct ResultValue {
    /// Type name (`int`, `list`, `__main__.Point`).
    #[serde(rename = "type")]
    pub type_name: String,
    /// `repr(value)`.
    pub repr: String,
    /// The value as JSON when it maps onto JSON, else null.
    #[schema(value_type = Object, nullable = true)]
    pub json: Option<serde_json::Value>,
}

/// One traceback frame, outermost first.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct Frame {
    /// File name.
    pub filename: String,
    /// 1-based line.
    pub line: u32,
    /// Function name (`<module>` at top level).
    pub function: String,
    /// The stripped source line.
    pub source_line: Option<String>,
}

/// The exception that ended the run.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct ErrorInfo {
    /// Exception class (`ZeroDivisionError`).
    #[serde(rename = "type")]
    pub type_name: String,
    /// `str(exception)`.
    pub message: String,
    /// Frames, outermost first.
    pub traceback: Vec<Frame>,
    /// The traceback text CPython prints.
    pub formatted: String,
}

/// Resources a run used.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, ToSchema)]
pub struct UsageInfo {
    /// Instructions executed.
    pub instructions: u64,
    /// Wall time in milliseconds (fractional).
    pub wall_time_ms: f64,
    /// Peak accounted memory.
    pub peak_memory_bytes: u64,
}

/// The result of one run (HTTP 200 for every outcome of user code).
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct ExecuteResponse {
    /// Request id (also the `x-request-id` header); batch cases add `/N`.
    pub id: String,
    /// How the run ended.
    pub status: ApiStatus,
    /// `instructions` or `wall_time` for time limits; `worker_crashed`,
    /// `cancelled` for internal errors; null otherwise.
    pub reason: Option<String>,
    /// Everything written to stdout.
    pub stdout: String,
    /// Everything written to stderr (tracebacks included).
    pub stderr: String,
    /// Whether the output limit cut a stream.
    pub truncated: Truncated,
    /// The last expression's value.
    pub result: Option<ResultValue>,
    /// The exception that ended the run.
    pub error: Option<ErrorInfo>,
    /// Resources used.
    pub usage: UsageInfo,
    /// The limits applied.
    pub limits: AppliedLimits,
}

/// Verdict counts of a batch.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, ToSchema)]
pub struct BatchSummary {
    /// Cases accepted.
    pub accepted: usize,
    /// Cases in the batch.
    pub total: usize,
}

/// `POST /v1/batch` response.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct BatchResponse {
    /// One response per case, in order.
    pub results: Vec<ExecuteResponse>,
    /// Verdict counts.
    pub summary: BatchSummary,
}

/// One NDJSON line of a streamed execution. `stdout`/`stderr` carry `data`;
/// `result` carries the result fields; `error` the error fields; `end` (always
/// last) the whole execute response.
#[derive(Clone, Debug, Serialize, ToSchema)]
#[serde(tag = "event", rename_all = "lowercase")]
pub enum StreamEvent {
    /// Output written to stdout.
    Stdout {
        /// The text.
        data: String,
    },
    /// Output written to stderr.
    Stderr {
        /// The text.
        data: String,
    },
    /// The last expression's value.
    Result(ResultValue),
    /// The exception that ended the run.
    Error(ErrorInfo),
    /// The end of the run.
    End(Box<ExecuteResponse>),
}

/// `GET /v1/runtime`
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct RuntimeInfo {
    /// `kaa`.
    pub implementation: String,
    /// The kaa version.
    pub version: String,
    /// The Python language level (`3.4`).
    pub language_version: String,
    /// Modules a program can import.
    pub modules: Vec<String>,
    /// Limits a request gets when it sets none.
    pub default_limits: AppliedLimits,
    /// The largest limits a request may ask for.
    pub max_limits: AppliedLimits,
    /// Every status a run can end with.
    pub statuses: Vec<ApiStatus>,
    /// The compare modes.
    pub compare_modes: Vec<CompareMode>,
    /// `process` or `thread`.
    pub isolation: String,
    /// Evaluations that run at once.
    pub workers: usize,
    /// Requests that may wait for a worker.
    pub queue_size: usize,
    /// The largest batch.
    pub max_batch_cases: usize,
    /// The largest request body in bytes.
    pub max_body_bytes: usize,
}

/// `GET /healthz`, `GET /readyz`
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Health {
    /// `ok`, `draining` or `saturated`.
    pub status: String,
}
