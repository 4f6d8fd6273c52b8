//! `--isolation process`: a pool of pre-started `kaa worker` processes and
//! the supervisor that talks to them.
//!
//! Each job is sent to one idle worker; the supervisor forwards the frames
//! it answers with and keeps a deadline per case (the case's wall limit plus
//! a grace period). A worker that dies, speaks garbage or misses its
//! deadline is killed and replaced; the case it was running gets
//! `WorkerCrashed` or `WallTimeLimit`, and the job's remaining cases go on on
//! the replacement, so one bad input cannot sink a batch.

use std::path::PathBuf;
use std::process::Stdio;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use tokio::process::{Child, ChildStdin, ChildStdout, Command};
use tokio::sync::mpsc::UnboundedSender;
use tokio_util::codec::{FramedRead, FramedWrite, LengthDelimitedCodec};
use tokio_util::sync::CancellationToken;

use super::frame::codec;
use super::wire::{FromWorker, Job, RunOutcome, RunStatus, ToWorker};
use super::ExecEvent;
use crate::metrics::Metrics;

/// How to start a worker.
#[derive(Clone, Debug)]
pub struct WorkerSpec {
    /// The `kaa` executable.
    pub program: PathBuf,
    /// Arguments after `worker`.
    pub args: Vec<String>,
    /// Jobs after which a worker is replaced anyway (bounds any slow leak).
    pub max_jobs: u64,
    /// Time past a case's wall limit before the worker is killed.
    pub grace: Duration,
}

/// One live worker process.
struct Worker {
    child: Child,
    tx: FramedWrite<ChildStdin, LengthDelimitedCodec>,
    rx: FramedRead<ChildStdout, LengthDelimitedCodec>,
    jobs: u64,
}

/// How talking to a worker about one job ended.
enum JobEnd {
    /// The worker finished the job and can be reused (or retired).
    Finished { retire: bool },
    /// The worker was lost while running case `index` of the sub-job.
    Lost { index: usize, status: RunStatus },
}

/// The pool and its supervisor.
pub struct ProcessPool {
    spec: WorkerSpec,
    idle: Mutex<Vec<Worker>>,
    next_job: AtomicU64,
    metrics: Arc<Metrics>,
}

impl ProcessPool {
    /// Starts `size` workers.
    pub fn start(spec: WorkerSpec, size: usize, metrics: Arc<Metrics>) -> std::io::Result<Self> {
        let pool = ProcessPool {
            spec,
            idle: Mutex::new(Vec::with_capacity(size)),
            next_job: AtomicU64::new(1),
            metrics,
        };
        for _ in 0..size {
            let w = pool.spawn()?;
            pool.put_back(w);
        }
        Ok(pool)
    }

    fn spawn(&self) -> std::io::Result<Worker> {
        let mut child = Command::new(&self.spec.program)
            .arg("worker")
            .args(&self.spec.args)
            .env_clear()
            .current_dir("/")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .kill_on_drop(true)
            .spawn()?;
        let stdin = child
            .stdin
            .take()
            .ok_or_else(|| std::io::Error::other("worker stdin missing"))?;
        let stdout = child
            .stdout
            .take()
            .ok_or_else(|| std::io::Error::other("worker stdout missing"))?;
        Ok(Worker {
            child,
            tx: FramedWrite::new(stdin, codec()),
            rx: FramedRead::new(stdout, codec()),
            jobs: 0,
        })
    }

    fn put_back(&self, worker: Worker) {
        if let Ok(mut idle) = self.idle.lock() {
            idle.push(worker);
        }
    }

    /// An idle, live worker (a new one if none is idle or it died idle).
    fn take(&self) -> std::io::Result<Worker> {
        loop {
            let next = self.idle.lock().ok().and_then(|mut idle| idle.pop());
            match next {
                Some(mut w) => match w.child.try_wait() {
                    Ok(None) => return Ok(w),
                    _ => {
                        tracing::warn!("worker died while idle; replacing it");
                        self.metrics.worker_restarts.inc();
                    }
                },
                None => return self.spawn(),
            }
        }
    }

    /// Replaces a lost or retired worker so the pool keeps its size.
    fn replace(&self, mut old: Worker) {
        let _ = old.child.start_kill();
        self.metrics.worker_restarts.inc();
        match self.spawn() {
            Ok(w) => self.put_back(w),
            // `take` will try again when a job needs a worker.
            Err(e) => tracing::error!(error = %e, "cannot start a replacement worker"),
        }
    }

