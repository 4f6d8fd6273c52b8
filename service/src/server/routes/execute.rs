//! `POST /v1/execute`: one program, as one JSON response or as an NDJSON
//! event stream (`Accept: application/x-ndjson`).
//!
//! The run is started in the background with a cancellation token whose
//! drop guard lives in the handler (JSON) or in the response body (NDJSON):
//! when the client goes away, hyper drops that future or body, the guard
//! fires, and the interpreter stops at its next check.

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use tokio::sync::mpsc;
use tokio_util::sync::{CancellationToken, DropGuard};

use crate::exec::wire::{Job, RunOutcome, RunStatus, StreamKind};
use crate::exec::ExecEvent;
use crate::server::api::{ExecuteRequest, ExecuteResponse, StreamEvent};
use crate::server::extract::ApiJson;
use crate::server::problem::{ApiProblem, Problem};
use crate::server::respond::{build, wire_limits, Verdict};
use crate::server::state::AppState;
use crate::server::validate::{check_filename, resolve_limits, resolve_tolerance};

/// The `x-request-id` the request-id layer put on the request.
pub fn request_id(headers: &HeaderMap) -> String {
    headers
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string()
}

fn wants_ndjson(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::ACCEPT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.contains("application/x-ndjson"))
}

/// An outcome for a run that produced none (the executor lost it).
pub fn missing_outcome() -> RunOutcome {
    RunOutcome::aborted(
        RunStatus::WorkerCrashed,
        Default::default(),
        String::new(),
        String::new(),
    )
}

/// Run one program.
#[utoipa::path(
    post,
    path = "/v1/execute",
    tag = "evaluation",
    request_body = ExecuteRequest,
    responses(
        (status = 200, description = "The run's result (every outcome of user code is 200). With `Accept: application/x-ndjson`, a stream of StreamEvent lines ending with an `end` event.",
            content((ExecuteResponse = "application/json"), (StreamEvent = "application/x-ndjson"))),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid API key", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body too large", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is invalid or a limit is above the server's maximum", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Rate limited (see Retry-After)", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "Saturated or draining (see Retry-After)", body = Problem, content_type = "application/problem+json"),
    ),
    security((), ("bearer" = []))
)]
pub async fn execute(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiJson(req): ApiJson<ExecuteRequest>,
) -> Response {
    if state.is_draining() {
        return ApiProblem::draining().into_response();
    }
    let mut errors = Vec::new();
    let limits = resolve_limits(&req.limits, &state.config, &mut errors);
    let tolerance = resolve_tolerance(req.compare, req.tolerance, &mut errors);
    check_filename(&req.filename, &mut errors);
    if !errors.is_empty() {
        return ApiProblem::invalid(errors).into_response();
    }
    let Some(ticket) = state.executor.try_admit() else {
        return ApiProblem::saturated().into_response();
    };
    let stream = wants_ndjson(&headers);
    let id = request_id(&headers);
    let job = Job {
        id: 0,
        source: req.source,
        filename: req.filename,
        cases: vec![req.stdin],
        limits: wire_limits(&limits),
        stream,
    };
    let (tx, rx) = mpsc::unbounded_channel();
    let token = CancellationToken::new();
    let guard = token.clone().drop_guard();
    state.executor.submit(ticket, job, tx, token);
    let finish = move |outcome: RunOutcome| {
        let verdict = Verdict {
            expected: req.expected_output.as_deref(),
            compare: req.compare,
            tolerance,
        };
        build(id, outcome, limits, verdict)
    };
    if stream {
        let body = EventStream {
            rx,
            guard: Some(guard),
            peeked: None,
            pending: Vec::new(),
            finish: Some(Box::new(finish)),
            state: state.clone(),
        };
        let mut response = Response::new(Body::from_stream(futures_util::stream::unfold(
            body,
            EventStream::next,
        )));
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/x-ndjson"),
        );
        return response;
    }
    let mut rx = rx;
    let mut outcome = None;
    while let Some(event) = rx.recv().await {
        if let ExecEvent::Case { outcome: o, .. } = event {
            outcome = Some(o);
        }
    }
    guard.disarm();
    let response = finish(outcome.unwrap_or_else(missing_outcome));
    state.metrics.record_evaluation(response.status.as_str());
    Json(response).into_response()
}

type Finish = Box<dyn FnOnce(RunOutcome) -> ExecuteResponse + Send>;

/// The NDJSON body: output events as they come (adjacent chunks of one
/// stream merged), then `result`, `error` and `end`.
struct EventStream {
    rx: mpsc::UnboundedReceiver<ExecEvent>,
    guard: Option<DropGuard>,
    peeked: Option<ExecEvent>,
    pending: Vec<StreamEvent>,
    finish: Option<Finish>,
    state: AppState,
}

fn line(event: &StreamEvent) -> Bytes {
    let mut bytes = serde_json::to_vec(event).unwrap_or_default();
    bytes.push(b'\n');
    Bytes::from(bytes)
}

impl EventStream {
    async fn next(mut self) -> Option<(Result<Bytes, std::io::Error>, Self)> {
        if let Some(event) = self.pending.pop() {
            return Some((Ok(line(&event)), self));
        }
        let event = match self.peeked.take() {
            Some(e) => Some(e),
            None => self.rx.recv().await,
        };
        match event {
            Some(ExecEvent::Output { stream, mut data }) => {
                // Merge what is already waiting on the same stream.
                loop {
                    match self.rx.try_recv() {
                        Ok(ExecEvent::Output {
                            stream: s,
                            data: more,
                        }) if s == stream => data.push_str(&more),
                        Ok(other) => {
                            self.peeked = Some(other);
                            break;
                        }
                        Err(_) => break,
                    }
                }
                let event = match stream {
                    StreamKind::Stdout => StreamEvent::Stdout { data },
                    StreamKind::Stderr => StreamEvent::Stderr { data },
                };
                Some((Ok(line(&event)), self))
            }
            Some(ExecEvent::Case { outcome, .. }) => self.conclude(outcome),
            None => {
                if self.finish.is_some() {
                    self.conclude(missing_outcome())
                } else {
                    if let Some(g) = self.guard.take() {
                        g.disarm();
                    }
                    None
                }
            }
        }
    }

    fn conclude(mut self, outcome: RunOutcome) -> Option<(Result<Bytes, std::io::Error>, Self)> {
        let finish = self.finish.take()?;
        let response = finish(outcome);
        self.state
            .metrics
            .record_evaluation(response.status.as_str());
        // Popped from the back: result, error, end.
        self.pending
            .push(StreamEvent::End(Box::new(response.clone())));
        if let Some(error) = response.error {
            self.pending.push(StreamEvent::Error(error));
        }
        if let Some(result) = response.result {
            self.pending.push(StreamEvent::Result(result));
        }
        if let Some(g) = self.guard.take() {
            g.disarm();
        }
        let first = self.pending.pop()?;
        Some((Ok(line(&first)), self))
    }
}
