//! The wall-clock deadline of the evaluation running on this thread, for
//! pure kernels (`num`, `text`) that have no `Vm` at hand: a long kernel
//! loop asks [`past_deadline`] between steps and gives up early; its caller
//! then runs `Vm::check_limits`, which turns that into the time limit.

use std::cell::Cell;
use std::time::Instant;

thread_local! {
    static DEADLINE: Cell<Option<Instant>> = const { Cell::new(None) };
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
