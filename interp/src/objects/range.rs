//! `range` objects with ints of any size.
//!
//! A range whose start, stop, step and length all fit in `i64` is the
//! compact `Payload::Range`; any other is `Payload::BigRange`. [`make`]
//! picks the form, so code that only sees small ranges keeps its fast paths
//! (iteration, `in`, indexing) while `range(10**20)` still slices, indexes
//! and tests membership in O(1) as CPython's does, and `len()` of it raises
//! OverflowError exactly like CPython.

use super::{Payload, Value};
use crate::builtins::Method;
use crate::vm::iter::IterState;
use crate::vm::ops::{num_of, Num};
use crate::vm::{Args, PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// A range with arbitrary-size bounds.
pub struct BigRange {
    /// `range.start`
    pub start: BigInt,
    /// `range.stop`
    pub stop: BigInt,
    /// `range.step` (never zero)
    pub step: BigInt,
}

/// `(start, stop, step)` of either range payload.
pub fn parts(p: &Payload) -> Option<(BigInt, BigInt, BigInt)> {
    match p {
        Payload::Range(a, b, s) => Some(((*a).into(), (*b).into(), (*s).into())),
        Payload::BigRange(r) => Some((r.start.clone(), r.stop.clone(), r.step.clone())),
        _ => None,
    }
}

/// Whether the payload is a range of either form.
pub fn is_range(p: &Payload) -> bool {
    matches!(p, Payload::Range(..) | Payload::BigRange(_))
}

/// The number of items of `range(start, stop, step)`.
pub fn length(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() && start < stop {
        (stop - start - 1u32) / step + 1u32
    } else if step.is_negative() && start > stop {
        (start - stop - 1u32) / (-step) + 1u32
    } else {
        BigInt::zero()
    }
}

/// A range value in the compact form when everything fits in `i64`.
pub fn make(vm: &mut Vm, start: BigInt, stop: BigInt, step: BigInt) -> Value {
    let cls = vm.types.range.clone();
    let len = length(&start, &stop, &step);
    if let (Some(a), Some(b), Some(s), Some(_)) =
        (start.to_i64(), stop.to_i64(), step.to_i64(), len.to_i64())
    {
        return vm.alloc(&cls, Payload::Range(a, b, s));
    }
    vm.alloc(
        &cls,
        Payload::BigRange(Box::new(BigRange { start, stop, step })),
    )
}

/// An int argument through `__index__`, at full size.
pub fn index_big(vm: &mut Vm, v: &Value) -> PyResult<Option<BigInt>> {
    match num_of(v) {
        Some(Num::I(i)) => return Ok(Some(i.into())),
        Some(Num::B(b)) => return Ok(Some(b)),
        Some(_) => return Ok(None),
        None => {}
    }
    if vm.type_of(v).as_class().is_some_and(|c| c.heap) {
        let ix = vm.names.index.clone();
        if let Some(r) = vm.call_special(v, &ix, &[])? {
            return match num_of(&r) {
                Some(Num::I(i)) => Ok(Some(i.into())),
                Some(Num::B(b)) => Ok(Some(b)),
                _ => {
                    let msg = format!("__index__ returned non-int (type {})", vm.type_name(&r));
                    Err(vm.new_error("TypeError", &msg))
                }
            };
        }
    }
    Ok(None)
}

/// `range(stop)` / `range(start, stop[, step])`.
pub fn construct(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    // 3.4 unpacks `range(stop)` and `range(start, stop[, step])` separately.
    let msg = match args.len() {
        0 => Some("range expected 1 arguments, got 0".to_string()),
        1..=3 => None,
        n => Some(format!("range expected at most 3 arguments, got {}", n)),
    };
    if let Some(msg) = msg {
        return Err(vm.new_error("TypeError", &msg));
    }
    let mut n = Vec::with_capacity(3);
    for v in args {
        match index_big(vm, v)? {
            Some(i) => n.push(i),
            None => {
                let msg = format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                );
                return Err(vm.new_error("TypeError", &msg));
            }
        }
    }
    let mut it = n.into_iter();
    let (a, b, s) = match (it.next(), it.next(), it.next()) {
        (Some(b), None, _) => (BigInt::zero(), b, BigInt::one()),
        (Some(a), Some(b), None) => (a, b, BigInt::one()),
        (Some(a), Some(b), Some(s)) => (a, b, s),
        _ => (BigInt::zero(), BigInt::zero(), BigInt::one()),
    };
    if s.is_zero() {
        return Err(vm.new_error("ValueError", "range() arg 3 must not be zero"));
    }
    Ok(make(vm, a, b, s))
}

