//! The cycle collector, and iterative destruction of deep structures.
//!
//! Reference counting (`Rc`) frees most objects at once. Containers are also
//! registered here (as `Weak`). A collection computes, for every live
//! container, its strong count minus the references held by other tracked
//! containers (CPython's `gc_refs`); containers with references from outside
//! (frames, the Rust stack, untracked holders) are roots, everything
//! reachable from a root survives, and the rest is cyclic garbage: its
//! contents are cleared, which breaks the cycles so `Rc` frees it.
//! Collections are generational: every few thousand container allocations
//! the young containers are collected (references from old containers count
//! as outside references) and the survivors become old; once the survivors
//! promoted since the last full collection exceed a quarter of the live set,
//! everything is collected (amortised O(1) per allocation). The traversal
//! visits references without cloning them. At the end of a run every
//! tracked container is cleared.

use crate::objects::{Obj, Payload, Value};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

/// What `gc.enable()`/`gc.disable()`/`gc.set_threshold()` chose.
#[derive(Clone, Copy, Debug)]
pub struct GcSettings {
    /// Automatic collection is on (`gc.isenabled()`).
    pub enabled: bool,
    /// `gc.get_threshold()`; a zero first threshold turns automatic
    /// collection off, as in CPython.
    pub thresholds: (i64, i64, i64),
}

impl Default for GcSettings {
    fn default() -> Self {
        GcSettings {
            enabled: true,
            thresholds: (700, 10, 10),
        }
    }
}

impl GcSettings {
    /// Whether collections may run on their own.
    pub fn automatic(&self) -> bool {
        self.enabled && self.thresholds.0 != 0
    }
}

/// The collector's registry.
pub struct Gc {
    /// Containers allocated since the last collection: the chunk being
    /// filled (at most [`YOUNG_CHUNK`] entries)...
    young: Vec<Weak<Obj>>,
    /// ...and the full chunks before it. A native loop can make containers
    /// without reaching a limit check (which is where collections run), so
    /// a single doubling `Vec` here grew by 256 KiB and more in one
    /// unchecked step near the memory limit (found by fuzzing:
    /// `list()` of an iterator making a generator per item); chunks keep
    /// each registry allocation at 32 KiB.
    young_full: Vec<Vec<Weak<Obj>>>,
    /// Containers that survived a collection.
    old: Vec<Weak<Obj>>,
    allocs: usize,
    threshold: usize,
    /// Estimated bytes of the old containers (dead ones included until the
    /// next full collection).
    old_bytes: u64,
    bytes: u64,
    /// Containers promoted to old since the last full collection.
    promoted: usize,
    /// Old containers alive after the last full collection.
    live_after_full: usize,
    /// Number of collections run.
    pub collections: u64,
}

impl Default for Gc {
    fn default() -> Self {
        Gc::new()
    }
}

impl Drop for Obj {
    fn drop(&mut self) {
        if super::finalize::on_drop(self) {
            return;
        }
        let leaf = matches!(
            self.payload,
            Payload::Instance(_)
                | Payload::Empty
                | Payload::Int(_)
                | Payload::Float(_)
                | Payload::Complex(..)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::Range(..)
                | Payload::BigRange(_)
                | Payload::Builtin(_)
                | Payload::Code(_)
                | Payload::Stream(_)
        );
        if leaf || (shallow(&self.payload) && !super::release::pace_in_place()) {
            return;
        }
        // Freed by `release`: bounded native depth, paced by the deadline.
        super::release::release(std::mem::replace(&mut self.payload, Payload::Empty));
    }
}

