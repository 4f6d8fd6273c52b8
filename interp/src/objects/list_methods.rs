//! Methods of `list` and `tuple`.

use super::{Payload, Value};
use crate::builtins::{check_method_args, Method};
use crate::vm::{Args, PyResult, Vm};

fn list_of<'a>(vm: &mut Vm, args: &'a Args<'_>) -> PyResult<&'a std::cell::RefCell<Vec<Value>>> {
    match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::List(l)) => Ok(l),
        _ => Err(vm.new_error("TypeError", "descriptor requires a 'list' object")),
    }
}

fn append(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() != 2 {
        let msg = format!(
            "append() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    let l = list_of(vm, &args)?;
    let (len, cap) = {
        let b = l.borrow();
        (b.len(), b.capacity())
    };
    vm.reserve_growth(len, cap, 1, 16)?;
    l.borrow_mut().push(args.pos[1].clone());
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "extend", &args, 1, 1)?;
    let items = if args.pos[0].is(&args.pos[1]) {
        let n = list_of(vm, &args)?.borrow().len();
        vm.reserve(n as u64 * 16)?;
        list_of(vm, &args)?.borrow().clone()
    } else {
        vm.iterate(&args.pos[1])?
    };
    let (len, cap) = {
        let b = list_of(vm, &args)?.borrow();
        (b.len(), b.capacity())
    };
    vm.reserve_growth(len, cap, items.len(), 16)?;
    list_of(vm, &args)?.borrow_mut().extend(items);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "insert", &args, 2, 2)?;
    if let Some(crate::vm::ops::Num::B(_)) = crate::vm::ops::num_of(&args.pos[1]) {
        // The index is a C ssize_t argument (`"nO:insert"`).
        return Err(vm.new_error(
            "OverflowError",
            "Python int too large to convert to C ssize_t",
        ));
    }
    let i = vm.index_value(&args.pos[1])?;
    let l = list_of(vm, &args)?;
    let n = l.borrow().len() as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    let (len, cap) = {
        let b = l.borrow();
        (b.len(), b.capacity())
    };
    vm.reserve_growth(len, cap, 1, 16)?;
    l.borrow_mut().insert(i as usize, args.pos[2].clone());
    vm.charge_work((n - i) as u64 / 16)?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "pop", &args, 0, 1)?;
    let i = match args.pos.get(1) {
        Some(v) => Some(vm.index_value(v)?),
        None => None,
    };
    let l = list_of(vm, &args)?;
    let n = l.borrow().len() as i64;
    if n == 0 {
        return Err(vm.new_error("IndexError", "pop from empty list"));
    }
    let i = i.unwrap_or(n - 1);
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.new_error("IndexError", "pop index out of range"));
    }
    let v = l.borrow_mut().remove(j as usize);
    // Removing near the front shifts the rest: charge it (memmove work).
    vm.charge_work((n - j - 1) as u64 / 16)?;
    Ok(v)
}

