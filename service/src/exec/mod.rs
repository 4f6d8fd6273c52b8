//! Running evaluations for the server: admission control, and the two
//! isolation modes behind one [`Executor`].

pub mod admission;
pub mod frame;
pub mod local;
pub mod process_pool;
pub mod thread_pool;
pub mod wire;

use std::sync::Arc;

use tokio::sync::mpsc::UnboundedSender;
use tokio_util::sync::CancellationToken;

use admission::{Admission, Ticket};
use process_pool::{ProcessPool, WorkerSpec};
use thread_pool::ThreadPool;
use wire::{Job, RunOutcome, StreamKind};

use crate::metrics::Metrics;

/// What a running job reports, in order.
#[derive(Debug)]
pub enum ExecEvent {
    /// Output as it is written (streaming jobs only).
    Output {
        /// The stream.
        stream: StreamKind,
        /// The text.
        data: String,
    },
    /// One case finished.
    Case {
        /// Its index in the job.
        index: usize,
        /// What it produced.
        outcome: RunOutcome,
    },
}

/// Where evaluations run.
pub enum Isolation {
    /// In-process blocking threads.
    Thread(ThreadPool),
    /// Supervised worker processes.
    Process(ProcessPool),
}

/// The pool with its queue.
pub struct Executor {
    admission: Admission,
    isolation: Isolation,
}

impl Executor {
    /// An in-process executor with `workers` threads.
    pub fn threads(workers: usize, queue: usize, metrics: Arc<Metrics>) -> Self {
        Executor {
            admission: Admission::new(workers, queue, metrics),
            isolation: Isolation::Thread(ThreadPool),
        }
    }

    /// A process-pool executor with `workers` pre-started workers.
    pub fn processes(
        spec: WorkerSpec,
        workers: usize,
        queue: usize,
        metrics: Arc<Metrics>,
    ) -> std::io::Result<Self> {
        let pool = ProcessPool::start(spec, workers, Arc::clone(&metrics))?;
        Ok(Executor {
            admission: Admission::new(workers, queue, metrics),
            isolation: Isolation::Process(pool),
        })
    }

    /// Admits a request into the queue, or `None` when it is full.
    pub fn try_admit(&self) -> Option<Ticket> {
        self.admission.try_admit()
    }

    /// Whether the queue is full.
    pub fn saturated(&self) -> bool {
        self.admission.saturated()
    }

    /// The isolation mode's name (`process` or `thread`).
    pub fn mode(&self) -> &'static str {
        match self.isolation {
            Isolation::Thread(_) => "thread",
            Isolation::Process(_) => "process",
        }
    }

    /// Starts `job` in the background: it waits for a worker, runs, and
    /// sends its events to `events` (the channel closes when it is done).
    /// Cancelling `cancel` stops it at the interpreter's next check.
    pub fn submit(
        self: &Arc<Self>,
        ticket: Ticket,
        job: Job,
        events: UnboundedSender<ExecEvent>,
        cancel: CancellationToken,
    ) {
        let this = Arc::clone(self);
        tokio::spawn(async move {
            // A request whose client left while it was queued never runs.
            let _turn = tokio::select! {
                turn = ticket.wait_turn() => turn,
                _ = cancel.cancelled() => return,
            };
            match &this.isolation {
                Isolation::Thread(pool) => pool.execute(job, events, cancel).await,
                Isolation::Process(pool) => pool.execute(job, events, cancel).await,
            }
        });
    }

    /// Stops the workers (after the server has drained).
    pub fn shutdown(&self) {
        if let Isolation::Process(pool) = &self.isolation {
            pool.shutdown();
        }
    }
}
