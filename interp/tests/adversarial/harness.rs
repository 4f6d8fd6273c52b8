//! Shared machinery of the adversarial suite: reading the attack programs and
//! their headers, running one under its limits on a fixed-size thread, and
//! checking the outcome (status, stop time, accounted and resident memory,
//! output size, stdout, exit code, determinism).
//!
//! Header grammar (comment lines at the top of each `.py` file):
//!
//! ```text
//! # attack: <one line>
//! # expect: <status>[|<status>...]  limits: key=value ...
//! # stdout: "<escaped text>"          (optional: exact stdout)
//! # exit: <code>                      (optional: exact exit code)
//! # deterministic: ...                (optional: run twice, same stdout and instructions)
//! ```
//!
//! Statuses: `ok`, `syntax_error`, `runtime_error` or `runtime_error(Type)`,
//! `time_limit`, `time_limit(instructions)`, `time_limit(wall)`,
//! `memory_limit`, `output_limit`, `cancelled`. Limit keys: `instructions`,
//! `wall` (seconds), `memory` (`32M`, `512K` or bytes), `recursion`,
//! `output` (bytes). Unset keys take [`DEFAULT_WALL`] and friends.

#![allow(dead_code)]

use kaa_interp::api::{Config, Interpreter, Limits, Outcome, Status, TimeLimitReason};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Wall limit of a case that names none.
pub const DEFAULT_WALL: Duration = Duration::from_secs(1);
/// Memory limit of a case that names none.
pub const DEFAULT_MEMORY: u64 = 64 << 20;
/// Accounted bytes a run may end above its memory limit.
pub const ACCOUNTING_SLACK: u64 = 64 << 10;
/// Stack size of the thread that calls `Interpreter::run`.
pub const CALLER_STACK: usize = 8 << 20;

/// One attack program with its expectations.
#[derive(Clone, Debug)]
pub struct Case {
    /// File stem.
    pub name: String,
    /// What the attack does.
    pub attack: String,
    /// Accepted statuses (any one).
    pub expect: Vec<String>,
    /// Limits it runs under.
    pub limits: Limits,
    /// Exact stdout, when stated.
    pub stdout: Option<String>,
    /// Exact exit code, when stated.
    pub exit: Option<i32>,
    /// Whether a second run must give the same stdout and instruction count.
    pub deterministic: bool,
    /// The whole program text.
    pub source: String,
}

/// The folder holding the programs (`KAA_ADV_DIR` overrides it, for trying
/// out new attacks).
pub fn dir() -> PathBuf {
    if let Ok(d) = std::env::var("KAA_ADV_DIR") {
        return PathBuf::from(d);
    }
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("adversarial")
}

/// All cases, sorted by name.
pub fn load_all() -> Vec<Case> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir())
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|e| e == "py"));
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let src = std::fs::read_to_string(p).unwrap_or_default();
            let name = p
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            parse(&name, &src).unwrap_or_else(|e| panic!("{}: bad header: {}", name, e))
        })
        .collect()
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(o) => out.push(o),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn parse_bytes(v: &str) -> Result<u64, String> {
    let (num, mult) = match v.as_bytes().last() {
        Some(b'M') => (&v[..v.len() - 1], 1u64 << 20),
        Some(b'K') => (&v[..v.len() - 1], 1 << 10),
        _ => (v, 1),
    };
    num.parse::<u64>()
        .map(|n| n * mult)
        .map_err(|e| format!("{}: {}", v, e))
}

