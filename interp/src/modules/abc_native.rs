//! The native half of `abc` (`_kaa_abc`): `ABCMeta.__new__`, `register`,
//! `__instancecheck__` and `__subclasscheck__` written in Rust, with the
//! algorithm and state of CPython 3.4's pure-Python `abc` module.
//!
//! `abc.py` defines `ABCMeta` (a `type` subclass holding
//! `_abc_invalidation_counter`) and calls [`install`]'s `_install(ABCMeta)`,
//! which puts these functions into its namespace as method descriptors. The
//! state lives where CPython 3.4 keeps it, as ordinary attributes: each ABC
//! has `_abc_registry`, `_abc_cache`, `_abc_negative_cache` (sets) and
//! `_abc_negative_cache_version`; `register()` bumps
//! `ABCMeta._abc_invalidation_counter`, which expires every negative cache.
//! Python code that reads or writes them directly (`_collections_abc`,
//! `_dump_registry`, user code) therefore sees the same objects.
//!
//! Class creation with ABCMeta is frequent at import time (`collections.abc`
//! defines 25 ABCs), which is why this is native: the Python version cost
//! more than three times a plain class per ABC.

use super::{add_functions, namespace};
use crate::builtins::Method;
use crate::objects::{Obj, Payload, PyStr, Value};
use crate::vm::{Args, PyResult, Vm};
use std::rc::Rc;

const FUNCTIONS: &[Method] = &[("_install", install)];

/// The methods `_install` puts on ABCMeta.
const METHODS: &[Method] = &[
    ("__new__", abc_new),
    ("register", abc_register),
    ("__instancecheck__", abc_instancecheck),
    ("__subclasscheck__", abc_subclasscheck),
];

/// Creates `_kaa_abc`.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let ns = namespace(vm);
    add_functions(vm, &ns, FUNCTIONS);
    Ok(vm.new_module("_kaa_abc", ns))
}

/// `_install(ABCMeta)`: defines the native methods on the class.
fn install(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let meta = match args.pos.first() {
        Some(Value::Obj(c)) if c.as_class().is_some() => c.clone(),
        _ => return Err(vm.new_error("TypeError", "_install() needs a class")),
    };
    for (name, f) in METHODS {
        let v = crate::builtins::native(vm, name, *f, Some(meta.clone()));
        let n = vm.intern(name);
        vm.class_set(&meta, &n, Some(v));
    }
    Ok(Value::None)
}

/// The class holding `_abc_invalidation_counter` (ABCMeta itself) among
/// `meta` and its bases.
fn abc_root(meta: &Rc<Obj>) -> Option<Rc<Obj>> {
    let cd = meta.as_class()?;
    let key = PyStr::new(COUNTER);
    if cd.own(&key).is_some() {
        return Some(meta.clone());
    }
    let mro = cd.mro.borrow();
    mro.iter()
        .find(|c| c.as_class().is_some_and(|b| b.own(&key).is_some()))
        .cloned()
}

const COUNTER: &str = "_abc_invalidation_counter";

fn attr(vm: &mut Vm, obj: &Value, name: &'static str) -> PyResult<Value> {
    let n = vm.intern_static(name);
    vm.getattr(obj, &n)
}

fn set_attr(vm: &mut Vm, obj: &Value, name: &'static str, v: Value) -> PyResult<()> {
    let n = vm.intern_static(name);
    vm.setattr(obj, &n, v)
}

/// `cls.<name> = v` for one of the `_abc_*` names on an ABC: straight into
/// the class namespace unless the metaclass customises attribute setting
/// (then through `setattr`, as the Python version would).
fn set_class_attr(vm: &mut Vm, cls: &Value, name: &'static str, v: Value) -> PyResult<()> {
    let n = vm.intern_static(name);
    if let Value::Obj(c) = cls {
        if c.as_class().is_some_and(|cd| cd.heap) {
            let meta = vm.type_of(cls).clone();
            let plain = meta
                .as_class()
                .is_some_and(|m| m.hooks.get() & crate::objects::class::hooks::SETATTR == 0)
                && crate::objects::class::lookup(&meta, &n).is_none();
            if plain {
                vm.class_set(c, &n, Some(v));
                return Ok(());
            }
        }
    }
    vm.setattr(cls, &n, v)
}

