//! Native `_heapq` and `_bisect`: the hot functions of `heapq` and `bisect`
//! in Rust, as CPython has them in C. `heapq.py` and `bisect.py` end with
//! `from _heapq import *` / `from _bisect import *`, so their Python
//! definitions remain the reference (and the fallback).
//!
//! The algorithms are CPython's (`_siftdown`/`_siftup` of `heapq.py`, the
//! binary searches of `bisect.py`) and compare with `<` only, so results and
//! the order of `__lt__` calls are the same as the Python versions. A
//! comparison may run Python code that resizes the list; every access is
//! bounds-checked and a resized heap raises `RuntimeError`, as in CPython.

use super::{add_functions, namespace};
use crate::builtins::Method;
use crate::objects::{Payload, Value};
use crate::vm::{Args, PyResult, Vm};
use std::cell::RefCell;

/// Creates the `_heapq` module.
pub fn create_heapq(vm: &mut Vm) -> PyResult<Value> {
    let ns = namespace(vm);
    let fns: &[Method] = &[
        ("heappush", heappush),
        ("heappop", heappop),
        ("heapify", heapify),
        ("heapreplace", heapreplace),
        ("heappushpop", heappushpop),
    ];
    add_functions(vm, &ns, fns);
    Ok(vm.new_module("_heapq", ns))
}

/// Creates the `_bisect` module.
pub fn create_bisect(vm: &mut Vm) -> PyResult<Value> {
    let ns = namespace(vm);
    let fns: &[Method] = &[
        ("bisect_left", bisect_left),
        ("bisect_right", bisect_right),
        ("insort_left", insort_left),
        ("insort_right", insort_right),
    ];
    add_functions(vm, &ns, fns);
    // `bisect` and `insort` are the same objects as the `_right` versions.
    for (alias, target) in [("bisect", "bisect_right"), ("insort", "insort_right")] {
        let t = vm.intern(target);
        if let Some(f) = vm.dict_get_str(&ns, &t) {
            let a = vm.intern(alias);
            vm.ns_store(&ns, a, f)?;
        }
    }
    Ok(vm.new_module("_bisect", ns))
}

fn two_args<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    match (
        args.pos.first(),
        args.pos.get(1),
        args.pos.len(),
        args.kw.len(),
    ) {
        (Some(a), Some(b), 2, 0) => Ok((a, b)),
        _ => Err(vm.new_error(
            "TypeError",
            &format!(
                "{} expected 2 arguments, got {}",
                name,
                args.pos.len() + args.kw.len()
            ),
        )),
    }
}

fn heap_list<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a RefCell<Vec<Value>>> {
    match v.payload() {
        Some(Payload::List(l)) => Ok(l),
        _ => Err(vm.new_error("TypeError", "heap argument must be a list")),
    }
}

fn changed(vm: &mut Vm) -> crate::vm::PyErr {
    vm.new_error("RuntimeError", "list changed size during iteration")
}

fn get(vm: &mut Vm, l: &RefCell<Vec<Value>>, i: usize) -> PyResult<Value> {
    let v = l.borrow().get(i).cloned();
    match v {
        Some(v) => Ok(v),
        None => Err(changed(vm)),
    }
}

fn put(vm: &mut Vm, l: &RefCell<Vec<Value>>, i: usize, v: Value) -> PyResult<()> {
    let old = match l.borrow_mut().get_mut(i) {
        Some(slot) => std::mem::replace(slot, v),
        None => return Err(changed(vm)),
    };
    drop(old);
    Ok(())
}

/// `heapq._siftdown`: moves the item at `pos` up towards `start`.
fn sift_down(vm: &mut Vm, l: &RefCell<Vec<Value>>, start: usize, mut pos: usize) -> PyResult<()> {
    let item = get(vm, l, pos)?;
    while pos > start {
        let up = (pos - 1) >> 1;
        let parent = get(vm, l, up)?;
        if vm.lt(&item, &parent)? {
            put(vm, l, pos, parent)?;
            pos = up;
        } else {
            break;
        }
    }
    put(vm, l, pos, item)
}

