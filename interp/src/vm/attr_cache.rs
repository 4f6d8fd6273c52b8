//! Per-instruction caches for `LoadAttr`, `StoreAttr` and `LoadMethod`.
//!
//! Each attribute instruction (a code object and an instruction position)
//! maps to one slot of a direct-mapped table in the VM. A slot remembers,
//! for one receiver class *version* ([`ClassData::version`], renewed by
//! [`invalidate_type_caches`](crate::objects::class::invalidate_type_caches) whenever the class's namespace, a base's
//! namespace or its MRO changes; versions are never reused within a thread)
//! and one name, what the general lookup decided: the attribute lives in
//! the instance dict (under the name, or under a `__slots__` member's
//! name), or it is a plain function / built-in method on the class, or a
//! plain class value that no instance value shadows. A hit skips the MRO
//! lookup, the hook checks and the descriptor protocol; the instance dict is
//! still read (with the entry position of the last hit as a first guess),
//! so instance-dict shadowing is always seen.
//!
//! Only receivers whose class has no `__getattribute__`/`__getattr__`
//! (loads) or `__setattr__` (stores) hooks are cached: setting a hook
//! changes the class namespace and so its version. `obj.__class__ = C`
//! changes which class (and version) the receiver has, so it misses.
//! The global class epoch (`class::bump_epoch`, used while built-in
//! classes are set up) is part of the key too.
//!
//! The cache holds the name and, for functions and class values, the value
//! (bounded by the table size); [`AttrCache::clear`] drops them at teardown.
//!
//! [`ClassData::version`]: crate::objects::class::ClassData::version

use super::{PyResult, Vm};
use crate::objects::class::{hooks, lookup_cached, ClassData};
use crate::objects::{Obj, Payload, PyStr, Value};
use std::rc::Rc;

/// Number of slots (a power of two).
const SLOTS: usize = 1024;

/// What a cached site found.
#[derive(Clone)]
pub enum Kind {
    /// Nothing on the class: the value is the instance dict's entry under
    /// this key (the name, or a `__slots__` member's own name); a store
    /// goes there too.
    Dict(Rc<PyStr>),
    /// A plain Python function on the class (not shadowed by a data
    /// descriptor): the instance dict first, else a bound method (loads) or
    /// the function itself with the receiver prepended (method loads).
    Function(Value),
    /// A built-in method that binds to its receiver (method loads only).
    Builtin(Value),
    /// A class attribute that is no descriptor (an int, float, str, None,
    /// bool): the instance dict first, else this value.
    ClassValue(Value),
    /// A module attribute: the entry at `ix` of the module's namespace
    /// while that table's contents state is `state` (a state is never
    /// reused, so an equal state means the same entry and value).
    Module {
        /// `DictTable::state` of the namespace at fill time.
        state: u64,
        /// The entry position.
        ix: u32,
    },
    /// A store: nothing on the class intercepts it (no descriptor other
    /// than a `__slots__` member), the value goes in the instance dict
    /// under this key.
    Store(Rc<PyStr>),
}

/// One remembered decision.
#[derive(Clone)]
struct Slot {
    /// The receiver class's version (0: empty slot).
    version: u64,
    /// The class epoch at fill time.
    epoch: u64,
    /// The attribute name (identity).
    name: Rc<PyStr>,
    /// What was found.
    kind: Kind,
    /// The instance-dict entry position of the last hit (a guess).
    hint: u32,
}

/// The table (one per VM). Empty until the first fill, so a VM that never
/// touches an attribute pays nothing.
#[derive(Default)]
pub struct AttrCache {
    slots: Vec<Option<Slot>>,
    /// `Vm::python_init` results by class version, direct-mapped on the
    /// version.
    inits: Vec<InitEntry>,
}

/// What instantiating a class needs to know, for one class version.
#[derive(Clone, Default)]
struct InitEntry {
    /// The class version (0: empty).
    version: u64,
    /// The class epoch at fill time.
    epoch: u64,
    /// The Python `__init__` a plain `C(...)` runs, if any.
    init: Option<Value>,
    /// Whether the class's own namespace has `__abstractmethods__`.
    abstract_: bool,
}

