//! `bytearray` mutation (methods, item and slice assignment and deletion,
//! `+=`, `*=`) and the bytes-like sequence operators (`+`, `*`) the VM
//! delegates here.

use super::buffer::{buffer_of, bytes_from_ints, charge, is_int_like, new_bytearray, want_byte};
use super::{Payload, Value};
use crate::builtins::{check_method_args, Method};
use crate::bytecode::BinOp;
use crate::vm::{Args, PyErr, PyResult, Vm};
use std::cell::RefCell;

fn this<'a>(vm: &mut Vm, args: &'a Args<'_>) -> PyResult<&'a RefCell<Vec<u8>>> {
    match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::ByteArray(b)) => Ok(b),
        _ => Err(vm.new_error("TypeError", "descriptor requires a 'bytearray' object")),
    }
}

/// Refuses to change the size of a bytearray a memoryview exports.
fn check_resize(vm: &mut Vm, ba: &Value) -> PyResult<()> {
    if super::memoryview_data::has_exports(ba) {
        return Err(vm.new_error(
            "BufferError",
            "Existing exports of data: object cannot be re-sized",
        ));
    }
    Ok(())
}

fn resizing(vm: &mut Vm, args: &Args<'_>) -> PyResult<()> {
    check_resize(vm, &args.pos[0])
}

fn append(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "append", &args, 1, 1)?;
    let x = want_byte(vm, &args.pos[1])?;
    let b = this(vm, &args)?;
    resizing(vm, &args)?;
    charge(vm, 1)?;
    b.borrow_mut().push(x);
    Ok(Value::None)
}

/// The bytes `bytearray(x)` / `extend(x)` take from `x`: a buffer, or an
/// iterable of ints. Strings and ints are refused as CPython does.
fn bytes_of_iterable(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_of(v) {
        return Ok(b.into_vec());
    }
    bytes_from_ints(vm, v, "byte must be in range(0, 256)")
}

fn extend(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "extend", &args, 1, 1)?;
    let extra = bytes_of_iterable(vm, &args.pos[1])?;
    let b = this(vm, &args)?;
    if !extra.is_empty() {
        resizing(vm, &args)?;
    }
    charge(vm, extra.len())?;
    b.borrow_mut().extend_from_slice(&extra);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "insert", &args, 2, 2)?;
    let i = crate::builtins::want_int(vm, &args.pos[1])?;
    let x = want_byte(vm, &args.pos[2])?;
    let b = this(vm, &args)?;
    let len = b.borrow().len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    resizing(vm, &args)?;
    charge(vm, 1)?;
    b.borrow_mut().insert(at as usize, x);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "pop", &args, 0, 1)?;
    let i = match args.pos.get(1) {
        Some(v) => crate::builtins::want_int(vm, v)?,
        None => -1,
    };
    let b = this(vm, &args)?;
    let len = b.borrow().len() as i64;
    if len == 0 {
        return Err(vm.new_error("IndexError", "pop from empty bytearray"));
    }
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.new_error("IndexError", "pop index out of range"));
    }
    resizing(vm, &args)?;
    let x = b.borrow_mut().remove(j as usize);
    Ok(Value::Int(x as i64))
}

fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "remove", &args, 1, 1)?;
    let x = want_byte(vm, &args.pos[1])?;
    let b = this(vm, &args)?;
    let pos = b.borrow().iter().position(|&c| c == x);
    match pos {
        Some(p) => {
            resizing(vm, &args)?;
            b.borrow_mut().remove(p);
            Ok(Value::None)
        }
        None => Err(vm.new_error("ValueError", "value not found in bytearray")),
    }
}

fn reverse(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "reverse", &args, 0, 0)?;
    this(vm, &args)?.borrow_mut().reverse();
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "clear", &args, 0, 0)?;
    let b = this(vm, &args)?;
    if !b.borrow().is_empty() {
        resizing(vm, &args)?;
    }
    b.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "copy", &args, 0, 0)?;
    let data = this(vm, &args)?.borrow().clone();
    charge(vm, data.len())?;
    Ok(new_bytearray(vm, data))
}

fn alloc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "__alloc__", &args, 0, 0)?;
    let n = this(vm, &args)?.borrow().capacity();
    Ok(Value::Int(n as i64 + 1))
}

