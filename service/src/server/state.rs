//! The state every handler shares.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use tokio::sync::OnceCell;

use super::auth::Auth;
use super::config::ServerConfig;
use crate::exec::Executor;
use crate::metrics::Metrics;

/// Shared server state (cheap to clone).
#[derive(Clone)]
pub struct AppState {
    /// The validated configuration.
    pub config: Arc<ServerConfig>,
    /// The pool and its queue.
    pub executor: Arc<Executor>,
    /// Metrics.
    pub metrics: Arc<Metrics>,
    /// API keys and rate limits.
    pub auth: Arc<Auth>,
    /// Set once SIGTERM/SIGINT arrives.
    pub draining: Arc<AtomicBool>,
    /// Importable modules, probed once on first use.
    pub modules: Arc<OnceCell<Vec<String>>>,
}

impl AppState {
    /// Whether the server is shutting down.
    pub fn is_draining(&self) -> bool {
        self.draining.load(Ordering::SeqCst)
    }
}
