//! No leaks across evaluations (issue 5, "Must hold"): many evaluations in
//! one process — normal, failing, cycle-building, syntax errors and every
//! kind of limit hit — keep the resident set flat after a warm-up.
//!
//! 10,000 evaluations by default; `KAA_LEAK_RUNS=100000` for the closing
//! figures. RSS is read from /proc/self/statm and printed at intervals.

use kaa_interp::api::{Config, Interpreter, Limits, Status, TimeLimitReason};
use std::time::{Duration, Instant};

/// The 1-minute load average (`/proc/loadavg`): the machine is shared.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "?".into())
}

fn rss_kib() -> u64 {
    let s = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: u64 = s
        .split_whitespace()
        .nth(1)
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    pages * 4
}

/// One program of the mix, its limits and the status it must end with.
struct Program {
    source: &'static str,
    limits: Limits,
    status: Status,
}

fn small_limits() -> Limits {
    Limits {
        instructions: Some(200_000),
        wall_time: Some(Duration::from_secs(5)),
        memory_bytes: Some(16 << 20),
        recursion_depth: 60,
        max_recursion_depth: 60,
        output_bytes: Some(4096),
    }
}

fn mix() -> Vec<Program> {
    let l = small_limits;
    vec![
        Program {
            source: "def f(n):\n    return n * 2\nprint(sum(f(i) for i in range(100)), sorted({'b': 1, 'a': 2}))\n",
            limits: l(),
            status: Status::Ok,
        },
        Program {
            source: "class E(Exception):\n    pass\ndef g():\n    raise E('boom')\ng()\n",
            limits: l(),
            status: Status::RuntimeError,
        },
        Program {
            source: "class N:\n    def __init__(self):\n        self.me = self\n        self.d = {'n': self}\na = []\na.append(a)\nfor i in range(200):\n    x = N()\n    y = [x, a]\n    x.y = y\ng = (i for i in range(5))\nnext(g)\n",
            limits: l(),
            status: Status::Ok,
        },
        Program { source: "while True:\n    pass\n", limits: l(), status: Status::TimeLimit(TimeLimitReason::Instructions) },
        Program {
            source: "keep = [[i] for i in range(1000)]\ns = 'x' * 10**10\n",
            limits: l(),
            status: Status::MemoryLimit,
        },
        Program {
            source: "a = []\nwhile True:\n    a.append('x' * 10000)\n",
            limits: Limits { instructions: None, memory_bytes: Some(2 << 20), ..l() },
            status: Status::MemoryLimit,
        },
        Program { source: "while True:\n    print('spam and eggs')\n", limits: l(), status: Status::OutputLimit },
        Program {
            source: "def r(n):\n    return r(n + 1)\ntry:\n    r(0)\nexcept RuntimeError:\n    pass\nr(0)\n",
            limits: l(),
            status: Status::RuntimeError,
        },
        Program { source: "x = = 1\n", limits: l(), status: Status::SyntaxError },
        Program {
            source: "d = {}\nfor i in range(60):\n    d[str(i)] = [i, (i,), {i}]\ntry:\n    d['missing']\nexcept KeyError as e:\n    print(repr(e))\n",
            limits: l(),
            status: Status::Ok,
        },
    ]
}

#[test]
fn many_evaluations_keep_memory_flat() {
    let runs: usize = std::env::var("KAA_LEAK_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let programs = mix();
    let run_one = |i: usize| {
        let p = &programs[i % programs.len()];
        let o = Interpreter::new(Config {
            limits: p.limits.clone(),
            ..Config::default()
        })
        .run(p.source);
        assert_eq!(
            o.status,
            p.status,
            "program {}: {}",
            i % programs.len(),
            o.stderr
        );
    };
    let warmup = 500;
    let at_start = rss_kib();
    eprintln!(
        "RSS before any evaluation: {} KiB (load {})",
        at_start,
        load_average()
    );
    for i in 0..warmup {
        run_one(i);
    }
    let base = rss_kib();
    let started = Instant::now();
    let step = (runs / 10).max(1);
    let mut samples = Vec::new();
    let mut peak = base;
    for i in 0..runs {
        run_one(i);
        if (i + 1) % step == 0 {
            let r = rss_kib();
            peak = peak.max(r);
            samples.push((i + 1, r, load_average()));
        }
    }
    let elapsed = started.elapsed();
    eprintln!("RSS after {} warm-up evaluations: {} KiB", warmup, base);
    for (n, r, load) in &samples {
        eprintln!(
            "  after {:>7} more: {:>7} KiB ({:+} KiB), load {}",
            n,
            r,
            *r as i64 - base as i64,
            load
        );
    }
    eprintln!(
        "{} evaluations in {:.1} s ({:.0} µs each); peak RSS {} KiB",
        runs,
        elapsed.as_secs_f64(),
        elapsed.as_secs_f64() * 1e6 / runs as f64,
        peak
    );
    let last = samples.last().map_or(base, |s| s.1);
    assert!(
        last < base + 16 * 1024,
        "RSS grew from {} KiB to {} KiB",
        base,
        last
    );
}