/// `ABCMeta._abc_invalidation_counter` for an ABC's metaclass.
fn counter_of(vm: &mut Vm, cls: &Value) -> PyResult<Value> {
    let meta = vm.type_of(cls).clone();
    let root = abc_root(&meta).unwrap_or(meta);
    attr(vm, &Value::Obj(root), COUNTER)
}

/// `x in s` (`s` a set in practice; any container works).
fn contains(vm: &mut Vm, s: &Value, x: &Value) -> PyResult<bool> {
    match s.payload() {
        Some(Payload::Set(_)) | Some(Payload::FrozenSet(_))
            if Rc::ptr_eq(vm.type_of(s), &vm.types.set)
                || Rc::ptr_eq(vm.type_of(s), &vm.types.frozenset) =>
        {
            vm.set_contains(s, x)
        }
        _ => vm.contains(s, x),
    }
}

/// `s.add(x)`.
fn add(vm: &mut Vm, s: &Value, x: Value) -> PyResult<()> {
    if matches!(s.payload(), Some(Payload::Set(_))) && Rc::ptr_eq(vm.type_of(s), &vm.types.set) {
        return vm.set_add(s, x);
    }
    let n = vm.intern("add");
    vm.call_method(s, &n, &[x]).map(|_| ())
}

/// `cls.<name>` on the ABC.
fn abc_attr(vm: &mut Vm, cls: &Value, name: &'static str) -> PyResult<Value> {
    attr(vm, cls, name)
}

/// `getattr(v, '__isabstractmethod__', False)` is true.
fn is_abstract(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    let n = vm.names.isabstractmethod.clone();
    // A plain function: the attribute can only be in its __dict__ (the
    // function type defines no such name).
    if let Value::Obj(o) = v {
        if let Payload::Function(_) = &o.payload {
            if o.cls
                .as_ref()
                .is_some_and(|c| Rc::ptr_eq(c, &vm.types.function))
            {
                return match o.inst_dict().and_then(|d| vm.dict_get_str(&d, &n)) {
                    Some(x) => vm.truthy(&x),
                    None => Ok(false),
                };
            }
        }
    }
    match vm.getattr_opt(v, &n)? {
        Some(x) => vm.truthy(&x),
        None => Ok(false),
    }
}