/// `len(r)`: OverflowError when the length does not fit in a C ssize_t.
pub fn len(vm: &mut Vm, p: &Payload) -> PyResult<usize> {
    match p {
        Payload::Range(a, b, s) => Ok(crate::builtins::range_len(*a, *b, *s) as usize),
        Payload::BigRange(r) => match length(&r.start, &r.stop, &r.step).to_i64() {
            Some(n) => Ok(n as usize),
            None => Err(vm.new_error(
                "OverflowError",
                "Python int too large to convert to C ssize_t",
            )),
        },
        _ => Ok(0),
    }
}

/// `bool(r)`.
pub fn truthy(p: &Payload) -> bool {
    match parts(p) {
        Some((a, b, s)) => !length(&a, &b, &s).is_zero(),
        None => true,
    }
}

/// `repr(r)`.
pub fn repr(p: &Payload) -> String {
    match parts(p) {
        Some((a, b, s)) if s.is_one() => format!("range({}, {})", a, b),
        Some((a, b, s)) => format!("range({}, {}, {})", a, b, s),
        None => String::new(),
    }
}

/// `r.start`, `r.stop`, `r.step`.
pub fn attr(vm: &Vm, p: &Payload, name: &str) -> Option<Value> {
    let (a, b, s) = parts(p)?;
    let v = match name {
        "start" => a,
        "stop" => b,
        "step" => s,
        _ => return None,
    };
    Some(vm.int_from_big(v))
}

/// `r1 == r2`: equal as sequences.
pub fn equal(p1: &Payload, p2: &Payload) -> bool {
    let (Some((a1, b1, s1)), Some((a2, b2, s2))) = (parts(p1), parts(p2)) else {
        return false;
    };
    let l1 = length(&a1, &b1, &s1);
    let l2 = length(&a2, &b2, &s2);
    l1 == l2 && (l1.is_zero() || (a1 == a2 && (l1.is_one() || s1 == s2)))
}

/// `hash(r)`: the hash of `(len, start, step)` with None for what the
/// length makes irrelevant, as CPython does.
pub fn hash(vm: &mut Vm, p: &Payload) -> PyResult<i64> {
    let (a, b, s) = parts(p).unwrap_or_default();
    let l = length(&a, &b, &s);
    let items = if l.is_zero() {
        vec![Value::Int(0), Value::None, Value::None]
    } else if l.is_one() {
        vec![Value::Int(1), vm.int_from_big(a), Value::None]
    } else {
        let l = vm.int_from_big(l);
        vec![l, vm.int_from_big(a), vm.int_from_big(s)]
    };
    vm.tuple_hash(&items)
}

/// The needle as an int when `in`/`index`/`count` may use arithmetic
/// (exact ints and bools only, as CPython: subclasses are compared by `==`).
fn exact_int(vm: &Vm, v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some((*i).into()),
        Value::Bool(b) => Some((*b as i64).into()),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b)
                if o.cls
                    .as_ref()
                    .is_some_and(|c| std::rc::Rc::ptr_eq(c, &vm.types.int)) =>
            {
                Some(b.clone())
            }
            _ => None,
        },
        _ => None,
    }
}

/// Position of the int `n` in the range, if it is there.
fn position(a: &BigInt, b: &BigInt, s: &BigInt, n: &BigInt) -> Option<BigInt> {
    let inside = if s.is_positive() {
        n >= a && n < b
    } else {
        n <= a && n > b
    };
    if !inside {
        return None;
    }
    let (q, r) = (n - a).div_rem(s);
    r.is_zero().then_some(q)
}

/// Linear search by `==` (for needles that are not exact ints); returns
/// the index of the first match or the number of matches.
fn search(
    vm: &mut Vm,
    p: &Payload,
    needle: &Value,
    count: bool,
) -> PyResult<(Option<BigInt>, u64)> {
    let (a, b, s) = parts(p).unwrap_or_default();
    let n = length(&a, &b, &s);
    let mut i = BigInt::zero();
    let mut cur = a;
    let mut hits = 0u64;
    while i < n {
        if (&i % 1024u32).is_zero() {
            vm.tick(64)?;
        }
        let v = vm.int_from_big(cur.clone());
        if vm.eq(&v, needle)? {
            if !count {
                return Ok((Some(i), 1));
            }
            hits += 1;
        }
        cur += &s;
        i += 1u32;
    }
    Ok((None, hits))
}

