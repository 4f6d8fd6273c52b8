//! Turning a run's [`RunOutcome`] into the API's [`ExecuteResponse`].

use crate::exec::wire::{RunOutcome, RunStatus, StreamKind, WireLimits};

use super::api::{
    ApiStatus, AppliedLimits, CompareMode, ErrorInfo, ExecuteResponse, Frame, ResultValue,
    Truncated, UsageInfo,
};
use super::compare::matches;

/// What the caller wants the output checked against.
#[derive(Clone, Copy, Debug)]
pub struct Verdict<'a> {
    /// The expected stdout, if any.
    pub expected: Option<&'a str>,
    /// How to compare.
    pub compare: CompareMode,
    /// Tolerance for float comparison.
    pub tolerance: f64,
}

/// The interpreter limits for applied API limits.
pub fn wire_limits(l: &AppliedLimits) -> WireLimits {
    WireLimits {
        instructions: Some(l.instructions),
        wall_time_ms: Some(l.wall_time_ms),
        memory_bytes: Some(l.memory_bytes),
        recursion_depth: l.recursion_depth,
        max_recursion_depth: l.max_recursion_depth,
        output_bytes: Some(l.output_bytes),
    }
}

/// Builds the response for one run.
pub fn build(
    id: String,
    outcome: RunOutcome,
    limits: AppliedLimits,
    verdict: Verdict<'_>,
) -> ExecuteResponse {
    let (status, reason) = match outcome.status {
        RunStatus::Ok => match verdict.expected {
            None => (ApiStatus::Ok, None),
            Some(expected)
                if matches(
                    verdict.compare,
                    verdict.tolerance,
                    &outcome.stdout,
                    expected,
                ) =>
            {
                (ApiStatus::Accepted, None)
            }
            Some(_) => (ApiStatus::WrongAnswer, None),
        },
        RunStatus::SyntaxError => (ApiStatus::SyntaxError, None),
        RunStatus::RuntimeError => (ApiStatus::RuntimeError, None),
        RunStatus::InstructionLimit => (ApiStatus::TimeLimitExceeded, Some("instructions")),
        RunStatus::WallTimeLimit => (ApiStatus::TimeLimitExceeded, Some("wall_time")),
        RunStatus::MemoryLimit => (ApiStatus::MemoryLimitExceeded, None),
        RunStatus::OutputLimit => (ApiStatus::OutputLimitExceeded, None),
        RunStatus::Cancelled => (ApiStatus::InternalError, Some("cancelled")),
        RunStatus::WorkerCrashed => (ApiStatus::InternalError, Some("worker_crashed")),
    };
    let cut = outcome.status == RunStatus::OutputLimit;
    let truncated = Truncated {
        // The stream being written when the limit hit is the one cut; if
        // nothing was streamed, stdout (where programs write most).
        stdout: cut && outcome.last_stream != Some(StreamKind::Stderr),
        stderr: cut && outcome.last_stream == Some(StreamKind::Stderr),
    };
    ExecuteResponse {
        id,
        status,
        reason: reason.map(str::to_string),
        stdout: outcome.stdout,
        stderr: outcome.stderr,
        truncated,
        result: outcome.result.map(|v| ResultValue {
            type_name: v.type_name,
            repr: v.repr,
            json: v.json.and_then(|text| serde_json::from_str(&text).ok()),
        }),
        error: outcome.error.map(|e| ErrorInfo {
            type_name: e.type_name,
            message: e.message,
            traceback: e
                .traceback
                .into_iter()
                .map(|f| Frame {
                    filename: f.filename,
                    line: f.line,
                    function: f.function,
                    source_line: f.source_line,
                })
                .collect(),
            formatted: e.formatted,
        }),
        usage: UsageInfo {
            instructions: outcome.instructions,
            wall_time_ms: outcome.wall_time_us as f64 / 1000.0,
            peak_memory_bytes: outcome.peak_memory_bytes,
        },
        limits,
    }
}
