//! `--isolation thread`: evaluations on tokio's blocking threads inside the
//! server process (for embedding and benchmarks; a crash here is a crash of
//! the server, and a run that ignores its limits cannot be killed).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use kaa_interp::api::CancelHandle;
use tokio::sync::mpsc::UnboundedSender;
use tokio_util::sync::CancellationToken;

use super::local::run_job;
use super::wire::{Job, RunOutcome, RunStatus, StreamKind};
use super::ExecEvent;

/// Runs jobs on the current process's blocking thread pool.
pub struct ThreadPool;

impl ThreadPool {
    /// Runs `job`, sending its events; returns when it is done.
    pub async fn execute(
        &self,
        job: Job,
        events: UnboundedSender<ExecEvent>,
        cancel: CancellationToken,
    ) {
        let total = job.cases.len();
        if crate::fault::is_process_fatal(&job.source) {
            for index in 0..total {
                let _ = events.send(ExecEvent::Case {
                    index,
                    outcome: RunOutcome::aborted(
                        RunStatus::WorkerCrashed,
                        Duration::ZERO,
                        String::new(),
                        "fault injection needs --isolation process\n".to_string(),
                    ),
                });
            }
            return;
        }
        let handle = CancelHandle::default();
        let on_cancel = handle.clone();
        let watcher = tokio::spawn(async move {
            cancel.cancelled().await;
            on_cancel.cancel();
        });
        let done = Arc::new(AtomicUsize::new(0));
        let done_in_task = Arc::clone(&done);
        let task_events = events.clone();
        let result = tokio::task::spawn_blocking(move || {
            let forward: Option<Arc<dyn Fn(StreamKind, &str) + Send + Sync>> = if job.stream {
                let tx = task_events.clone();
                Some(Arc::new(move |stream, text: &str| {
                    let _ = tx.send(ExecEvent::Output {
                        stream,
                        data: text.to_string(),
                    });
                }))
            } else {
                None
            };
            run_job(&job, &handle, forward, |index, outcome| {
                done_in_task.fetch_add(1, Ordering::SeqCst);
                let _ = task_events.send(ExecEvent::Case { index, outcome });
            });
        })
        .await;
        watcher.abort();
        if result.is_err() {
            // The interpreter panicked: the remaining cases did not run.
            for index in done.load(Ordering::SeqCst)..total {
                let _ = events.send(ExecEvent::Case {
                    index,
                    outcome: RunOutcome::aborted(
                        RunStatus::WorkerCrashed,
                        Duration::ZERO,
                        String::new(),
                        String::new(),
                    ),
                });
            }
        }
    }
}
