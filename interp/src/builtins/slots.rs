//! Slot wrappers: the `__add__`, `__eq__`, `__len__`, … entries of built-in
//! classes, so that `int.__add__(1, 2)`, `super().__eq__(o)` and subclasses of
//! built-in types find them. Each calls the built-in operation directly.

use super::{add_methods, Method};
use crate::bytecode::{BinOp, CmpOp};
use crate::objects::{Payload, Value};
use crate::vm::{Args, PyResult, Vm};

fn arg(args: &Args<'_>, i: usize) -> Value {
    args.pos.get(i).cloned().unwrap_or_default()
}

/// The numeric tower rank of a value's type: int (and bool) 0, float 1,
/// complex 2; `None` for anything else.
fn num_rank(vm: &Vm, v: &Value) -> Option<u8> {
    match v {
        Value::Int(_) | Value::Bool(_) => return Some(0),
        Value::Float(_) => return Some(1),
        Value::None | Value::Str(_) => return None,
        Value::Obj(_) => {}
    }
    let t = vm.type_of(v);
    let types = &vm.types;
    if crate::objects::class::is_subclass(t, &types.complex) {
        Some(2)
    } else if crate::objects::class::is_subclass(t, &types.float) {
        Some(1)
    } else if crate::objects::class::is_subclass(t, &types.int) {
        Some(0)
    } else {
        None
    }
}

/// Whether a number's own slot (`int.__add__`, `float.__eq__`, …) declines the
/// other operand, as CPython's: `int`'s slots take only ints, `float`'s ints and
/// floats, `complex`'s all three; anything else is `NotImplemented`.
fn number_declines(vm: &Vm, this: &Value, other: &Value) -> bool {
    match num_rank(vm, this) {
        Some(mine) => num_rank(vm, other).is_none_or(|theirs| theirs > mine),
        None => false,
    }
}

macro_rules! binslot {
    ($name:ident, $rname:ident, $op:expr) => {
        fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let (a, b) = (arg(&args, 0), arg(&args, 1));
            if number_declines(vm, &a, &b) {
                return Ok(vm.not_implemented.clone());
            }
            Ok(vm
                .native_binary(&a, &b, $op)?
                .unwrap_or_else(|| vm.not_implemented.clone()))
        }
        fn $rname(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let (a, b) = (arg(&args, 0), arg(&args, 1));
            if number_declines(vm, &a, &b) {
                return Ok(vm.not_implemented.clone());
            }
            Ok(vm
                .native_binary(&b, &a, $op)?
                .unwrap_or_else(|| vm.not_implemented.clone()))
        }
    };
}

binslot!(s_add, s_radd, BinOp::Add);
binslot!(s_sub, s_rsub, BinOp::Sub);
binslot!(s_mul, s_rmul, BinOp::Mul);
binslot!(s_truediv, s_rtruediv, BinOp::TrueDiv);
binslot!(s_floordiv, s_rfloordiv, BinOp::FloorDiv);
binslot!(s_mod, s_rmod, BinOp::Mod);
binslot!(s_pow2, s_rpow, BinOp::Pow);

/// `x.__pow__(y[, z])`: with a modulus it is three-argument `pow`.
fn s_pow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match args.pos.get(2) {
        Some(m) if !m.is_none() => {
            let (a, b) = (arg(&args, 0), arg(&args, 1));
            if number_declines(vm, &a, &b) || number_declines(vm, &a, m) {
                return Ok(vm.not_implemented.clone());
            }
            let float = matches!(a, Value::Float(_)) || matches!(b, Value::Float(_));
            if !float && (super::to_int(&a).is_none() || super::to_int(&b).is_none()) {
                return Ok(vm.not_implemented.clone());
            }
            super::funcs::native_pow_mod(vm, &a, &b, m)
        }
        _ => s_pow2(vm, args),
    }
}
binslot!(s_lshift, s_rlshift, BinOp::LShift);
binslot!(s_rshift, s_rrshift, BinOp::RShift);
binslot!(s_and, s_rand, BinOp::And);
binslot!(s_or, s_ror, BinOp::Or);
binslot!(s_xor, s_rxor, BinOp::Xor);

