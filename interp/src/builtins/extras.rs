//! Entries of the built-in classes that a `dir()` audit against CPython 3.4
//! found missing: in-place operators of list and set, `tuple.__getnewargs__`,
//! `complex.__divmod__`, `__call__`/`__get__` of the native callable types,
//! and descriptors for attributes the VM already computes (`range.start`,
//! `property.fget`, `super.__thisclass__`, `len.__self__`, ...), so that
//! they show in `dir()` and `T.__dict__`.

use super::{add_methods, Method};
use crate::objects::{Payload, Value};
use crate::vm::{Args, PyResult, Vm};

fn arg(args: &Args<'_>, i: usize) -> Value {
    args.pos.get(i).cloned().unwrap_or_default()
}

/// `TypeError: expected N arguments, got M` (CPython's slot wrappers).
fn expect_args(vm: &mut Vm, args: &Args<'_>, n: usize) -> PyResult<()> {
    let got = args.pos.len().saturating_sub(1);
    if got != n || !args.kw.is_empty() {
        let msg = format!("expected {} arguments, got {}", n, got);
        return Err(vm.new_error("TypeError", &msg));
    }
    Ok(())
}

/// `list.__iadd__(self, iterable)`: extends in place, returns self.
fn list_iadd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    expect_args(vm, &args, 1)?;
    let (me, other) = (arg(&args, 0), arg(&args, 1));
    let extra = vm.iterate(&other)?;
    if let Some(Payload::List(items)) = me.payload() {
        let (len, cap) = {
            let b = items.borrow();
            (b.len(), b.capacity())
        };
        vm.reserve_growth(len, cap, extra.len(), 16)?;
        items.borrow_mut().extend(extra);
    }
    Ok(me)
}

/// `list.__imul__(self, n)`: repeats in place, returns self.
fn list_imul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    expect_args(vm, &args, 1)?;
    let (me, n) = (arg(&args, 0), arg(&args, 1));
    let n = match n {
        Value::Int(_) | Value::Bool(_) => vm.index_value(&n)?,
        _ if super::to_int(&n).is_some() => vm.index_value(&n)?,
        _ => {
            let msg = format!(
                "can't multiply sequence by non-int of type '{}'",
                vm.type_name(&n)
            );
            return Err(vm.new_error("TypeError", &msg));
        }
    };
    if let Some(Payload::List(items)) = me.payload() {
        let n = n.max(0) as u64;
        let len = items.borrow().len() as u64;
        vm.reserve(len.saturating_mul(n).saturating_mul(16))?;
        let cur = items.borrow().clone();
        let mut out = Vec::with_capacity((len * n) as usize);
        for _ in 0..n {
            out.extend(cur.iter().cloned());
        }
        *items.borrow_mut() = out;
    }
    Ok(me)
}

macro_rules! set_inplace {
    ($name:ident, $op:expr) => {
        fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            expect_args(vm, &args, 1)?;
            let (me, other) = (arg(&args, 0), arg(&args, 1));
            let is_set = |v: &Value| {
                matches!(
                    v.payload(),
                    Some(Payload::Set(_)) | Some(Payload::FrozenSet(_))
                )
            };
            if !is_set(&other) {
                return Ok(vm.not_implemented.clone());
            }
            Ok(vm
                .set_inplace(&me, &other, $op)?
                .unwrap_or_else(|| vm.not_implemented.clone()))
        }
    };
}

set_inplace!(set_ior, crate::bytecode::BinOp::Or);
set_inplace!(set_iand, crate::bytecode::BinOp::And);
set_inplace!(set_isub, crate::bytecode::BinOp::Sub);
set_inplace!(set_ixor, crate::bytecode::BinOp::Xor);

/// `tuple.__getnewargs__()`: `(tuple(self),)`.
fn tuple_getnewargs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    expect_args(vm, &args, 0)?;
    let items = match arg(&args, 0).payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    let inner = vm.new_tuple(items);
    Ok(vm.new_tuple(vec![inner]))
}

/// `complex.__divmod__`/`__rdivmod__`: CPython 3.4 still defines them, and
/// they always raise.
fn complex_divmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    expect_args(vm, &args, 1)?;
    Err(vm.new_error("TypeError", "can't take floor or mod of complex number."))
}

/// `f.__call__(*args, **kw)` of a native callable.
fn native_call(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = arg(&args, 0);
    let rest = args.pos.get(1..).unwrap_or(&[]);
    vm.call(
        &me,
        Args {
            pos: rest,
            kw: args.kw,
        },
    )
}

/// `descriptor.__get__(obj, type=None)` of a method descriptor: itself for
/// `None`, else bound to `obj`.
fn descr_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = args.pos.len().saturating_sub(1);
    if !(1..=2).contains(&n) {
        let msg = format!("expected at least 1 arguments, got {}", n);
        return Err(vm.new_error("TypeError", &msg));
    }
    let (me, obj) = (arg(&args, 0), arg(&args, 1));
    let Some(Payload::Builtin(b)) = me.payload() else {
        return Ok(me);
    };
    if b.class_method {
        let cls = match args.pos.get(2) {
            Some(Value::Obj(c)) if c.as_class().is_some() => c.clone(),
            _ => vm.type_of(&obj).clone(),
        };
        return vm.descr_get(&me, &Value::Obj(cls.clone()), &cls);
    }
    if obj.is_none() {
        return Ok(me);
    }
    if let Some(owner) = &b.owner {
        if !crate::objects::class::is_subclass(vm.type_of(&obj), owner) {
            let msg = format!(
                "descriptor '{}' for '{}' objects doesn't apply to '{}' object",
                b.name,
                b.owner_name(),
                vm.type_name(&obj)
            );
            return Err(vm.new_error("TypeError", &msg));
        }
    }
    let cls = vm.type_of(&obj).clone();
    vm.descr_get(&me, &obj, &cls)
}

