//! `POST /v1/batch`: one program against many cases, a verdict per case.
//! All cases go to one worker as one job, so the program can be compiled
//! once (see `exec::local::PreparedProgram`); each case has its own limits.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::Json;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use super::execute::{missing_outcome, request_id};
use crate::exec::wire::Job;
use crate::exec::ExecEvent;
use crate::server::api::{ApiStatus, BatchRequest, BatchResponse, BatchSummary};
use crate::server::extract::ApiJson;
use crate::server::problem::{ApiProblem, FieldError, Problem};
use crate::server::respond::{build, wire_limits, Verdict};
use crate::server::state::AppState;
use crate::server::validate::{check_filename, resolve_limits, resolve_tolerance};

/// Run one program on many inputs.
#[utoipa::path(
    post,
    path = "/v1/batch",
    tag = "evaluation",
    request_body = BatchRequest,
    responses(
        (status = 200, description = "One result per case, in order, and the verdict counts", body = BatchResponse),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid API key", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body too large", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is invalid", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Rate limited", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "Saturated or draining", body = Problem, content_type = "application/problem+json"),
    ),
    security((), ("bearer" = []))
)]
pub async fn batch(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiJson(req): ApiJson<BatchRequest>,
) -> Response {
    if state.is_draining() {
        return ApiProblem::draining().into_response();
    }
    let mut errors = Vec::new();
    let limits = resolve_limits(&req.limits, &state.config, &mut errors);
    let tolerance = resolve_tolerance(req.compare, req.tolerance, &mut errors);
    check_filename(&req.filename, &mut errors);
    let max = state.config.max_batch_cases;
    if req.cases.is_empty() {
        errors.push(FieldError::new("cases", "must hold at least one case"));
    } else if req.cases.len() > max {
        errors.push(FieldError::new(
            "cases",
            format!(
                "{} cases is above the server's maximum of {max}",
                req.cases.len()
            ),
        ));
    }
    if !errors.is_empty() {
        return ApiProblem::invalid(errors).into_response();
    }
    let Some(ticket) = state.executor.try_admit() else {
        return ApiProblem::saturated().into_response();
    };
    let id = request_id(&headers);
    let (stdins, expected): (Vec<String>, Vec<Option<String>>) = req
        .cases
        .into_iter()
        .map(|c| (c.stdin, c.expected_output))
        .unzip();
    let total = stdins.len();
    let job = Job {
        id: 0,
        source: req.source,
        filename: req.filename,
        cases: stdins,
        limits: wire_limits(&limits),
        stream: false,
    };
    let (tx, mut rx) = mpsc::unbounded_channel();
    let token = CancellationToken::new();
    let guard = token.clone().drop_guard();
    state.executor.submit(ticket, job, tx, token);
    let mut outcomes = vec![None; total];
    while let Some(event) = rx.recv().await {
        if let ExecEvent::Case { index, outcome } = event {
            if let Some(slot) = outcomes.get_mut(index) {
                *slot = Some(outcome);
            }
        }
    }
    guard.disarm();
    let results: Vec<_> = outcomes
        .into_iter()
        .zip(expected.iter())
        .enumerate()
        .map(|(i, (outcome, expected))| {
            let verdict = Verdict {
                expected: expected.as_deref(),
                compare: req.compare,
                tolerance,
            };
            let response = build(
                format!("{id}/{i}"),
                outcome.unwrap_or_else(missing_outcome),
                limits,
                verdict,
            );
            state.metrics.record_evaluation(response.status.as_str());
            response
        })
        .collect();
    let accepted = results
        .iter()
        .filter(|r| r.status == ApiStatus::Accepted)
        .count();
    Json(BatchResponse {
        results,
        summary: BatchSummary { accepted, total },
    })
    .into_response()
}