/// Whether dropping a list or tuple payload in place frees no other
/// container (no item is the last reference to an object), so it cannot
/// recurse: such payloads skip the drop queue, which would otherwise hold
/// one entry per element of a big flat list being freed.
fn shallow(p: &Payload) -> bool {
    let last_ref = |v: &Value| matches!(v, Value::Obj(o) if Rc::strong_count(o) == 1);
    let last_obj = |o: &Rc<Obj>| Rc::strong_count(o) == 1;
    match p {
        Payload::Tuple(t) => t.len() <= 16 && !t.iter().any(last_ref),
        Payload::List(l) => match l.try_borrow() {
            Ok(l) => l.len() <= 16 && !l.iter().any(last_ref),
            Err(_) => false,
        },
        // Emptied by the collector or the end-of-run teardown (or never filled).
        Payload::Dict(t) | Payload::Set(t) => t.try_borrow().map(|t| t.is_empty()).unwrap_or(false),
        // A function whose references all have other holders (the usual
        // case: its module's namespace, code and defaults live on).
        Payload::Function(f) => {
            let cells = || f.closure.len() <= 16 && !f.closure.iter().any(last_obj);
            let values = |c: &std::cell::RefCell<Value>| {
                c.try_borrow().map(|v| !last_ref(&v)).unwrap_or(false)
            };
            let defaults = || match f.defaults.try_borrow() {
                Ok(d) => d.len() <= 16 && !d.iter().any(last_ref),
                Err(_) => false,
            };
            let kwdefaults = || match f.kwdefaults.try_borrow() {
                Ok(d) => d.is_empty(),
                Err(_) => false,
            };
            !last_obj(&f.globals)
                && !f.dict.get().is_some_and(last_obj)
                && values(&f.doc)
                && values(&f.annotations)
                && values(&f.module)
                && cells()
                && defaults()
                && kwdefaults()
        }
        Payload::Method(a, b) => !last_ref(a) && !last_ref(b),
        Payload::StaticMethod(f) | Payload::ClassMethod(f) | Payload::Cell(f) => {
            f.try_borrow().map(|v| !last_ref(&v)).unwrap_or(false)
        }
        Payload::Property(p) => p
            .try_borrow()
            .map(|p| !p.iter().any(last_ref))
            .unwrap_or(false),
        // A class the collector or the teardown emptied.
        Payload::Class(cd) => {
            cd.dict.try_borrow().is_ok_and(|d| d.is_empty())
                && cd.mro.try_borrow().is_ok_and(|m| m.is_empty())
                && cd.bases.try_borrow().is_ok_and(|b| b.is_empty())
                && cd.cache.try_borrow().is_ok_and(|c| c.is_empty())
        }
        _ => false,
    }
}

/// One reference found by [`visit_children`].
pub enum Child<'a> {
    /// A heap object.
    Obj(&'a Rc<Obj>),
    /// A string of this many bytes (for the memory estimate).
    Str(usize),
}