fn iop(vm: &mut Vm, args: &Args<'_>, op: BinOp) -> PyResult<Value> {
    check_method_args(vm, "__iadd__", args, 1, 1)?;
    this(vm, args)?;
    match inplace(vm, &args.pos[0], &args.pos[1], op)? {
        Some(v) => Ok(v),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn iadd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    iop(vm, &args, BinOp::Add)
}

fn imul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    iop(vm, &args, BinOp::Mul)
}

/// bytearray-only methods.
pub const MUTATORS: &[Method] = &[
    ("append", append),
    ("extend", extend),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("reverse", reverse),
    ("clear", clear),
    ("copy", copy),
    ("__alloc__", alloc),
    ("__iadd__", iadd),
    ("__imul__", imul),
];

/// The byte positions selected by a slice of a sequence of `len` items.
fn slice_positions(vm: &mut Vm, k: &Value, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    vm.slice_indices(k, len as i64)
}

/// `ba[k] = v` for a bytearray (int index or slice, extended slices included).
pub fn setitem(vm: &mut Vm, this_val: &Value, k: &Value, v: &Value) -> PyResult<()> {
    let Some(Payload::ByteArray(cell)) = this_val.payload() else {
        return Ok(());
    };
    if !matches!(k.payload(), Some(Payload::Slice(..))) {
        let len = cell.borrow().len();
        let i = index_of(vm, k, len)?;
        let x = want_byte(vm, v)?;
        if let Some(slot) = cell.borrow_mut().get_mut(i) {
            *slot = x;
        }
        return Ok(());
    }
    let data = if v.is(this_val) {
        cell.borrow().clone()
    } else if let Some(b) = buffer_of(v) {
        b.into_vec()
    } else if v.as_pystr().is_some() || is_int_like(vm, v) || matches!(v, Value::Float(_)) {
        return Err(vm.new_error(
            "TypeError",
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
        ));
    } else {
        bytes_from_ints(vm, v, "byte must be in range(0, 256)")?
    };
    let len = cell.borrow().len();
    let (start, stop, step, n) = slice_positions(vm, k, len)?;
    if step == 1 {
        let stop = stop.max(start) as usize;
        if data.len() != stop - start as usize {
            check_resize(vm, this_val)?;
        }
        charge(vm, data.len())?;
        cell.borrow_mut().splice(start as usize..stop, data);
        return Ok(());
    }
    if data.len() != n {
        let msg = format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            data.len(),
            n
        );
        return Err(vm.new_error("ValueError", &msg));
    }
    let mut buf = cell.borrow_mut();
    for (j, x) in data.into_iter().enumerate() {
        let at = start + j as i64 * step;
        if let Some(slot) = usize::try_from(at).ok().and_then(|a| buf.get_mut(a)) {
            *slot = x;
        }
    }
    Ok(())
}