/// Number of `inits` entries (a power of two).
const INIT_SLOTS: usize = 64;

/// The slot of an instruction site: the code object's address and the
/// position after the instruction.
#[inline]
pub fn site(code: &Rc<crate::bytecode::Code>, ip: usize) -> usize {
    let a = Rc::as_ptr(code) as usize;
    ((a >> 4) ^ (a >> 14)).wrapping_add(ip.wrapping_mul(7)) & (SLOTS - 1)
}

/// Reads `key` from an instance dict, trying the entry at `hint` first
/// and updating it after a probe.
#[inline(always)]
fn dict_get_hinted(o: &Obj, key: &Rc<PyStr>, hint: &mut u32) -> Option<Value> {
    let d = o.dict.borrow();
    let t = d.as_ref()?.table()?.borrow();
    if let Some(e) = t.entry(*hint as usize) {
        if let Value::Str(k) = &e.key {
            if Rc::ptr_eq(k, key) {
                return Some(e.value.clone());
            }
        }
    }
    let ix = t.find(key.hash(), |k| match k {
        Value::Str(s) => Rc::ptr_eq(s, key) || s.s == key.s,
        _ => false,
    })?;
    *hint = ix as u32;
    t.entry(ix).map(|e| e.value.clone())
}

/// Whether the instance dict of `o` may hold `name` (true when it does,
/// or when its table is busy): the method-shadowing check of a cached
/// method load, with the probe inlined.
#[inline(always)]
fn dict_may_have(o: &Obj, name: &Rc<PyStr>) -> bool {
    if let Payload::Function(_) = &o.payload {
        return o.dict_get(name).is_some();
    }
    let d = o.dict.borrow();
    let Some(t) = d.as_ref().and_then(|d| d.table()) else {
        return false;
    };
    let Ok(t) = t.try_borrow() else {
        return true;
    };
    if t.is_empty() {
        return false;
    }
    t.find(name.hash(), |k| match k {
        Value::Str(s) => Rc::ptr_eq(s, name) || s.s == name.s,
        _ => false,
    })
    .is_some()
        || t.has_mixed_keys()
}

/// The outcome of a cached load.
pub enum Load {
    /// The attribute's value.
    Value(Value),
    /// A function found on the class, to be bound to the receiver.
    Bind(Value),
}

impl AttrCache {
    /// Forgets everything (drops the values held).
    pub fn clear(&mut self) {
        self.slots = Vec::new();
        self.inits = Vec::new();
    }

    /// The remembered `Vm::python_init` answer for a class (`None`: not
    /// remembered; the class must have `type` as its metaclass, whose
    /// `__call__` cannot change).
    #[inline]
    pub fn init_get(&self, cd: &ClassData) -> Option<Option<Value>> {
        self.init_entry(cd).map(|e| e.init.clone())
    }

    /// Whether the class's own namespace holds `__abstractmethods__`
    /// (`None`: not remembered).
    #[inline]
    pub fn is_abstract(&self, cd: &ClassData) -> Option<bool> {
        self.init_entry(cd).map(|e| e.abstract_)
    }

    #[inline]
    fn init_entry(&self, cd: &ClassData) -> Option<&InitEntry> {
        let v = cd.version.get();
        let e = self.inits.get(v as usize & (INIT_SLOTS - 1))?;
        if e.version != v || e.epoch != crate::objects::class::epoch() {
            return None;
        }
        Some(e)
    }

    /// Remembers the `Vm::python_init` answer for a class and whether its
    /// own namespace holds `__abstractmethods__`.
    pub fn init_put(&mut self, cd: &ClassData, init: Option<Value>, abstract_: bool) {
        if self.inits.is_empty() {
            self.inits = vec![InitEntry::default(); INIT_SLOTS];
        }
        let v = cd.version.get();
        if let Some(e) = self.inits.get_mut(v as usize & (INIT_SLOTS - 1)) {
            *e = InitEntry {
                version: v,
                epoch: crate::objects::class::epoch(),
                init,
                abstract_,
            };
        }
    }

