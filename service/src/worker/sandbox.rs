//! Hardening of a worker process before it runs untrusted programs:
//! resource limits, `no_new_privs`, and a seccomp-bpf allowlist.
//!
//! The interpreter does no I/O of its own: a worker only reads frames from
//! stdin, writes frames to stdout (and panic text to stderr), allocates
//! memory, reads clocks, sleeps and synchronises its two helper threads. The
//! allowlist below is what `strace -f kaa worker` showed for that, plus the
//! calls abort and thread exit need. Anything else fails with EPERM, so a
//! bug that reaches for the file system or the network gets an error rather
//! than a capability.

/// OS limits applied to a worker.
#[derive(Clone, Copy, Debug)]
pub struct OsLimits {
    /// RLIMIT_AS in bytes (0: leave unlimited).
    pub address_space: u64,
    /// Hard RLIMIT_CPU in seconds over the worker's lifetime; the soft limit
    /// is moved before each job (see [`set_job_cpu_budget`]).
    pub cpu_hard_seconds: u64,
    /// RLIMIT_NOFILE.
    pub open_files: u64,
}

/// Applies the resource limits and `no_new_privs`.
#[cfg(target_os = "linux")]
pub fn apply_os_limits(limits: &OsLimits) -> std::io::Result<()> {
    use rlimit::Resource;
    rlimit::setrlimit(Resource::CORE, 0, 0)?;
    if limits.address_space > 0 {
        rlimit::setrlimit(Resource::AS, limits.address_space, limits.address_space)?;
    }
    rlimit::setrlimit(
        Resource::CPU,
        limits.cpu_hard_seconds,
        limits.cpu_hard_seconds,
    )?;
    rlimit::setrlimit(Resource::NOFILE, limits.open_files, limits.open_files)?;
    // SAFETY-free: prctl through libc is an FFI call, but kaa-service does
    // not forbid unsafe; the call takes only integers.
    let rc = unsafe { libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) };
    if rc != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

/// Applies the resource limits (no-op off Linux).
#[cfg(not(target_os = "linux"))]
pub fn apply_os_limits(_limits: &OsLimits) -> std::io::Result<()> {
    Ok(())
}

/// CPU seconds this process has used so far.
#[cfg(target_os = "linux")]
pub fn cpu_seconds_used() -> u64 {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // The kernel fills the struct; RUSAGE_SELF cannot fail.
    let rc = unsafe { libc::getrusage(libc::RUSAGE_SELF, usage.as_mut_ptr()) };
    if rc != 0 {
        return 0;
    }
    let usage = unsafe { usage.assume_init() };
    (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec).max(0) as u64 + 1
}

/// CPU seconds this process has used so far (unknown off Linux).
#[cfg(not(target_os = "linux"))]
pub fn cpu_seconds_used() -> u64 {
    0
}

/// Moves the soft RLIMIT_CPU to `seconds` from now (capped by the hard
/// limit): a job that spins past its wall limit and the supervisor's grace
/// is stopped by SIGXCPU even if the supervisor is slow to kill it.
#[cfg(target_os = "linux")]
pub fn set_job_cpu_budget(seconds: u64, hard: u64) {
    let soft = cpu_seconds_used().saturating_add(seconds).min(hard);
    let _ = rlimit::setrlimit(rlimit::Resource::CPU, soft, hard);
}

/// No-op off Linux.
#[cfg(not(target_os = "linux"))]
pub fn set_job_cpu_budget(_seconds: u64, _hard: u64) {}

