//! Class objects: name, bases, MRO (C3), the class `__dict__`, and the
//! payload layout instances get.

use super::{DictTable, Obj, PyStr, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Which built-in payload the instances of a class carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Plain objects: everything lives in the instance dict.
    Object,
    /// int and its subclasses.
    Int,
    /// bool.
    Bool,
    /// float.
    Float,
    /// complex.
    Complex,
    /// str.
    Str,
    /// bytes.
    Bytes,
    /// bytearray.
    ByteArray,
    /// tuple.
    Tuple,
    /// list.
    List,
    /// dict.
    Dict,
    /// set.
    Set,
    /// frozenset.
    FrozenSet,
    /// BaseException and subclasses.
    Exception,
    /// type (metaclasses).
    Type,
    /// Other built-in types that cannot be subclassed or instantiated generically.
    Opaque,
}

/// The data of a class object.
pub struct ClassData {
    /// `__name__`
    pub name: RefCell<Rc<PyStr>>,
    /// `__qualname__`
    pub qualname: RefCell<Rc<PyStr>>,
    /// `__module__` as text ("builtins" for built-in types).
    pub module: RefCell<Rc<PyStr>>,
    /// `__bases__`
    pub bases: RefCell<Vec<Rc<Obj>>>,
    /// `__mro__` without the class itself (it is always first).
    pub mro: RefCell<Vec<Rc<Obj>>>,
    /// The class namespace.
    pub dict: RefCell<DictTable>,
    /// The payload of instances.
    pub layout: Layout,
    /// Defined by a class statement (CPython "heap type").
    pub heap: bool,
    /// Bumped whenever this class's or a base's namespace changes.
    pub version: Cell<u64>,
    /// `__slots__` names, when the class (or a base) declares them and no
    /// `__dict__` slot.
    pub slots: Option<Vec<Rc<PyStr>>>,
    /// Whether instances carry an attribute table (slotted instances keep
    /// their slot values there too, see `hide_dict`).
    pub has_dict: bool,
    /// `__slots__` without `__dict__`: the table is storage only, so
    /// `obj.__dict__` and `vars(obj)` fail as they do in CPython.
    pub hide_dict: bool,
    /// Instances of this heap class can be weakly referenced (CPython's
    /// nonzero `tp_weaklistoffset`): false for `__slots__` without
    /// `__weakref__` and for subclasses of int, tuple and bytes. Built-in
    /// types decide by payload instead (see `vm::weakref`).
    pub weakrefable: bool,
    /// The classes deriving directly from this one (`__subclasses__()`).
    pub subclasses: RefCell<Vec<std::rc::Weak<Obj>>>,
    /// Which attribute hooks the class (or a base) defines, see [`hooks`].
    pub hooks: Cell<u32>,
    /// Results of recent MRO lookups by (interned) name, valid while the
    /// class epoch is unchanged.
    pub cache: RefCell<LookupCache>,
    /// The class epoch `cache` belongs to.
    pub cache_epoch: Cell<u64>,
}

thread_local! {
    static EPOCH: Cell<u64> = const { Cell::new(1) };
}

/// Invalidates every class's lookup cache (used while built-in classes are
/// set up; a change to one class namespace goes through [`invalidate`]).
pub fn bump_epoch() {
    EPOCH.with(|e| e.set(e.get() + 1));
}

/// The current class epoch (part of every attribute cache key).
#[inline]
pub fn epoch() -> u64 {
    EPOCH.with(|e| e.get())
}

/// Records that the namespace of `cls` changed: the lookup caches of `cls`
/// and of every class deriving from it (whose MRO results may name it) are
/// emptied and their versions bumped. Other classes keep their caches
/// (CPython's per-type version tags work the same way).
pub fn invalidate(cls: &Rc<Obj>) {
    let forget = |cd: &ClassData| {
        cd.version.set(super::next_serial());
        // Epoch 0 is never current: the next lookup empties the cache even
        // if it is borrowed right now.
        cd.cache_epoch.set(0);
        if let Ok(mut cache) = cd.cache.try_borrow_mut() {
            cache.clear();
        }
    };
    let Some(cd) = cls.as_class() else { return };
    forget(cd);
    let no_subclasses = cd.subclasses.try_borrow().map_or(true, |s| s.is_empty());
    if no_subclasses {
        return;
    }
    for c in with_subclasses(cls).iter().skip(1) {
        if let Some(cd) = c.as_class() {
            forget(cd);
        }
    }
}

/// The one function to call after anything that changes what an attribute
/// lookup on `cls` (or a subclass) can find: its namespace, a base's
/// namespace, its `__bases__`/MRO. It renews the version of `cls` and of
/// every subclass, which empties their [`LookupCache`]s and misses every
/// per-instruction attribute cache (`vm/attr_cache.rs`) keyed on them.
pub fn invalidate_type_caches(cls: &Rc<Obj>) {
    invalidate(cls);
}