    #[inline(always)]
    fn hit(&mut self, site: usize, cd: &ClassData, name: &Rc<PyStr>) -> Option<&mut Slot> {
        let s = self.slots.get_mut(site)?.as_mut()?;
        if s.version != cd.version.get()
            || !Rc::ptr_eq(&s.name, name)
            || s.epoch != crate::objects::class::epoch()
        {
            return None;
        }
        Some(s)
    }

    /// `obj.name` for a plain instance `o` of class `cd` from the cache
    /// (`None`: not cached, or the general path must decide, e.g. a
    /// missing attribute).
    #[inline]
    pub fn load(&mut self, site: usize, o: &Obj, cd: &ClassData, name: &Rc<PyStr>) -> Option<Load> {
        let s = self.hit(site, cd, name)?;
        match &s.kind {
            Kind::Dict(key) => dict_get_hinted(o, key, &mut s.hint).map(Load::Value),
            // A miss is only final when every key of the instance dict is
            // an exact str; a str-subclass key equal to `name` needs the
            // general lookup by `==`.
            Kind::Function(f) => match dict_get_hinted(o, name, &mut s.hint) {
                Some(v) => Some(Load::Value(v)),
                None if o.dict_mixed() => None,
                None => Some(Load::Bind(f.clone())),
            },
            Kind::ClassValue(v) => match dict_get_hinted(o, name, &mut s.hint) {
                Some(v) => Some(Load::Value(v)),
                None if o.dict_mixed() => None,
                None => Some(Load::Value(v.clone())),
            },
            Kind::Builtin(_) | Kind::Store(_) | Kind::Module { .. } => None,
        }
    }

    /// `module.name` from the cache: `ns` is the module's namespace.
    #[inline]
    pub fn load_module(
        &mut self,
        site: usize,
        ns: &Obj,
        cd: &ClassData,
        name: &Rc<PyStr>,
    ) -> Option<Value> {
        let s = self.hit(site, cd, name)?;
        let Kind::Module { state, ix } = s.kind else {
            return None;
        };
        let t = ns.table()?.try_borrow().ok()?;
        if t.state() != state {
            return None;
        }
        t.entry(ix as usize).map(|e| e.value.clone())
    }

    /// For `obj.name(...)`: the function or built-in method to call with
    /// `obj` prepended, when cached and not shadowed by the instance dict.
    #[inline]
    pub fn load_method(
        &mut self,
        site: usize,
        o: Option<&Obj>,
        cd: &ClassData,
        name: &Rc<PyStr>,
    ) -> Option<Value> {
        let s = self.hit(site, cd, name)?;
        match &s.kind {
            Kind::Function(f) | Kind::Builtin(f) => {
                if let Some(o) = o {
                    if dict_may_have(o, name) {
                        return None;
                    }
                }
                Some(f.clone())
            }
            _ => None,
        }
    }

    /// For `obj.name = v` on a plain instance: the key the value goes under
    /// in the instance dict and the entry-position guess, when cached.
    #[inline]
    pub fn store_target(
        &mut self,
        site: usize,
        cd: &ClassData,
        name: &Rc<PyStr>,
    ) -> Option<(&Rc<PyStr>, &mut u32)> {
        let s = self.hit(site, cd, name)?;
        match &s.kind {
            Kind::Store(key) => Some((key, &mut s.hint)),
            _ => None,
        }
    }

    /// Remembers `kind` for (`site`, class version, `name`).
    pub fn fill(&mut self, site: usize, cd: &ClassData, name: &Rc<PyStr>, kind: Kind) {
        if self.slots.is_empty() {
            self.slots = vec![None; SLOTS];
        }
        if let Some(s) = self.slots.get_mut(site) {
            *s = Some(Slot {
                version: cd.version.get(),
                epoch: crate::objects::class::epoch(),
                name: name.clone(),
                kind,
                hint: 0,
            });
        }
    }
}

/// The class of a plain instance (its latest `__class__` assignment, else
/// the class it was made with).
#[inline]
fn instance_class(o: &Obj) -> Option<&Rc<Obj>> {
    match &o.payload {
        Payload::Instance(chain) => chain.current().or(o.cls.as_ref()),
        _ => None,
    }
}

