//! Fuzz target `run`: arbitrary source run by the interpreter under small
//! limits. Whatever the program does, the run must end with an `Outcome`
//! (any status) within the limits: never a panic, an abort or a hang, and
//! never past a limit by more than the adversarial suite allows
//! (`interp/tests/adversarial/README.md`): time ≤ 1.2 × limit + 50 ms,
//! accounted peak memory ≤ limit + 64 KiB, output ≤ limit + 4 KiB,
//! instructions ≤ limit + one check interval. A violation panics, which
//! libFuzzer records as a crash with the input.
//!
//! Time is checked as the process's CPU time (user + system, from
//! `/proc/self/stat`), not the wall clock: the fuzzer runs at `nice 19` on a
//! shared machine, where a run can wait over a second for a core (the first
//! 30-minute run reported five such "crashes" that never reproduced). A
//! native loop that runs past the deadline burns CPU, so it still fails.
#![no_main]

use std::time::{Duration, Instant};

use kaa_interp::api::{Config, Interpreter, Limits};
use libfuzzer_sys::fuzz_target;

/// The limits every input runs under.
const INSTRUCTIONS: u64 = 200_000;
const WALL: Duration = Duration::from_millis(1000);
const MEMORY: u64 = 16 << 20;
const OUTPUT: u64 = 64 << 10;

/// The slack of each check (see the module doc).
const MEMORY_SLACK: u64 = 64 << 10;
const OUTPUT_SLACK: u64 = 4 << 10;
const INSTRUCTION_SLACK: u64 = 1 << 16;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    let limits = Limits {
        instructions: Some(INSTRUCTIONS),
        wall_time: Some(WALL),
        memory_bytes: Some(MEMORY),
        recursion_depth: 100,
        max_recursion_depth: 1000,
        output_bytes: Some(OUTPUT),
    };
    let config = Config {
        limits,
        ..Config::default()
    };
    let started = Instant::now();
    let cpu_before = cpu_time();
    let outcome = Interpreter::new(config).run(source);
    let took = started.elapsed();
    let cpu = cpu_time().saturating_sub(cpu_before);
    // /proc/self/stat counts in 10 ms ticks: one tick of slack more.
    let allowed = WALL.mul_f64(1.2) + Duration::from_millis(60);
    assert!(
        cpu <= allowed,
        "ran {:?} of CPU ({:?} wall, allowed {:?}), status {:?}",
        cpu,
        took,
        allowed,
        outcome.status
    );
    assert!(
        outcome.usage.peak_memory_bytes <= MEMORY + MEMORY_SLACK,
        "accounted peak {} > limit {}, status {:?}",
        outcome.usage.peak_memory_bytes,
        MEMORY,
        outcome.status
    );
    let output = (outcome.stdout.len() + outcome.stderr.len()) as u64;
    assert!(
        output <= OUTPUT + OUTPUT_SLACK,
        "output {} bytes > limit {}, status {:?}",
        output,
        OUTPUT,
        outcome.status
    );
    assert!(
        outcome.usage.instructions <= INSTRUCTIONS + INSTRUCTION_SLACK,
        "{} instructions > limit {}, status {:?}",
        outcome.usage.instructions,
        INSTRUCTIONS,
        outcome.status
    );
});

/// User + system CPU time of this process so far (zero when unreadable).
fn cpu_time() -> Duration {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return Duration::ZERO;
    };
    // Fields after the command name (which may hold spaces) in parentheses.
    let Some(rest) = stat.rsplit_once(')').map(|(_, r)| r) else {
        return Duration::ZERO;
    };
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the line, 12 and 13 here.
    let ticks: u64 = [11, 12]
        .iter()
        .filter_map(|&i| fields.get(i).and_then(|f| f.parse::<u64>().ok()))
        .sum();
    Duration::from_millis(ticks * 10)
}
