//! The wall-clock deadline of the evaluation running on this thread, for
//! pure kernels (`num`, `text`) that have no `Vm` at hand: a long kernel
//! loop asks [`past_deadline`] between steps and gives up early; its caller
//! then runs `Vm::check_limits`, which turns that into the time limit.

use std::cell::Cell;
use std::time::Instant;

thread_local! {
    static DEADLINE: Cell<Option<Instant>> = const { Cell::new(None) };
    static STEPS: Cell<u32> = const { Cell::new(0) };
}

/// Steps of [`step_past_deadline`] between two clock reads.
const STEPS_PER_CHECK: u32 = 1024;

/// For loops without a `Vm` (the lexer per line, the parser per token, the
/// compiler per statement and expression): counts one step and, every
/// [`STEPS_PER_CHECK`] steps, tells whether the deadline has passed. A
/// counter update per step; a clock read only now and then.
#[inline]
pub fn step_past_deadline() -> bool {
    let n = STEPS.with(|s| {
        let n = s.get().wrapping_add(1);
        s.set(n);
        n
    });
    n.is_multiple_of(STEPS_PER_CHECK) && past_deadline()
}

/// Sets (or clears) the current thread's deadline.
pub fn set_deadline(deadline: Option<Instant>) {
    DEADLINE.with(|d| d.set(deadline));
}

/// Whether the current thread's deadline has passed (false without one).
/// Costs a clock read: call it between steps of a long computation, not in
/// an inner loop.
pub fn past_deadline() -> bool {
    match DEADLINE.with(|d| d.get()) {
        Some(d) => Instant::now() >= d,
        None => false,
    }
}