    /// Runs `job`, sending its events; returns when every case is reported.
    pub async fn execute(
        &self,
        job: Job,
        events: UnboundedSender<ExecEvent>,
        cancel: CancellationToken,
    ) {
        let total = job.cases.len();
        let mut base = 0;
        while base < total {
            if cancel.is_cancelled() {
                for index in base..total {
                    send_aborted(
                        &events,
                        index,
                        RunStatus::Cancelled,
                        String::new(),
                        String::new(),
                    );
                }
                return;
            }
            let mut worker = match self.take() {
                Ok(w) => w,
                Err(e) => {
                    tracing::error!(error = %e, "no worker available");
                    for index in base..total {
                        send_aborted(
                            &events,
                            index,
                            RunStatus::WorkerCrashed,
                            String::new(),
                            String::new(),
                        );
                    }
                    return;
                }
            };
            let sub = Job {
                id: self.next_job.fetch_add(1, Ordering::Relaxed),
                cases: job
                    .cases
                    .get(base..)
                    .map(<[String]>::to_vec)
                    .unwrap_or_default(),
                ..job.clone()
            };
            match self.talk(&mut worker, sub, base, &events, &cancel).await {
                JobEnd::Finished { retire } => {
                    worker.jobs += 1;
                    if retire || worker.jobs >= self.spec.max_jobs {
                        self.replace(worker);
                    } else {
                        self.put_back(worker);
                    }
                    return;
                }
                JobEnd::Lost { index, status } => {
                    let status = match exit_signal(&mut worker).await {
                        Some(libc::SIGXCPU) => RunStatus::WallTimeLimit,
                        _ => status,
                    };
                    tracing::warn!(?status, case = base + index, "worker lost; replacing it");
                    send_aborted(&events, base + index, status, String::new(), String::new());
                    self.replace(worker);
                    base += index + 1;
                }
            }
        }
    }

    /// Sends `sub` to `worker` and relays its answers until the job ends or
    /// the worker is lost.
    async fn talk(
        &self,
        worker: &mut Worker,
        sub: Job,
        base: usize,
        events: &UnboundedSender<ExecEvent>,
        cancel: &CancellationToken,
    ) -> JobEnd {
        let job_id = sub.id;
        let per_case = sub
            .limits
            .wall_time_ms
            .map(Duration::from_millis)
            .unwrap_or(Duration::from_secs(3600))
            + self.spec.grace;
        let message = match serde_json::to_vec(&ToWorker::Run(sub)) {
            Ok(m) => m,
            Err(_) => {
                return JobEnd::Lost {
                    index: 0,
                    status: RunStatus::WorkerCrashed,
                }
            }
        };
        if worker.tx.send(bytes::Bytes::from(message)).await.is_err() {
            return JobEnd::Lost {
                index: 0,
                status: RunStatus::WorkerCrashed,
            };
        }
        let mut index = 0;
        let mut deadline = tokio::time::Instant::from_std(Instant::now() + per_case);
        let mut cancel_sent = false;
        loop {
            tokio::select! {
                frame = worker.rx.next() => {
                    let parsed = match frame {
                        Some(Ok(bytes)) => serde_json::from_slice::<FromWorker>(&bytes).ok(),
                        _ => None,
                    };
                    match parsed {
                        Some(FromWorker::Output { stream, data }) => {
                            let _ = events.send(ExecEvent::Output { stream, data });
                        }
                        Some(FromWorker::CaseDone { index: i, outcome }) => {
                            let _ = events.send(ExecEvent::Case { index: base + i, outcome: *outcome });
                            index = i + 1;
                            deadline = tokio::time::Instant::from_std(Instant::now() + per_case);
                        }
                        Some(FromWorker::JobDone { retire }) => return JobEnd::Finished { retire },
                        None => return JobEnd::Lost { index, status: RunStatus::WorkerCrashed },
                    }
                }
                _ = tokio::time::sleep_until(deadline) => {
                    let _ = worker.child.start_kill();
                    return JobEnd::Lost { index, status: if cancel_sent { RunStatus::Cancelled } else { RunStatus::WallTimeLimit } };
                }
                _ = cancel.cancelled(), if !cancel_sent => {
                    cancel_sent = true;
                    if let Ok(m) = serde_json::to_vec(&ToWorker::Cancel(job_id)) {
                        let _ = worker.tx.send(bytes::Bytes::from(m)).await;
                    }
                    let soon = tokio::time::Instant::now() + self.spec.grace;
                    deadline = deadline.min(soon);
                }
            }
        }
    }

    /// Stops every idle worker (they exit when their stdin closes).
    pub fn shutdown(&self) {
        if let Ok(mut idle) = self.idle.lock() {
            for mut w in idle.drain(..) {
                let _ = w.child.start_kill();
            }
        }
    }
}

fn send_aborted(
    events: &UnboundedSender<ExecEvent>,
    index: usize,
    status: RunStatus,
    stdout: String,
    stderr: String,
) {
    let _ = events.send(ExecEvent::Case {
        index,
        outcome: RunOutcome::aborted(status, Duration::ZERO, stdout, stderr),
    });
}

/// The signal that ended a lost worker, if it ended by one.
async fn exit_signal(worker: &mut Worker) -> Option<i32> {
    use std::os::unix::process::ExitStatusExt;
    let _ = worker.child.start_kill();
    let status = tokio::time::timeout(Duration::from_secs(2), worker.child.wait()).await;
    match status {
        Ok(Ok(s)) => s.signal(),
        _ => None,
    }
}