/// `x in r`.
pub fn contains(vm: &mut Vm, p: &Payload, needle: &Value) -> PyResult<bool> {
    if let (Payload::Range(a, b, s), Value::Int(n)) = (p, needle) {
        let (a, b, s, n) = (*a as i128, *b as i128, *s as i128, *n as i128);
        let inside = if s > 0 {
            n >= a && n < b
        } else {
            n <= a && n > b
        };
        return Ok(inside && (n - a) % s == 0);
    }
    if let Some(n) = exact_int(vm, needle) {
        let (a, b, s) = parts(p).unwrap_or_default();
        return Ok(position(&a, &b, &s, &n).is_some());
    }
    Ok(search(vm, p, needle, false)?.0.is_some())
}

/// Resolves a slice against a length of any size (`_PySlice_GetLongIndices`).
pub fn slice_indices_big(
    vm: &mut Vm,
    sl: &Value,
    len: &BigInt,
) -> PyResult<(BigInt, BigInt, BigInt)> {
    let (a, b, c) = match sl.payload() {
        Some(Payload::Slice(a, b, c)) => (a.clone(), b.clone(), c.clone()),
        _ => return Err(vm.new_error("TypeError", "expected a slice")),
    };
    let conv = |vm: &mut Vm, v: &Value| -> PyResult<Option<BigInt>> {
        if v.is_none() {
            return Ok(None);
        }
        match index_big(vm, v)? {
            Some(i) => Ok(Some(i)),
            None => Err(vm.new_error(
                "TypeError",
                "slice indices must be integers or None or have an __index__ method",
            )),
        }
    };
    let step = conv(vm, &c)?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(vm.new_error("ValueError", "slice step cannot be zero"));
    }
    let neg = step.is_negative();
    let (lower, upper) = if neg {
        (BigInt::from(-1), len - 1u32)
    } else {
        (BigInt::zero(), len.clone())
    };
    let fix = |v: Option<BigInt>, default: &BigInt| -> BigInt {
        match v {
            None => default.clone(),
            Some(mut x) => {
                if x.is_negative() {
                    x += len;
                    if x < lower {
                        x = lower.clone();
                    }
                } else if x > upper {
                    x = upper.clone();
                }
                x
            }
        }
    };
    let start = fix(conv(vm, &a)?, if neg { &upper } else { &lower });
    let stop = fix(conv(vm, &b)?, if neg { &lower } else { &upper });
    Ok((start, stop, step))
}

/// `r[k]` for an index or a slice.
pub fn subscript(vm: &mut Vm, p: &Payload, k: &Value) -> PyResult<Value> {
    if let (Payload::Range(a, b, s), Value::Int(i)) = (p, k) {
        // Fast path: the compact form's length and items fit in i64.
        let len = crate::builtins::range_len(*a, *b, *s) as i128;
        let i = if *i < 0 { *i as i128 + len } else { *i as i128 };
        if i < 0 || i >= len {
            return Err(vm.new_error("IndexError", "range object index out of range"));
        }
        return Ok(Value::Int((*a as i128 + i * *s as i128) as i64));
    }
    let (a, b, s) = parts(p).unwrap_or_default();
    let n = length(&a, &b, &s);
    if matches!(k.payload(), Some(Payload::Slice(..))) {
        let (i, j, st) = slice_indices_big(vm, k, &n)?;
        let start = &a + &i * &s;
        let stop = &a + &j * &s;
        let step = &s * st;
        return Ok(make(vm, start, stop, step));
    }
    let mut i = match index_big(vm, k)? {
        Some(i) if !matches!(num_of(k), Some(Num::F(_)) | Some(Num::C(..))) => i,
        _ => {
            let msg = format!(
                "range indices must be integers or slices, not {}",
                vm.type_name(k)
            );
            return Err(vm.new_error("TypeError", &msg));
        }
    };
    if i.is_negative() {
        i += &n;
    }
    if i.is_negative() || i >= n {
        return Err(vm.new_error("IndexError", "range object index out of range"));
    }
    Ok(vm.int_from_big(a + i * s))
}

/// `iter(r)` for a range that is not in the compact form.
pub fn big_iter(vm: &mut Vm, r: &Value) -> Value {
    let cls = vm.types.longrange_iterator.clone();
    vm.new_iter(
        &cls,
        IterState::GetItem {
            obj: r.clone(),
            idx: 0,
        },
    )
}

/// `reversed(r)`.
pub fn reversed(vm: &mut Vm, p: &Payload) -> Value {
    let (a, b, s) = parts(p).unwrap_or_default();
    let n = length(&a, &b, &s);
    let last = &a + (&n - 1u32) * &s;
    let stop = &a - &s;
    let r = if n.is_zero() {
        make(vm, BigInt::zero(), BigInt::zero(), BigInt::one())
    } else {
        make(vm, last, stop, -s)
    };
    if let Some(Payload::Range(a, b, s)) = r.payload() {
        let st = IterState::Range {
            cur: *a,
            stop: *b,
            step: *s,
        };
        let cls = vm.types.range_iterator.clone();
        return vm.new_iter(&cls, st);
    }
    big_iter(vm, &r)
}

