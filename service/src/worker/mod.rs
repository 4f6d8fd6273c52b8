//! `kaa worker`: one isolated evaluation process of the server's pool.
//!
//! It reads [`ToWorker`] frames on stdin and answers with [`FromWorker`]
//! frames on stdout. Three threads, all started before the seccomp filter
//! is installed: the main thread runs jobs; a reader thread takes frames off
//! stdin (so a `Cancel` can arrive while a job runs) and exits the process
//! when the server closes the pipe; a flusher thread sends streamed output in
//! coalesced frames a few milliseconds after it is written. Jobs run on a
//! fourth, big-stack thread started after the seccomp filter.

pub mod sandbox;

use std::io::Write;
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use clap::Args;
use kaa_interp::api::CancelHandle;

use crate::exec::frame::{read_frame, write_frame};
use crate::exec::local::run_job;
use crate::exec::wire::{FromWorker, Job, StreamKind, ToWorker};
use sandbox::OsLimits;

/// Flags the server passes to `kaa worker`.
#[derive(Args, Debug, Clone)]
pub struct WorkerArgs {
    /// RLIMIT_AS in bytes (0: unlimited).
    #[arg(long, default_value_t = 0)]
    pub address_space: u64,
    /// Hard RLIMIT_CPU in seconds over the worker's life.
    #[arg(long, default_value_t = 3600)]
    pub cpu_hard_seconds: u64,
    /// RLIMIT_NOFILE.
    #[arg(long, default_value_t = 16)]
    pub open_files: u64,
    /// Skip the seccomp filter (debugging, strace).
    #[arg(long)]
    pub no_seccomp: bool,
}

/// Output written but not yet sent.
#[derive(Default)]
struct Pending {
    chunks: Vec<(StreamKind, String)>,
}

impl Pending {
    fn push(&mut self, stream: StreamKind, text: &str) {
        match self.chunks.last_mut() {
            Some((last, buf)) if *last == stream => buf.push_str(text),
            _ => self.chunks.push((stream, text.to_string())),
        }
    }
}

/// The state the three threads share.
struct Shared {
    out: Mutex<std::io::BufWriter<std::io::Stdout>>,
    pending: Mutex<Pending>,
    wake: Condvar,
    current: Mutex<Option<(u64, CancelHandle)>>,
}

impl Shared {
    /// Sends pending output; the caller holds the writer lock.
    fn drain_pending(&self, out: &mut impl Write) -> std::io::Result<()> {
        let chunks = std::mem::take(&mut self.pending.lock().map_err(poisoned)?.chunks);
        for (stream, data) in chunks {
            write_frame(out, &FromWorker::Output { stream, data })?;
        }
        Ok(())
    }

    fn send(&self, message: &FromWorker) -> std::io::Result<()> {
        let mut out = self.out.lock().map_err(poisoned)?;
        self.drain_pending(&mut *out)?;
        write_frame(&mut *out, message)
    }
}

fn poisoned<T>(_: T) -> std::io::Error {
    std::io::Error::other("lock poisoned")
}