/// `super.__get__(obj, type=None)`: an unbound super bound to `obj`.
fn super_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (me, obj) = (arg(&args, 0), arg(&args, 1));
    match me.payload() {
        Some(Payload::Super(t, o)) if o.is_none() && !obj.is_none() => {
            let t = t.clone();
            let sup = Value::Obj(vm.types.super_.clone());
            vm.call(&sup, Args::new(&[t, obj]))
        }
        _ => Ok(me),
    }
}

const LIST: &[Method] = &[("__iadd__", list_iadd), ("__imul__", list_imul)];
const SET: &[Method] = &[
    ("__ior__", set_ior),
    ("__iand__", set_iand),
    ("__isub__", set_isub),
    ("__ixor__", set_ixor),
];

/// Installs the entries.
pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let (list, set, tuple, complex) = (
        t.list.clone(),
        t.set.clone(),
        t.tuple.clone(),
        t.complex.clone(),
    );
    add_methods(vm, &list, LIST);
    add_methods(vm, &set, SET);
    add_methods(vm, &tuple, &[("__getnewargs__", tuple_getnewargs)]);
    add_methods(
        vm,
        &complex,
        &[
            ("__divmod__", complex_divmod),
            ("__rdivmod__", complex_divmod),
        ],
    );
    let t = &vm.types;
    let callables = [
        t.builtin_function.clone(),
        t.method_descriptor.clone(),
        t.wrapper_descriptor.clone(),
        t.method_wrapper.clone(),
        t.classmethod_descriptor.clone(),
        t.function.clone(),
        t.method.clone(),
    ];
    let descriptors = [
        t.method_descriptor.clone(),
        t.wrapper_descriptor.clone(),
        t.classmethod_descriptor.clone(),
    ];
    for c in &callables {
        add_methods(vm, c, &[("__call__", native_call)]);
    }
    for c in &descriptors {
        add_methods(vm, c, &[("__get__", descr_get)]);
    }
    let sup = vm.types.super_.clone();
    add_methods(vm, &sup, &[("__get__", super_get)]);
    install_attrs(vm);
}

/// Descriptors for computed attributes: (class, owner name, member names,
/// getset names).
fn install_attrs(vm: &mut Vm) {
    let t = &vm.types;
    let groups: [(_, &str, &[&str], &[&str]); 15] = [
        (t.range.clone(), "range", &["start", "stop", "step"], &[]),
        (t.slice.clone(), "slice", &["start", "stop", "step"], &[]),
        (
            t.property.clone(),
            "property",
            &["fget", "fset", "fdel", "__doc__"],
            &["__isabstractmethod__"],
        ),
        (
            t.staticmethod.clone(),
            "staticmethod",
            &["__func__"],
            &["__isabstractmethod__"],
        ),
        (
            t.classmethod.clone(),
            "classmethod",
            &["__func__"],
            &["__isabstractmethod__"],
        ),
        (
            t.super_.clone(),
            "super",
            &["__thisclass__", "__self__", "__self_class__"],
            &[],
        ),
        (
            t.builtin_function.clone(),
            "builtin_function_or_method",
            &["__module__"],
            &[
                "__self__",
                "__name__",
                "__qualname__",
                "__doc__",
                "__text_signature__",
            ],
        ),
        (
            t.method_descriptor.clone(),
            "method_descriptor",
            &["__objclass__", "__name__"],
            &["__qualname__", "__doc__", "__text_signature__"],
        ),
        (
            t.wrapper_descriptor.clone(),
            "wrapper_descriptor",
            &["__objclass__", "__name__"],
            &["__qualname__", "__doc__", "__text_signature__"],
        ),
        (
            t.classmethod_descriptor.clone(),
            "classmethod_descriptor",
            &["__objclass__", "__name__"],
            &["__qualname__", "__doc__", "__text_signature__"],
        ),
        (
            t.method_wrapper.clone(),
            "method-wrapper",
            &["__self__"],
            &[
                "__objclass__",
                "__name__",
                "__qualname__",
                "__doc__",
                "__text_signature__",
            ],
        ),
        (t.method.clone(), "method", &["__func__", "__self__"], &[]),
        (
            t.generator.clone(),
            "generator",
            &[],
            &["gi_frame", "gi_running"],
        ),
        (
            t.base_exception.clone(),
            "BaseException",
            &["__suppress_context__"],
            &[
                "args",
                "__cause__",
                "__context__",
                "__traceback__",
                "__dict__",
            ],
        ),
        (
            t.code.clone(),
            "code",
            &[
                "co_name",
                "co_filename",
                "co_firstlineno",
                "co_argcount",
                "co_kwonlyargcount",
                "co_flags",
                "co_varnames",
                "co_nlocals",
            ],
            &[],
        ),
    ];
    let member = vm.types.member_descriptor.clone();
    let getset = vm.types.getset_descriptor.clone();
    for (cls, owner, members, getsets) in groups {
        let owner = vm.intern(owner);
        let all = members
            .iter()
            .map(|m| (m, &member))
            .chain(getsets.iter().map(|g| (g, &getset)));
        for (name, kind) in all {
            let n = vm.intern(name);
            let d = vm.alloc(kind, Payload::Attr(n.clone(), owner.clone()));
            vm.class_set_quiet(&cls, n, d);
        }
    }
}