fn find_index(vm: &mut Vm, args: &Args<'_>, x: &Value) -> PyResult<Option<usize>> {
    let items = list_of(vm, args)?.borrow().clone();
    for (i, it) in items.iter().enumerate() {
        vm.charge_every(i)?;
        if it.is(x) || vm.eq(it, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "remove", &args, 1, 1)?;
    match find_index(vm, &args, &args.pos[1])? {
        Some(i) => {
            let l = list_of(vm, &args)?;
            let mut b = l.borrow_mut();
            if i < b.len() {
                let old = b.remove(i);
                drop(b);
                drop(old);
            }
            Ok(Value::None)
        }
        None => Err(vm.new_error("ValueError", "list.remove(x): x not in list")),
    }
}

/// The `start`/`stop` of `list.index`/`tuple.index` (CPython's
/// `_PyEval_SliceIndex`, None not allowed), clamped into `0..=n`.
fn index_bounds(vm: &mut Vm, args: &Args<'_>, n: i64) -> PyResult<(usize, usize)> {
    let mut out = [0, n];
    for (slot, v) in out.iter_mut().zip(args.pos.iter().skip(2)) {
        if !crate::objects::buffer::is_int_like(vm, v) {
            return Err(vm.new_error(
                "TypeError",
                "slice indices must be integers or None or have an __index__ method",
            ));
        }
        let i = vm.index_value(v)?;
        *slot = if i < 0 { (i + n).max(0) } else { i.min(n) };
    }
    Ok((out[0] as usize, out[1] as usize))
}

/// The first index in `start..stop` of an item equal to `x`.
fn find_in(
    vm: &mut Vm,
    items: &[Value],
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    for (i, it) in items.iter().enumerate().take(stop).skip(start) {
        vm.charge_every(i)?;
        if it.is(x) || vm.eq(it, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "index", &args, 1, 3)?;
    let list = list_of(vm, &args)?;
    let len = list.borrow().len();
    let (start, stop) = index_bounds(vm, &args, len as i64)?;
    let x = &args.pos[1];
    if let Some(i) = vm.list_index_paced(list, x, start, stop)? {
        return Ok(Value::Int(i as i64));
    }
    let r = vm.repr(x)?;
    Err(vm.new_error("ValueError", &format!("{} is not in list", r)))
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "count", &args, 1, 1)?;
    let list = list_of(vm, &args)?;
    let mut c = 0;
    let mut start = 0;
    loop {
        let chunk = Vm::list_chunk(list, start);
        if chunk.is_empty() {
            return Ok(Value::Int(c));
        }
        for it in &chunk {
            if it.is(&args.pos[1]) || vm.eq(it, &args.pos[1])? {
                c += 1;
            }
        }
        start += chunk.len();
        vm.charge_work(chunk.len() as u64)?;
    }
}

fn reverse(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = list_of(vm, &args)?;
    let n = l.borrow().len();
    vm.charge_copy(n)?;
    l.borrow_mut().reverse();
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let old = std::mem::take(&mut *list_of(vm, &args)?.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let items = list_of(vm, &args)?.borrow().clone();
    Ok(vm.new_list(items))
}

fn sort(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() > 1 {
        return Err(vm.new_error("TypeError", "must use keyword argument for key function"));
    }
    let mut key = None;
    let mut rev = false;
    for (k, v) in args.kw {
        match k.as_str() {
            "key" => key = Some(v.clone()),
            "reverse" => rev = crate::builtins::int_flag(vm, v)?,
            other => {
                let msg = format!(
                    "'{}' is an invalid keyword argument for this function",
                    other
                );
                return Err(vm.new_error("TypeError", &msg));
            }
        }
    }
    let l = list_of(vm, &args)?;
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let r = crate::builtins::funcs::sort_values(vm, &mut items, key.as_ref(), rev);
    let l = list_of(vm, &args)?;
    let modified = !l.borrow().is_empty();
    *l.borrow_mut() = items;
    r?;
    if modified {
        return Err(vm.new_error("ValueError", "list modified during sort"));
    }
    Ok(Value::None)
}

fn tuple_items(vm: &mut Vm, args: &Args<'_>) -> PyResult<Vec<Value>> {
    match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::Tuple(t)) => Ok(t.to_vec()),
        _ => Err(vm.new_error("TypeError", "descriptor requires a 'tuple' object")),
    }
}

fn tuple_index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "index", &args, 1, 3)?;
    let items = tuple_items(vm, &args)?;
    let (start, stop) = index_bounds(vm, &args, items.len() as i64)?;
    if let Some(i) = find_in(vm, &items, &args.pos[1], start, stop)? {
        return Ok(Value::Int(i as i64));
    }
    Err(vm.new_error("ValueError", "tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "count", &args, 1, 1)?;
    let items = tuple_items(vm, &args)?;
    let mut c = 0;
    for it in &items {
        if it.is(&args.pos[1]) || vm.eq(it, &args.pos[1])? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

fn reversed_list(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let seq = args.pos.first().cloned().unwrap_or_default();
    let n = vm.len(&seq)? as i64;
    let cls = vm.types.list_reverseiterator.clone();
    Ok(vm.new_iter(
        &cls,
        crate::vm::iter::IterState::Reversed { seq, idx: n - 1 },
    ))
}

/// The list method table.
pub const LIST: &[Method] = &[
    ("append", append),
    ("extend", extend),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("index", index),
    ("count", count),
    ("reverse", reverse),
    ("clear", clear),
    ("copy", copy),
    ("sort", sort),
    ("__reversed__", reversed_list),
];

/// The tuple method table.
pub const TUPLE: &[Method] = &[("index", tuple_index), ("count", tuple_count)];