/// Runs the worker until the server closes stdin; returns the exit status.
pub fn worker_main(args: WorkerArgs) -> i32 {
    let limits = OsLimits {
        address_space: args.address_space,
        cpu_hard_seconds: args.cpu_hard_seconds,
        open_files: args.open_files,
    };
    if let Err(e) = sandbox::apply_os_limits(&limits) {
        eprintln!("kaa worker: cannot apply OS limits: {e}");
        return 70;
    }
    let shared = Arc::new(Shared {
        out: Mutex::new(std::io::BufWriter::new(std::io::stdout())),
        pending: Mutex::new(Pending::default()),
        wake: Condvar::new(),
        current: Mutex::new(None),
    });
    let (jobs_tx, jobs_rx) = mpsc::channel::<Job>();
    let reader = Arc::clone(&shared);
    std::thread::spawn(move || read_loop(&reader, jobs_tx));
    let flusher = Arc::clone(&shared);
    std::thread::spawn(move || flush_loop(&flusher));
    if !args.no_seccomp {
        if let Err(e) = sandbox::apply_seccomp() {
            eprintln!("kaa worker: cannot install seccomp filter: {e}");
            return 70;
        }
    }
    // Jobs run on one big-stack thread started after the filter (so it is
    // filtered too), which evaluates them in place: no hand-off per job, and
    // the interpreter's per-thread built-ins stay warm between jobs.
    let cpu_hard = limits.cpu_hard_seconds;
    let runner = std::thread::Builder::new()
        .name("kaa-jobs".into())
        .stack_size(kaa_interp::api::EVAL_STACK_SIZE)
        .spawn(move || {
            while let Ok(job) = jobs_rx.recv() {
                if serve_job(&shared, job, cpu_hard).is_err() {
                    return 1;
                }
            }
            0
        });
    match runner.map(|h| h.join()) {
        Ok(Ok(status)) => status,
        // The interpreter panicked: the server sees the worker end.
        Ok(Err(_)) => 70,
        Err(e) => {
            eprintln!("kaa worker: cannot start the job thread: {e}");
            70
        }
    }
}

fn serve_job(shared: &Arc<Shared>, job: Job, cpu_hard: u64) -> std::io::Result<()> {
    let cancel = CancelHandle::default();
    if let Ok(mut current) = shared.current.lock() {
        *current = Some((job.id, cancel.clone()));
    }
    if let Some(ms) = job.limits.wall_time_ms {
        // Each case may use its wall limit plus a second of slack.
        let per_case = ms.div_ceil(1000) + 1;
        sandbox::set_job_cpu_budget(
            per_case.saturating_mul(job.cases.len() as u64) + 1,
            cpu_hard,
        );
    }
    let forward: Option<crate::exec::local::OutputForward> = if job.stream {
        let s = Arc::clone(shared);
        Some(Arc::new(move |stream, text| {
            if let Ok(mut pending) = s.pending.lock() {
                pending.push(stream, text);
            }
            s.wake.notify_one();
        }))
    } else {
        None
    };
    let mut result = Ok(());
    run_job(&job, &cancel, forward, |index, outcome| {
        if result.is_ok() {
            result = shared.send(&FromWorker::CaseDone {
                index,
                outcome: Box::new(outcome),
            });
        }
    });
    result?;
    if let Ok(mut current) = shared.current.lock() {
        *current = None;
    }
    let retire = sandbox::cpu_seconds_used() + 600 > cpu_hard;
    shared.send(&FromWorker::JobDone { retire })
}

fn read_loop(shared: &Shared, jobs: mpsc::Sender<Job>) {
    let mut stdin = std::io::stdin().lock();
    loop {
        match read_frame::<_, ToWorker>(&mut stdin) {
            Ok(Some(ToWorker::Run(job))) => {
                if jobs.send(job).is_err() {
                    std::process::exit(0);
                }
            }
            Ok(Some(ToWorker::Cancel(id))) => {
                if let Ok(current) = shared.current.lock() {
                    if let Some((running, handle)) = current.as_ref() {
                        if *running == id {
                            handle.cancel();
                        }
                    }
                }
            }
            // The server went away or spoke nonsense: nothing to work for.
            Ok(None) | Err(_) => std::process::exit(0),
        }
    }
}

fn flush_loop(shared: &Shared) {
    loop {
        {
            let Ok(mut pending) = shared.pending.lock() else {
                return;
            };
            while pending.chunks.is_empty() {
                pending = match shared.wake.wait(pending) {
                    Ok(p) => p,
                    Err(_) => return,
                };
            }
        }
        // Let a burst of small writes gather into one frame.
        std::thread::sleep(Duration::from_millis(5));
        let Ok(mut out) = shared.out.lock() else {
            return;
        };
        if shared.drain_pending(&mut *out).is_err() {
            return;
        }
    }
}
