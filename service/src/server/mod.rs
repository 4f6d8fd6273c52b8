//! `kaa serve`: the HTTP evaluation service (GUIDE §4).
//!
//! Layout, in the spirit of mini-redis: [`config`] (flags → validated
//! config), [`api`] (bodies), [`extract`]/[`problem`]/[`validate`] (input
//! checks and RFC 9457 errors), [`routes`] (handlers), [`auth`] (keys, rate
//! limit), [`respond`]/[`compare`] (outcome → response). The evaluation
//! pool lives in [`crate::exec`].

pub mod api;
pub mod auth;
pub mod compare;
pub mod config;
pub mod extract;
pub mod problem;
pub mod respond;
pub mod routes;
pub mod state;
pub mod validate;

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

use axum::extract::{DefaultBodyLimit, MatchedPath, Request, State};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use tokio::sync::OnceCell;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};

use crate::exec::process_pool::WorkerSpec;
use crate::exec::Executor;
use crate::metrics::Metrics;
use config::{IsolationMode, LogFormat, ServeArgs, ServerConfig};
use problem::ApiProblem;
use state::AppState;

/// Runs `kaa serve`; returns the exit status.
pub fn serve_main(args: &ServeArgs) -> i32 {
    let config = match ServerConfig::from_args(args) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("kaa serve: {e}");
            return 2;
        }
    };
    init_tracing(config.log_format);
    let mut builder = tokio::runtime::Builder::new_multi_thread();
    builder.enable_all();
    if config.isolation == IsolationMode::Thread {
        // Evaluations run in place on the blocking threads (see
        // exec::local): they need the interpreter's stack.
        builder.thread_stack_size(kaa_interp::api::EVAL_STACK_SIZE);
    }
    let runtime = match builder.build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("kaa serve: cannot start the async runtime: {e}");
            return 1;
        }
    };
    match runtime.block_on(run(config)) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("kaa serve: {e}");
            1
        }
    }
}

fn init_tracing(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("KAA_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = match format {
        LogFormat::Json => builder.json().try_init(),
        LogFormat::Text => builder.try_init(),
    };
}

/// Builds the executor the configuration asks for.
fn build_executor(config: &ServerConfig, metrics: Arc<Metrics>) -> Result<Executor, String> {
    metrics.workers.set(config.workers as i64);
    match config.isolation {
        IsolationMode::Thread => Ok(Executor::threads(
            config.workers,
            config.queue_size,
            metrics,
        )),
        IsolationMode::Process => {
            let program = std::env::current_exe()
                .map_err(|e| format!("cannot find the kaa executable: {e}"))?;
            // Address space: the largest memory limit twice over (allocator
            // slack) plus room for the binary, stacks and arenas.
            let address_space = config
                .ceilings
                .memory_bytes
                .saturating_mul(2)
                .saturating_add(1 << 30);
            let mut args = vec![
                "--address-space".to_string(),
                address_space.to_string(),
                "--cpu-hard-seconds".to_string(),
                "86400".to_string(),
            ];
            if config.no_seccomp {
                args.push("--no-seccomp".to_string());
            }
            let spec = WorkerSpec {
                program,
                args,
                max_jobs: config.worker_max_jobs,
                grace: config.kill_grace,
            };
            Executor::processes(spec, config.workers, config.queue_size, metrics)
                .map_err(|e| format!("cannot start workers: {e}"))
        }
    }
}

/// The router with every endpoint and layer.
pub fn router(state: AppState) -> Router {
    let evaluation = Router::new()
        .route("/v1/execute", post(routes::execute::execute))
        .route("/v1/batch", post(routes::batch::batch))
        .route_layer(middleware::from_fn_with_state(
            state.clone(),
            auth::require_key,
        ));
    Router::new()
        .merge(evaluation)
        .route("/v1/runtime", get(routes::info::runtime))
        .route("/healthz", get(routes::info::healthz))
        .route("/readyz", get(routes::info::readyz))
        .route("/metrics", get(routes::info::metrics))
        .route("/openapi.json", get(routes::docs::openapi_json))
        .route("/", get(routes::docs::playground))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(state.config.max_body_bytes))
        .layer(middleware::from_fn_with_state(state.clone(), observe))
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
        .with_state(state)
}

async fn not_found(request: Request) -> ApiProblem {
    ApiProblem::not_found(request.uri().path())
}

async fn method_not_allowed(request: Request) -> ApiProblem {
    ApiProblem::method_not_allowed(request.method().as_str(), request.uri().path())
}

/// Logs each request with its id and records its metrics.
async fn observe(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".to_string());
    let method = request.method().clone();
    let id = request
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let response = next.run(request).await;
    let status = response.status().as_u16();
    let seconds = started.elapsed().as_secs_f64();
    state.metrics.record_request(&route, status, seconds);
    tracing::info!(request_id = %id, %method, route = %route, status, ms = seconds * 1000.0, "request");
    response
}

async fn run(config: ServerConfig) -> Result<(), String> {
    let metrics = Arc::new(Metrics::new());
    let executor = Arc::new(build_executor(&config, Arc::clone(&metrics))?);
    let state = AppState {
        auth: Arc::new(auth::Auth::new(config.api_keys.clone(), config.rate_limit)),
        config: Arc::new(config.clone()),
        executor: Arc::clone(&executor),
        metrics,
        draining: Arc::new(AtomicBool::new(false)),
        modules: Arc::new(OnceCell::new()),
    };
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", config.listen))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    // Tests and scripts read this line to learn the port.
    println!("kaa: listening on http://{addr}");
    let _ = std::io::stdout().flush();
    tracing::info!(%addr, isolation = executor.mode(), workers = config.workers, "listening");
    let draining = Arc::clone(&state.draining);
    let drain_delay = config.drain_delay;
    let shutdown = async move {
        wait_for_signal().await;
        tracing::info!("shutdown signal: draining");
        draining.store(true, Ordering::SeqCst);
        tokio::time::sleep(drain_delay).await;
    };
    axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown)
        .await
        .map_err(|e| e.to_string())?;
    executor.shutdown();
    tracing::info!("drained; exiting");
    Ok(())
}

async fn wait_for_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = term => {}
    }
}