/// Installs the seccomp allowlist on every thread of the process.
#[cfg(all(
    target_os = "linux",
    any(target_arch = "x86_64", target_arch = "aarch64")
))]
pub fn apply_seccomp() -> Result<(), String> {
    use std::collections::BTreeMap;

    use seccompiler::{
        BpfProgram, SeccompAction, SeccompCmpArgLen, SeccompCmpOp, SeccompCondition, SeccompFilter,
        SeccompRule,
    };

    let mut rules: BTreeMap<i64, Vec<SeccompRule>> = BTreeMap::new();
    for &nr in ALLOWED {
        rules.insert(nr, Vec::new());
    }
    // prlimit64(0, RLIMIT_CPU, ...) only: the per-job CPU budget.
    let own_cpu_limit = SeccompRule::new(vec![
        SeccompCondition::new(0, SeccompCmpArgLen::Qword, SeccompCmpOp::Eq, 0)
            .map_err(|e| e.to_string())?,
        SeccompCondition::new(
            1,
            SeccompCmpArgLen::Dword,
            SeccompCmpOp::Eq,
            libc::RLIMIT_CPU as u64,
        )
        .map_err(|e| e.to_string())?,
    ])
    .map_err(|e| e.to_string())?;
    rules.insert(libc::SYS_prlimit64, vec![own_cpu_limit]);
    // Threads (the interpreter runs each program on a thread with a large
    // stack), never processes: clone only with CLONE_THREAD. clone3 passes
    // its flags in memory, which BPF cannot read, so the second filter
    // below makes it fail with ENOSYS and glibc falls back to clone.
    let threads_only = SeccompRule::new(vec![SeccompCondition::new(
        0,
        SeccompCmpArgLen::Qword,
        SeccompCmpOp::MaskedEq(libc::CLONE_THREAD as u64),
        libc::CLONE_THREAD as u64,
    )
    .map_err(|e| e.to_string())?])
    .map_err(|e| e.to_string())?;
    rules.insert(libc::SYS_clone, vec![threads_only]);
    rules.insert(libc::SYS_clone3, Vec::new());
    let arch = std::env::consts::ARCH
        .try_into()
        .map_err(|e: seccompiler::BackendError| e.to_string())?;
    let filter = SeccompFilter::new(
        rules,
        SeccompAction::Errno(libc::EPERM as u32),
        SeccompAction::Allow,
        arch,
    )
    .map_err(|e| e.to_string())?;
    let program: BpfProgram = filter
        .try_into()
        .map_err(|e: seccompiler::BackendError| e.to_string())?;
    seccompiler::apply_filter_all_threads(&program).map_err(|e| e.to_string())
}

/// Seccomp is Linux-only (and only x86_64/aarch64 here).
#[cfg(not(all(
    target_os = "linux",
    any(target_arch = "x86_64", target_arch = "aarch64")
)))]
pub fn apply_seccomp() -> Result<(), String> {
    Ok(())
}

/// The system calls a worker may make after start-up.
#[cfg(all(
    target_os = "linux",
    any(target_arch = "x86_64", target_arch = "aarch64")
))]
const ALLOWED: &[i64] = &[
    // frames on the pipes, panic messages on stderr
    libc::SYS_read,
    libc::SYS_write,
    libc::SYS_writev,
    libc::SYS_close,
    // memory
    libc::SYS_mmap,
    libc::SYS_munmap,
    libc::SYS_mremap,
    libc::SYS_mprotect,
    libc::SYS_madvise,
    libc::SYS_brk,
    // threads: condition variables, thread start-up and exit
    libc::SYS_futex,
    libc::SYS_set_tid_address,
    libc::SYS_sched_getaffinity,
    libc::SYS_prctl,
    libc::SYS_sched_yield,
    libc::SYS_exit,
    libc::SYS_exit_group,
    libc::SYS_set_robust_list,
    libc::SYS_rseq,
    // clocks and sleeping
    libc::SYS_clock_gettime,
    libc::SYS_clock_nanosleep,
    libc::SYS_nanosleep,
    libc::SYS_getrusage,
    // randomness for std's hash maps
    libc::SYS_getrandom,
    // signals: abort, stack-overflow handler
    libc::SYS_rt_sigreturn,
    libc::SYS_rt_sigprocmask,
    libc::SYS_rt_sigaction,
    libc::SYS_sigaltstack,
    libc::SYS_gettid,
    libc::SYS_getpid,
    libc::SYS_tgkill,
];
