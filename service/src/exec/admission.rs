//! The bounded queue in front of the pool.
//!
//! `slots` counts every admitted request (running or waiting) and has
//! `workers + queue_size` permits; a request that finds none is refused at
//! once (503), so memory never grows with load. `runners` has one permit per
//! worker; an admitted request waits for one of those in FIFO order (tokio's
//! semaphore is fair).

use std::sync::Arc;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::metrics::Metrics;

/// Admission control for evaluations.
pub struct Admission {
    slots: Arc<Semaphore>,
    runners: Arc<Semaphore>,
    metrics: Arc<Metrics>,
}

/// An admitted request that has not started yet.
pub struct Ticket {
    slot: OwnedSemaphorePermit,
    runners: Arc<Semaphore>,
    metrics: Arc<Metrics>,
}

/// A running request; dropping it frees its worker and its slot.
pub struct Turn {
    _slot: OwnedSemaphorePermit,
    _runner: Option<OwnedSemaphorePermit>,
    metrics: Arc<Metrics>,
}

impl Drop for Turn {
    fn drop(&mut self) {
        self.metrics.in_flight.dec();
    }
}

impl Admission {
    /// A queue for `workers` concurrent runs and `queue_size` waiting ones.
    pub fn new(workers: usize, queue_size: usize, metrics: Arc<Metrics>) -> Self {
        Admission {
            slots: Arc::new(Semaphore::new(workers + queue_size)),
            runners: Arc::new(Semaphore::new(workers)),
            metrics,
        }
    }

    /// Admits a request, or `None` when the queue is full.
    pub fn try_admit(&self) -> Option<Ticket> {
        let slot = Arc::clone(&self.slots).try_acquire_owned().ok()?;
        Some(Ticket {
            slot,
            runners: Arc::clone(&self.runners),
            metrics: Arc::clone(&self.metrics),
        })
    }

    /// Whether a new request would be refused now.
    pub fn saturated(&self) -> bool {
        self.slots.available_permits() == 0
    }
}

impl Ticket {
    /// Waits for a free worker.
    pub async fn wait_turn(self) -> Turn {
        self.metrics.queue_depth.inc();
        let runner = self.runners.acquire_owned().await;
        self.metrics.queue_depth.dec();
        self.metrics.in_flight.inc();
        // The semaphore is never closed, so `runner` is always a permit.
        Turn {
            _slot: self.slot,
            _runner: runner.ok(),
            metrics: self.metrics,
        }
    }
}
