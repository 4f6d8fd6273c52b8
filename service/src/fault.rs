//! Fault injection for the supervisor's tests (cargo feature
//! `fault-injection`, off by default and in release builds).
//!
//! A program whose first line is `#kaa-fault: abort` makes the process
//! abort, `#kaa-fault: hang` makes it sleep forever ignoring cancellation,
//! `#kaa-fault: sleep=MS` delays the run by MS milliseconds, and
//! `#kaa-fault: open` tries to read `/etc/hostname` and reports what
//! happened (in a seccomp-filtered worker it must fail). Without the
//! feature, [`before_case`] does nothing and such lines are plain comments.

/// Acts on a fault directive in `source`, if the feature is on; returns a
/// note to add to the run's stderr.
#[cfg(feature = "fault-injection")]
pub fn before_case(source: &str) -> Option<String> {
    let Some(directive) = source
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("#kaa-fault:"))
        .map(str::trim)
    else {
        return None;
    };
    if directive == "abort" {
        std::process::abort();
    } else if directive == "hang" {
        loop {
            std::thread::sleep(std::time::Duration::from_secs(3600));
        }
    } else if let Some(ms) = directive
        .strip_prefix("sleep=")
        .and_then(|m| m.parse::<u64>().ok())
    {
        std::thread::sleep(std::time::Duration::from_millis(ms));
    } else if directive == "open" {
        return Some(match std::fs::read("/etc/hostname") {
            Ok(_) => "fault-injection: open succeeded\n".to_string(),
            Err(e) => format!("fault-injection: open failed: {e}\n"),
        });
    }
    None
}

/// Acts on a fault directive in `source`, if the feature is on.
#[cfg(not(feature = "fault-injection"))]
pub fn before_case(_source: &str) -> Option<String> {
    None
}

/// Whether `source` asks for a fault that would take the whole process down
/// (the thread pool refuses those instead of dying).
pub fn is_process_fatal(source: &str) -> bool {
    cfg!(feature = "fault-injection")
        && source
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("#kaa-fault:"))
            .map(|d| matches!(d.trim(), "abort" | "hang"))
            .unwrap_or(false)
}
