//! Weak references (`_weakref.ref`, `getweakrefcount`, `getweakrefs`).
//!
//! A weak reference holds a `std::rc::Weak` to its referent. The referents
//! that have weak references are kept in a thread-local registry (address →
//! the weak reference objects), so that `Drop for Obj` can queue the
//! callbacks of the references to a dying object (see [`super::finalize`])
//! and `getweakrefcount` can count them. An address is unique while any
//! `Weak` to it exists, and the entry is removed when the referent dies, so
//! the registry never confuses two objects.

use super::finalize::{push, Pending};
use super::{Args, PyResult, Vm};
use crate::bytecode::CmpOp;
use crate::objects::{Obj, Payload, Value};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

/// The state of a weak reference object.
pub struct WeakRefData {
    /// The referent.
    pub target: Weak<Obj>,
    /// Called with the weak reference when the referent dies (None: none).
    pub callback: RefCell<Value>,
    /// The referent's hash, remembered once computed (CPython does too).
    pub hash: Cell<Option<i64>>,
}

thread_local! {
    static REGISTRY: RefCell<HashMap<usize, Vec<Weak<Obj>>>> = RefCell::new(HashMap::new());
    static ENTRIES: Cell<usize> = const { Cell::new(0) };
}

fn addr(o: &Obj) -> usize {
    o as *const Obj as usize
}

/// Whether any object has weak references.
pub fn has_entries() -> bool {
    ENTRIES.try_with(|e| e.get()).unwrap_or(0) > 0
}

/// Called when an object dies: queues the callbacks of its weak references
/// (most recently created first, as CPython does).
pub fn on_referent_drop(o: &Obj) {
    if ENTRIES.try_with(|e| e.get()).unwrap_or(0) == 0 {
        return;
    }
    let refs = REGISTRY
        .try_with(|r| match r.try_borrow_mut() {
            Ok(mut m) => m.remove(&addr(o)),
            Err(_) => None,
        })
        .ok()
        .flatten();
    let refs = match refs {
        Some(r) => r,
        None => return,
    };
    let _ = ENTRIES.try_with(|e| e.set(e.get().saturating_sub(1)));
    for w in refs.iter().rev() {
        if let Some(r) = w.upgrade() {
            if let Payload::WeakRef(d) = &r.payload {
                let cb = match d.callback.try_borrow_mut() {
                    Ok(mut c) => std::mem::take(&mut *c),
                    Err(_) => Value::None,
                };
                if !cb.is_none() && super::finalize::enabled() {
                    push(Pending::Callback(cb, Value::Obj(r.clone())));
                }
            }
        }
    }
}

/// The live weak reference objects to `o`, oldest first.
pub fn refs_to(o: &Obj) -> Vec<Rc<Obj>> {
    REGISTRY
        .try_with(|r| {
            r.borrow()
                .get(&addr(o))
                .map(|v| v.iter().filter_map(|w| w.upgrade()).collect())
                .unwrap_or_default()
        })
        .unwrap_or_default()
}

/// Forgets every registered weak reference (the end of a run).
pub fn clear_registry() {
    let old = REGISTRY
        .try_with(|r| std::mem::take(&mut *r.borrow_mut()))
        .unwrap_or_default();
    let _ = ENTRIES.try_with(|e| e.set(0));
    drop(old);
}

fn register(target: &Rc<Obj>, r: &Rc<Obj>) {
    let _ = REGISTRY.try_with(|m| {
        let mut m = m.borrow_mut();
        let list = m.entry(addr(target)).or_insert_with(|| {
            let _ = ENTRIES.try_with(|e| e.set(e.get() + 1));
            Vec::new()
        });
        list.retain(|w| w.strong_count() > 0);
        list.push(Rc::downgrade(r));
    });
}

