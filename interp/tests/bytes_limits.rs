//! Limits on bytes, bytearray, memoryview and codec work: big results are
//! refused before they are allocated (MemoryError status under a limit, a
//! catchable MemoryError without one) and long native loops spend fuel.

use kaa_interp::api::{Config, Interpreter, Limits, Status};

fn run(src: &str, limits: Limits) -> kaa_interp::api::Outcome {
    Interpreter::new(Config {
        limits,
        ..Config::default()
    })
    .run(src)
}

fn small_memory() -> Limits {
    Limits {
        memory_bytes: Some(16 << 20),
        ..Limits::default()
    }
}

#[test]
fn big_bytes_results_hit_the_memory_limit_before_allocating() {
    for src in [
        "b'x' * (10 ** 12)",
        "bytearray(b'ab') * (10 ** 11)",
        "bytes(10 ** 12)",
        "bytearray(10 ** 12)",
        "b'a'.center(10 ** 12)",
        "b'a'.ljust(10 ** 12, b'-')",
        "b'a'.zfill(10 ** 12)",
        "(b'a' * 1000).replace(b'a', b'b' * 10 ** 9)",
        "b'\\t'.expandtabs(10 ** 12)",
        "x = bytearray(b'ab')\nx *= 10 ** 12",
        "b''.join([b'x' * 1000] * 10 ** 6)",
    ] {
        let o = run(src, small_memory());
        assert_eq!(o.status, Status::MemoryLimit, "{src}: {}", o.stderr);
    }
}

#[test]
fn without_a_memory_limit_absurd_sizes_raise_memory_error() {
    let limits = Limits {
        memory_bytes: None,
        ..Limits::default()
    };
    let src = "try:\n    b'x' * (10 ** 15)\nexcept MemoryError:\n    print('MemoryError')\n\
               try:\n    bytes(10 ** 15)\nexcept MemoryError:\n    print('MemoryError')\n\
               try:\n    b'x'.center(10 ** 15)\nexcept MemoryError:\n    print('MemoryError')\n";
    let o = run(src, limits);
    assert_eq!(o.status, Status::Ok, "{}", o.stderr);
    assert_eq!(o.stdout, "MemoryError\nMemoryError\nMemoryError\n");
}

#[test]
fn index_sized_overflow_is_overflow_error() {
    let o = run("b'x' * (2 ** 100)", Limits::default());
    assert_eq!(o.status, Status::RuntimeError);
    assert!(
        o.stderr
            .contains("OverflowError: cannot fit 'int' into an index-sized integer"),
        "{}",
        o.stderr
    );
}

#[test]
fn long_native_bytes_loops_spend_fuel() {
    // One instruction-cheap statement doing a lot of native work must still
    // be stopped by a small instruction budget.
    let limits = Limits {
        instructions: Some(2_000),
        memory_bytes: Some(1 << 30),
        ..Limits::default()
    };
    let o = run(
        "b = b'ab' * (50 * 1024 * 1024)\nfor i in range(100):\n    b.upper()",
        limits,
    );
    assert!(
        matches!(o.status, Status::TimeLimit { .. }),
        "{:?} {}",
        o.status,
        o.stderr
    );
}