/// Parses one program's header.
pub fn parse(name: &str, src: &str) -> Result<Case, String> {
    let mut case = Case {
        name: name.to_string(),
        attack: String::new(),
        expect: Vec::new(),
        limits: Limits {
            instructions: None,
            wall_time: Some(DEFAULT_WALL),
            memory_bytes: Some(DEFAULT_MEMORY),
            recursion_depth: 1000,
            max_recursion_depth: kaa_interp::api::DEFAULT_MAX_RECURSION_DEPTH,
            output_bytes: Some(1 << 20),
        },
        stdout: None,
        exit: None,
        deterministic: false,
        source: src.to_string(),
    };
    for line in src.lines().take_while(|l| l.starts_with('#')) {
        let line = line.trim_start_matches('#').trim();
        if let Some(a) = line.strip_prefix("attack:") {
            case.attack = a.trim().to_string();
        } else if let Some(rest) = line.strip_prefix("expect:") {
            let (st, lim) = rest
                .split_once("limits:")
                .ok_or("expect line without limits:")?;
            case.expect = st.trim().split('|').map(|s| s.trim().to_string()).collect();
            for kv in lim.split_whitespace() {
                let (k, v) = kv.split_once('=').ok_or(format!("bad limit {}", kv))?;
                let l = &mut case.limits;
                match k {
                    "instructions" => {
                        l.instructions = Some(v.parse().map_err(|e| format!("{}: {}", kv, e))?)
                    }
                    "wall" => {
                        l.wall_time = Some(Duration::from_secs_f64(
                            v.parse().map_err(|e| format!("{}: {}", kv, e))?,
                        ))
                    }
                    "memory" => l.memory_bytes = Some(parse_bytes(v)?),
                    "recursion" => {
                        l.recursion_depth = v.parse().map_err(|e| format!("{}: {}", kv, e))?
                    }
                    "max_recursion" => {
                        l.max_recursion_depth = v.parse().map_err(|e| format!("{}: {}", kv, e))?
                    }
                    "output" => l.output_bytes = Some(parse_bytes(v)?),
                    _ => return Err(format!("unknown limit {}", k)),
                }
            }
        } else if let Some(s) = line.strip_prefix("stdout:") {
            let s = s.trim();
            let inner = s
                .strip_prefix('"')
                .and_then(|s| s.strip_suffix('"'))
                .ok_or("stdout not quoted")?;
            case.stdout = Some(unescape(inner));
        } else if let Some(e) = line.strip_prefix("exit:") {
            case.exit = Some(e.trim().parse().map_err(|e| format!("exit: {}", e))?);
        } else if line.starts_with("deterministic") {
            case.deterministic = true;
        }
    }
    if case.expect.is_empty() {
        return Err("no expect: line".into());
    }
    Ok(case)
}

/// The status of an outcome in header notation (with the exception type for
/// runtime errors).
pub fn status_word(o: &Outcome) -> String {
    match o.status {
        Status::Ok => "ok".into(),
        Status::SyntaxError => "syntax_error".into(),
        Status::RuntimeError => match &o.error {
            Some(e) => format!("runtime_error({})", e.type_name),
            None => "runtime_error".into(),
        },
        Status::TimeLimit(TimeLimitReason::Instructions) => "time_limit(instructions)".into(),
        Status::TimeLimit(TimeLimitReason::WallTime) => "time_limit(wall)".into(),
        Status::MemoryLimit => "memory_limit".into(),
        Status::OutputLimit => "output_limit".into(),
        Status::Cancelled => "cancelled".into(),
    }
}

fn status_matches(expected: &str, observed: &str) -> bool {
    expected == observed || observed.split('(').next() == Some(expected)
}

/// Resident set size of this process in bytes (/proc/self/statm).
pub fn rss_bytes() -> u64 {
    let s = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: u64 = s
        .split_whitespace()
        .nth(1)
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    pages * 4096
}

/// Resets the kernel's peak-RSS mark (VmHWM); false when not permitted.
pub fn reset_peak_rss() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// The kernel's peak-RSS mark (VmHWM) in bytes.
pub fn peak_rss_bytes() -> u64 {
    let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    s.lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| {
            v.split_whitespace()
                .next()
                .and_then(|n| n.parse::<u64>().ok())
        })
        .map_or(0, |kib| kib * 1024)
}

