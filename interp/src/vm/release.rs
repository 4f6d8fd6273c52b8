//! Freeing containers: bounded native depth, bounded bookkeeping memory, and
//! paced by the run's deadline.
//!
//! `Obj::drop` (gc.rs) hands the payload of every container that may free
//! other containers to [`release`]. Payloads are dropped in place (direct
//! recursion) up to [`DIRECT_DEPTH`] levels below the outermost drop; deeper
//! ones go on a work stack that the outermost drop drains, so a list nested
//! 10^6 deep frees with a small native stack. Lists and tuples of more than
//! [`ITEMS_CHUNK`] items are freed a chunk at a time from that stack.
//!
//! While a run is on ([`begin_run`]), the work done is counted and every
//! [`WORK_PER_CHECK`] units the run's stop condition is asked
//! (`sandbox::deadline::should_stop`: the deadline or the cancel handle).
//! Once it says stop, nothing more is freed during the run: what is left
//! (the work stack, the rest of a big list, every payload released later)
//! moves to a deferred store, one move per payload, and the VM ends the run
//! at its next check. The store is freed by the teardown
//! ([`drain_deferred`], after the reply when the teardown is deferred), so
//! rebinding a huge structure at the deadline no longer runs past it by the
//! time it takes to free the structure (tens to hundreds of milliseconds for
//! 64-256 MiB of objects).
//!
//! Before this, every container with more than 16 items was queued whole
//! while its parent was dropped: freeing a list of 2,000 lists queued 2,000
//! payloads (240 KiB) after the memory limit had been checked, so the
//! accounted peak passed the limit (`mem_nested_comprehension`).

use crate::objects::{Payload, Value};
use std::cell::{Cell, RefCell};

/// Levels of containers freed by direct recursion before the work stack.
const DIRECT_DEPTH: u32 = 24;

/// Items of a big list or tuple freed between two looks at the work stack.
const ITEMS_CHUNK: usize = 1024;

/// Work units (a container, or 16 of its items) between two stop checks:
/// well under a millisecond of freeing.
const WORK_PER_CHECK: u32 = 4096;

/// Something left to free.
enum Garbage {
    /// A container's payload, freed whole.
    Payload(Payload),
    /// The rest of a big list's or tuple's items.
    Items(std::vec::IntoIter<Value>),
}

thread_local! {
    static STACK: RefCell<Vec<Garbage>> = const { RefCell::new(Vec::new()) };
    static DEFERRED: RefCell<Vec<Garbage>> = const { RefCell::new(Vec::new()) };
    static DRAINING: Cell<bool> = const { Cell::new(false) };
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    static WORK: Cell<u32> = const { Cell::new(0) };
    static PACED: Cell<bool> = const { Cell::new(false) };
    static STOPPED: Cell<bool> = const { Cell::new(false) };
}

/// Frees a container's payload (taken out of its `Obj` by `Obj::drop`).
pub fn release(p: Payload) {
    let (garbage, work) = match p {
        Payload::List(l) => {
            let items = l.into_inner();
            let work = 1 + items.len() / 16;
            if items.len() > ITEMS_CHUNK {
                (Garbage::Items(items.into_iter()), 1)
            } else {
                (Garbage::Payload(Payload::List(RefCell::new(items))), work)
            }
        }
        Payload::Tuple(t) if t.len() > ITEMS_CHUNK => (Garbage::Items(t.into_vec().into_iter()), 1),
        Payload::Tuple(t) => {
            let work = 1 + t.len() / 16;
            (Garbage::Payload(Payload::Tuple(t)), work)
        }
        other => (Garbage::Payload(other), 1),
    };
    if stopped() || count_work(work) {
        defer(garbage);
        return;
    }
    let depth = DEPTH.with(Cell::get);
    let garbage = match garbage {
        Garbage::Payload(p) if depth < DIRECT_DEPTH => {
            DEPTH.with(|d| d.set(depth + 1));
            drop(p);
            DEPTH.with(|d| d.set(depth));
            return;
        }
        g => g,
    };
    STACK.with(|s| s.borrow_mut().push(garbage));
    if DRAINING.with(|d| d.replace(true)) {
        return;
    }
    let saved = DEPTH.with(|d| d.replace(0));
    drain();
    DEPTH.with(|d| d.set(saved));
    DRAINING.with(|d| d.set(false));
}