/// `heapq._siftup`: moves the smaller child up until a leaf, then sifts the
/// item at `pos` down from there.
fn sift_up(vm: &mut Vm, l: &RefCell<Vec<Value>>, mut pos: usize) -> PyResult<()> {
    let end = l.borrow().len();
    let start = pos;
    let item = get(vm, l, pos)?;
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end {
            let (c, r) = (get(vm, l, child)?, get(vm, l, right)?);
            if !vm.lt(&c, &r)? {
                child = right;
            }
        }
        if l.borrow().len() != end {
            return Err(changed(vm));
        }
        let c = get(vm, l, child)?;
        put(vm, l, pos, c)?;
        pos = child;
        child = 2 * pos + 1;
    }
    put(vm, l, pos, item)?;
    sift_down(vm, l, start, pos)
}

fn heappush(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (heap, item) = two_args(vm, &args, "heappush")?;
    let l = heap_list(vm, heap)?;
    vm.account(16)?;
    let n = {
        let mut v = l.borrow_mut();
        v.push(item.clone());
        v.len()
    };
    sift_down(vm, l, 0, n - 1)?;
    Ok(Value::None)
}

fn heappop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let heap = match (args.pos.first(), args.pos.len(), args.kw.len()) {
        (Some(h), 1, 0) => h,
        _ => return Err(vm.new_error("TypeError", "heappop() takes exactly one argument")),
    };
    let l = heap_list(vm, heap)?;
    let last = l.borrow_mut().pop();
    let Some(last) = last else {
        return Err(vm.new_error("IndexError", "index out of range"));
    };
    if l.borrow().is_empty() {
        return Ok(last);
    }
    let top = {
        let mut v = l.borrow_mut();
        match v.first_mut() {
            Some(slot) => std::mem::replace(slot, last),
            None => return Ok(last),
        }
    };
    sift_up(vm, l, 0)?;
    Ok(top)
}

fn heapreplace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (heap, item) = two_args(vm, &args, "heapreplace")?;
    let l = heap_list(vm, heap)?;
    let top = {
        let mut v = l.borrow_mut();
        match v.first_mut() {
            Some(slot) => std::mem::replace(slot, item.clone()),
            None => {
                drop(v);
                return Err(vm.new_error("IndexError", "index out of range"));
            }
        }
    };
    sift_up(vm, l, 0)?;
    Ok(top)
}

fn heappushpop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (heap, item) = two_args(vm, &args, "heappushpop")?;
    let l = heap_list(vm, heap)?;
    let first = l.borrow().first().cloned();
    let Some(first) = first else {
        return Ok(item.clone());
    };
    if !vm.lt(&first, item)? {
        return Ok(item.clone());
    }
    let top = {
        let mut v = l.borrow_mut();
        match v.first_mut() {
            Some(slot) => std::mem::replace(slot, item.clone()),
            None => {
                drop(v);
                return Err(changed(vm));
            }
        }
    };
    sift_up(vm, l, 0)?;
    Ok(top)
}

fn heapify(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let heap = match (args.pos.first(), args.pos.len(), args.kw.len()) {
        (Some(h), 1, 0) => h,
        _ => return Err(vm.new_error("TypeError", "heapify() takes exactly one argument")),
    };
    let l = heap_list(vm, heap)?;
    let n = l.borrow().len();
    for pos in (0..n / 2).rev() {
        sift_up(vm, l, pos)?;
    }
    Ok(Value::None)
}

