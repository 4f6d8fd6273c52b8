//! Fuzz target `run`: arbitrary source run by the interpreter under small
//! limits. Whatever the program does, the run must end with an `Outcome`
//! (any status) within the limits: never a panic, an abort or a hang.
#![no_main]

use std::time::Duration;

use kaa_interp::api::{Config, Interpreter, Limits};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    let limits = Limits {
        instructions: Some(200_000),
        wall_time: Some(Duration::from_secs(2)),
        memory_bytes: Some(16 << 20),
        recursion_depth: 100,
        output_bytes: Some(64 << 10),
    };
    let config = Config {
        limits,
        ..Config::default()
    };
    let outcome = Interpreter::new(config).run(source);
    let _ = (outcome.status, outcome.stdout.len(), outcome.stderr.len());
});
