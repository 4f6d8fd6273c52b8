//! Freeing containers: bounded native depth, bounded bookkeeping memory, and
//! paced by the run's deadline.
//!
//! `Obj::drop` (gc.rs) hands the payload of every container that may free
//! other containers to [`release`]. Payloads are dropped in place (direct
//! recursion) up to [`DIRECT_DEPTH`] levels below the outermost drop; deeper
//! ones go on a work stack that the outermost drop drains, so a list nested
//! 10^6 deep frees with a small native stack. Lists and tuples of more than
//! [`ITEMS_CHUNK`] items, and dicts, sets, frozensets and class namespaces
//! of more than [`ITEMS_CHUNK`] entry slots, are freed a chunk at a time
//! from that stack (a dict of 10^6 fresh `str` keys was one 20-30 ms free).
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

use crate::objects::dict::Entry;
use crate::objects::{DictTable, Payload, Value};
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
    /// The rest of a big dict's, set's or class namespace's entries.
    Entries(std::vec::IntoIter<Option<Entry>>),
}

/// A hash table's payload as garbage with its work units: a big table's
/// entries are freed a chunk at a time (its index array goes at once).
fn table_garbage(t: DictTable, wrap: fn(DictTable) -> Payload) -> (Garbage, usize) {
    if t.slots() > ITEMS_CHUNK {
        (Garbage::Entries(t.into_entries().into_iter()), 1)
    } else {
        let work = 1 + t.slots() / 16;
        (Garbage::Payload(wrap(t)), work)
    }
}

thread_local! {
    static STACK: RefCell<Vec<Garbage>> = const { RefCell::new(Vec::new()) };
    static DEFERRED: RefCell<Vec<Vec<Garbage>>> = const { RefCell::new(Vec::new()) };
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
        Payload::Dict(t) => table_garbage(t.into_inner(), |t| Payload::Dict(RefCell::new(t))),
        Payload::Set(t) => table_garbage(t.into_inner(), |t| Payload::Set(RefCell::new(t))),
        Payload::FrozenSet(t) => table_garbage(t, Payload::FrozenSet),
        Payload::Class(cd) => {
            // A class namespace with a big table (`for i in ...: setattr(C,
            // ...)`): its entries go first, a chunk at a time.
            let big = cd.dict.try_borrow().is_ok_and(|d| d.slots() > ITEMS_CHUNK);
            if big {
                let entries = cd.dict.borrow_mut().take_all();
                dispose(Garbage::Entries(entries.into_iter()), 1);
            }
            (Garbage::Payload(Payload::Class(cd)), 1)
        }
        other => (Garbage::Payload(other), 1),
    };
    dispose(garbage, work);
}

/// Frees `garbage` (`work` units): in place up to [`DIRECT_DEPTH`] levels,
/// else from the work stack; deferred once the run must stop.
fn dispose(garbage: Garbage, work: usize) {
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
            if !rest.is_empty() {
                // The stack's own buffer becomes a chunk of the store.
                DEFERRED.with(|d| d.borrow_mut().push(rest));
            }
            return;
        }
        let Some(next) = STACK.with(|s| s.borrow_mut().pop()) else {
            return;
        };
        match next {
            Garbage::Payload(p) => drop(p),
            Garbage::Items(items) => free_chunk(items, Garbage::Items),
            Garbage::Entries(entries) => free_chunk(entries, Garbage::Entries),
        }
    }
}

