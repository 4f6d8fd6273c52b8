//! The stop condition of the evaluation running on this thread (its
//! wall-clock deadline and its cancel handle), for pure kernels (`num`,
//! `text`) that have no `Vm` at hand: a long kernel loop asks
//! [`should_stop`] between steps (or lets a [`Pacer`] ask it every
//! [`CHUNK_BYTES`] of work) and gives up early with [`Interrupted`]; its
//! caller then runs `Vm::check_limits` (through `Vm::interrupted`), which
//! turns that into the time limit or the cancellation.
//!
//! The instruction budget is not watched here: callers charge a kernel's
//! work to it *before* running the kernel (`Vm::charge_work`), so an
//! instruction limit refuses the same work on every run.

use std::cell::{Cell, RefCell};
use std::time::Instant;

thread_local! {
    static DEADLINE: Cell<Option<Instant>> = const { Cell::new(None) };
    static CANCEL: RefCell<Option<crate::api::CancelHandle>> = const { RefCell::new(None) };
    static STEPS: Cell<u32> = const { Cell::new(0) };
    static INTERRUPTED: Cell<bool> = const { Cell::new(false) };
    static MEMORY_REFUSED: Cell<bool> = const { Cell::new(false) };
}

/// Steps of [`step_past_deadline`] between two clock reads.
const STEPS_PER_CHECK: u32 = 1024;

/// Bytes (or items) a chunked kernel processes between two stop checks:
/// about a quarter of a millisecond of copying or scanning.
pub const CHUNK_BYTES: usize = 1 << 18;

/// A kernel gave up because the evaluation must stop (deadline passed or
/// cancelled); nothing it was building is returned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Interrupted;

/// For loops without a `Vm` (the lexer per line, the parser per token, the
/// compiler per statement and expression): counts one step and, every
/// [`STEPS_PER_CHECK`] steps, tells whether the evaluation must stop. A
/// counter update per step; a clock read only now and then.
#[inline]
pub fn step_past_deadline() -> bool {
    let n = STEPS.with(|s| {
        let n = s.get().wrapping_add(1);
        s.set(n);
        n
    });
    n.is_multiple_of(STEPS_PER_CHECK) && should_stop()
}

/// Sets (or clears) the current thread's deadline (and forgets an earlier
/// run's [`mark_interrupted`]).
pub fn set_deadline(deadline: Option<Instant>) {
    DEADLINE.with(|d| d.set(deadline));
    INTERRUPTED.with(|i| i.set(false));
    MEMORY_REFUSED.with(|m| m.set(false));
}

/// Before a kernel's buffer holding `len` items of `item_bytes` in room for
/// `capacity` takes `additional` more: [`Interrupted`], recorded as a
/// refused allocation ([`take_memory_refused`]), when its growth (to the
/// larger of double and what is needed, as `Vec` and `String` grow) would
/// pass the memory limit the VM enforces, which the allocator's tripwire
/// holds (`kaa_alloc::headroom`). For kernels without a `Vm` whose output
/// can outgrow their input (codec error handlers, wide decoders). One
/// compare while the buffer has room.
#[inline]
pub fn check_growth(
    len: usize,
    capacity: usize,
    additional: usize,
    item_bytes: usize,
) -> Result<(), Interrupted> {
    let need = len.saturating_add(additional);
    if need <= capacity {
        return Ok(());
    }
    let new_cap = need.max(capacity.saturating_mul(2));
    let bytes = new_cap.saturating_mul(item_bytes);
    if bytes as u64 > kaa_alloc::headroom().max(0) as u64 {
        MEMORY_REFUSED.with(|m| m.set(true));
        return Err(Interrupted);
    }
    Ok(())
}

/// Before a kernel allocates about `bytes` of temporaries at once:
/// [`Interrupted`], recorded as a refused allocation ([`take_memory_refused`]),
/// when they would not fit under the memory limit the VM enforces
/// (`kaa_alloc::headroom`), or when the allocator's tripwire has already
/// fired. For kernels whose scratch space is several times their result
/// (the Toom-3 steps of `num::bigwork`).
#[inline]
pub fn check_room(bytes: u64) -> Result<(), Interrupted> {
    if kaa_alloc::over_limit() || bytes > kaa_alloc::headroom().max(0) as u64 {
        MEMORY_REFUSED.with(|m| m.set(true));
        return Err(Interrupted);
    }
    Ok(())
}

/// Whether a kernel stopped because [`check_growth`] refused to grow a
/// buffer since the last call (and forgets it): its caller reports the
/// memory limit rather than the time limit.
#[inline]
pub fn take_memory_refused() -> bool {
    MEMORY_REFUSED.with(|m| m.replace(false))
}

/// Records that a kernel which cannot return an error (its result type has
/// no room for one: a count, a case mapping, a formatted number) stopped
/// early and returned an unfinished result. Its caller must ask
/// [`take_interrupted`] before using the result (`Vm::after_kernel`).
pub fn mark_interrupted() {
    INTERRUPTED.with(|i| i.set(true));
}

/// Whether a kernel stopped early since the last call (and forgets it).
#[inline]
pub fn take_interrupted() -> bool {
    INTERRUPTED.with(|i| i.replace(false))
}

/// Sets (or clears) the cancel handle the current thread's kernels watch.
pub fn set_cancel(cancel: Option<crate::api::CancelHandle>) {
    CANCEL.with(|c| *c.borrow_mut() = cancel);
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

/// Whether the evaluation on this thread must stop: its deadline passed or
/// its cancel handle was used. A clock read and an atomic load.
pub fn should_stop() -> bool {
    past_deadline()
        || CANCEL.with(|c| {
            c.try_borrow()
                .is_ok_and(|c| c.as_ref().is_some_and(|h| h.is_cancelled()))
        })
}

/// [`should_stop`] as a `Result`, for `?` in kernels.
#[inline]
pub fn check_stop() -> Result<(), Interrupted> {
    if should_stop() {
        Err(Interrupted)
    } else {
        Ok(())
    }
}

/// Paces a kernel loop: [`Pacer::advance`] adds the bytes (or items) just
/// processed and asks [`should_stop`] once every [`CHUNK_BYTES`] of them, so
/// a loop costs an add and a compare per step and a stop check per chunk.
#[derive(Clone, Copy, Debug, Default)]
pub struct Pacer {
    pending: usize,
}

impl Pacer {
    /// A pacer with no work counted yet.
    pub fn new() -> Pacer {
        Pacer { pending: 0 }
    }

    /// Counts `n` units of work; fails once the evaluation must stop.
    #[inline]
    pub fn advance(&mut self, n: usize) -> Result<(), Interrupted> {
        self.pending = self.pending.saturating_add(n);
        if self.pending >= CHUNK_BYTES {
            self.pending = 0;
            check_stop()?;
        }
        Ok(())
    }

    /// [`Pacer::advance`] for kernels that cannot return an error: true once
    /// the evaluation must stop, after [`mark_interrupted`].
    #[inline]
    pub fn stopped(&mut self, n: usize) -> bool {
        if self.advance(n).is_err() {
            mark_interrupted();
            return true;
        }
        false
    }
}