fn index_of(vm: &mut Vm, k: &Value, len: usize) -> PyResult<usize> {
    if !is_int_like(vm, k) {
        let msg = format!(
            "bytearray indices must be integers, not {}",
            vm.type_name(k)
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    let i = vm.index_value(k)?;
    let j = if i < 0 {
        i.saturating_add(len as i64)
    } else {
        i
    };
    if j < 0 || j >= len as i64 {
        return Err(vm.new_error("IndexError", "bytearray index out of range"));
    }
    Ok(j as usize)
}

/// `del ba[k]` for a bytearray.
pub fn delitem(vm: &mut Vm, this_val: &Value, k: &Value) -> PyResult<()> {
    let Some(Payload::ByteArray(cell)) = this_val.payload() else {
        return Ok(());
    };
    let len = cell.borrow().len();
    if !matches!(k.payload(), Some(Payload::Slice(..))) {
        let i = index_of(vm, k, len)?;
        check_resize(vm, this_val)?;
        cell.borrow_mut().remove(i);
        return Ok(());
    }
    let (start, stop, step, n) = slice_positions(vm, k, len)?;
    if n == 0 {
        return Ok(());
    }
    check_resize(vm, this_val)?;
    let mut buf = cell.borrow_mut();
    if step == 1 {
        buf.drain(start as usize..stop.max(start) as usize);
        return Ok(());
    }
    // Mark the removed positions, then keep the rest in one pass (linear).
    let mut drop_mask = vec![false; buf.len()];
    for j in 0..n {
        let at = start + j as i64 * step;
        if let Some(m) = usize::try_from(at).ok().and_then(|a| drop_mask.get_mut(a)) {
            *m = true;
        }
    }
    let mut it = drop_mask.iter();
    buf.retain(|_| !it.next().copied().unwrap_or(false));
    Ok(())
}

/// `ba += x` / `ba *= n` in place (`None` when the operator is not one of them).
pub fn inplace(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let Some(Payload::ByteArray(cell)) = a.payload() else {
        return Ok(None);
    };
    match op {
        BinOp::Add => {
            let Some(extra) = buffer_of(b) else {
                let msg = format!("can't concat {} to {}", vm.type_name(b), vm.type_name(a));
                return Err(vm.new_error("TypeError", &msg));
            };
            if !extra.is_empty() {
                check_resize(vm, a)?;
            }
            charge(vm, extra.len())?;
            // Vec growth may double the buffer: check what it will take.
            let (len, cap) = {
                let v = cell.borrow();
                (v.len(), v.capacity())
            };
            vm.reserve_growth(len, cap, extra.len(), 1)?;
            cell.borrow_mut().extend_from_slice(&extra);
            Ok(Some(a.clone()))
        }
        BinOp::Mul if is_int_like(vm, b) => {
            let n = super::buffer::index_isize(vm, b)?.max(0) as u64;
            let len = cell.borrow().len() as u64;
            let total = len.saturating_mul(n);
            if total != len {
                check_resize(vm, a)?;
            }
            vm.reserve(total)?;
            charge(vm, total.saturating_sub(len) as usize)?;
            let cur = cell.borrow().clone();
            *cell.borrow_mut() = cur.repeat(n as usize);
            Ok(Some(a.clone()))
        }
        _ => Ok(None),
    }
}

/// `a + b` and `a * n` when a bytes-like operand is involved (`None` leaves
/// the operator to the rest of the VM).
pub fn seq_binary(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let a_ba = matches!(a.payload(), Some(Payload::ByteArray(_)));
    let a_bytes = matches!(a.payload(), Some(Payload::Bytes(_)));
    match op {
        BinOp::Add if a_ba || a_bytes => {
            let Some(y) = buffer_of(b) else {
                if b.as_pystr().is_some() || super::buffer::is_bytes_like(b) {
                    let msg = format!("can't concat {} to {}", vm.type_name(a), vm.type_name(b));
                    return Err(vm.new_error("TypeError", &msg));
                }
                return Ok(None);
            };
            let Some(x) = buffer_of(a) else {
                return Ok(None);
            };
            let total = x.len().saturating_add(y.len());
            charge(vm, total)?;
            let mut v = Vec::with_capacity(total);
            v.extend_from_slice(&x);
            v.extend_from_slice(&y);
            Ok(Some(super::buffer::new_bytes_like(vm, a_ba, v)))
        }
        BinOp::Mul => {
            let (seq, n, ba) = if a_ba || a_bytes {
                (a, b, a_ba)
            } else if matches!(b.payload(), Some(Payload::ByteArray(_) | Payload::Bytes(_))) {
                (b, a, matches!(b.payload(), Some(Payload::ByteArray(_))))
            } else {
                return Ok(None);
            };
            if !is_int_like(vm, n) {
                return Ok(None);
            }
            let count = super::buffer::index_isize(vm, n)?.max(0) as u64;
            let Some(x) = buffer_of(seq) else {
                return Ok(None);
            };
            let total = (x.len() as u64).saturating_mul(count);
            vm.reserve(total)?;
            charge(
                vm,
                usize::try_from(total).map_err(|_| PyErr::Limit(crate::vm::Limit::Memory))?,
            )?;
            Ok(Some(super::buffer::new_bytes_like(
                vm,
                ba,
                x.repeat(count as usize),
            )))
        }
        _ => Ok(None),
    }
}

/// `needle in container` for bytes and bytearray (`None` for other containers).
pub fn contains(vm: &mut Vm, container: &Value, needle: &Value) -> PyResult<Option<bool>> {
    if !matches!(
        container.payload(),
        Some(Payload::Bytes(_) | Payload::ByteArray(_))
    ) {
        return Ok(None);
    }
    let Some(hay) = buffer_of(container) else {
        return Ok(None);
    };
    if let Some(sub) = buffer_of(needle) {
        return Ok(Some(crate::text::bytes::find(&hay, &sub, None, None) >= 0));
    }
    if !is_int_like(vm, needle) {
        return Err(super::buffer::no_buffer_error(vm, needle));
    }
    let x = want_byte(vm, needle)?;
    Ok(Some(hay.contains(&x)))
}