/// `cls` and every class deriving from it, directly or not (`cls` first).
pub fn with_subclasses(cls: &Rc<Obj>) -> Vec<Rc<Obj>> {
    let mut out = vec![cls.clone()];
    let mut i = 0;
    // A class reached twice (diamonds) is listed twice, which is harmless
    // for the callers; subclass lists cannot form a cycle.
    while let Some(c) = out.get(i).cloned() {
        i += 1;
        if let Some(cd) = c.as_class() {
            if let Ok(subs) = cd.subclasses.try_borrow() {
                out.extend(subs.iter().filter_map(|w| w.upgrade()));
            }
        }
    }
    out
}

/// The most names a class's [`LookupCache`] remembers before it starts over.
const LOOKUP_CACHE_CAP: usize = 48;

/// A class's memo of MRO lookups: (name, result) pairs, keyed by the
/// identity of the (interned) name, with a small direct-mapped index on the
/// name's address so that a hit costs one probe instead of a scan.
pub struct LookupCache {
    entries: Vec<(Rc<PyStr>, Option<Value>)>,
    /// Slot (from the name's address) -> position in `entries` + 1 (0: none).
    index: [u8; 64],
}

impl Default for LookupCache {
    fn default() -> LookupCache {
        LookupCache {
            entries: Vec::new(),
            index: [0; 64],
        }
    }
}

impl LookupCache {
    /// The index slot of a name.
    #[inline]
    fn slot(name: &Rc<PyStr>) -> usize {
        let a = Rc::as_ptr(name) as usize;
        ((a >> 4) ^ (a >> 10)) & 63
    }

    /// The remembered result for `name` (`None`: not remembered;
    /// `Some(None)`: remembered as missing).
    #[inline]
    pub fn get(&self, name: &Rc<PyStr>) -> Option<&Option<Value>> {
        let slot = Self::slot(name);
        let pos = *self.index.get(slot)? as usize;
        if let Some((k, v)) = pos.checked_sub(1).and_then(|p| self.entries.get(p)) {
            if Rc::ptr_eq(k, name) {
                return Some(v);
            }
        }
        // A collision in the index: the name may still be remembered.
        let p = self.entries.iter().position(|(k, _)| Rc::ptr_eq(k, name))?;
        self.entries.get(p).map(|(_, v)| v)
    }

    /// Remembers the result for `name` (starting over when full).
    pub fn push(&mut self, entry: (Rc<PyStr>, Option<Value>)) {
        if self.entries.len() >= LOOKUP_CACHE_CAP {
            self.clear();
        }
        let slot = Self::slot(&entry.0);
        self.entries.push(entry);
        if let Some(ix) = self.index.get_mut(slot) {
            *ix = self.entries.len() as u8;
        }
    }

    /// Forgets everything.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.index = [0; 64];
    }

    /// Whether nothing is remembered.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The remembered (name, result) pairs.
    pub fn iter(&self) -> impl Iterator<Item = &(Rc<PyStr>, Option<Value>)> {
        self.entries.iter()
    }
}