/// The arguments `(a, x, lo=0, hi=None)` of the bisect functions.
fn bisect_args<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(&'a Value, &'a Value, usize, usize)> {
    let mut slots: [Option<&'a Value>; 4] = [None; 4];
    if args.pos.len() > 4 {
        return Err(vm.new_error(
            "TypeError",
            &format!(
                "{}() takes at most 4 arguments ({} given)",
                name,
                args.pos.len() + args.kw.len()
            ),
        ));
    }
    for (slot, v) in slots.iter_mut().zip(args.pos) {
        *slot = Some(v);
    }
    for (k, v) in args.kw {
        let i = match k.as_str() {
            "a" => 0,
            "x" => 1,
            "lo" => 2,
            "hi" => 3,
            other => {
                return Err(vm.new_error(
                    "TypeError",
                    &format!(
                        "'{}' is an invalid keyword argument for this function",
                        other
                    ),
                ))
            }
        };
        if slots[i].is_some() {
            let pname = ["a", "x", "lo", "hi"][i];
            return Err(vm.new_error(
                "TypeError",
                &format!(
                    "Argument given by name ('{}') and position ({})",
                    pname,
                    i + 1
                ),
            ));
        }
        slots[i] = Some(v);
    }
    let (Some(a), Some(x)) = (slots[0], slots[1]) else {
        let missing = if slots[0].is_none() { "a" } else { "x" };
        return Err(vm.new_error(
            "TypeError",
            &format!(
                "Required argument '{}' (pos {}) not found",
                missing,
                if slots[0].is_none() { 1 } else { 2 }
            ),
        ));
    };
    let lo = match slots[2] {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    if lo < 0 {
        return Err(vm.new_error("ValueError", "lo must be non-negative"));
    }
    let hi = match slots[3] {
        None | Some(Value::None) => -1,
        Some(v) => vm.index_value(v)?,
    };
    let hi = if hi == -1 { vm.len(a)? as i64 } else { hi };
    Ok((a, x, lo as usize, hi.max(0) as usize))
}

fn item_at(vm: &mut Vm, a: &Value, i: usize) -> PyResult<Value> {
    if let Some(Payload::List(l)) = a.payload() {
        if let Some(v) = l.borrow().get(i) {
            return Ok(v.clone());
        }
    }
    vm.getitem(a, &Value::Int(i as i64))
}

/// The insertion point of `x` in `a[lo:hi]`: before equal items (`left`)
/// or after them.
fn search(
    vm: &mut Vm,
    a: &Value,
    x: &Value,
    mut lo: usize,
    mut hi: usize,
    left: bool,
) -> PyResult<usize> {
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let m = item_at(vm, a, mid)?;
        let go_right = if left { vm.lt(&m, x)? } else { !vm.lt(x, &m)? };
        if go_right {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

fn bisect_left(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, x, lo, hi) = bisect_args(vm, &args, "bisect_left")?;
    Ok(Value::Int(search(vm, a, x, lo, hi, true)? as i64))
}

fn bisect_right(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, x, lo, hi) = bisect_args(vm, &args, "bisect_right")?;
    Ok(Value::Int(search(vm, a, x, lo, hi, false)? as i64))
}

fn insort(vm: &mut Vm, args: Args<'_>, name: &str, left: bool) -> PyResult<Value> {
    let (a, x, lo, hi) = bisect_args(vm, &args, name)?;
    let at = search(vm, a, x, lo, hi, left)?;
    let exact_list = match a {
        Value::Obj(o) => o
            .cls
            .as_ref()
            .is_some_and(|c| std::rc::Rc::ptr_eq(c, &vm.types.list)),
        _ => false,
    };
    if exact_list {
        if let Some(Payload::List(l)) = a.payload() {
            vm.account(16)?;
            let mut v = l.borrow_mut();
            let at = at.min(v.len());
            v.insert(at, x.clone());
            return Ok(Value::None);
        }
    }
    let insert = vm.intern("insert");
    vm.call_method(a, &insert, &[Value::Int(at as i64), x.clone()])?;
    Ok(Value::None)
}

fn insort_left(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    insort(vm, args, "insort_left", true)
}

fn insort_right(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    insort(vm, args, "insort_right", false)
}
