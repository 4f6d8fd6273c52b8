//! The cycle collector, and iterative destruction of deep structures.
//!
//! Reference counting (`Rc`) frees most objects at once. Containers are also
//! registered here (as `Weak`). A collection computes, for every live
//! container, its strong count minus the references held by other tracked
//! containers (CPython's `gc_refs`); containers with references from outside
//! (frames, the Rust stack, untracked holders) are roots, everything
//! reachable from a root survives, and the rest is cyclic garbage: its
//! contents are cleared, which breaks the cycles so `Rc` frees it.
//! Collections run when the number of containers allocated since the last
//! one exceeds a threshold that grows with the live set (amortised O(1) per
//! allocation). At the end of a run every tracked container is cleared.

use crate::objects::{Obj, Payload, Value};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

/// A hasher for object addresses (the collector's index): one multiply, no
/// SipHash rounds; addresses are not attacker-chosen keys.
#[derive(Clone, Copy, Default)]
struct PtrHasher;

/// The state of [`PtrHasher`].
#[derive(Default)]
struct PtrHash(u64);

impl std::hash::BuildHasher for PtrHasher {
    type Hasher = PtrHash;
    fn build_hasher(&self) -> PtrHash {
        PtrHash(0)
    }
}

impl std::hash::Hasher for PtrHash {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = ((n as u64) ^ (n as u64 >> 29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 ^= self.0 >> 32;
    }
}

/// The collector's registry.
pub struct Gc {
    tracked: Vec<Weak<Obj>>,
    allocs: usize,
    threshold: usize,
    bytes: u64,
    /// Number of collections run.
    pub collections: u64,
}

impl Default for Gc {
    fn default() -> Self {
        Gc::new()
    }
}

thread_local! {
    static DROP_QUEUE: RefCell<Vec<Payload>> = const { RefCell::new(Vec::new()) };
    static DRAINING: Cell<bool> = const { Cell::new(false) };
}

impl Drop for Obj {
    fn drop(&mut self) {
        let leaf = matches!(
            self.payload,
            Payload::Instance
                | Payload::Empty
                | Payload::Int(_)
                | Payload::Float(_)
                | Payload::Complex(..)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::Range(..)
                | Payload::Builtin(_)
                | Payload::Code(_)
                | Payload::Stream(_)
        );
        if leaf || shallow(&self.payload) {
            return;
        }
        let p = std::mem::replace(&mut self.payload, Payload::Empty);
        let _ = DROP_QUEUE.try_with(|q| q.borrow_mut().push(p));
        let draining = DRAINING.try_with(|d| d.replace(true)).unwrap_or(true);
        if draining {
            return;
        }
        loop {
            let next = DROP_QUEUE.try_with(|q| q.borrow_mut().pop()).ok().flatten();
            match next {
                Some(p) => drop(p),
                None => break,
            }
        }
        let _ = DRAINING.try_with(|d| d.set(false));
    }
}

/// Whether dropping a list or tuple payload in place frees no other
/// container (no item is the last reference to an object), so it cannot
/// recurse: such payloads skip the drop queue, which would otherwise hold
/// one entry per element of a big flat list being freed.
fn shallow(p: &Payload) -> bool {
    let last_ref = |v: &Value| matches!(v, Value::Obj(o) if Rc::strong_count(o) == 1);
    match p {
        Payload::Tuple(t) => t.len() <= 16 && !t.iter().any(last_ref),
        Payload::List(l) => match l.try_borrow() {
            Ok(l) => l.len() <= 16 && !l.iter().any(last_ref),
            Err(_) => false,
        },
        _ => false,
    }
}

/// Calls `f` on every value an object refers to.
pub fn children(o: &Obj, out: &mut Vec<Value>) {
    if let Some(d) = &o.dict {
        out.push(Value::Obj(d.clone()));
    }
    if let Some(c) = &o.cls {
        out.push(Value::Obj(c.clone()));
    }
    match &o.payload {
        Payload::Tuple(t) => out.extend(t.iter().cloned()),
        Payload::List(l) => {
            if let Ok(l) = l.try_borrow() {
                out.extend(l.iter().cloned());
            }
        }
        Payload::Dict(t) | Payload::Set(t) => {
            if let Ok(t) = t.try_borrow() {
                for e in t.iter() {
                    out.push(e.key.clone());
                    out.push(e.value.clone());
                }
            }
        }
        Payload::FrozenSet(t) => out.extend(t.iter().map(|e| e.key.clone())),
        Payload::Slice(a, b, c) => {
            out.push(a.clone());
            out.push(b.clone());
            out.push(c.clone());
        }
        Payload::Function(f) => {
            out.push(Value::Obj(f.globals.clone()));
            if let Ok(d) = f.defaults.try_borrow() {
                out.extend(d.iter().cloned());
            }
            if let Ok(d) = f.kwdefaults.try_borrow() {
                out.extend(d.iter().map(|(_, v)| v.clone()));
            }
            out.extend(f.closure.iter().map(|c| Value::Obj(c.clone())));
            if let Ok(a) = f.annotations.try_borrow() {
                out.push(a.clone());
            }
            if let Ok(a) = f.doc.try_borrow() {
                out.push(a.clone());
            }
            out.push(f.module.clone());
        }
        Payload::Method(a, b) | Payload::Super(a, b) => {
            out.push(a.clone());
            out.push(b.clone());
        }
        Payload::Class(cd) => {
            if let Ok(d) = cd.dict.try_borrow() {
                for e in d.iter() {
                    out.push(e.value.clone());
                }
            }
            if let Ok(b) = cd.bases.try_borrow() {
                out.extend(b.iter().map(|c| Value::Obj(c.clone())));
            }
            if let Ok(m) = cd.mro.try_borrow() {
                out.extend(m.iter().map(|c| Value::Obj(c.clone())));
            }
            if let Ok(c) = cd.cache.try_borrow() {
                out.extend(c.iter().filter_map(|(_, v)| v.clone()));
            }
        }
        Payload::Module(d, _) => out.push(Value::Obj(d.clone())),
        Payload::Cell(c) => {
            if let Ok(c) = c.try_borrow() {
                out.push(c.clone());
            }
        }
        Payload::Generator(g) => {
            if let Ok(g) = g.try_borrow() {
                if let Some(f) = &g.frame {
                    out.extend(f.regs.iter().cloned());
                    out.push(Value::Obj(f.globals.clone()));
                    if let Some(l) = &f.locals {
                        out.push(Value::Obj(l.clone()));
                    }
                    if let Some(gg) = &f.gen {
                        out.push(Value::Obj(gg.clone()));
                    }
                    if let super::ReturnMode::Init(v) = &f.mode {
                        out.push(v.clone());
                    }
                }
            }
        }
        Payload::Exception(e) => {
            if let Ok(e) = e.try_borrow() {
                out.push(e.args.clone());
                out.push(e.cause.clone());
                out.push(e.context.clone());
            }
        }
        Payload::Property(p) => {
            if let Ok(p) = p.try_borrow() {
                out.extend(p.iter().cloned());
            }
        }
        Payload::StaticMethod(f) | Payload::ClassMethod(f) => {
            if let Ok(f) = f.try_borrow() {
                out.push(f.clone());
            }
        }
        Payload::Iter(st) => {
            if let Ok(st) = st.try_borrow() {
                st.children(out);
            }
        }
        Payload::DictView(d, _) => out.push(Value::Obj(d.clone())),
        _ => {}
    }
}

/// Empties an object's references (to break a cycle).
pub fn clear(o: &Obj) {
    let mut garbage: Vec<Value> = Vec::new();
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
                garbage.push(std::mem::take(&mut *a));
            }
        }
        Payload::Class(cd) => {
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
        _ => {}
    }
    drop(garbage);
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

