//! The native `_heapq` module: the list-mutating core of `heapq`
//! (`heappush`, `heappop`, `heapify`, `heapreplace`, `heappushpop`, and the
//! max-heap helpers `nlargest` uses), imported by `heapq.py` over its
//! pure-Python definitions.
//!
//! The sift steps are CPython's (`_siftdown` moves an item towards the root,
//! `_siftup` moves the smaller child up to a leaf and then sifts down), so
//! heaps have the same layout as CPython's. Items are compared with `<` only.
//! A comparison may run Python code that changes the list; the list is never
//! borrowed across a comparison, and a size change raises CPython's
//! `RuntimeError: list changed size during iteration`.

use super::{add_functions, namespace};
use crate::builtins::Method;
use crate::objects::{Payload, Value};
use crate::vm::{Args, PyResult, Vm};
use std::cell::RefCell;

type List = RefCell<Vec<Value>>;

/// The list argument, or 3.4's TypeError.
fn heap_arg<'a>(vm: &mut Vm, args: &Args<'a>, fname: &str, n: usize) -> PyResult<&'a List> {
    if !args.kw.is_empty() {
        let msg = format!("{}() takes no keyword arguments", fname);
        return Err(vm.new_error("TypeError", &msg));
    }
    if args.pos.len() != n {
        // 3.4's wording: METH_O functions and PyArg_UnpackTuple ones differ
        let msg = if n == 1 {
            format!("{}() takes exactly one argument ({} given)", fname, args.pos.len())
        } else {
            format!("{} expected {} arguments, got {}", fname, n, args.pos.len())
        };
        return Err(vm.new_error("TypeError", &msg));
    }
    match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::List(l)) => Ok(l),
        _ => Err(vm.new_error("TypeError", "heap argument must be a list")),
    }
}

/// Item `i` of the list (a clone), or None past the end.
fn get(l: &List, i: usize) -> Option<Value> {
    l.borrow().get(i).cloned()
}

/// `a < b` (or `b < a` for the max-heap helpers), then a size check.
fn less(vm: &mut Vm, l: &List, len: usize, a: &Value, b: &Value, max: bool) -> PyResult<bool> {
    let r = if max { vm.lt(b, a)? } else { vm.lt(a, b)? };
    if l.borrow().len() != len {
        return Err(vm.new_error("RuntimeError", "list changed size during iteration"));
    }
    Ok(r)
}

fn swap(l: &List, i: usize, j: usize) {
    let mut v = l.borrow_mut();
    if i < v.len() && j < v.len() {
        v.swap(i, j);
    }
}

/// CPython's `_siftdown(heap, startpos, pos)`.
fn sift_down(vm: &mut Vm, l: &List, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let len = l.borrow().len();
    while pos > start {
        let parent = (pos - 1) >> 1;
        let (Some(item), Some(p)) = (get(l, pos), get(l, parent)) else {
            break;
        };
        if !less(vm, l, len, &item, &p, max)? {
            break;
        }
        swap(l, pos, parent);
        pos = parent;
    }
    Ok(())
}

/// CPython's `_siftup(heap, pos)`.
fn sift_up(vm: &mut Vm, l: &List, mut pos: usize, max: bool) -> PyResult<()> {
    let len = l.borrow().len();
    let start = pos;
    let limit = len >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        let right = child + 1;
        if right < len {
            if let (Some(c), Some(r)) = (get(l, child), get(l, right)) {
                if !less(vm, l, len, &c, &r, max)? {
                    child = right;
                }
            }
        }
        swap(l, pos, child);
        pos = child;
    }
    sift_down(vm, l, start, pos, max)
}

fn heappush(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = heap_arg(vm, &args, "heappush", 2)?;
    let item = args.pos.get(1).cloned().unwrap_or_default();
    let pos = {
        let mut v = l.borrow_mut();
        v.push(item);
        v.len() - 1
    };
    vm.account(16)?;
    sift_down(vm, l, 0, pos, false)?;
    Ok(Value::None)
}

fn pop_common(vm: &mut Vm, l: &List, max: bool) -> PyResult<Value> {
    let last = l.borrow_mut().pop();
    let Some(last) = last else {
        return Err(vm.new_error("IndexError", "index out of range"));
    };
    let top = {
        let mut v = l.borrow_mut();
        match v.first_mut() {
            Some(slot) => std::mem::replace(slot, last),
            None => return Ok(last),
        }
    };
    sift_up(vm, l, 0, max)?;
    Ok(top)
}

fn heappop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = heap_arg(vm, &args, "heappop", 1)?;
    pop_common(vm, l, false)
}

fn replace_common(vm: &mut Vm, l: &List, item: Value, max: bool) -> PyResult<Value> {
    let top = {
        let mut v = l.borrow_mut();
        match v.first_mut() {
            Some(slot) => std::mem::replace(slot, item),
            None => {
                drop(v);
                return Err(vm.new_error("IndexError", "index out of range"));
            }
        }
    };
    sift_up(vm, l, 0, max)?;
    Ok(top)
}

fn heapreplace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = heap_arg(vm, &args, "heapreplace", 2)?;
    let item = args.pos.get(1).cloned().unwrap_or_default();
    replace_common(vm, l, item, false)
}

fn heappushpop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = heap_arg(vm, &args, "heappushpop", 2)?;
    let item = args.pos.get(1).cloned().unwrap_or_default();
    let Some(top) = get(l, 0) else {
        return Ok(item);
    };
    let len = l.borrow().len();
    if !less(vm, l, len, &top, &item, false)? {
        return Ok(item);
    }
    if l.borrow().is_empty() {
        return Err(vm.new_error("IndexError", "index out of range"));
    }
    replace_common(vm, l, item, false)
}

fn heapify_common(vm: &mut Vm, l: &List, max: bool) -> PyResult<()> {
    let n = l.borrow().len();
    vm.tick(n as u64 / 4)?;
    for i in (0..n / 2).rev() {
        sift_up(vm, l, i, max)?;
    }
    Ok(())
}

fn heapify(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = heap_arg(vm, &args, "heapify", 1)?;
    heapify_common(vm, l, false)?;
    Ok(Value::None)
}

fn heapify_max(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = heap_arg(vm, &args, "_heapify_max", 1)?;
    heapify_common(vm, l, true)?;
    Ok(Value::None)
}

fn heappop_max(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = heap_arg(vm, &args, "_heappop_max", 1)?;
    pop_common(vm, l, true)
}

fn heapreplace_max(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = heap_arg(vm, &args, "_heapreplace_max", 2)?;
    let item = args.pos.get(1).cloned().unwrap_or_default();
    replace_common(vm, l, item, true)
}

const FUNCTIONS: &[Method] = &[
    ("heappush", heappush),
    ("heappop", heappop),
    ("heapify", heapify),
    ("heapreplace", heapreplace),
    ("heappushpop", heappushpop),
    ("_heapify_max", heapify_max),
    ("_heappop_max", heappop_max),
    ("_heapreplace_max", heapreplace_max),
];

/// Creates `_heapq`.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let ns = namespace(vm);
    add_functions(vm, &ns, FUNCTIONS);
    Ok(vm.new_module("_heapq", ns))
}
