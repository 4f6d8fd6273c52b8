//! Methods of `dict`, `set` and `frozenset`.

use super::{Payload, Value};
use crate::builtins::{check_method_args, Method};
use crate::bytecode::BinOp;
use crate::vm::{Args, PyResult, Vm};

fn this(args: &Args<'_>) -> Value {
    args.pos.first().cloned().unwrap_or_default()
}

fn view(vm: &mut Vm, args: &Args<'_>, kind: u8) -> PyResult<Value> {
    let d = match args.pos.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Dict(_)) => o.clone(),
        _ => return Err(vm.new_error("TypeError", "descriptor requires a 'dict' object")),
    };
    let cls = match kind {
        0 => vm.types.dict_keys.clone(),
        1 => vm.types.dict_values.clone(),
        _ => vm.types.dict_items.clone(),
    };
    Ok(vm.alloc(&cls, Payload::DictView(d, kind)))
}

fn keys(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "keys", &args, 0, 0)?;
    view(vm, &args, 0)
}

fn values(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "values", &args, 0, 0)?;
    view(vm, &args, 1)
}

fn items(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "items", &args, 0, 0)?;
    view(vm, &args, 2)
}

fn get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(vm.new_error("TypeError", "get expected at least 1 arguments, got 0"));
    }
    if args.pos.len() > 3 {
        let msg = format!(
            "get expected at most 2 arguments, got {}",
            args.pos.len() - 1
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    let d = this(&args);
    Ok(vm
        .dict_get(&d, &args.pos[1])?
        .unwrap_or_else(|| args.pos.get(2).cloned().unwrap_or_default()))
}

fn setdefault(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "setdefault", &args, 1, 2)?;
    let d = this(&args);
    if let Some(v) = vm.dict_get(&d, &args.pos[1])? {
        return Ok(v);
    }
    let v = args.pos.get(2).cloned().unwrap_or_default();
    vm.dict_set(&d, args.pos[1].clone(), v.clone())?;
    Ok(v)
}

fn pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "pop", &args, 1, 2)?;
    let d = this(&args);
    match vm.dict_del(&d, &args.pos[1])? {
        Some(v) => Ok(v),
        None => match args.pos.get(2) {
            Some(v) => Ok(v.clone()),
            None => Err(vm.new_error_value("KeyError", args.pos[1].clone())),
        },
    }
}

fn popitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args);
    let e = match d.payload() {
        Some(Payload::Dict(t)) => t.borrow_mut().pop_last(),
        _ => None,
    };
    match e {
        Some(e) => Ok(vm.new_tuple(vec![e.key, e.value])),
        None => Err(vm.new_error_value("KeyError", Value::str("popitem(): dictionary is empty"))),
    }
}

fn update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() > 2 {
        let msg = format!(
            "update expected at most 1 arguments, got {}",
            args.pos.len() - 1
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    let d = this(&args);
    crate::builtins::ctors::dict_update(vm, &d, args.pos.get(1), args.kw)?;
    Ok(Value::None)
}

fn clear(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args);
    if let Some(t) = d.as_obj().and_then(|o| o.table()) {
        let old = t.borrow_mut().take_all();
        drop(old);
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args);
    let t = match d.as_obj().and_then(|o| o.table()) {
        Some(t) => {
            vm.charge_copy(t.borrow().len())?;
            let r = t.borrow().clone_paced();
            vm.paced(r)?
        }
        None => super::DictTable::new(),
    };
    Ok(Value::Obj(vm.new_dict_obj(t)))
}

fn fromkeys(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(vm.new_error("TypeError", "fromkeys expected at least 1 arguments, got 0"));
    }
    let cls = args.pos[0].clone();
    let d = vm.call(&cls, Args::new(&[]))?;
    let v = args.pos.get(2).cloned().unwrap_or_default();
    for (i, k) in vm.iterate(&args.pos[1])?.into_iter().enumerate() {
        vm.setitem(&d, k, v.clone())?;
        vm.charge_every(i)?;
    }
    Ok(d)
}

fn contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args);
    Ok(Value::Bool(
        vm.dict_get(&d, &args.pos.get(1).cloned().unwrap_or_default())?
            .is_some(),
    ))
}

/// The dict method table.
pub const DICT: &[Method] = &[
    ("keys", keys),
    ("values", values),
    ("items", items),
    ("get", get),
    ("setdefault", setdefault),
    ("pop", pop),
    ("popitem", popitem),
    ("update", update),
    ("clear", clear),
    ("copy", copy),
    ("__contains__", contains),
];

/// Class methods of dict.
pub const DICT_CLASS: &[Method] = &[("fromkeys", fromkeys)];

// ---- sets ----------------------------------------------------------------

fn add(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "add", &args, 1, 1)?;
    vm.set_add(&this(&args), args.pos[1].clone())?;
    Ok(Value::None)
}

fn discard_impl(vm: &mut Vm, args: &Args<'_>, must: bool) -> PyResult<Value> {
    let s = this(args);
    let key = args.pos.get(1).cloned().unwrap_or_default();
    let key = match key.payload() {
        Some(Payload::Set(t)) => {
            let items: Vec<Value> = t.borrow().iter().map(|e| e.key.clone()).collect();
            vm.new_frozenset(items)?
        }
        _ => key,
    };
    let h = vm.hash(&key)?;
    let t = match s.as_obj().and_then(|o| o.table()) {
        Some(t) => t,
        None => return Ok(Value::None),
    };
    match vm.table_find(t, &key, h)? {
        Some(ix) => {
            let old = t.borrow_mut().remove_at(ix);
            drop(old);
            Ok(Value::None)
        }
        None if must => Err(vm.new_error_value("KeyError", key)),
        None => Ok(Value::None),
    }
}

fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "remove", &args, 1, 1)?;
    discard_impl(vm, &args, true)
}

fn discard(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "discard", &args, 1, 1)?;
    discard_impl(vm, &args, false)
}

fn set_pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args);
    let e = s
        .as_obj()
        .and_then(|o| o.table())
        .and_then(|t| t.borrow_mut().pop_first());
    match e {
        Some(e) => Ok(e.key),
        None => Err(vm.new_error_value("KeyError", Value::str("pop from an empty set"))),
    }
}

fn set_copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args);
    let items = vm.set_items_paced(&s)?.unwrap_or_default();
    if matches!(s.payload(), Some(Payload::FrozenSet(_))) {
        return vm.new_frozenset(items);
    }
    vm.new_set(items)
}

fn to_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if vm.set_items(v).is_some() {
        return Ok(v.clone());
    }
    let items = vm.iterate(v)?;
    vm.new_set(items)
}

fn multi(vm: &mut Vm, args: &Args<'_>, op: BinOp) -> PyResult<Value> {
    let mut acc = this(args);
    let frozen = matches!(acc.payload(), Some(Payload::FrozenSet(_)));
    let items = vm.set_items(&acc).unwrap_or_default();
    acc = if frozen {
        vm.new_frozenset(items)?
    } else {
        vm.new_set(items)?
    };
    for o in &args.pos[1..] {
        let o = to_set(vm, o)?;
        acc = vm.set_binary(&acc, &o, op)?.unwrap_or(acc);
    }
    Ok(acc)
}

fn union(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    multi(vm, &args, BinOp::Or)
}

fn intersection(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    multi(vm, &args, BinOp::And)
}

fn difference(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    multi(vm, &args, BinOp::Sub)
}

fn symmetric_difference(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "symmetric_difference", &args, 1, 1)?;
    multi(vm, &args, BinOp::Xor)
}

fn in_place(vm: &mut Vm, args: &Args<'_>, op: BinOp) -> PyResult<Value> {
    let s = this(args);
    for o in &args.pos[1..] {
        let o = to_set(vm, o)?;
        vm.set_inplace(&s, &o, op)?;
    }
    Ok(Value::None)
}

fn set_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args);
    for o in &args.pos[1..] {
        for it in vm.iterate(o)? {
            vm.set_add(&s, it)?;
        }
    }
    Ok(Value::None)
}

fn intersection_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    in_place(vm, &args, BinOp::And)
}

fn difference_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    in_place(vm, &args, BinOp::Sub)
}

fn symmetric_difference_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // METH_O in CPython: exactly one other set, unlike the other *_update methods.
    crate::builtins::check_method_args(vm, "symmetric_difference_update", &args, 1, 1)?;
    in_place(vm, &args, BinOp::Xor)
}

fn issubset(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "issubset", &args, 1, 1)?;
    let o = to_set(vm, &args.pos[1])?;
    Ok(Value::Bool(vm.set_compare(
        &this(&args),
        &o,
        crate::bytecode::CmpOp::Le,
    )?))
}

fn issuperset(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "issuperset", &args, 1, 1)?;
    let o = to_set(vm, &args.pos[1])?;
    Ok(Value::Bool(vm.set_compare(
        &this(&args),
        &o,
        crate::bytecode::CmpOp::Ge,
    )?))
}

fn isdisjoint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "isdisjoint", &args, 1, 1)?;
    let s = this(&args);
    for it in vm.iterate(&args.pos[1])? {
        if vm.set_contains(&s, &it)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `view.isdisjoint(iterable)` for keys and items views.
fn view_isdisjoint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "isdisjoint", &args, 1, 1)?;
    let view = this(&args);
    for it in vm.iterate(&args.pos[1])? {
        if vm.contains(&view, &it)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Installs `isdisjoint` on `dict_keys` and `dict_items`.
pub fn install_view_methods(vm: &mut Vm) {
    for cls in [vm.types.dict_keys.clone(), vm.types.dict_items.clone()] {
        crate::builtins::add_methods(vm, &cls, &[("isdisjoint", view_isdisjoint)]);
    }
}

fn set_clear(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args);
    if let Some(t) = s.as_obj().and_then(|o| o.table()) {
        let old = t.borrow_mut().take_all();
        drop(old);
    }
    Ok(Value::None)
}

/// The set method table.
pub const SET: &[Method] = &[
    ("add", add),
    ("remove", remove),
    ("discard", discard),
    ("pop", set_pop),
    ("clear", set_clear),
    ("copy", set_copy),
    ("update", set_update),
    ("union", union),
    ("intersection", intersection),
    ("difference", difference),
    ("symmetric_difference", symmetric_difference),
    ("intersection_update", intersection_update),
    ("difference_update", difference_update),
    ("symmetric_difference_update", symmetric_difference_update),
    ("issubset", issubset),
    ("issuperset", issuperset),
    ("isdisjoint", isdisjoint),
];

/// The frozenset method table.
pub const FROZENSET: &[Method] = &[
    ("copy", set_copy),
    ("union", union),
    ("intersection", intersection),
    ("difference", difference),
    ("symmetric_difference", symmetric_difference),
    ("issubset", issubset),
    ("issuperset", issuperset),
    ("isdisjoint", isdisjoint),
];
