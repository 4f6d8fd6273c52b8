//! `list.sort` and `sorted`: a stable sort that stops at the limits.
//!
//! Lists of only ints, only strs or only non-NaN floats (or keys of one such
//! kind) are sorted natively with Rust's stable sort; anything else by a
//! merge sort that asks Python's `<`. Either way a long sort checks the
//! limits inside: native sorts of more than [`SORT_RUN`] items sort runs of
//! that size and merge them bottom-up, charging work and polling the clock
//! between runs and every [`WORK_CHUNK`](crate::sandbox::work::WORK_CHUNK) merged items; the Python merge sort
//! charges every few thousand comparisons (and a user `__lt__` ticks by
//! itself).

use std::cmp::Ordering;

use crate::objects::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// Items sorted in one uninterrupted native sort (a few milliseconds).
pub const SORT_RUN: usize = 1 << 15;

/// Sorts values in place (stable), with an optional key and reverse.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let no_key = match key {
        None => true,
        Some(k) => k.is_none(),
    };
    if no_key && sort_homogeneous(vm, items, reverse)? {
        return Ok(());
    }
    let keys: Vec<Value> = match key {
        Some(k) if !k.is_none() => {
            let mut ks = Vec::with_capacity(items.len());
            for (i, it) in items.iter().enumerate() {
                ks.push(vm.call(k, Args::new(std::slice::from_ref(it)))?);
                vm.charge_every(i)?;
            }
            ks
        }
        _ => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    // Stable descending order: reverse, sort ascending, reverse back.
    if reverse {
        idx.reverse();
    }
    let all_int = keys.iter().all(|k| matches!(k, Value::Int(_)));
    let all_str = keys.iter().all(|k| matches!(k, Value::Str(_)));
    let all_float = keys
        .iter()
        .all(|k| matches!(k, Value::Float(f) if !f.is_nan()));
    if all_int || all_str || all_float {
        sort_checked(vm, &mut idx, |&a, &b| native_cmp(&keys[a], &keys[b]))?;
    } else {
        let mut err: Option<PyErr> = None;
        idx = merge_sort(vm, idx, &keys, &mut err);
        if let Some(e) = err {
            return Err(e);
        }
    }
    if reverse {
        idx.reverse();
    }
    let sorted: Vec<Value> = idx.iter().map(|&i| items[i].clone()).collect();
    *items = sorted;
    Ok(())
}

/// The order of two ints, two strs or two non-NaN floats.
fn native_cmp(a: &Value, b: &Value) -> Ordering {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        (Value::Str(x), Value::Str(y)) => x.s.cmp(&y.s),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y).unwrap_or(Ordering::Equal),
        _ => Ordering::Equal,
    }
}

/// Sorts in place, without copies, a list of only ints, only strs or only
/// non-NaN floats (stable; descending by reverse-sort-reverse). False (and
/// untouched) for anything else.
fn sort_homogeneous(vm: &mut Vm, items: &mut Vec<Value>, reverse: bool) -> PyResult<bool> {
    let all_int = items.iter().all(|k| matches!(k, Value::Int(_)));
    let all_str = !all_int && items.iter().all(|k| matches!(k, Value::Str(_)));
    let all_float = !all_int
        && !all_str
        && items
            .iter()
            .all(|k| matches!(k, Value::Float(f) if !f.is_nan()));
    if !(all_int || all_str || all_float) {
        return Ok(false);
    }
    if reverse {
        items.reverse();
    }
    sort_checked(vm, items, native_cmp)?;
    if reverse {
        items.reverse();
    }
    Ok(true)
}

/// Work units of sorting `n` items natively (n log n comparisons).
fn sort_work(n: usize) -> u64 {
    let n = n as u64;
    n * (64 - n.leading_zeros() as u64)
}

/// A stable sort by a native comparator that checks the limits between
/// runs of [`SORT_RUN`] items and while merging them. On a limit error the
/// items are lost (the run ends anyway).
pub fn sort_checked<T, F>(vm: &mut Vm, v: &mut Vec<T>, mut cmp: F) -> PyResult<()>
where
    F: FnMut(&T, &T) -> Ordering,
{
    let n = v.len();
    if n <= SORT_RUN {
        v.sort_by(&mut cmp);
        return vm.charge_work(sort_work(n));
    }
    for run in v.chunks_mut(SORT_RUN) {
        run.sort_by(&mut cmp);
        vm.charge_work(sort_work(run.len()))?;
    }
    let mut width = SORT_RUN;
    while width < n {
        // The merged copy is as large as the items.
        vm.check_memory((n * std::mem::size_of::<T>()) as u64)?;
        let mut src = std::mem::take(v).into_iter();
        let mut dst: Vec<T> = Vec::with_capacity(n);
        loop {
            let left: Vec<T> = src.by_ref().take(width).collect();
            if left.is_empty() {
                break;
            }
            let right: Vec<T> = src.by_ref().take(width).collect();
            merge_into(vm, &mut dst, left, right, &mut cmp)?;
        }
        *v = dst;
        width = width.saturating_mul(2);
    }
    Ok(())
}

/// Appends the stable merge of two sorted runs to `dst`, charging work
/// every [`WORK_CHUNK`](crate::sandbox::work::WORK_CHUNK) items.
fn merge_into<T, F>(
    vm: &mut Vm,
    dst: &mut Vec<T>,
    left: Vec<T>,
    right: Vec<T>,
    cmp: &mut F,
) -> PyResult<()>
where
    F: FnMut(&T, &T) -> Ordering,
{
    let mut l = left.into_iter().peekable();
    let mut r = right.into_iter().peekable();
    let mut done = 0usize;
    loop {
        let take_right = match (l.peek(), r.peek()) {
            (Some(a), Some(b)) => cmp(b, a) == Ordering::Less,
            (Some(_), None) => false,
            (None, Some(_)) => true,
            (None, None) => break,
        };
        let item = if take_right { r.next() } else { l.next() };
        if let Some(item) = item {
            dst.push(item);
        }
        vm.charge_every(done)?;
        done += 1;
    }
    Ok(())
}

/// A stable merge sort that only asks `b < a` (a user `__lt__` may be
/// inconsistent; this never panics and stops at the first error).
fn merge_sort(vm: &mut Vm, idx: Vec<usize>, keys: &[Value], err: &mut Option<PyErr>) -> Vec<usize> {
    let n = idx.len();
    let mut src = idx;
    let mut dst = vec![0usize; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                let take_right = match vm.lt(&keys[src[j]], &keys[src[i]]) {
                    Ok(b) => b,
                    Err(e) => {
                        *err = Some(e);
                        return src;
                    }
                };
                if let Err(e) = vm.charge_every(k) {
                    *err = Some(e);
                    return src;
                }
                if take_right {
                    dst[k] = src[j];
                    j += 1;
                } else {
                    dst[k] = src[i];
                    i += 1;
                }
                k += 1;
            }
            dst[k..k + (mid - i)].copy_from_slice(&src[i..mid]);
            k += mid - i;
            dst[k..k + (end - j)].copy_from_slice(&src[j..end]);
            start = end;
        }
        std::mem::swap(&mut src, &mut dst);
        width *= 2;
    }
    src
}