fn this(args: &Args<'_>) -> Value {
    args.pos.first().cloned().unwrap_or_default()
}

fn needle_arg(vm: &mut Vm, name: &str, args: &Args<'_>) -> PyResult<Value> {
    if args.pos.len() != 2 {
        let msg = format!(
            "{}() takes exactly one argument ({} given)",
            name,
            args.pos.len().saturating_sub(1)
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    Ok(args.pos[1].clone())
}

fn range_index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = this(&args);
    let x = needle_arg(vm, "index", &args)?;
    let Some(p) = r.as_obj().map(|o| &o.payload).filter(|p| is_range(p)) else {
        return Err(vm.new_error("TypeError", "descriptor 'index' requires a 'range' object"));
    };
    if let Some(n) = exact_int(vm, &x) {
        let (a, b, s) = parts(p).unwrap_or_default();
        return match position(&a, &b, &s, &n) {
            Some(i) => Ok(vm.int_from_big(i)),
            None => {
                let rep = vm.repr(&x)?;
                Err(vm.new_error("ValueError", &format!("{} is not in range", rep)))
            }
        };
    }
    match search(vm, p, &x, false)?.0 {
        Some(i) => Ok(vm.int_from_big(i)),
        None => Err(vm.new_error("ValueError", "sequence.index(x): x not in sequence")),
    }
}

fn range_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = this(&args);
    let x = needle_arg(vm, "count", &args)?;
    let Some(p) = r.as_obj().map(|o| &o.payload).filter(|p| is_range(p)) else {
        return Err(vm.new_error("TypeError", "descriptor 'count' requires a 'range' object"));
    };
    if let Some(n) = exact_int(vm, &x) {
        let (a, b, s) = parts(p).unwrap_or_default();
        return Ok(Value::Int(position(&a, &b, &s, &n).is_some() as i64));
    }
    let hits = search(vm, p, &x, true)?.1;
    Ok(Value::Int(hits as i64))
}

fn range_reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = this(&args);
    match r.as_obj().map(|o| &o.payload).filter(|p| is_range(p)) {
        Some(p) => Ok(reversed(vm, p)),
        None => Err(vm.new_error(
            "TypeError",
            "descriptor '__reversed__' requires a 'range' object",
        )),
    }
}

/// `slice.indices(length)`, with ints of any size.
pub fn slice_indices_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args);
    if args.pos.len() != 2 {
        let msg = format!(
            "indices() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    let len = match index_big(vm, &args.pos[1])? {
        Some(n) if !matches!(num_of(&args.pos[1]), Some(Num::F(_)) | Some(Num::C(..))) => n,
        _ => {
            let msg = format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&args.pos[1])
            );
            return Err(vm.new_error("TypeError", &msg));
        }
    };
    if len.is_negative() {
        return Err(vm.new_error("ValueError", "length should not be negative"));
    }
    let (a, b, c) = slice_indices_big(vm, &s, &len)?;
    let (a, b, c) = (vm.int_from_big(a), vm.int_from_big(b), vm.int_from_big(c));
    Ok(vm.new_tuple(vec![a, b, c]))
}

/// `range.index`, `range.count` and `range.__reversed__`.
pub const METHODS: &[Method] = &[
    ("index", range_index),
    ("count", range_count),
    ("__reversed__", range_reversed),
];

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::Sign;

    #[test]
    fn lengths() {
        let l = |a: i64, b: i64, s: i64| length(&a.into(), &b.into(), &s.into());
        assert_eq!(l(0, 10, 3), BigInt::from(4));
        assert_eq!(l(10, 0, -3), BigInt::from(4));
        assert_eq!(l(0, 0, 1), BigInt::zero());
        assert_eq!(l(5, 0, 1), BigInt::zero());
        let big = length(&BigInt::zero(), &BigInt::from(10u8).pow(20), &BigInt::one());
        assert_eq!(big.sign(), Sign::Plus);
    }

    #[test]
    fn positions() {
        let (a, b, s) = (BigInt::from(0), BigInt::from(20), BigInt::from(3));
        assert_eq!(
            position(&a, &b, &s, &BigInt::from(18)),
            Some(BigInt::from(6))
        );
        assert_eq!(position(&a, &b, &s, &BigInt::from(19)), None);
        assert_eq!(position(&a, &b, &s, &BigInt::from(21)), None);
    }
}
