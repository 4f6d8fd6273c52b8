//! Memory and recursion guarantees of the VM (issue 3, "Must hold"):
//! 10,000 evaluations that build reference cycles in one process keep the
//! process's memory flat; cyclic garbage is collected during a long run;
//! runaway recursion ends with CPython's RuntimeError and deep recursion
//! with a raised limit cannot overflow the Rust stack.

use kaa_interp::api::{Config, Interpreter, Limits, Status};

fn rss_kib() -> u64 {
    // /proc/self/statm: size resident shared text lib data dt (pages)
    let s = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: u64 = s
        .split_whitespace()
        .nth(1)
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    pages * 4
}

fn run(src: &str, limits: Limits) -> kaa_interp::api::Outcome {
    Interpreter::new(Config {
        limits,
        ..Config::default()
    })
    .run(src)
}

const CYCLES: &str = r#"
class Node:
    def __init__(self):
        self.me = self
        self.items = [self, {'k': self}]
a = []
a.append(a)
d = {}
d['d'] = d
def f():
    x = [f]
    return x
n = Node()
g = (i for i in range(3))
next(g)
total = sum(len(str(i)) for i in range(50))
"#;

#[test]
fn ten_thousand_cyclic_runs_keep_memory_flat() {
    // Warm up allocator arenas and thread stacks.
    for _ in 0..200 {
        let o = run(CYCLES, Limits::default());
        assert_eq!(o.status, Status::Ok, "{}", o.stderr);
    }
    let before = rss_kib();
    for _ in 0..10_000 {
        let o = run(CYCLES, Limits::default());
        assert_eq!(o.status, Status::Ok, "{}", o.stderr);
    }
    let after = rss_kib();
    eprintln!(
        "RSS after 200 warm-up runs: {} KiB; after 10,000 more runs: {} KiB",
        before, after
    );
    assert!(
        after < before + 8 * 1024,
        "memory grew from {} KiB to {} KiB",
        before,
        after
    );
}

#[test]
fn cycles_are_collected_during_a_run() {
    let src = "for i in range(300000):\n    a = []\n    a.append(a)\nprint('done')\n";
    let o = run(
        src,
        Limits {
            memory_bytes: Some(16 << 20),
            ..Limits::default()
        },
    );
    eprintln!("peak accounted memory: {} bytes", o.usage.peak_memory_bytes);
    assert_eq!(o.status, Status::Ok, "{}", o.stderr);
    assert_eq!(o.stdout, "done\n");
}

#[test]
fn runaway_recursion_is_a_catchable_runtime_error() {
    let src = "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RuntimeError as e:\n    print(e)\nf(0)\n";
    let o = run(src, Limits::default());
    assert_eq!(o.stdout, "maximum recursion depth exceeded\n");
    let err = o.error.expect("an error");
    assert_eq!(err.type_name, "RuntimeError");
    assert_eq!(err.message, "maximum recursion depth exceeded");
    // CPython 3.4 prints every frame: 1000 frames, 2 lines each, plus header and message.
    assert!(
        o.stderr.lines().count() > 1900,
        "{} lines",
        o.stderr.lines().count()
    );
}

#[test]
fn raised_recursion_limit_cannot_overflow_the_stack() {
    let src = "import sys\nsys.setrecursionlimit(1000000)\ndef d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nprint(d(200000))\n";
    let o = run(
        src,
        Limits {
            recursion_depth: 1000,
            ..Limits::unlimited()
        },
    );
    assert_eq!(o.stdout, "200000\n", "{}", o.stderr);
    // Native re-entry (repr calling repr) hits the VM's own cap, not the Rust stack.
    let src2 = "import sys\nsys.setrecursionlimit(1000000)\nclass R:\n    def __repr__(self):\n        return repr(self)\ntry:\n    repr(R())\nexcept RuntimeError as e:\n    print('RuntimeError')\n";
    let o = run(src2, Limits::unlimited());
    assert_eq!(o.stdout, "RuntimeError\n", "{}", o.stderr);
}

#[test]
fn limits_stop_runs_and_cannot_be_caught() {
    let src = "try:\n    while True:\n        pass\nexcept BaseException:\n    print('caught')\n";
    let o = run(
        src,
        Limits {
            instructions: Some(100_000),
            ..Limits::default()
        },
    );
    assert!(matches!(o.status, Status::TimeLimit(_)), "{:?}", o.status);
    assert_eq!(o.stdout, "");
    let o = run("x = [0] * 10**10\n", Limits::default());
    assert_eq!(o.status, Status::MemoryLimit, "{}", o.stderr);
    let o = run("s = 'x' * 10**10\n", Limits::default());
    assert_eq!(o.status, Status::MemoryLimit, "{}", o.stderr);
    let o = run(
        "while True:\n    print('spam')\n",
        Limits {
            output_bytes: Some(100),
            ..Limits::default()
        },
    );
    assert_eq!(o.status, Status::OutputLimit);
    assert_eq!(o.stdout.len(), 100);
}
