//! Runs one program many times in a warm process through the embedding API
//! and prints the median wall time of one evaluation (for profiling the
//! fixed cost of a run).
//!
//! `cargo run --release -p kaa-interp --example repeat -- [N] [SOURCE]`
//! (default: 2000 runs of `print(1)`; the service's default limits apply).

use kaa_interp::api::{Config, Interpreter, Status};
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(2000)
        .max(1);
    let src = args.next().unwrap_or_else(|| "print(1)\n".to_string());
    let mut times = Vec::with_capacity(n);
    let all = Instant::now();
    for _ in 0..n {
        let t = Instant::now();
        let out = Interpreter::new(Config::default()).run(&src);
        times.push(t.elapsed().as_secs_f64() * 1e6);
        if out.status != Status::Ok {
            eprintln!("repeat: the run failed: {}", out.stderr);
            std::process::exit(1);
        }
    }
    let total = all.elapsed().as_secs_f64();
    times.sort_by(|a, b| a.total_cmp(b));
    let q = |p: f64| times[((times.len() - 1) as f64 * p).round() as usize];
    println!(
        "{} runs: median {:.1} us (p10 {:.1}, p90 {:.1}), {:.0} runs/s",
        n,
        q(0.5),
        q(0.1),
        q(0.9),
        n as f64 / total
    );
}