macro_rules! cmpslot {
    ($name:ident, $op:expr) => {
        fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let (a, b) = (arg(&args, 0), arg(&args, 1));
            if number_declines(vm, &a, &b) {
                return Ok(vm.not_implemented.clone());
            }
            Ok(match vm.native_compare(&a, &b, $op)? {
                Some(r) => Value::Bool(r),
                None => vm.not_implemented.clone(),
            })
        }
    };
}

cmpslot!(s_eq, CmpOp::Eq);
cmpslot!(s_ne, CmpOp::Ne);
cmpslot!(s_lt, CmpOp::Lt);
cmpslot!(s_le, CmpOp::Le);
cmpslot!(s_gt, CmpOp::Gt);
cmpslot!(s_ge, CmpOp::Ge);

fn s_object_ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, b) = (arg(&args, 0), arg(&args, 1));
    // object.__ne__ inverts __eq__ unless it returns NotImplemented.
    let cls = vm.type_of(&a).clone();
    let eqn = vm.names.eq.clone();
    if let Some(f) = crate::objects::class::lookup(&cls, &eqn) {
        if !matches!(f.payload(), Some(Payload::Builtin(_))) {
            let r = match vm.bind_descriptor(&f, &a, &cls)? {
                Some(bf) => vm.call(&bf, Args::new(&[b]))?,
                None => vm.call(&f, Args::new(&[a, b]))?,
            };
            if r.is(&vm.not_implemented) {
                return Ok(r);
            }
            return Ok(Value::Bool(!vm.truthy(&r)?));
        }
    }
    Ok(match vm.native_compare(&a, &b, CmpOp::Ne)? {
        Some(r) => Value::Bool(r),
        None => vm.not_implemented.clone(),
    })
}

fn s_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = arg(&args, 0);
    in_slot(vm, |vm| Ok(Value::Int(vm.hash(&a)?)))
}

fn s_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = arg(&args, 0);
    Ok(Value::string(vm.native_repr(&a)?))
}

fn s_object_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = arg(&args, 0);
    Ok(Value::string(vm.default_repr(&a)))
}

fn s_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = arg(&args, 0);
    let s = if matches!(a.payload(), Some(Payload::Exception(_))) || a.as_pystr().is_some() {
        vm.native_str(&a)?
    } else {
        vm.repr(&a)?
    };
    Ok(Value::string(s))
}

/// Runs `f` with user-level dispatch of special methods switched off, so a
/// slot wrapper reached through `super()` does not call the override again.
fn in_slot<T>(vm: &mut Vm, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
    let old = std::mem::replace(&mut vm.in_slot, true);
    let r = f(vm);
    vm.in_slot = old;
    r
}

fn s_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = arg(&args, 0);
    in_slot(vm, |vm| Ok(Value::Int(vm.len(&a)? as i64)))
}

fn s_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, k) = (arg(&args, 0), arg(&args, 1));
    vm.getitem_builtin(&a, &k)
}

fn s_setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, k, v) = (arg(&args, 0), arg(&args, 1), arg(&args, 2));
    vm.setitem_builtin(&a, k, v)?;
    Ok(Value::None)
}

fn s_delitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, k) = (arg(&args, 0), arg(&args, 1));
    vm.delitem_builtin(&a, &k)?;
    Ok(Value::None)
}

fn s_contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, k) = (arg(&args, 0), arg(&args, 1));
    in_slot(vm, |vm| Ok(Value::Bool(vm.contains(&a, &k)?)))
}

fn s_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = arg(&args, 0);
    in_slot(vm, |vm| vm.iter(&a))
}

fn s_self_iter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(arg(&args, 0))
}

fn s_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = arg(&args, 0);
    match vm.next_raw(&a)? {
        Some(v) => Ok(v),
        None => Err(vm
            .new_error_value("StopIteration", Value::None)
            .without_args(vm)),
    }
}

fn s_bool(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = arg(&args, 0);
    in_slot(vm, |vm| Ok(Value::Bool(vm.truthy(&a)?)))
}

fn s_neg(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.unary_op(&arg(&args, 0), crate::bytecode::UnOp::Neg)
}

fn s_pos(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.unary_op(&arg(&args, 0), crate::bytecode::UnOp::Pos)
}

