//! The process's global allocator: mimalloc, plus a per-thread
//! count of the bytes allocated and not yet freed, and its peak.
//!
//! Kaa runs each evaluation on its own thread, so the difference between the
//! count now and the count when the evaluation started is what the
//! evaluation holds: every object, frame, buffer, parser node and traceback,
//! with frees credited back as they happen. The sandbox compares it with the
//! memory limit (`kaa_interp::sandbox`). Memory freed on another thread than
//! the one that allocated it is credited to the freeing thread, so a count
//! may go below a starting point; users clamp at zero.
//!
//! This is the only unsafe code of the interpreter: `GlobalAlloc` is an
//! unsafe trait. Each method forwards to the backing allocator unchanged and
//! only adds a thread-local counter update (no allocation, no locking, no
//! panics), so it keeps the backing allocator's contract.
//!
//! The backing allocator is mimalloc (built without transparent huge pages,
//! which would inflate the resident size of small runs): the interpreter
//! allocates and frees many small objects, and glibc's malloc spent up to a
//! third of a judge-style input loop in `malloc`/`free`/consolidation.
//! Under miri, which cannot run C code, it is [`std::alloc::System`].
//!
//! The unit tests also run under Miri, which checks the unsafe forwarding
//! for undefined behaviour (its own target dir keeps Miri's sysroot builds
//! apart):
//!
//! ```sh
//! rustup +nightly component add miri rust-src
//! CARGO_TARGET_DIR=/work/targets/s3-miri cargo +nightly miri test -p kaa-alloc
//! ```

#[cfg(not(miri))]
use mimalloc::MiMalloc as Backing;
#[cfg(miri)]
use std::alloc::System as Backing;
use std::alloc::{GlobalAlloc, Layout};
use std::cell::Cell;

/// The counters of one thread.
struct Counters {
    /// Bytes allocated minus bytes freed on this thread.
    live: Cell<i64>,
    /// The highest `live` since the last [`reset_peak`].
    peak: Cell<i64>,
    /// The tripwire: when `live` passes it, `over` is set.
    limit: Cell<i64>,
    /// Whether `live` passed `limit` since the last [`clear_over_limit`].
    over: Cell<bool>,
}

thread_local! {
    static COUNTERS: Counters = const {
        Counters {
            live: Cell::new(0),
            peak: Cell::new(0),
            limit: Cell::new(i64::MAX),
            over: Cell::new(false),
        }
    };
}

#[inline]
fn add(delta: i64) {
    // `Counters` has no destructor, so this never fails; if it did (during
    // thread teardown) the update is simply lost.
    let _ = COUNTERS.try_with(|c| {
        let live = c.live.get().wrapping_add(delta);
        c.live.set(live);
        if live > c.peak.get() {
            c.peak.set(live);
        }
        if live > c.limit.get() {
            c.over.set(true);
        }
    });
}

/// The counting allocator (installed as the global allocator by this crate).
pub struct CountingAlloc;

// SAFETY: every method delegates to `Backing` with the same arguments and
// returns its result unchanged; the counter update touches only a
// thread-local `Cell` and cannot allocate, unwind or reenter the allocator.
unsafe impl GlobalAlloc for CountingAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded unchanged (same contract as the caller's).
        let p = unsafe { Backing.alloc(layout) };
        if !p.is_null() {
            add(layout.size() as i64);
        }
        p
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded unchanged.
        let p = unsafe { Backing.alloc_zeroed(layout) };
        if !p.is_null() {
            add(layout.size() as i64);
        }
        p
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded unchanged.
        unsafe { Backing.dealloc(ptr, layout) };
        add(-(layout.size() as i64));
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded unchanged.
        let p = unsafe { Backing.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            add(new_size as i64 - layout.size() as i64);
        }
        p
    }
}

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

/// Bytes allocated and not freed by the current thread (may be negative when
/// the thread freed memory another thread allocated).
#[inline]
pub fn live_bytes() -> i64 {
    COUNTERS.try_with(|c| c.live.get()).unwrap_or(0)
}

/// The highest [`live_bytes`] of the current thread since the last
/// [`reset_peak`] (or since the thread started).
#[inline]
pub fn peak_bytes() -> i64 {
    COUNTERS.try_with(|c| c.peak.get()).unwrap_or(0)
}

/// Sets the current thread's peak (to leave out a bookkeeping step's own
/// scratch memory); never below the live count.
pub fn set_peak(bytes: i64) {
    let _ = COUNTERS.try_with(|c| c.peak.set(bytes.max(c.live.get())));
}

/// Arms the current thread's tripwire: once [`live_bytes`] passes `raw`
/// (a count on the same scale, e.g. a starting point plus a limit),
/// [`over_limit`] turns true, so that a caller polling it (the VM, once per
/// instruction) learns of the crossing at once instead of at its next
/// periodic check. `i64::MAX` disarms it. Clears the flag.
pub fn set_limit(raw: i64) {
    let _ = COUNTERS.try_with(|c| {
        c.limit.set(raw);
        c.over.set(false);
    });
}

/// Whether the current thread's count passed the tripwire of [`set_limit`]
/// since it was armed or [`clear_over_limit`] ran.
#[inline]
pub fn over_limit() -> bool {
    COUNTERS.try_with(|c| c.over.get()).unwrap_or(false)
}

/// Bytes the current thread may still allocate before its count passes the
/// tripwire of [`set_limit`] (negative once past it; `i64::MAX` minus the
/// count while disarmed): for code without the VM at hand that must check a
/// buffer's growth before it happens.
#[inline]
pub fn headroom() -> i64 {
    COUNTERS
        .try_with(|c| c.limit.get().saturating_sub(c.live.get()))
        .unwrap_or(i64::MAX)
}

/// Clears the flag of [`over_limit`] (the tripwire stays armed; the next
/// allocation above it sets the flag again).
pub fn clear_over_limit() {
    let _ = COUNTERS.try_with(|c| c.over.set(false));
}

/// Restarts the current thread's peak from its live count.
pub fn reset_peak() {
    let _ = COUNTERS.try_with(|c| c.peak.set(c.live.get()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_allocations_and_frees_on_this_thread() {
        let before = live_bytes();
        reset_peak();
        let v: Vec<u8> = Vec::with_capacity(1 << 20);
        assert!(live_bytes() - before >= 1 << 20);
        drop(v);
        assert!(live_bytes() - before < 1 << 10);
        assert!(peak_bytes() - before >= 1 << 20);
    }

    #[test]
    fn tripwire_reports_a_crossing_once_armed() {
        reset_peak();
        set_limit(live_bytes() + (1 << 16));
        let small: Vec<u8> = Vec::with_capacity(1 << 10);
        assert!(!over_limit());
        let big: Vec<u8> = Vec::with_capacity(1 << 17);
        assert!(over_limit());
        assert!(headroom() < 0);
        drop(big);
        assert!(headroom() > 0);
        clear_over_limit();
        assert!(!over_limit());
        set_limit(i64::MAX);
        drop(small);
    }

    #[test]
    fn other_threads_do_not_count_here() {
        let before = live_bytes();
        let h = std::thread::spawn(|| {
            // Thread start-up may free memory allocated by the spawner, so
            // measure from a base taken on this thread.
            let base = live_bytes();
            let v: Vec<u8> = vec![1; 1 << 20];
            (live_bytes() - base, v.len())
        });
        let (theirs, n) = h.join().unwrap_or((0, 0));
        assert_eq!(n, 1 << 20);
        assert!(theirs >= 1 << 20);
        assert!(live_bytes() - before < 1 << 16);
    }
}