/// What one run produced and measured.
#[derive(Debug)]
pub struct Measured {
    /// The outcome (None when the calling thread panicked).
    pub outcome: Option<Outcome>,
    /// Wall time around `Interpreter::run`.
    pub elapsed: Duration,
    /// RSS before the run.
    pub rss_before: u64,
    /// Peak RSS during the run (0 when it cannot be observed).
    pub rss_peak: u64,
    /// RSS after the run.
    pub rss_after: u64,
}

/// Runs `source` under `limits` on a thread with a [`CALLER_STACK`] stack,
/// catching a panic of that thread.
pub fn run_measured(source: &str, limits: &Limits) -> Measured {
    let src = source.to_string();
    let limits_copy = limits.clone();
    let limits = limits.clone();
    let can_peak = reset_peak_rss();
    let rss_before = rss_bytes();
    let started = Instant::now();
    let handle = std::thread::Builder::new()
        .name("adversarial-case".into())
        .stack_size(CALLER_STACK)
        .spawn(move || {
            Interpreter::new(Config {
                limits,
                ..Config::default()
            })
            .run(&src)
        });
    // A run that overstays its allowance by far is abandoned (its thread
    // cannot be stopped) and reported as a hang.
    let give_up = started + time_allowance(&limits_copy) * 2 + Duration::from_secs(2);
    let mut outcome = None;
    if let Ok(h) = handle {
        while !h.is_finished() && Instant::now() < give_up {
            std::thread::sleep(Duration::from_millis(1));
        }
        if h.is_finished() {
            outcome = h.join().ok();
        }
    }
    let elapsed = started.elapsed();
    let rss_peak = if can_peak { peak_rss_bytes() } else { 0 };
    Measured {
        outcome,
        elapsed,
        rss_before,
        rss_peak,
        rss_after: rss_bytes(),
    }
}

/// Time a run may take: 1.2 × its wall limit + 50 ms.
pub fn time_allowance(limits: &Limits) -> Duration {
    let wall = limits.wall_time.unwrap_or(DEFAULT_WALL);
    wall.mul_f64(1.2) + Duration::from_millis(50)
}

/// Resident memory a run may add over its starting RSS: the memory limit
/// plus half of it (allocator slack, code, thread stacks) and 16 MiB.
pub fn rss_allowance(limits: &Limits) -> u64 {
    let m = limits.memory_bytes.unwrap_or(DEFAULT_MEMORY);
    m + m / 2 + (16 << 20)
}

/// One line of the result table.
pub fn describe(case: &Case, m: &Measured) -> String {
    let (st, peak) = match &m.outcome {
        Some(o) => (status_word(o), o.usage.peak_memory_bytes),
        None => ("PANIC/HANG".into(), 0),
    };
    // Near the memory limit, how far under (+) or over (-) it the peak
    // ended, in KiB (the check allows 64 KiB over).
    let margin = match case.limits.memory_bytes {
        Some(l) if peak + (1 << 20) >= l => {
            format!("  margin {:+} KiB", (l as i64 - peak as i64) / 1024)
        }
        _ => String::new(),
    };
    format!(
        "{:<44} {:<34} {:>7.1} ms  peak {:>6.1} MiB  rss +{:>6.1} MiB{}",
        case.name,
        st,
        m.elapsed.as_secs_f64() * 1000.0,
        peak as f64 / 1048576.0,
        m.rss_peak.saturating_sub(m.rss_before) as f64 / 1048576.0,
        margin
    )
}

