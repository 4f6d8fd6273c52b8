//! `GET /v1/runtime`, `/healthz`, `/readyz`, `/metrics`.

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use kaa_interp::api::{Config, Interpreter, Limits};

use crate::server::api::{ApiStatus, CompareMode, Health, RuntimeInfo};
use crate::server::state::AppState;

/// Version, language level, modules, limits and statuses.
#[utoipa::path(get, path = "/v1/runtime", tag = "service", responses((status = 200, body = RuntimeInfo)))]
pub async fn runtime(State(state): State<AppState>) -> Json<RuntimeInfo> {
    let modules = state
        .modules
        .get_or_init(|| async {
            tokio::task::spawn_blocking(probe_modules)
                .await
                .unwrap_or_default()
        })
        .await
        .clone();
    let c = &state.config;
    Json(RuntimeInfo {
        implementation: "kaa".to_string(),
        version: env!("CARGO_PKG_VERSION").to_string(),
        language_version: "3.4".to_string(),
        modules,
        default_limits: c.defaults,
        max_limits: c.ceilings,
        statuses: ApiStatus::ALL.to_vec(),
        compare_modes: vec![
            CompareMode::Exact,
            CompareMode::Trim,
            CompareMode::Tokens,
            CompareMode::Float,
        ],
        isolation: state.executor.mode().to_string(),
        workers: c.workers,
        queue_size: c.queue_size,
        max_batch_cases: c.max_batch_cases,
        max_body_bytes: c.max_body_bytes,
    })
}

/// Standard-library modules a program might import; the runtime reports
/// those the interpreter actually imports.
const CANDIDATE_MODULES: &[&str] = &[
    "abc",
    "array",
    "base64",
    "binascii",
    "bisect",
    "calendar",
    "cmath",
    "collections",
    "copy",
    "datetime",
    "decimal",
    "difflib",
    "enum",
    "errno",
    "fractions",
    "functools",
    "gc",
    "hashlib",
    "heapq",
    "itertools",
    "json",
    "keyword",
    "math",
    "numbers",
    "operator",
    "pprint",
    "random",
    "re",
    "statistics",
    "string",
    "struct",
    "sys",
    "textwrap",
    "time",
    "types",
    "unicodedata",
    "weakref",
];

/// Asks the interpreter which candidate modules import (trusted code, run
/// once in-process).
fn probe_modules() -> Vec<String> {
    let names: Vec<String> = CANDIDATE_MODULES.iter().map(|n| format!("'{n}'")).collect();
    let source = format!(
        "found = []\nfor name in [{}]:\n    try:\n        __import__(name)\n        found.append(name)\n    except Exception:\n        pass\nfound\n",
        names.join(", ")
    );
    let config = Config {
        limits: Limits::default(),
        filename: "<probe>".to_string(),
        ..Config::default()
    };
    let outcome = Interpreter::new(config).run(&source);
    outcome
        .result
        .and_then(|v| v.json)
        .and_then(|json| serde_json::from_str::<Vec<String>>(&json).ok())
        .unwrap_or_default()
}

/// Liveness: the process answers.
#[utoipa::path(get, path = "/healthz", tag = "service", responses((status = 200, body = Health)))]
pub async fn healthz() -> Json<Health> {
    Json(Health {
        status: "ok".to_string(),
    })
}

/// Readiness: 503 while draining or when the queue is full.
#[utoipa::path(get, path = "/readyz", tag = "service", responses((status = 200, body = Health), (status = 503, body = Health)))]
pub async fn readyz(State(state): State<AppState>) -> Response {
    let (code, status) = if state.is_draining() {
        (StatusCode::SERVICE_UNAVAILABLE, "draining")
    } else if state.executor.saturated() {
        (StatusCode::SERVICE_UNAVAILABLE, "saturated")
    } else {
        (StatusCode::OK, "ok")
    };
    let mut response = (
        code,
        Json(Health {
            status: status.to_string(),
        }),
    )
        .into_response();
    if code != StatusCode::OK {
        response.headers_mut().insert(
            header::RETRY_AFTER,
            axum::http::HeaderValue::from_static("1"),
        );
    }
    response
}

/// Prometheus/OpenMetrics text.
#[utoipa::path(get, path = "/metrics", tag = "service", responses((status = 200, description = "OpenMetrics text", content_type = "application/openmetrics-text")))]
pub async fn metrics(State(state): State<AppState>) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        state.metrics.render(),
    )
        .into_response()
}