fn s_invert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.unary_op(&arg(&args, 0), crate::bytecode::UnOp::Invert)
}

fn s_abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::funcs::abs_value(vm, &arg(&args, 0))
}

fn s_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, spec) = (arg(&args, 0), arg(&args, 1));
    let spec = spec
        .as_pystr()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    super::strformat::format_builtin(vm, &a, &spec).map(Value::string)
}

fn s_object_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, spec) = (arg(&args, 0), arg(&args, 1));
    let spec = spec
        .as_pystr()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    if !spec.is_empty() {
        return Err(vm.new_error(
            "TypeError",
            "non-empty format string passed to object.__format__",
        ));
    }
    let s = vm.str(&a)?;
    Ok(Value::string(s))
}

fn s_int(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = arg(&args, 0);
    super::ctors::int_of(vm, &a)
}

fn s_float(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = arg(&args, 0);
    super::ctors::float_of(vm, &a).map(Value::Float)
}

fn s_index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = arg(&args, 0);
    super::ctors::int_of(vm, &a)
}

fn s_getattribute(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, n) = (arg(&args, 0), arg(&args, 1));
    let name = super::want_str(vm, &n, "attribute name")?;
    let cls = vm.type_of(&a).clone();
    match vm.generic_getattr(&a, &cls, &name)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(&a, &name)),
    }
}

fn s_setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, n, v) = (arg(&args, 0), arg(&args, 1), arg(&args, 2));
    let name = super::want_str(vm, &n, "attribute name")?;
    let cls = vm.type_of(&a).clone();
    vm.generic_setattr(&a, &cls, &name, v)?;
    Ok(Value::None)
}

fn s_delattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, n) = (arg(&args, 0), arg(&args, 1));
    let name = super::want_str(vm, &n, "attribute name")?;
    let cls = vm.type_of(&a).clone();
    vm.generic_delattr(&a, &cls, &name)?;
    Ok(Value::None)
}

/// Whether `cls` overrides `object`'s `name` (`__init__` or `__new__`).
fn overrides_object(vm: &Vm, cls: &std::rc::Rc<crate::objects::Obj>, name: &str) -> bool {
    let key = if name == "__init__" {
        vm.names.init.clone()
    } else {
        vm.names.new.clone()
    };
    let mine = crate::objects::class::lookup(cls, &key);
    let base = crate::objects::class::lookup(&vm.types.object, &key);
    match (mine, base) {
        (Some(m), Some(b)) => !m.is(&b),
        _ => false,
    }
}

/// `object.__init__`: extra arguments are an error unless the class
/// overrides `__new__` (CPython 3.4's `object_init`).
fn s_object_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() > 1 || !args.kw.is_empty() {
        let cls = vm.type_of(&arg(&args, 0)).clone();
        if !overrides_object(vm, &cls, "__new__") {
            return Err(vm.new_error("TypeError", "object.__init__() takes no parameters"));
        }
    }
    Ok(Value::None)
}

fn s_object_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = match args.pos.first() {
        Some(Value::Obj(c)) if c.as_class().is_some() => c.clone(),
        _ => return Err(vm.new_error("TypeError", "object.__new__(X): X is not a type object")),
    };
    // CPython 3.4's object_new: extra arguments are an error unless the
    // class overrides `__init__`.
    if (args.pos.len() > 1 || !args.kw.is_empty()) && !overrides_object(vm, &cls, "__init__") {
        return Err(vm.new_error("TypeError", "object() takes no parameters"));
    }
    vm.instantiate(&cls, &args.pos[1..])
}

fn s_dir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = arg(&args, 0);
    super::funcs2::dir_of(vm, &a)
}

fn s_reduce(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(vm.new_error("TypeError", "can't pickle objects"))
}

fn s_sizeof(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(32))
}

const NUMBER_SLOTS: &[Method] = &[
    ("__add__", s_add),
    ("__radd__", s_radd),
    ("__sub__", s_sub),
    ("__rsub__", s_rsub),
    ("__mul__", s_mul),
    ("__rmul__", s_rmul),
    ("__truediv__", s_truediv),
    ("__rtruediv__", s_rtruediv),
    ("__floordiv__", s_floordiv),
    ("__rfloordiv__", s_rfloordiv),
    ("__mod__", s_mod),
    ("__rmod__", s_rmod),
    ("__pow__", s_pow),
    ("__rpow__", s_rpow),
    ("__neg__", s_neg),
    ("__pos__", s_pos),
    ("__abs__", s_abs),
    ("__bool__", s_bool),
    ("__int__", s_int),
    ("__float__", s_float),
];