#[inline]
fn visit_value(v: &Value, visit: &mut dyn FnMut(Child<'_>)) {
    match v {
        Value::Obj(o) => visit(Child::Obj(o)),
        Value::Str(s) => visit(Child::Str(s.s.len())),
        _ => {}
    }
}

/// Collects the heap objects an object refers to into `out`.
pub fn children(o: &Obj, out: &mut Vec<Value>) {
    visit_children(o, &mut |c| {
        if let Child::Obj(x) = c {
            out.push(Value::Obj(x.clone()));
        }
    });
}

/// Calls `visit` on every reference an object holds, without cloning.
pub fn visit_children(o: &Obj, visit: &mut dyn FnMut(Child<'_>)) {
    if let Ok(d) = o.dict.try_borrow() {
        if let Some(d) = d.as_ref() {
            visit(Child::Obj(d));
        }
    }
    if let Payload::Function(f) = &o.payload {
        if let Some(d) = f.dict.get() {
            visit(Child::Obj(d));
        }
    }
    if let Some(c) = &o.cls {
        visit(Child::Obj(c));
    }
    if let Payload::Iter(st) = &o.payload {
        let mut tmp = Vec::new();
        if let Ok(st) = st.try_borrow() {
            st.children(&mut tmp);
        }
        for v in &tmp {
            visit_value(v, visit);
        }
        return;
    }
    visit_payload(o, visit);
}

fn visit_payload(o: &Obj, visit: &mut dyn FnMut(Child<'_>)) {
    match &o.payload {
        Payload::Tuple(t) => t.iter().for_each(|v| visit_value(v, visit)),
        Payload::List(l) => {
            if let Ok(l) = l.try_borrow() {
                l.iter().for_each(|v| visit_value(v, visit));
            }
        }
        Payload::Dict(t) | Payload::Set(t) => {
            if let Ok(t) = t.try_borrow() {
                for e in t.iter() {
                    visit_value(&e.key, visit);
                    visit_value(&e.value, visit);
                }
            }
        }
        Payload::FrozenSet(t) => t.iter().for_each(|e| visit_value(&e.key, visit)),
        Payload::Slice(a, b, c) => {
            visit_value(a, visit);
            visit_value(b, visit);
            visit_value(c, visit);
        }
        Payload::Function(f) => {
            visit(Child::Obj(&f.globals));
            if let Ok(d) = f.defaults.try_borrow() {
                d.iter().for_each(|v| visit_value(v, visit));
            }
            if let Ok(d) = f.kwdefaults.try_borrow() {
                d.iter().for_each(|(_, v)| visit_value(v, visit));
            }
            f.closure.iter().for_each(|c| visit(Child::Obj(c)));
            if let Ok(a) = f.annotations.try_borrow() {
                visit_value(&a, visit);
            }
            if let Ok(a) = f.doc.try_borrow() {
                visit_value(&a, visit);
            }
            if let Ok(m) = f.module.try_borrow() {
                visit_value(&m, visit);
            }
        }
        Payload::Method(a, b) | Payload::Super(a, b) => {
            visit_value(a, visit);
            visit_value(b, visit);
        }
        Payload::Class(cd) => {
            if let Ok(d) = cd.dict.try_borrow() {
                d.iter().for_each(|e| visit_value(&e.value, visit));
            }
            if let Ok(b) = cd.bases.try_borrow() {
                b.iter().for_each(|c| visit(Child::Obj(c)));
            }
            if let Ok(m) = cd.mro.try_borrow() {
                m.iter().for_each(|c| visit(Child::Obj(c)));
            }
            if let Ok(c) = cd.cache.try_borrow() {
                c.iter()
                    .filter_map(|(_, v)| v.as_ref())
                    .for_each(|v| visit_value(v, visit));
            }
        }
        Payload::Module(d, _) => visit(Child::Obj(d)),
        Payload::Cell(c) => {
            if let Ok(c) = c.try_borrow() {
                visit_value(&c, visit);
            }
        }
        Payload::Generator(g) => {
            if let Ok(g) = g.try_borrow() {
                if let Some(f) = &g.frame {
                    f.regs.iter().for_each(|v| visit_value(v, visit));
                    visit(Child::Obj(&f.globals));
                    if let Some(l) = &f.locals {
                        visit(Child::Obj(l));
                    }
                    if let Some(gg) = &f.gen {
                        visit(Child::Obj(gg));
                    }
                    if let super::ReturnMode::Init(v) = &f.mode {
                        visit_value(v, visit);
                    }
                }
            }
        }
        Payload::Exception(e) => {
            if let Ok(e) = e.try_borrow() {
                visit_value(&e.args, visit);
                visit_value(&e.cause, visit);
                visit_value(&e.context, visit);
            }
        }
        Payload::Property(p) => {
            if let Ok(p) = p.try_borrow() {
                p.iter().for_each(|v| visit_value(v, visit));
            }
        }
        Payload::StaticMethod(f) | Payload::ClassMethod(f) => {
            if let Ok(f) = f.try_borrow() {
                visit_value(&f, visit);
            }
        }
        Payload::DictView(d, _) => visit(Child::Obj(d)),
        Payload::MappingProxy(v) => visit_value(v, visit),
        Payload::Instance(chain) if !chain.is_empty() => {
            for c in chain.all() {
                visit(Child::Obj(&c));
            }
        }
        Payload::WeakRef(w) => {
            if let Ok(c) = w.callback.try_borrow() {
                visit_value(&c, visit);
            }
        }
        _ => {}
    }
}

/// Empties an object's references (to break a cycle).
pub fn clear(o: &Obj) {
    let mut garbage: Vec<Value> = Vec::new();
    clear_into(o, &mut garbage);
    drop(garbage);
}

/// [`clear`], moving the references into `garbage` (the caller drops them,
/// so that clearing many objects reuses one buffer).
fn clear_into(o: &Obj, garbage: &mut Vec<Value>) {
    // An instance dict that is not a plain dict (`self.__dict__ = self` in a
    // dict subclass) can close a cycle that clearing tables does not break.
    if let Ok(mut d) = o.dict.try_borrow_mut() {
        let foreign = d.as_ref().is_some_and(|x| {
            std::ptr::eq(&**x, o) || x.dict.try_borrow().map_or(true, |y| y.is_some())
        });
        if foreign {
            if let Some(x) = d.take() {
                garbage.push(Value::Obj(x));
            }
        }
    }
    match &o.payload {
        Payload::List(l) => {
            if let Ok(mut l) = l.try_borrow_mut() {
                garbage.extend(std::mem::take(&mut *l));
            }
        }
        Payload::Dict(t) | Payload::Set(t) => {
            if let Ok(mut t) = t.try_borrow_mut() {
                for e in t.take_all().into_iter().flatten() {
                    garbage.push(e.key);
                    garbage.push(e.value);
                }
            }
        }
        Payload::Function(f) => {
            if let Ok(mut d) = f.defaults.try_borrow_mut() {
                garbage.extend(std::mem::take(&mut *d));
            }
            if let Ok(mut d) = f.kwdefaults.try_borrow_mut() {
                garbage.extend(std::mem::take(&mut *d).into_iter().map(|(_, v)| v));
            }
            if let Ok(mut a) = f.annotations.try_borrow_mut() {
                if !a.is_none() {
                    garbage.push(std::mem::take(&mut *a));
                }
            }
        }
        Payload::Class(cd) => {
            // Attribute caches keyed on the version must not see the
            // emptied class as unchanged (a finalizer may still look).
            cd.version.set(crate::objects::next_serial());
            if let Ok(mut d) = cd.dict.try_borrow_mut() {
                for e in d.take_all().into_iter().flatten() {
                    garbage.push(e.value);
                }
            }
            if let Ok(mut m) = cd.mro.try_borrow_mut() {
                garbage.extend(std::mem::take(&mut *m).into_iter().map(Value::Obj));
            }
            if let Ok(mut b) = cd.bases.try_borrow_mut() {
                garbage.extend(std::mem::take(&mut *b).into_iter().map(Value::Obj));
            }
            if let Ok(mut c) = cd.cache.try_borrow_mut() {
                garbage.extend(std::mem::take(&mut *c).into_iter().filter_map(|(_, v)| v));
            }
        }
        Payload::Cell(c) => {
            if let Ok(mut c) = c.try_borrow_mut() {
                garbage.push(std::mem::take(&mut *c));
            }
        }
        Payload::Generator(g) => {
            if let Ok(mut g) = g.try_borrow_mut() {
                if let Some(f) = g.frame.take() {
                    garbage.extend(f.regs);
                }
                g.finished = true;
            }
        }
        Payload::Exception(e) => {
            if let Ok(mut e) = e.try_borrow_mut() {
                garbage.push(std::mem::take(&mut e.args));
                garbage.push(std::mem::take(&mut e.cause));
                garbage.push(std::mem::take(&mut e.context));
                e.traceback.clear();
            }
        }
        Payload::Property(p) => {
            if let Ok(mut p) = p.try_borrow_mut() {
                for v in p.iter_mut() {
                    garbage.push(std::mem::take(v));
                }
            }
        }
        Payload::StaticMethod(f) | Payload::ClassMethod(f) => {
            if let Ok(mut f) = f.try_borrow_mut() {
                garbage.push(std::mem::take(&mut *f));
            }
        }
        Payload::Iter(st) => {
            if let Ok(mut st) = st.try_borrow_mut() {
                let old = std::mem::replace(&mut *st, super::iter::IterState::Done);
                drop(old);
            }
        }
        Payload::WeakRef(w) => {
            if let Ok(mut c) = w.callback.try_borrow_mut() {
                garbage.push(std::mem::take(&mut *c));
            }
        }
        _ => {}
    }
}

fn approx_size(o: &Obj) -> u64 {
    let base = 64u64;
    base + match &o.payload {
        Payload::List(l) => l
            .try_borrow()
            .map(|l| l.capacity() as u64 * 16)
            .unwrap_or(0),
        Payload::Tuple(t) => t.len() as u64 * 16,
        Payload::Dict(t) | Payload::Set(t) => {
            t.try_borrow().map(|t| t.heap_bytes() as u64).unwrap_or(0)
        }
        Payload::Function(_) => 160,
        Payload::Class(_) => 512,
        Payload::Generator(_) => 256,
        _ => 0,
    }
}

/// A hasher for object addresses (the collector's index): one multiply,
/// far cheaper than SipHash for pointer keys.
#[derive(Default)]
struct PtrHasher(u64);

impl std::hash::Hasher for PtrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(*b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = ((n as u64) >> 3)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .rotate_left(29);
    }
}

type PtrIndex = HashMap<*const Obj, usize, std::hash::BuildHasherDefault<PtrHasher>>;

/// Young containers allocated between two young collections.
const YOUNG_THRESHOLD: usize = 8000;

/// Entries per chunk of the young registry (32 KiB of `Weak` pointers).
const YOUNG_CHUNK: usize = 4096;

impl Gc {
    /// An empty registry.
    pub fn new() -> Gc {
        Gc {
            young: Vec::new(),
            young_full: Vec::new(),
            old: Vec::new(),
            allocs: 0,
            threshold: YOUNG_THRESHOLD,
            old_bytes: 0,
            bytes: 0,
            promoted: 0,
            live_after_full: 0,
            collections: 0,
        }
    }

    /// Containers allocated since the last collection (`gc.get_count()`).
    pub fn allocs_since_collect(&self) -> usize {
        self.allocs
    }

    /// The live tracked containers (`gc.get_objects()`).
    pub fn live_objects(&self) -> Vec<Rc<Obj>> {
        self.old
            .iter()
            .chain(self.young_full.iter().flatten())
            .chain(self.young.iter())
            .filter_map(|w| w.upgrade())
            .collect()
    }

    /// Registers a container.
    #[inline]
    pub fn track(&mut self, o: &Rc<Obj>) {
        if self.young.len() >= YOUNG_CHUNK {
            let full = std::mem::replace(&mut self.young, Vec::with_capacity(YOUNG_CHUNK));
            self.young_full.push(full);
        }
        self.young.push(Rc::downgrade(o));
        self.allocs += 1;
    }

    /// Whether enough containers were allocated to run a collection.
    #[inline]
    pub fn should_collect(&self) -> bool {
        self.allocs >= self.threshold
    }

    /// Accounted bytes of the live containers at the last collection.
    pub fn estimate_bytes(&self) -> u64 {
        self.bytes
    }

    /// Number of registered containers (live or not yet compacted).
    pub fn tracked_len(&self) -> usize {
        self.young.len() + self.young_full.iter().map(Vec::len).sum::<usize>() + self.old.len()
    }

    /// Runs a collection of the young containers, or of everything when
    /// enough containers were promoted since the last full collection: once
    /// the survivors of the last full collection have doubled. That keeps the
    /// work amortised O(1) per allocation, with about twice the live
    /// containers visited in all while a program builds a big structure
    /// (CPython's 25 % rule visits five times as many, which here, where each
    /// visit is a hash lookup, made building 10^6 nested lists 10x slower
    /// than with the collector off). Cyclic garbage that reached the old
    /// generation may wait longer; the memory limit does not, as a run short
    /// of memory collects everything first (`Vm::check_memory`). Returns how
    /// many objects were found to be garbage.
    pub fn collect(&mut self) -> usize {
        if self.promoted > self.live_after_full.max(YOUNG_THRESHOLD) {
            self.collect_full()
        } else {
            self.collect_young()
        }
    }

    /// Collects the young containers only: references from old containers
    /// count as outside references, so their targets survive; survivors
    /// become old.
    pub fn collect_young(&mut self) -> usize {
        self.collections += 1;
        self.allocs = 0;
        let young = std::mem::take(&mut self.young);
        let full = std::mem::take(&mut self.young_full);
        let objs: Vec<Rc<Obj>> = full
            .iter()
            .flatten()
            .chain(young.iter())
            .filter_map(|w| w.upgrade())
            .collect();
        drop(young);
        drop(full);
        let (alive, bytes, garbage) = find_garbage(&objs);
        reserve_registry(&mut self.old, alive.iter().filter(|a| **a).count());
        let mut survivors = 0;
        for (o, live) in objs.iter().zip(&alive) {
            if *live {
                self.old.push(Rc::downgrade(o));
                survivors += 1;
            }
        }
        drop(objs);
        self.promoted += survivors;
        self.old_bytes += bytes;
        self.bytes = self.old_bytes;
        garbage
    }

    /// Collects every container.
    pub fn collect_full(&mut self) -> usize {
        self.collections += 1;
        self.allocs = 0;
        let mut all = std::mem::take(&mut self.old);
        for mut chunk in std::mem::take(&mut self.young_full) {
            all.append(&mut chunk);
        }
        all.append(&mut self.young);
        let objs: Vec<Rc<Obj>> = all.iter().filter_map(|w| w.upgrade()).collect();
        drop(all);
        let (alive, bytes, garbage) = find_garbage(&objs);
        // Exactly the survivors: the registry never holds more after a
        // collection than before it.
        reserve_registry(&mut self.old, alive.iter().filter(|a| **a).count());
        for (o, live) in objs.iter().zip(&alive) {
            if *live {
                self.old.push(Rc::downgrade(o));
            }
        }
        drop(objs);
        self.old.retain(|w| w.strong_count() > 0);
        self.live_after_full = self.old.len();
        self.promoted = 0;
        self.old_bytes = bytes;
        self.bytes = bytes;
        garbage
    }

    /// Clears every tracked container (the end of a run).
    pub fn clear_all(&mut self) {
        let mut all = std::mem::take(&mut self.old);
        for mut chunk in std::mem::take(&mut self.young_full) {
            all.append(&mut chunk);
        }
        all.append(&mut self.young);
        let objs: Vec<Rc<Obj>> = all.drain(..).filter_map(|w| w.upgrade()).collect();
        let mut garbage = Vec::new();
        for o in &objs {
            clear_into(o, &mut garbage);
            // Dropping here keeps the buffer small; a value freed now may
            // free containers not cleared yet, which is fine.
            if garbage.len() >= 4096 {
                garbage.clear();
            }
        }
        drop(garbage);
        drop(objs);
        self.promoted = 0;
        self.live_after_full = 0;
        self.old_bytes = 0;
        self.bytes = 0;
    }
}

/// Makes room in the old registry for `n` more survivors before they are
/// pushed. Doubling is the cheap amortised growth, but a collection runs
/// when memory is short (`Vm::check_memory`), and a registry that doubled
/// there grew by up to 8 bytes per live container after the limit had
/// been checked (the accounted peak of a deep `__init__` recursion passed
/// 64 MiB by 0.1 %). So the registry doubles only when the allocator's
/// tripwire leaves room for it, and otherwise grows by exactly `n` entries,
/// no more than the young registry just freed.
fn reserve_registry(old: &mut Vec<Weak<Obj>>, n: usize) {
    let need = old.len().saturating_add(n);
    if need <= old.capacity() {
        return;
    }
    let doubled = need.max(old.capacity().saturating_mul(2));
    let bytes = doubled.saturating_mul(std::mem::size_of::<Weak<Obj>>());
    if (bytes as u64) < kaa_alloc::headroom().max(0) as u64 {
        old.reserve(n);
    } else {
        old.reserve_exact(n);
    }
}

/// Marks alive everything reachable from the containers on `stack` (already
/// marked), draining the stack.
/// False when the run must stop first (the marking is then incomplete).
fn mark_reachable(
    objs: &[Rc<Obj>],
    index: &PtrIndex,
    alive: &mut [bool],
    stack: &mut Vec<usize>,
) -> bool {
    let mut visited = 0usize;
    while let Some(i) = stack.pop() {
        visited += 1;
        if must_stop(visited) {
            return false;
        }
        visit_children(&objs[i], &mut |c| {
            if let Child::Obj(c) = c {
                if let Some(&j) = index.get(&Rc::as_ptr(c)) {
                    if !alive[j] {
                        alive[j] = true;
                        stack.push(j);
                    }
                }
            }
        });
    }
    true
}

/// Every 4,096 steps of a collection: whether the run must stop (its
/// deadline passed or it was cancelled).
#[inline]
fn must_stop(step: usize) -> bool {
    step % 4096 == 4095 && crate::sandbox::deadline::should_stop()
}

/// Finds the cyclic garbage among `objs` and clears it. Returns which objects
/// live, the estimated bytes of the live ones and the number of garbage
/// objects.
fn find_garbage(objs: &[Rc<Obj>]) -> (Vec<bool>, u64, usize) {
    // Nothing is changed before the garbage is cleared at the end, so a
    // collection that meets the run's deadline (a full collection of 10^6
    // containers takes 0.1-0.3 s) gives up and keeps everything.
    let give_up = || (vec![true; objs.len()], 0, 0);
    let mut index: PtrIndex = PtrIndex::with_capacity_and_hasher(objs.len(), Default::default());
    for (i, o) in objs.iter().enumerate() {
        if must_stop(i) {
            return give_up();
        }
        index.insert(Rc::as_ptr(o), i);
    }
    // Strong count minus our own upgrade.
    let mut refs: Vec<i64> = objs
        .iter()
        .map(|o| Rc::strong_count(o) as i64 - 1)
        .collect();
    let mut sizes: Vec<u64> = Vec::with_capacity(objs.len());
    // Untracked objects (tuples of atoms) are counted once, in the size of
    // the first container found holding them.
    let mut untracked: PtrIndex = PtrIndex::default();
    for (i, o) in objs.iter().enumerate() {
        if must_stop(i) {
            return give_up();
        }
        let mut size = approx_size(o);
        visit_children(o, &mut |c| match c {
            Child::Obj(c) => match index.get(&Rc::as_ptr(c)) {
                Some(&j) => {
                    if let Some(r) = refs.get_mut(j) {
                        *r -= 1;
                    }
                }
                None => {
                    if let Payload::Tuple(t) = &c.payload {
                        if untracked.insert(Rc::as_ptr(c), 0).is_none() {
                            size += approx_size(c);
                            for v in t.iter() {
                                if let Value::Str(s) = v {
                                    size += s.s.len() as u64;
                                }
                            }
                        }
                    }
                }
            },
            Child::Str(n) => size += n as u64,
        });
        sizes.push(size);
    }
    drop(untracked);
    // Everything reachable from an externally referenced container lives.
    let mut alive = vec![false; objs.len()];
    let mut stack: Vec<usize> = (0..objs.len()).filter(|&i| refs[i] > 0).collect();
    for &i in &stack {
        alive[i] = true;
    }
    if !mark_reachable(objs, &index, &mut alive, &mut stack) {
        return give_up();
    }
    // Unreachable objects with a `__del__` not run yet are finalized first
    // (PEP 442): they and everything they reach survive this collection,
    // and their finalizers are queued for the VM.
    let mut garbage = 0;
    for (i, o) in objs.iter().enumerate() {
        if !alive[i] && super::finalize::has_del(o) && !super::finalize::is_finalized(o) {
            super::finalize::push(super::finalize::Pending::Del(o.clone()));
            alive[i] = true;
            stack.push(i);
            garbage += 1;
        }
    }
    if !mark_reachable(objs, &index, &mut alive, &mut stack) {
        // The finalizers queued above are for garbage; they run (and the
        // objects are collected by a later collection).
        return give_up();
    }
    drop(index);
    let mut bytes = 0;
    for (i, o) in objs.iter().enumerate() {
        if alive[i] {
            bytes += sizes[i];
        } else {
            garbage += 1;
            clear(o);
        }
    }
    (alive, bytes, garbage)
}
