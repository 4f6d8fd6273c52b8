//! Every module embedded from `interp/lib/` imports in a fresh interpreter,
//! except the ones listed in [`EXPECTED_FAILURES`] (each blocked by a VM gap
//! recorded in `interp/lib/VM-GAPS.md`). A listed module that imports again
//! fails the test, so the list only shrinks. Also checks the import
//! machinery: packages, submodules, `from … import`, module attributes and
//! isolation between evaluations.

use kaa_interp::api::{Config, Interpreter, Limits, Status};
use kaa_interp::modules::embedded;

/// Modules that do not import yet, with the VM gap (VM-GAPS.md) that stops them.
const EXPECTED_FAILURES: &[(&str, &str)] = &[];

fn run(src: &str) -> kaa_interp::api::Outcome {
    let config = Config {
        limits: Limits::unlimited(),
        ..Config::default()
    };
    Interpreter::new(config).run(src)
}

/// Runs `src` and returns its stdout, failing the test on any error.
fn stdout_of(src: &str) -> String {
    let out = run(src);
    assert_eq!(
        out.status,
        Status::Ok,
        "program failed:\n{}\nstderr:\n{}",
        src,
        out.stderr
    );
    out.stdout
}

#[test]
fn every_embedded_module_imports() {
    let mut unexpected = Vec::new();
    let mut fixed = Vec::new();
    for name in embedded::names() {
        let out = run(&format!("import {}\n", name));
        let expected_to_fail = EXPECTED_FAILURES.iter().any(|(n, _)| *n == name);
        match (out.status == Status::Ok, expected_to_fail) {
            (false, false) => unexpected.push(format!("{}:\n{}", name, out.stderr)),
            (true, true) => fixed.push(name),
            _ => {}
        }
    }
    assert!(
        unexpected.is_empty(),
        "modules that fail to import:\n{}",
        unexpected.join("\n")
    );
    assert!(
        fixed.is_empty(),
        "these modules import now; remove them from EXPECTED_FAILURES: {:?}",
        fixed
    );
}

#[test]
fn the_table_covers_modules_txt() {
    let listed = include_str!("../lib/MODULES.txt");
    for line in listed
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let mut parts = line.split_whitespace();
        let (Some(name), Some(path), Some(kind)) = (parts.next(), parts.next(), parts.next())
        else {
            panic!("bad MODULES.txt line: {}", line);
        };
        let m = embedded::find(name).unwrap_or_else(|| panic!("{} is not embedded", name));
        assert_eq!(m.path, path);
        assert_eq!(m.package, kind == "package", "{}", name);
    }
    assert!(embedded::find("tests").is_none() && embedded::find("run").is_none());
}

#[test]
fn packages_and_submodules() {
    let out = stdout_of(
        "import collections.abc\n\
         print(collections.abc.__name__, collections.abc.Mapping.__name__)\n\
         import collections.abc as cabc\n\
         print(cabc is collections.abc)\n\
         from collections import deque\n\
         print(deque([1, 2]))\n\
         from json import decoder\n\
         import json\n\
         print(decoder is json.decoder, decoder.__name__, decoder.__package__)\n\
         import sys\n\
         print('json.decoder' in sys.modules, 'collections.abc' in sys.modules)\n\
         print(json.__package__, json.__path__, json.__file__)\n\
         print(__import__('collections.abc').__name__)\n",
    );
    assert_eq!(
        out,
        "collections.abc Mapping\nTrue\ndeque([1, 2])\nTrue json.decoder json\nTrue True\n\
         json ['<kaa-lib>/json'] <kaa-lib>/json/__init__.py\ncollections\n"
    );
}

#[test]
fn module_attributes() {
    let out =
        stdout_of("import heapq\nprint(heapq.__name__, heapq.__file__, repr(heapq.__package__))\n");
    assert_eq!(out, "heapq <kaa-lib>/heapq.py ''\n");
}

#[test]
fn import_errors() {
    let out = stdout_of(
        "for name in ['nosuchmodule', 'heapq.sub', 'collections.nosuch']:\n\
         \x20   try:\n\
         \x20       __import__(name)\n\
         \x20   except ImportError as e:\n\
         \x20       print(e)\n\
         try:\n\
         \x20   from heapq import nosuch\n\
         except ImportError as e:\n\
         \x20   print(e)\n",
    );
    assert_eq!(
        out,
        "No module named 'nosuchmodule'\n\
         No module named 'heapq.sub'; 'heapq' is not a package\n\
         No module named 'collections.nosuch'\n\
         cannot import name 'nosuch'\n"
    );
}

#[test]
fn evaluations_are_isolated() {
    let first = stdout_of(
        "import collections\n\
         collections.deque = 'patched'\n\
         collections.extra = 1\n\
         print(collections.deque)\n",
    );
    assert_eq!(first, "patched\n");
    let second = stdout_of(
        "import collections\n\
         print(collections.deque.__name__, hasattr(collections, 'extra'))\n",
    );
    assert_eq!(second, "deque False\n");
}