/// Whether a class attribute can be returned as it is (no `__get__`).
fn is_plain_value(v: &Value) -> bool {
    matches!(
        v,
        Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Str(_)
    )
}

impl Vm {
    /// `LoadAttr` at cache slot `site`.
    #[inline]
    pub(super) fn load_attr_at(
        &mut self,
        site: usize,
        obj: &Value,
        name: &Rc<PyStr>,
    ) -> PyResult<Value> {
        if let Value::Obj(o) = obj {
            if let Payload::Module(ns, _) = &o.payload {
                return self.load_module_attr_at(site, obj, o, ns, name);
            }
            if let Some(cls) = instance_class(o) {
                if let Some(cd) = cls.as_class() {
                    match self.attr_cache.load(site, o, cd, name) {
                        Some(Load::Value(v)) => return Ok(v),
                        Some(Load::Bind(func)) => {
                            let m = self.types.method.clone();
                            return Ok(self.alloc(&m, Payload::Method(obj.clone(), func)));
                        }
                        None => self.fill_load(site, cls, name),
                    }
                }
            }
        }
        self.getattr(obj, name)
    }

    /// `LoadAttr` on a module object `o` (namespace `ns`) at `site`.
    #[inline]
    fn load_module_attr_at(
        &mut self,
        site: usize,
        obj: &Value,
        o: &Obj,
        ns: &Rc<Obj>,
        name: &Rc<PyStr>,
    ) -> PyResult<Value> {
        let cls = super::class_of(&self.types, obj);
        if let Some(cd) = cls.as_class() {
            if o.dict.borrow().is_none() {
                if let Some(v) = self.attr_cache.load_module(site, ns, cd, name) {
                    return Ok(v);
                }
                let cls = cls.clone();
                self.fill_module(site, &cls, ns, name);
            }
        }
        self.getattr(obj, name)
    }

    /// Records where `module.name` is (when the module's class has no
    /// hooks and no attribute of that name, and the name is in the
    /// namespace under a str key).
    fn fill_module(&mut self, site: usize, cls: &Rc<Obj>, ns: &Rc<Obj>, name: &Rc<PyStr>) {
        let Some(cd) = cls.as_class() else { return };
        if cd.hooks.get() & (hooks::GETATTRIBUTE | hooks::GETATTR) != 0
            || lookup_cached(cls, name).is_some()
        {
            return;
        }
        let Some(t) = ns.table() else { return };
        let Ok(t) = t.try_borrow() else { return };
        let ix = t.find(name.hash(), |k| match k {
            Value::Str(s) => Rc::ptr_eq(s, name) || s.s == name.s,
            _ => false,
        });
        let (Some(ix), state) = (ix, t.state()) else {
            return;
        };
        if state == 0 {
            return;
        }
        drop(t);
        let kind = Kind::Module {
            state,
            ix: ix as u32,
        };
        self.attr_cache.fill(site, cd, name, kind);
    }

    /// Records what `obj.name` means for instances of `cls` (when cacheable).
    fn fill_load(&mut self, site: usize, cls: &Rc<Obj>, name: &Rc<PyStr>) {
        let Some(cd) = cls.as_class() else { return };
        if cd.hooks.get() & (hooks::GETATTRIBUTE | hooks::GETATTR) != 0 {
            return;
        }
        let kind = match lookup_cached(cls, name) {
            None => Kind::Dict(name.clone()),
            Some(a) if is_plain_value(&a) => Kind::ClassValue(a),
            Some(a) => match a.payload() {
                Some(Payload::Member(n, _)) => Kind::Dict(n.clone()),
                Some(Payload::Function(_)) => Kind::Function(a),
                _ => return,
            },
        };
        self.attr_cache.fill(site, cd, name, kind);
    }