/// Checks one measured run against the case; `Err` lists every violation.
pub fn check(case: &Case, m: &Measured) -> Result<(), String> {
    let mut errs = Vec::new();
    let Some(o) = &m.outcome else {
        return Err(format!(
            "the calling thread panicked or hung (gave up after {:?})",
            m.elapsed
        ));
    };
    if let Some(e) = &o.error {
        if e.type_name == "SystemError" && e.message.contains("panicked") {
            errs.push(format!("the interpreter panicked: {}", e.message));
        }
    }
    let observed = status_word(o);
    if !case.expect.iter().any(|e| status_matches(e, &observed)) {
        let msg = o
            .error
            .as_ref()
            .map(|e| format!("{}: {}", e.type_name, e.message))
            .unwrap_or_default();
        errs.push(format!(
            "status {} (expected {}) {}",
            observed,
            case.expect.join("|"),
            shorten(&msg)
        ));
    }
    let allowed = time_allowance(&case.limits);
    if m.elapsed > allowed {
        errs.push(format!("took {:?}, allowed {:?}", m.elapsed, allowed));
    }
    if let Some(limit) = case.limits.memory_bytes {
        // One small object's worth of overshoot: checks run before large
        // allocations, small ones are charged and then checked.
        if o.usage.peak_memory_bytes > limit + ACCOUNTING_SLACK {
            errs.push(format!(
                "accounted peak {} > limit {}",
                o.usage.peak_memory_bytes, limit
            ));
        }
        let grown = m.rss_peak.saturating_sub(m.rss_before);
        if m.rss_peak > 0 && grown > rss_allowance(&case.limits) {
            errs.push(format!(
                "peak RSS grew by {} MiB (limit {} MiB)",
                grown >> 20,
                limit >> 20
            ));
        }
    }
    if let Some(limit) = case.limits.instructions {
        // One check interval plus one charged chunk of native work.
        if o.usage.instructions > limit + INSTRUCTION_SLACK {
            errs.push(format!(
                "{} instructions counted > limit {}",
                o.usage.instructions, limit
            ));
        }
    }
    if let Some(limit) = case.limits.output_bytes {
        let total = (o.stdout.len() + o.stderr.len()) as u64;
        // The runtime's own closing line (traceback / limit message) may follow.
        if total > limit + 4096 {
            errs.push(format!("output {} bytes > limit {}", total, limit));
        }
        if o.status == Status::OutputLimit && total + 4 < limit {
            errs.push(format!(
                "output limit status but only {} bytes kept (limit {})",
                total, limit
            ));
        }
    }
    if let Some(want) = &case.stdout {
        if &o.stdout != want {
            errs.push(format!(
                "stdout {:?}, expected {:?}",
                shorten(&o.stdout),
                want
            ));
        }
    }
    if let Some(code) = case.exit {
        if o.exit_code != code {
            errs.push(format!("exit code {}, expected {}", o.exit_code, code));
        }
    }
    if errs.is_empty() {
        Ok(())
    } else {
        Err(errs.join("; "))
    }
}

/// How far past its limit the instruction count may end (as the fuzz
/// target allows): a check interval and a chunk of charged work.
const INSTRUCTION_SLACK: u64 = 1 << 16;

/// Runs and checks a case (twice when it must be deterministic).
pub fn run_and_check(case: &Case) -> (Measured, Result<(), String>) {
    let m = run_measured(&case.source, &case.limits);
    let mut verdict = check(case, &m);
    if verdict.is_ok() && case.deterministic {
        let again = run_measured(&case.source, &case.limits);
        if let (Some(a), Some(b)) = (&m.outcome, &again.outcome) {
            if a.stdout != b.stdout || a.usage.instructions != b.usage.instructions {
                verdict = Err(format!(
                    "not deterministic: {:?}/{} vs {:?}/{}",
                    shorten(&a.stdout),
                    a.usage.instructions,
                    shorten(&b.stdout),
                    b.usage.instructions
                ));
            }
        }
    }
    (m, verdict)
}

/// The first 160 characters of `s`.
pub fn shorten(s: &str) -> String {
    let t: String = s.chars().take(160).collect();
    if t.len() < s.len() {
        format!("{}…", t)
    } else {
        t
    }
}