#[test]
fn an_import_error_inside_a_module_leaves_no_entry() {
    // `fractions` imports `numbers` at its top; blocking `numbers` makes the
    // import of `fractions` fail half-way through its body.
    let src = "import sys\n\
               sys.modules['numbers'] = None\n\
               try:\n\
               \x20   import fractions\n\
               except ImportError as e:\n\
               \x20   print(type(e).__name__, 'fractions' in sys.modules)\n";
    assert_eq!(stdout_of(src), "ImportError False\n");
}

/// CPU time of the calling thread in nanoseconds, from
/// `/proc/thread-self/schedstat` (Linux only).
fn thread_cpu() -> Option<std::time::Duration> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = s.split_whitespace().next()?.parse().ok()?;
    Some(std::time::Duration::from_nanos(ns))
}

/// CPU time (user + system) the whole process has used, from
/// `/proc/self/stat` (Linux only; clock ticks, assumed 100 per second), so
/// that the figure does not depend on how loaded the machine is. Each run
/// happens on its own thread, so a per-thread clock would miss it.
fn process_cpu() -> Option<std::time::Duration> {
    let s = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after_name = s.rsplit_once(')')?.1;
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    // Fields 14 and 15 of the file (utime, stime) are 12 and 13 after `)`.
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some(std::time::Duration::from_millis((utime + stime) * 10))
}

/// Import time of issue 8's module set in a fresh interpreter once the
/// process is warm (compiled code cached): median wall time and mean process
/// CPU time per run, minus an empty program's. Prints figures; run with
/// `cargo test --release --test embedded_modules import_time -- --ignored --nocapture`.
#[test]
#[ignore]
fn import_time() {
    use std::time::{Duration, Instant};
    let wanted = [
        "sys",
        "math",
        "collections",
        "itertools",
        "functools",
        "heapq",
        "bisect",
        "re",
        "json",
        "random",
    ];
    let present: Vec<&str> = wanted
        .iter()
        .copied()
        .filter(|m| run(&format!("import {}\n", m)).status == Status::Ok)
        .collect();
    let program = format!("import {}\n", present.join(", "));
    // (median wall time, mean CPU time) of n runs of src.
    let measure = |src: &str, n: u32| -> (Duration, Duration) {
        let cpu0 = process_cpu().unwrap_or_default();
        let mut times: Vec<Duration> = (0..n)
            .map(|_| {
                let t = Instant::now();
                let out = run(src);
                let d = t.elapsed();
                assert_eq!(out.status, Status::Ok, "{}", out.stderr);
                d
            })
            .collect();
        let cpu = process_cpu().unwrap_or_default().saturating_sub(cpu0) / n;
        times.sort();
        (times[times.len() / 2], cpu)
    };
    let cold = Instant::now();
    run(&program);
    let cold = cold.elapsed();
    let firsts: Vec<Duration> = (0..8)
        .map(|_| {
            let t = Instant::now();
            run(&program);
            t.elapsed()
        })
        .collect();
    println!("next runs: {:?}", firsts);
    let (empty_wall, empty_cpu) = measure("pass\n", 301);
    let (wall, cpu) = measure(&program, 301);
    println!("modules: {}", present.join(", "));
    println!("first run (compiles everything): {:?} wall", cold);
    println!(
        "warm run: {:?} wall, {:?} CPU; empty program: {:?} wall, {:?} CPU",
        wall, cpu, empty_wall, empty_cpu
    );
    println!(
        "import cost: {:?} wall, {:?} CPU",
        wall.saturating_sub(empty_wall),
        cpu.saturating_sub(empty_cpu)
    );
    // Thawing every embedded module on a fresh thread (what a warm run pays
    // instead of compiling): median thread CPU time of 21 threads.
    let mut thaws: Vec<Duration> = (0..21)
        .filter_map(|_| {
            std::thread::spawn(|| {
                let mut vm = kaa_interp::vm::Vm::new(&Limits::unlimited(), Default::default());
                let t = thread_cpu()?;
                for m in embedded::TABLE {
                    let _ = embedded::compiled(&mut vm, m);
                }
                Some(thread_cpu()?.saturating_sub(t))
            })
            .join()
            .ok()
            .flatten()
        })
        .collect();
    thaws.sort();
    println!(
        "thawing all {} modules on a new thread: {:?} CPU",
        embedded::TABLE.len(),
        thaws.get(thaws.len() / 2)
    );
    for m in &present {
        let (w, c) = measure(&format!("import {}\n", m), 101);
        println!(
            "  import {} alone: {:?} wall, {:?} CPU",
            m,
            w.saturating_sub(empty_wall),
            c.saturating_sub(empty_cpu)
        );
    }
}