const INT_SLOTS: &[Method] = &[
    ("__lshift__", s_lshift),
    ("__rlshift__", s_rlshift),
    ("__rshift__", s_rshift),
    ("__rrshift__", s_rrshift),
    ("__and__", s_and),
    ("__rand__", s_rand),
    ("__or__", s_or),
    ("__ror__", s_ror),
    ("__xor__", s_xor),
    ("__rxor__", s_rxor),
    ("__invert__", s_invert),
    ("__index__", s_index),
];

const CMP_SLOTS: &[Method] = &[
    ("__eq__", s_eq),
    ("__ne__", s_ne),
    ("__lt__", s_lt),
    ("__le__", s_le),
    ("__gt__", s_gt),
    ("__ge__", s_ge),
    ("__hash__", s_hash),
    ("__repr__", s_repr),
    ("__str__", s_str),
    ("__format__", s_format),
];

const SEQ_SLOTS: &[Method] = &[
    ("__len__", s_len),
    ("__getitem__", s_getitem),
    ("__contains__", s_contains),
    ("__iter__", s_iter),
];

const SEQ_ARITH: &[Method] = &[("__add__", s_add), ("__mul__", s_mul), ("__rmul__", s_rmul)];

const MUT_SLOTS: &[Method] = &[("__setitem__", s_setitem), ("__delitem__", s_delitem)];

const SET_SLOTS: &[Method] = &[
    ("__or__", s_or),
    ("__ror__", s_ror),
    ("__and__", s_and),
    ("__rand__", s_rand),
    ("__sub__", s_sub),
    ("__rsub__", s_rsub),
    ("__xor__", s_xor),
    ("__rxor__", s_rxor),
    ("__len__", s_len),
    ("__contains__", s_contains),
    ("__iter__", s_iter),
];

const OBJECT_SLOTS: &[Method] = &[
    ("__eq__", s_eq),
    ("__ne__", s_object_ne),
    ("__lt__", s_lt),
    ("__le__", s_le),
    ("__gt__", s_gt),
    ("__ge__", s_ge),
    ("__hash__", s_hash),
    ("__repr__", s_object_repr),
    ("__str__", s_str),
    ("__format__", s_object_format),
    ("__getattribute__", s_getattribute),
    ("__setattr__", s_setattr),
    ("__delattr__", s_delattr),
    ("__init__", s_object_init),
    ("__dir__", s_dir),
    ("__reduce__", s_reduce),
    ("__reduce_ex__", s_reduce),
    ("__sizeof__", s_sizeof),
];

/// The slots `type` defines itself (not inherited from `object`), so that
/// `type.__dict__` lists them as CPython does.
const TYPE_SLOTS: &[Method] = &[
    ("__getattribute__", s_getattribute),
    ("__setattr__", s_setattr),
    ("__delattr__", s_delattr),
    ("__repr__", s_repr),
    ("__dir__", s_dir),
    ("__sizeof__", s_sizeof),
];

const ITER_SLOTS: &[Method] = &[("__iter__", s_self_iter), ("__next__", s_next)];

