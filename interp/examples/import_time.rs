//! Measures how long a fresh interpreter takes to import the usual judge
//! modules once the process is warm (the standard library already compiled
//! by an earlier evaluation): prints the median and other quantiles of N
//! evaluations, each a new `Interpreter::run`.
//!
//! `cargo run --release -p kaa-interp --example import_time [N] [--each]`
//! (`--each` adds one line per module, each imported alone with its
//! dependencies).

use kaa_interp::api::{Config, Interpreter, Limits, Status};
use std::time::{Duration, Instant};

const IMPORTS: &str =
    "import sys, math, collections, itertools, functools, heapq, bisect, re, json, random\n";

fn run_once(src: &str) -> Duration {
    let config = Config {
        limits: Limits::unlimited(),
        ..Config::default()
    };
    let t = Instant::now();
    let out = Interpreter::new(config).run(src);
    let d = t.elapsed();
    if out.status != Status::Ok {
        eprintln!("import_time: the run failed: {}", out.stderr);
        std::process::exit(1);
    }
    d
}

fn median_ms(src: &str, n: usize) -> (f64, f64, f64) {
    let mut times: Vec<f64> = (0..n).map(|_| run_once(src).as_secs_f64() * 1e3).collect();
    times.sort_by(|a, b| a.total_cmp(b));
    let q = |p: f64| times[((times.len() - 1) as f64 * p).round() as usize];
    (q(0.5), q(0.1), q(0.9))
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200)
        .max(1);
    let cold = run_once(IMPORTS);
    let (empty, _, _) = median_ms("pass\n", n);
    let (med, p10, p90) = median_ms(IMPORTS, n);
    println!(
        "first run (compiles the modules): {:.2} ms",
        cold.as_secs_f64() * 1e3
    );
    println!("empty program: median {:.3} ms over {} runs", empty, n);
    println!(
        "imports ({}): median {:.3} ms (p10 {:.3}, p90 {:.3}) over {} runs",
        IMPORTS.trim(),
        med,
        p10,
        p90,
        n
    );
    if std::env::args().any(|a| a == "--each") {
        for m in IMPORTS.trim_start_matches("import ").trim().split(", ") {
            let (med, _, _) = median_ms(&format!("import {}\n", m), n);
            println!(
                "  import {:<12} median {:.3} ms (empty program included)",
                m, med
            );
        }
    }
}