/// `ABCMeta.__new__(mcls, name, bases, namespace)`.
fn abc_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const PARAMS: [&str; 4] = ["mcls", "name", "bases", "namespace"];
    if let Some((k, _)) = args.kw.first() {
        let msg = format!(
            "__new__() got an unexpected keyword argument '{}'",
            k.as_str()
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    if args.pos.len() < PARAMS.len() {
        let missing: Vec<String> = PARAMS[args.pos.len()..]
            .iter()
            .map(|p| format!("'{}'", p))
            .collect();
        let list = match missing.len() {
            1 => missing[0].clone(),
            n => format!("{} and {}", missing[..n - 1].join(", "), missing[n - 1]),
        };
        let msg = format!(
            "__new__() missing {} required positional argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            list
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    if args.pos.len() > PARAMS.len() {
        let msg = format!(
            "__new__() takes 4 positional arguments but {} were given",
            args.pos.len()
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    let (bases, ns) = (args.pos[2].clone(), args.pos[3].clone());
    // super().__new__(mcls, name, bases, namespace)
    let type_ = vm.types.type_.clone();
    let new_name = vm.names.new.clone();
    let type_new = crate::objects::class::lookup(&type_, &new_name).unwrap_or_default();
    let cls = vm.call(&type_new, Args::new(args.pos))?;
    let mut abstracts: Vec<Value> = Vec::new();
    let items: Vec<(Value, Value)> = match ns.payload() {
        Some(Payload::Dict(t)) if Rc::ptr_eq(vm.type_of(&ns), &vm.types.dict) => t
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect(),
        _ => {
            let n = vm.intern("items");
            let it = vm.call_method(&ns, &n, &[])?;
            let mut out = Vec::new();
            for pair in vm.iterate(&it)? {
                let kv = vm.iterate(&pair)?;
                match kv.as_slice() {
                    [k, v] => out.push((k.clone(), v.clone())),
                    _ => return Err(vm.new_error("ValueError", "items() did not return pairs")),
                }
            }
            out
        }
    };
    for (k, v) in items {
        if is_abstract(vm, &v)? {
            abstracts.push(k);
        }
    }
    let am_name = vm.names.abstractmethods.clone();
    let bases = match bases.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vm.iterate(&bases)?,
    };
    for base in bases {
        let Some(names) = vm.getattr_opt(&base, &am_name)? else {
            continue;
        };
        for a in vm.iterate(&names)? {
            let Some(s) = a.as_pystr() else {
                return Err(vm.new_error("TypeError", "getattr(): attribute name must be string"));
            };
            let n = vm.intern(s.as_str());
            if let Some(value) = vm.getattr_opt(&cls, &n)? {
                if is_abstract(vm, &value)? {
                    abstracts.push(a);
                }
            }
        }
    }
    let fs = vm.new_frozenset(abstracts)?;
    vm.setattr(&cls, &am_name, fs)?;
    let counter = counter_of(vm, &cls)?;
    let mut state = Vec::with_capacity(4);
    for name in ["_abc_registry", "_abc_cache", "_abc_negative_cache"] {
        state.push((name, vm.new_set(Vec::new())?));
    }
    state.push(("_abc_negative_cache_version", counter));
    for (name, v) in state {
        set_class_attr(vm, &cls, name, v)?;
    }
    Ok(cls)
}

fn cls_arg(vm: &mut Vm, args: &Args<'_>, what: &str) -> PyResult<(Value, Value)> {
    match args.pos {
        [cls, x] => Ok((cls.clone(), x.clone())),
        _ => {
            let msg = format!(
                "{}() takes 2 positional arguments but {} were given",
                what,
                args.pos.len()
            );
            Err(vm.new_error("TypeError", &msg))
        }
    }
}

/// `issubclass(c, t)` with the `__subclasscheck__` protocol.
fn issubclass(vm: &mut Vm, c: &Value, t: &Value) -> PyResult<bool> {
    crate::builtins::funcs2::issubclass_of(vm, c, t)
}

/// `ABCMeta.register(cls, subclass)`.
fn abc_register(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, sub) = cls_arg(vm, &args, "register")?;
    let type_ = Value::Obj(vm.types.type_.clone());
    if !crate::builtins::funcs2::isinstance_of(vm, &sub, &type_)? {
        return Err(vm.new_error("TypeError", "Can only register classes"));
    }
    if issubclass(vm, &sub, &cls)? {
        return Ok(sub);
    }
    if issubclass(vm, &cls, &sub)? {
        return Err(vm.new_error("RuntimeError", "Refusing to create an inheritance cycle"));
    }
    let reg = abc_attr(vm, &cls, "_abc_registry")?;
    add(vm, &reg, sub.clone())?;
    let meta = vm.type_of(&cls).clone();
    let root = Value::Obj(abc_root(&meta).unwrap_or(meta));
    let n = attr(vm, &root, COUNTER)?;
    let one = Value::Int(1);
    let n1 = vm.binary_op(&n, &one, crate::bytecode::BinOp::Add)?;
    set_attr(vm, &root, COUNTER, n1)?;
    Ok(sub)
}

/// `ABCMeta.__instancecheck__(cls, instance)`.
fn abc_instancecheck(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, inst) = cls_arg(vm, &args, "__instancecheck__")?;
    let class_name = vm.names.class.clone();
    let subclass = vm.getattr(&inst, &class_name)?;
    let cache = abc_attr(vm, &cls, "_abc_cache")?;
    if contains(vm, &cache, &subclass)? {
        return Ok(Value::Bool(true));
    }
    let subtype = Value::Obj(vm.type_of(&inst).clone());
    let sc = vm.names.subclasscheck.clone();
    if subtype.is(&subclass) {
        let version = abc_attr(vm, &cls, "_abc_negative_cache_version")?;
        let counter = counter_of(vm, &cls)?;
        if vm.eq(&version, &counter)? {
            let neg = abc_attr(vm, &cls, "_abc_negative_cache")?;
            if contains(vm, &neg, &subclass)? {
                return Ok(Value::Bool(false));
            }
        }
        return vm.call_method(&cls, &sc, &[subclass]);
    }
    let r = vm.call_method(&cls, &sc, &[subclass])?;
    if vm.truthy(&r)? {
        return Ok(r);
    }
    vm.call_method(&cls, &sc, &[subtype])
}

/// `ABCMeta.__subclasscheck__(cls, subclass)`.
fn abc_subclasscheck(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, sub) = cls_arg(vm, &args, "__subclasscheck__")?;
    let cache = abc_attr(vm, &cls, "_abc_cache")?;
    if contains(vm, &cache, &sub)? {
        return Ok(Value::Bool(true));
    }
    let version = abc_attr(vm, &cls, "_abc_negative_cache_version")?;
    let counter = counter_of(vm, &cls)?;
    let lt = vm.compare(&version, &counter, crate::bytecode::CmpOp::Lt)?;
    if vm.truthy(&lt)? {
        let s = vm.new_set(Vec::new())?;
        set_attr(vm, &cls, "_abc_negative_cache", s)?;
        set_attr(vm, &cls, "_abc_negative_cache_version", counter)?;
    } else {
        let neg = abc_attr(vm, &cls, "_abc_negative_cache")?;
        if contains(vm, &neg, &sub)? {
            return Ok(Value::Bool(false));
        }
    }
    let hook = vm.names.subclasshook.clone();
    let ok = vm.call_method(&cls, &hook, std::slice::from_ref(&sub))?;
    if !ok.is(&vm.not_implemented) {
        let Value::Bool(b) = ok else {
            let cls = vm.exc_class("AssertionError");
            return Err(crate::vm::PyErr::Exc(vm.new_exception(&cls, Vec::new())));
        };
        let name = if b {
            "_abc_cache"
        } else {
            "_abc_negative_cache"
        };
        let s = abc_attr(vm, &cls, name)?;
        add(vm, &s, sub)?;
        return Ok(ok);
    }
    let mro_name = vm.intern("__mro__");
    let mro = vm.getattr_opt(&sub, &mro_name)?;
    let in_mro = match &mro {
        Some(m) => contains(vm, m, &cls)?,
        None => false,
    };
    if in_mro {
        let cache = abc_attr(vm, &cls, "_abc_cache")?;
        add(vm, &cache, sub)?;
        return Ok(Value::Bool(true));
    }
    let reg = abc_attr(vm, &cls, "_abc_registry")?;
    for registered in vm.iterate(&reg)? {
        if issubclass(vm, &sub, &registered)? {
            let cache = abc_attr(vm, &cls, "_abc_cache")?;
            add(vm, &cache, sub)?;
            return Ok(Value::Bool(true));
        }
    }
    let children: Vec<Value> = match &cls {
        Value::Obj(c) => c
            .as_class()
            .map(|cd| {
                cd.subclasses
                    .borrow()
                    .iter()
                    .filter_map(|w| w.upgrade())
                    .map(Value::Obj)
                    .collect()
            })
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    for child in children {
        if issubclass(vm, &sub, &child)? {
            let cache = abc_attr(vm, &cls, "_abc_cache")?;
            add(vm, &cache, sub)?;
            return Ok(Value::Bool(true));
        }
    }
    let neg = abc_attr(vm, &cls, "_abc_negative_cache")?;
    add(vm, &neg, sub)?;
    Ok(Value::Bool(false))
}