impl Gc {
    /// An empty registry.
    pub fn new() -> Gc {
        Gc {
            tracked: Vec::new(),
            allocs: 0,
            threshold: 2000,
            bytes: 0,
            collections: 0,
        }
    }

    /// Registers a container.
    #[inline]
    pub fn track(&mut self, o: &Rc<Obj>) {
        self.tracked.push(Rc::downgrade(o));
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
        self.tracked.len()
    }

    /// Runs a collection; returns how many objects were found to be garbage.
    pub fn collect(&mut self) -> usize {
        self.collections += 1;
        self.allocs = 0;
        self.tracked.retain(|w| w.strong_count() > 0);
        let objs: Vec<Rc<Obj>> = self.tracked.iter().filter_map(|w| w.upgrade()).collect();
        let mut index: HashMap<*const Obj, usize, PtrHasher> =
            HashMap::with_capacity_and_hasher(objs.len(), PtrHasher);
        for (i, o) in objs.iter().enumerate() {
            index.insert(Rc::as_ptr(o), i);
        }
        // Strong count minus our own upgrade.
        let mut refs: Vec<i64> = objs
            .iter()
            .map(|o| Rc::strong_count(o) as i64 - 1)
            .collect();
        let mut kids: Vec<Value> = Vec::new();
        let mut bytes = 0u64;
        for o in &objs {
            kids.clear();
            children(o, &mut kids);
            bytes += approx_size(o);
            for k in &kids {
                match k {
                    Value::Obj(c) => {
                        if let Some(&j) = index.get(&Rc::as_ptr(c)) {
                            refs[j] -= 1;
                        }
                    }
                    Value::Str(s) => bytes += s.s.len() as u64,
                    _ => {}
                }
            }
        }
        // Everything reachable from an externally referenced container lives.
        let mut alive = vec![false; objs.len()];
        let mut stack: Vec<usize> = (0..objs.len()).filter(|&i| refs[i] > 0).collect();
        for &i in &stack {
            alive[i] = true;
        }
        while let Some(i) = stack.pop() {
            kids.clear();
            children(&objs[i], &mut kids);
            for k in &kids {
                if let Value::Obj(c) = k {
                    if let Some(&j) = index.get(&Rc::as_ptr(c)) {
                        if !alive[j] {
                            alive[j] = true;
                            stack.push(j);
                        }
                    }
                }
            }
        }
        drop(kids);
        let mut garbage = 0;
        for (i, o) in objs.iter().enumerate() {
            if !alive[i] {
                garbage += 1;
                clear(o);
            }
        }
        let live = objs.len() - garbage;
        drop(index);
        drop(objs);
        self.tracked.retain(|w| w.strong_count() > 0);
        self.threshold = (live * 4).max(2000);
        self.bytes = bytes;
        garbage
    }

    /// Clears every tracked container (the end of a run).
    pub fn clear_all(&mut self) {
        let objs: Vec<Rc<Obj>> = self.tracked.drain(..).filter_map(|w| w.upgrade()).collect();
        for o in &objs {
            clear(o);
        }
        drop(objs);
    }
}