    /// `StoreAttr` at cache slot `site`.
    #[inline]
    pub(super) fn store_attr_at(
        &mut self,
        site: usize,
        obj: &Value,
        name: &Rc<PyStr>,
        v: Value,
    ) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            if let Some(cls) = instance_class(o) {
                if let Some(cd) = cls.as_class() {
                    match self.attr_cache.store_target(site, cd, name) {
                        Some((key, hint)) => {
                            let v = match store_hinted(o, key, hint, v) {
                                Ok(old) => {
                                    drop(old);
                                    return Ok(());
                                }
                                Err(v) => v,
                            };
                            let key = key.clone();
                            if let Some(d) = o.dict.borrow().clone() {
                                return self.store_in_instance_dict(&(d, key), v);
                            }
                            return self.setattr(obj, name, v);
                        }
                        None => self.fill_store(site, cls, name),
                    }
                }
            }
        }
        self.setattr(obj, name, v)
    }

    /// Records where `obj.name = v` goes for instances of `cls` (when
    /// cacheable: no `__setattr__`, no descriptor but a `__slots__` member).
    fn fill_store(&mut self, site: usize, cls: &Rc<Obj>, name: &Rc<PyStr>) {
        let Some(cd) = cls.as_class() else { return };
        if cd.hooks.get() & hooks::SETATTR != 0 || matches!(name.as_str(), "__class__" | "__dict__")
        {
            return;
        }
        let kind = match lookup_cached(cls, name) {
            None if cd.slots.is_none() => Kind::Store(name.clone()),
            None => return,
            Some(a) => match a.payload() {
                Some(Payload::Member(n, _)) => Kind::Store(n.clone()),
                Some(Payload::Function(_)) if cd.slots.is_none() => Kind::Store(name.clone()),
                None if cd.slots.is_none() && is_plain_value(&a) => Kind::Store(name.clone()),
                _ => return,
            },
        };
        self.attr_cache.fill(site, cd, name, kind);
    }

    /// `LoadMethod` at cache slot `site`: the function to call with `obj`
    /// prepended, or `None` when `obj.name` must be loaded as an attribute.
    #[inline]
    pub(super) fn load_method_at(
        &mut self,
        site: usize,
        obj: &Value,
        name: &Rc<PyStr>,
    ) -> PyResult<Option<Value>> {
        let o = match obj {
            Value::Obj(o) => {
                if matches!(
                    o.payload,
                    Payload::Class(_) | Payload::Module(..) | Payload::Super(..)
                ) {
                    return self.load_method(obj, name);
                }
                Some(&**o)
            }
            _ => None,
        };
        let cls = super::class_of(&self.types, obj);
        let Some(cd) = cls.as_class() else {
            return Ok(None);
        };
        if let Some(m) = self.attr_cache.load_method(site, o, cd, name) {
            return Ok(Some(m));
        }
        let r = self.load_method(obj, name)?;
        if let Some(m) = &r {
            let kind = match m.payload() {
                Some(Payload::Function(_)) => Kind::Function(m.clone()),
                Some(Payload::Builtin(_)) => Kind::Builtin(m.clone()),
                _ => return Ok(r),
            };
            if let Some(cd) = super::class_of(&self.types, obj).as_class() {
                self.attr_cache.fill(site, cd, name, kind);
            }
        }
        Ok(r)
    }
}

/// Overwrites the instance-dict entry for `key` when it sits at `hint`
/// (returns the old value), else gives `v` back.
#[inline]
fn store_hinted(
    o: &Obj,
    key: &Rc<PyStr>,
    hint: &mut u32,
    v: Value,
) -> Result<Option<Value>, Value> {
    let d = o.dict.borrow();
    let Some(t) = d.as_ref().and_then(|d| d.table()) else {
        return Err(v);
    };
    let Ok(mut t) = t.try_borrow_mut() else {
        return Err(v);
    };
    let at_hint = match t.entry(*hint as usize) {
        Some(e) => matches!(&e.key, Value::Str(k) if Rc::ptr_eq(k, key)),
        None => false,
    };
    if at_hint {
        return Ok(t.set_value(*hint as usize, v));
    }
    let ix = t.find(
        key.hash(),
        |k| matches!(k, Value::Str(s) if Rc::ptr_eq(s, key)),
    );
    match ix {
        Some(ix) => {
            *hint = ix as u32;
            Ok(t.set_value(ix, v))
        }
        None => Err(v),
    }
}