impl IntoIterator for LookupCache {
    type Item = (Rc<PyStr>, Option<Value>);
    type IntoIter = std::vec::IntoIter<(Rc<PyStr>, Option<Value>)>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

/// [`lookup`] through the class's cache (keyed by the name's identity).
pub fn lookup_cached(cls: &Rc<Obj>, name: &Rc<PyStr>) -> Option<Value> {
    let cd = cls.as_class()?;
    let ep = epoch();
    if cd.cache_epoch.get() == ep {
        if let Ok(c) = cd.cache.try_borrow() {
            if let Some(v) = c.get(name) {
                return v.clone();
            }
        }
    } else if let Ok(mut c) = cd.cache.try_borrow_mut() {
        c.clear();
        cd.cache_epoch.set(ep);
    }
    let r = lookup(cls, name);
    if let Ok(mut c) = cd.cache.try_borrow_mut() {
        c.push((name.clone(), r.clone()));
    }
    r
}

/// Bits of [`ClassData::hooks`].
pub mod hooks {
    /// Defines `__getattribute__` (other than object's).
    pub const GETATTRIBUTE: u32 = 1;
    /// Defines `__getattr__`.
    pub const GETATTR: u32 = 2;
    /// Defines `__setattr__` (other than object's).
    pub const SETATTR: u32 = 4;
    /// Defines `__delattr__` (other than object's).
    pub const DELATTR: u32 = 8;
    /// Defines `__del__` (instances are finalized when they die).
    pub const DEL: u32 = 16;
}

impl ClassData {
    /// Looks `name` up in this class's own namespace only.
    pub fn own(&self, name: &PyStr) -> Option<Value> {
        self.dict.borrow().get_str(name).cloned()
    }
}

/// Looks `name` up along the MRO of `cls` (the class itself first).
pub fn lookup(cls: &Rc<Obj>, name: &PyStr) -> Option<Value> {
    let cd = cls.as_class()?;
    if let Some(v) = cd.dict.borrow().get_str(name) {
        return Some(v.clone());
    }
    for base in cd.mro.borrow().iter() {
        if let Some(bd) = base.as_class() {
            if let Some(v) = bd.dict.borrow().get_str(name) {
                return Some(v.clone());
            }
        }
    }
    None
}

/// Whether `cls` is `base` or inherits from it.
pub fn is_subclass(cls: &Rc<Obj>, base: &Rc<Obj>) -> bool {
    if Rc::ptr_eq(cls, base) {
        return true;
    }
    match cls.as_class() {
        Some(cd) => cd.mro.borrow().iter().any(|c| Rc::ptr_eq(c, base)),
        None => false,
    }
}

/// The C3 linearisation of a class with the given bases (without the class
/// itself), or the bases whose order cannot be merged.
pub fn c3_mro(bases: &[Rc<Obj>]) -> Result<Vec<Rc<Obj>>, Vec<Rc<Obj>>> {
    // One base: the merge is that base followed by its own (already
    // consistent) linearisation, so skip the general merge.
    if let [b] = bases {
        let mut out = vec![b.clone()];
        if let Some(cd) = b.as_class() {
            out.extend(cd.mro.borrow().iter().cloned());
        }
        return Ok(out);
    }
    let mut seqs: Vec<Vec<Rc<Obj>>> = Vec::new();
    for b in bases {
        let mut s = vec![b.clone()];
        if let Some(cd) = b.as_class() {
            s.extend(cd.mro.borrow().iter().cloned());
        }
        seqs.push(s);
    }
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, cand)));
            if !in_tail {
                found = Some(cand.clone());
                break;
            }
        }
        match found {
            Some(c) => {
                for s in seqs.iter_mut() {
                    if Rc::ptr_eq(&s[0], &c) {
                        s.remove(0);
                    }
                }
                out.push(c);
            }
            None => {
                let mut heads: Vec<Rc<Obj>> = Vec::new();
                for s in &seqs {
                    if !heads.iter().any(|h| Rc::ptr_eq(h, &s[0])) {
                        heads.push(s[0].clone());
                    }
                }
                return Err(heads);
            }
        }
    }
}

/// How many times one object's `__class__` may be reassigned.
pub const CLASS_CHAIN_LIMIT: usize = 64;

/// The classes assigned to an instance's `__class__`, newest last.
///
/// `Obj::cls` is immutable and `Vm::type_of` hands out plain references to
/// it, so reassignment appends to this chain of write-once cells instead
/// (a reference into a set cell stays valid). The chain is bounded by
/// [`CLASS_CHAIN_LIMIT`], so reading the current class stays O(1).
#[derive(Default)]
pub struct ClassChain(std::cell::OnceCell<Box<(Rc<Obj>, ClassChain)>>);

impl ClassChain {
    /// The class assigned last, if any.
    #[inline]
    pub fn current(&self) -> Option<&Rc<Obj>> {
        let mut link = self.0.get()?;
        loop {
            match link.1 .0.get() {
                Some(next) => link = next,
                None => return Some(&link.0),
            }
        }
    }

    /// Number of assignments so far.
    pub fn len(&self) -> usize {
        let mut n = 0;
        let mut cell = &self.0;
        while let Some(link) = cell.get() {
            n += 1;
            cell = &link.1 .0;
        }
        n
    }

    /// Whether `__class__` was never assigned.
    pub fn is_empty(&self) -> bool {
        self.0.get().is_none()
    }

    /// Appends `cls`; false when the chain is full.
    pub fn push(&self, cls: Rc<Obj>) -> bool {
        if self.len() >= CLASS_CHAIN_LIMIT {
            return false;
        }
        let mut cell = &self.0;
        while let Some(link) = cell.get() {
            cell = &link.1 .0;
        }
        cell.set(Box::new((cls, ClassChain::default()))).is_ok()
    }

    /// Every class in the chain (for the collector).
    pub fn all(&self) -> Vec<Rc<Obj>> {
        let mut out = Vec::new();
        let mut cell = &self.0;
        while let Some(link) = cell.get() {
            out.push(link.0.clone());
            cell = &link.1 .0;
        }
        out
    }
}