/// Whether CPython lets `v` be weakly referenced.
fn weakrefable(vm: &Vm, v: &Value) -> bool {
    let o = match v {
        Value::Obj(o) => o,
        _ => return false,
    };
    if let Some(cd) = vm.type_of(v).as_class().filter(|c| c.heap) {
        return cd.weakrefable;
    }
    matches!(
        o.payload,
        Payload::Instance(_)
            | Payload::Function(_)
            | Payload::Builtin(_)
            | Payload::Class(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::Generator(_)
            | Payload::Method(..)
            | Payload::Code(_)
            | Payload::Property(_)
            | Payload::Module(..)
    ) && !Rc::ptr_eq(vm.type_of(v), &vm.types.object)
}

impl Vm {
    /// `weakref.ref(obj[, callback])` creating an instance of `cls`.
    pub fn new_weakref(&mut self, cls: &Rc<Obj>, target: &Value, cb: Value) -> PyResult<Value> {
        if !weakrefable(self, target) {
            let msg = format!(
                "cannot create weak reference to '{}' object",
                self.type_name(target)
            );
            return Err(self.new_error("TypeError", &msg));
        }
        let t = match target {
            Value::Obj(o) => o.clone(),
            _ => return Err(self.new_error("TypeError", "cannot create weak reference")),
        };
        let exact = Rc::ptr_eq(cls, &self.types.weakref);
        if exact && cb.is_none() {
            // CPython shares one callback-less reference per object.
            for r in refs_to(&t) {
                let plain =
                    matches!(&r.payload, Payload::WeakRef(d) if d.callback.borrow().is_none());
                if plain && r.cls.as_ref().map(|c| Rc::ptr_eq(c, cls)).unwrap_or(false) {
                    return Ok(Value::Obj(r));
                }
            }
        }
        let has_dict = cls
            .as_class()
            .map(|c| c.has_dict && c.heap)
            .unwrap_or(false);
        let dict = if has_dict {
            Some(self.new_dict_obj(crate::objects::DictTable::new()))
        } else {
            None
        };
        let r = Rc::new(Obj {
            cls: Some(cls.clone()),
            dict: std::cell::RefCell::new(dict),
            payload: Payload::WeakRef(WeakRefData {
                target: Rc::downgrade(&t),
                callback: RefCell::new(cb),
                hash: Cell::new(None),
            }),
        });
        self.gc.track(&r);
        register(&t, &r);
        Ok(Value::Obj(r))
    }

    /// The referent of a weak reference, or None when it died.
    pub fn weakref_target(&self, r: &Value) -> Option<Value> {
        match r.payload() {
            Some(Payload::WeakRef(d)) => d.target.upgrade().map(Value::Obj),
            _ => None,
        }
    }

    /// `hash(ref)`: the referent's hash, remembered.
    pub fn weakref_hash(&mut self, d: &WeakRefData) -> PyResult<i64> {
        if let Some(h) = d.hash.get() {
            return Ok(h);
        }
        match d.target.upgrade() {
            Some(t) => {
                let h = self.hash(&Value::Obj(t))?;
                d.hash.set(Some(h));
                Ok(h)
            }
            None => Err(self.new_error("TypeError", "weak object has gone away")),
        }
    }

    /// `==`/`!=` between weak references: referents when both are alive,
    /// identity otherwise. `None` when `a` or `b` is not a weak reference.
    pub fn weakref_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        let (da, db) = match (a.payload(), b.payload()) {
            (Some(Payload::WeakRef(x)), Some(Payload::WeakRef(y))) => (x, y),
            _ => return Ok(None),
        };
        if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
            return Ok(None);
        }
        let eq = match (da.target.upgrade(), db.target.upgrade()) {
            (Some(x), Some(y)) => self.eq(&Value::Obj(x), &Value::Obj(y))?,
            _ => a.is(b),
        };
        Ok(Some(if op == CmpOp::Eq { eq } else { !eq }))
    }

    /// `repr(ref)`.
    pub fn weakref_repr(&mut self, r: &Value) -> String {
        let me = r.id();
        match self.weakref_target(r) {
            Some(t) => format!(
                "<weakref at {:#x}; to '{}' at {:#x}>",
                me,
                self.type_name(&t),
                t.id()
            ),
            None => format!("<weakref at {:#x}; dead>", me),
        }
    }
}

fn ref_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = match args.pos.first() {
        Some(Value::Obj(c)) if c.as_class().is_some() => c.clone(),
        _ => return Err(vm.new_error("TypeError", "weakref.__new__(X): X is not a type")),
    };
    let rest = &args.pos[1..];
    if rest.is_empty() || rest.len() > 2 {
        let msg = format!(
            "__new__ expected {} arguments, got {}",
            if rest.is_empty() {
                "at least 1"
            } else {
                "at most 2"
            },
            rest.len()
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    let cb = rest.get(1).cloned().unwrap_or_default();
    vm.new_weakref(&cls, &rest[0], cb)
}

fn ref_init(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

fn ref_call(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::check_method_args(vm, "weakref", &args, 0, 0)?;
    let me = args.pos.first().cloned().unwrap_or_default();
    Ok(vm.weakref_target(&me).unwrap_or_default())
}

/// `_weakref.getweakrefcount(obj)`.
pub fn getweakrefcount(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::check_one(vm, "getweakrefcount", &args)?;
    Ok(Value::Int(match &args.pos[0] {
        Value::Obj(o) => refs_to(o).len() as i64,
        _ => 0,
    }))
}

/// `_weakref.getweakrefs(obj)`.
pub fn getweakrefs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::check_one(vm, "getweakrefs", &args)?;
    let items: Vec<Value> = match &args.pos[0] {
        Value::Obj(o) => refs_to(o).into_iter().map(Value::Obj).collect(),
        _ => Vec::new(),
    };
    Ok(vm.new_list(items))
}

/// Installs the methods of the `weakref` class.
pub fn install(vm: &mut Vm) {
    let cls = vm.types.weakref.clone();
    crate::builtins::add_methods(
        vm,
        &cls,
        &[
            ("__new__", ref_new),
            ("__init__", ref_init),
            ("__call__", ref_call),
        ],
    );
}