/// Frees a vector of values the way a big list's items are freed: a chunk
/// at a time, paced, the rest deferred once the run must stop (for native
/// loops that fail with a huge partial result).
pub fn release_items(items: Vec<Value>) {
    if items.len() <= ITEMS_CHUNK {
        drop(items);
        return;
    }
    release(Payload::List(RefCell::new(items)));
}

/// For a container freed in place by `Obj::drop` (one that frees no other
/// container): counts it, and tells whether it must go through [`release`]
/// instead (freeing stopped for the run, so it is deferred).
#[inline]
pub fn pace_in_place() -> bool {
    // Once stopped, freeing in place costs about what deferring would.
    !stopped() && count_work(1)
}

/// Frees the work stack until it is empty or the run must stop.
fn drain() {
    loop {
        if stopped() {
            let rest = STACK.with(|s| std::mem::take(&mut *s.borrow_mut()));
            DEFERRED.with(|d| d.borrow_mut().extend(rest));
            return;
        }
        let Some(next) = STACK.with(|s| s.borrow_mut().pop()) else {
            return;
        };
        match next {
            Garbage::Payload(p) => drop(p),
            Garbage::Items(mut items) => {
                let base = STACK.with(|s| s.borrow().len());
                for v in items.by_ref().take(ITEMS_CHUNK) {
                    drop(v);
                }
                if items.len() > 0 {
                    // Under what the chunk pushed, so that is freed first and
                    // the stack stays short.
                    STACK.with(|s| {
                        let mut s = s.borrow_mut();
                        let at = base.min(s.len());
                        s.insert(at, Garbage::Items(items));
                    });
                }
                let _ = count_work(ITEMS_CHUNK / 16);
            }
        }
    }
}

/// Whether freeing stopped for the current run.
#[inline]
fn stopped() -> bool {
    STOPPED.with(Cell::get)
}

/// Counts `n` units of freeing; true (and freeing stops) once the run must
/// stop. Free outside a run.
#[inline]
fn count_work(n: usize) -> bool {
    if !PACED.with(Cell::get) {
        return false;
    }
    let total = WORK.with(|w| {
        let t = w.get().saturating_add(n.min(u32::MAX as usize) as u32);
        w.set(t);
        t
    });
    if total < WORK_PER_CHECK {
        return false;
    }
    WORK.with(|w| w.set(0));
    if crate::sandbox::deadline::should_stop() {
        STOPPED.with(|s| s.set(true));
        return true;
    }
    false
}

/// Keeps `g` for the teardown.
fn defer(g: Garbage) {
    DEFERRED.with(|d| d.borrow_mut().push(g));
}

/// A run starts: freeing is paced by its stop condition. Call
/// [`drain_deferred`] before the run's memory meter starts, so that an
/// earlier run's garbage is not credited to this one.
pub fn begin_run() {
    WORK.with(|w| w.set(0));
    STOPPED.with(|s| s.set(false));
    PACED.with(|p| p.set(true));
}

/// The run ended: freeing is no longer paced (what was deferred stays
/// deferred until [`drain_deferred`]).
pub fn end_run() {
    PACED.with(|p| p.set(false));
}

/// Stops pacing and frees everything deferred (the teardown of a run).
pub fn drain_deferred() {
    PACED.with(|p| p.set(false));
    STOPPED.with(|s| s.set(false));
    loop {
        let rest = DEFERRED.with(|d| std::mem::take(&mut *d.borrow_mut()));
        if rest.is_empty() {
            return;
        }
        for g in rest {
            match g {
                Garbage::Payload(p) => release(p),
                Garbage::Items(items) => {
                    for v in items {
                        drop(v);
                    }
                }
            }
        }
    }
}

/// How many payloads (or rests of big lists) wait for the teardown.
pub fn deferred_len() -> usize {
    DEFERRED.with(|d| d.borrow().len())
}