/// Frees the next [`ITEMS_CHUNK`] of `rest` and puts what is left back on
/// the work stack (as `wrap(rest)`).
fn free_chunk<T>(mut rest: std::vec::IntoIter<T>, wrap: fn(std::vec::IntoIter<T>) -> Garbage) {
    let base = STACK.with(|s| s.borrow().len());
    for v in rest.by_ref().take(ITEMS_CHUNK) {
        drop(v);
    }
    if rest.len() > 0 {
        // Under what the chunk pushed, so that is freed first and the stack
        // stays short.
        STACK.with(|s| {
            let mut s = s.borrow_mut();
            let at = base.min(s.len());
            s.insert(at, wrap(rest));
        });
    }
    let _ = count_work(ITEMS_CHUNK / 16);
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

/// Entries per chunk of the deferred store: about 32 KiB, well inside the
/// reserve under the memory limit (see `sandbox::work::enforced_memory`).
const DEFER_CHUNK: usize = (32 << 10) / std::mem::size_of::<Garbage>();

/// Keeps `g` for the teardown. The store grows a chunk at a time, and the
/// growth is checked before it happens against the allocator's tripwire
/// (the memory limit the VM enforces): without room, `g` is freed in place
/// instead (freeing is what makes room), within the direct depth.
fn defer(g: Garbage) {
    let need = DEFERRED.with(|d| {
        let d = d.borrow();
        match d.last() {
            Some(c) if c.len() < c.capacity() => 0,
            _ => {
                let outer = if d.len() == d.capacity() {
                    d.capacity().max(4) * 2 * std::mem::size_of::<Vec<Garbage>>()
                } else {
                    0
                };
                DEFER_CHUNK * std::mem::size_of::<Garbage>() + outer
            }
        }
    });
    if need > 0 && kaa_alloc::headroom() < need as i64 && DEPTH.with(Cell::get) < DIRECT_DEPTH {
        free_in_place(g, need);
        return;
    }
    DEFERRED.with(|d| {
        let mut d = d.borrow_mut();
        if need > 0 {
            d.push(Vec::with_capacity(DEFER_CHUNK));
        }
        if let Some(c) = d.last_mut() {
            c.push(g);
        }
    });
}

/// Frees `g` now although the run must stop, one level deeper (what it
/// frees is deferred or freed in place the same way); the rest of a big
/// list or table is deferred as soon as `need` bytes fit.
fn free_in_place(g: Garbage, need: usize) {
    let depth = DEPTH.with(Cell::get);
    DEPTH.with(|d| d.set(depth + 1));
    match g {
        Garbage::Payload(p) => drop(p),
        Garbage::Items(items) => free_until_room(items, Garbage::Items, need),
        Garbage::Entries(entries) => free_until_room(entries, Garbage::Entries, need),
    }
    DEPTH.with(|d| d.set(depth));
}

/// Frees `rest` a chunk at a time until `need` bytes fit under the
/// tripwire, then defers what is left.
fn free_until_room<T>(
    mut rest: std::vec::IntoIter<T>,
    wrap: fn(std::vec::IntoIter<T>) -> Garbage,
    need: usize,
) {
    loop {
        for v in rest.by_ref().take(ITEMS_CHUNK) {
            drop(v);
        }
        if rest.len() == 0 {
            return;
        }
        if kaa_alloc::headroom() >= need as i64 {
            defer(wrap(rest));
            return;
        }
    }
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
        for g in rest.into_iter().flatten() {
            match g {
                Garbage::Payload(p) => release(p),
                Garbage::Items(items) => items.for_each(drop),
                Garbage::Entries(entries) => entries.for_each(drop),
            }
        }
    }
}

/// How many payloads (or rests of big lists) wait for the teardown.
pub fn deferred_len() -> usize {
    DEFERRED.with(|d| d.borrow().iter().map(Vec::len).sum())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::Obj;
    use std::rc::Rc;

    fn obj(payload: Payload) -> Value {
        Value::Obj(Rc::new(Obj {
            cls: None,
            dict: RefCell::new(None),
            payload,
        }))
    }

    /// A tuple holding the last reference to another tuple: freeing it
    /// frees a container, so it goes through `release`.
    fn nested(i: i64) -> Value {
        let inner = obj(Payload::Tuple(vec![Value::Int(i)].into_boxed_slice()));
        obj(Payload::Tuple(vec![inner].into_boxed_slice()))
    }

    #[test]
    fn deferred_store_grows_only_under_the_tripwire() {
        let items: Vec<Value> = (0..20_000).map(nested).collect();
        begin_run();
        // Freeing has stopped for the run: every container freed now is
        // deferred, one store entry each. Each deferral also frees the
        // container's `Obj`, but the store grows by whole chunks (a doubling
        // `Vec` before: +16 bytes per entry net at each doubling), so with
        // 16 KiB left under the tripwire a 32 KiB chunk does not fit: the
        // containers are freed in place until it does.
        STOPPED.with(|s| s.set(true));
        let base = kaa_alloc::live_bytes();
        let room = 16 << 10;
        kaa_alloc::set_limit(base + room);
        kaa_alloc::reset_peak();
        drop(items);
        let peak = kaa_alloc::peak_bytes() - base;
        kaa_alloc::set_limit(i64::MAX);
        assert!(deferred_len() > 0, "some of it was deferred");
        assert!(peak <= room, "peak {peak} passed the tripwire at {room}");
        drain_deferred();
        end_run();
        assert_eq!(deferred_len(), 0);
    }

    #[test]
    fn big_tables_are_freed_a_chunk_at_a_time() {
        let mut t = DictTable::new();
        for i in 0..5_000 {
            t.push_new(i, Value::Int(i), nested(i));
        }
        begin_run();
        STOPPED.with(|s| s.set(true));
        release(Payload::Dict(RefCell::new(t)));
        // Deferred whole (the entries' iterator), nothing freed yet.
        assert_eq!(deferred_len(), 1);
        drain_deferred();
        end_run();
        assert_eq!(deferred_len(), 0);
    }
}