/// Installs the slot wrappers of every built-in class.
pub fn install_slots(vm: &mut Vm) {
    let t = &vm.types;
    let object = t.object.clone();
    let numbers = [
        t.int.clone(),
        t.bool_.clone(),
        t.float.clone(),
        t.complex.clone(),
    ];
    let ints = [t.int.clone(), t.bool_.clone()];
    let cmp = [
        t.int.clone(),
        t.float.clone(),
        t.complex.clone(),
        t.str_.clone(),
        t.bytes.clone(),
        t.bytearray.clone(),
        t.tuple.clone(),
        t.list.clone(),
        t.dict.clone(),
        t.set.clone(),
        t.frozenset.clone(),
        t.range.clone(),
    ];
    let seqs = [
        t.str_.clone(),
        t.bytes.clone(),
        t.bytearray.clone(),
        t.tuple.clone(),
        t.list.clone(),
        t.range.clone(),
        t.dict.clone(),
    ];
    let arith_seqs = [
        t.str_.clone(),
        t.bytes.clone(),
        t.bytearray.clone(),
        t.tuple.clone(),
        t.list.clone(),
    ];
    let muts = [t.list.clone(), t.dict.clone(), t.bytearray.clone()];
    let sets = [
        t.set.clone(),
        t.frozenset.clone(),
        t.dict_keys.clone(),
        t.dict_items.clone(),
    ];
    let iters = [
        t.iterator.clone(),
        t.list_iterator.clone(),
        t.tuple_iterator.clone(),
        t.str_iterator.clone(),
        t.range_iterator.clone(),
        t.dict_keyiterator.clone(),
        t.set_iterator.clone(),
        t.bytes_iterator.clone(),
        t.bytearray_iterator.clone(),
        t.longrange_iterator.clone(),
        t.dict_valueiterator.clone(),
        t.dict_itemiterator.clone(),
        t.list_reverseiterator.clone(),
        t.callable_iterator.clone(),
        t.enumerate.clone(),
        t.zip.clone(),
        t.map.clone(),
        t.filter.clone(),
        t.reversed.clone(),
        t.generator.clone(),
    ];
    let views = [t.dict_values.clone()];
    let str_ = t.str_.clone();
    add_methods(vm, &object, OBJECT_SLOTS);
    let ty = vm.types.type_.clone();
    add_methods(vm, &ty, TYPE_SLOTS);
    let int = vm.types.int.clone();
    add_methods(
        vm,
        &int,
        &[
            ("__getattribute__", s_getattribute),
            ("__sizeof__", s_sizeof),
        ],
    );
    let on = vm.intern("__new__");
    let newv = super::native(vm, "__new__", s_object_new, Some(object.clone()));
    vm.class_set_quiet(&object, on, newv.clone());
    vm.object_new = newv;
    let ii = vm.intern("__init__");
    vm.object_init = crate::objects::class::lookup(&object, &ii).unwrap_or_default();
    for c in &numbers {
        add_methods(vm, c, NUMBER_SLOTS);
    }
    for c in &ints {
        add_methods(vm, c, INT_SLOTS);
    }
    for c in &cmp {
        add_methods(vm, c, CMP_SLOTS);
    }
    for c in &seqs {
        add_methods(vm, c, SEQ_SLOTS);
    }
    for c in &arith_seqs {
        add_methods(vm, c, SEQ_ARITH);
    }
    add_methods(vm, &str_, &[("__mod__", s_mod), ("__rmod__", s_rmod)]);
    for c in &muts {
        add_methods(vm, c, MUT_SLOTS);
    }
    for c in &sets {
        add_methods(vm, c, SET_SLOTS);
    }
    for c in &iters {
        add_methods(vm, c, ITER_SLOTS);
    }
    let mv = vm.types.memoryview.clone();
    add_methods(vm, &mv, &[("__len__", s_len), ("__getitem__", s_getitem)]);
    add_methods(vm, &mv, MUT_SLOTS);
    for c in &views {
        add_methods(vm, c, &[("__len__", s_len), ("__iter__", s_iter)]);
    }
    // Unhashable built-ins.
    let none_hash = [
        vm.types.list.clone(),
        vm.types.dict.clone(),
        vm.types.set.clone(),
        vm.types.bytearray.clone(),
        vm.types.dict_keys.clone(),
        vm.types.dict_items.clone(),
    ];
    let hn = vm.intern("__hash__");
    for c in &none_hash {
        vm.class_set_quiet(c, hn.clone(), Value::None);
    }
}

/// Helpers on errors.
pub trait ErrExt {
    /// A StopIteration with no arguments.
    fn without_args(self, vm: &mut Vm) -> Self;
}

impl ErrExt for crate::vm::PyErr {
    fn without_args(self, vm: &mut Vm) -> Self {
        let cls = vm.exc_class("StopIteration");
        crate::vm::PyErr::Exc(vm.new_exception(&cls, vec![]))
    }
}
