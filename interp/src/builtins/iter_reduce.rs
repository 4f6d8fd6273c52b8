//! `__reduce__` and `__setstate__` of the native iterators, so that
//! `copy.copy(it)` and `pickle` work on them as in CPython 3.4: a sequence
//! iterator reduces to `(iter, (seq,), index)`, a set or dict iterator to
//! `(iter, (remaining items as a list,))`, `enumerate`/`zip`/`map`/`filter`
//! to their class and the arguments that rebuild them.
//!
//! One difference from CPython: a small range iterator does not remember
//! where its range started, so it reduces to `(iter, (range(next, stop,
//! step),), 0)` (the same values come out of the copy; the tuple reads
//! differently from CPython's `(iter, (range(start, stop, step),), index)`).

use super::{add_methods, Method};
use crate::objects::{Payload, PyStr, Value};
use crate::vm::iter::IterState;
use crate::vm::{Args, PyResult, Vm};
use std::rc::Rc;

/// The `builtins.iter` function (what the reduce tuples call).
fn builtin_iter(vm: &Vm) -> Value {
    vm.dict_get_str(&vm.builtins, &PyStr::new("iter"))
        .unwrap_or_default()
}

/// What a reduce tuple is built from, read out of the iterator's state
/// before any allocation (the state stays borrowed only here).
enum Plan {
    /// `(iter, (seq,), index)`
    Indexed(Value, i64),
    /// `(iter, (items as a list,))`
    Remaining(Vec<Value>),
    /// `(iter, (remaining keys, values or (key, value) pairs,))`
    RemainingPairs(Vec<(Value, Option<Value>)>),
    /// `(iter, (f, sentinel))`
    Callable(Value, Value),
    /// `(iter, (range(cur, stop', step),), 0)`
    Range(i64, i64, i64),
    /// `(cls, args)` with args as given.
    Class(Vec<Value>),
    /// An exhausted iterator: `(iter, (empty,))`, the empty value picked by
    /// the iterator's class.
    Exhausted,
}

fn plan_of(st: &IterState) -> Plan {
    match st {
        IterState::Seq { seq, idx } => Plan::Indexed(seq.clone(), *idx as i64),
        IterState::Str { s, byte } => {
            let chars = s.s.get(..*byte).map(|p| p.chars().count()).unwrap_or(0);
            Plan::Indexed(Value::Str(s.clone()), chars as i64)
        }
        IterState::Range { cur, stop, step } => Plan::Range(*cur, *stop, *step),
        IterState::GetItem { obj, idx } => Plan::Indexed(obj.clone(), *idx),
        IterState::Items { items, idx } | IterState::SetItems { items, idx, .. } => {
            Plan::Remaining(items.get(*idx..).unwrap_or(&[]).to_vec())
        }
        IterState::Dict { d, pos, kind, .. } => {
            let mut out = Vec::new();
            if let Some(t) = d.table() {
                let tb = t.borrow();
                let mut at = *pos;
                while let Some((i, e)) = tb.next_from(at) {
                    out.push(match kind {
                        0 => (e.key.clone(), None),
                        1 => (e.value.clone(), None),
                        _ => (e.key.clone(), Some(e.value.clone())),
                    });
                    at = i + 1;
                }
            }
            Plan::RemainingPairs(out)
        }
        IterState::Callable { f, sentinel } => Plan::Callable(f.clone(), sentinel.clone()),
        IterState::Enumerate { it, n } => Plan::Class(vec![it.clone(), n.clone()]),
        IterState::Zip { its } => Plan::Class(its.clone()),
        IterState::Map { f, its } => {
            let mut v = vec![f.clone()];
            v.extend(its.iter().cloned());
            Plan::Class(v)
        }
        IterState::Filter { f, it } => Plan::Class(vec![f.clone(), it.clone()]),
        _ => Plan::Exhausted,
    }
}

/// `__reduce__` of every native iterator class but `reversed`.
fn iter_reduce(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::check_method_args(vm, "__reduce__", &args, 0, 0)?;
    let me = args.pos.first().cloned().unwrap_or_default();
    let plan = match me.payload() {
        Some(Payload::Iter(st)) => plan_of(&st.borrow()),
        _ => Plan::Exhausted,
    };
    let iter = builtin_iter(vm);
    let (func, fargs, state) = match plan {
        Plan::Indexed(seq, i) => (iter, vec![seq], Some(Value::Int(i))),
        Plan::Remaining(items) => (iter, vec![vm.new_list(items)], None),
        Plan::RemainingPairs(pairs) => {
            let mut items = Vec::with_capacity(pairs.len());
            for (k, v) in pairs {
                items.push(match v {
                    Some(v) => vm.new_tuple(vec![k, v]),
                    None => k,
                });
            }
            (iter, vec![vm.new_list(items)], None)
        }
        Plan::Callable(f, s) => (iter, vec![f, s], None),
        Plan::Range(cur, stop, step) => {
            let n = super::range_len(cur, stop, step);
            let end = cur.saturating_add(n.saturating_mul(step));
            let r = crate::objects::range::make(vm, cur.into(), end.into(), step.into());
            (iter, vec![r], Some(Value::Int(0)))
        }
        Plan::Class(items) => (Value::Obj(vm.type_of(&me).clone()), items, None),
        Plan::Exhausted => {
            let cls = vm.type_of(&me).clone();
            let t = &vm.types;
            let empty = if Rc::ptr_eq(&cls, &t.list_iterator)
                || Rc::ptr_eq(&cls, &t.set_iterator)
                || Rc::ptr_eq(&cls, &t.dict_keyiterator)
                || Rc::ptr_eq(&cls, &t.dict_valueiterator)
                || Rc::ptr_eq(&cls, &t.dict_itemiterator)
            {
                vm.new_list(vec![])
            } else if Rc::ptr_eq(&cls, &t.str_iterator) {
                Value::Str(vm.intern(""))
            } else {
                vm.new_tuple(vec![])
            };
            (iter, vec![empty], None)
        }
    };
    let fargs = vm.new_tuple(fargs);
    let mut out = vec![func, fargs];
    out.extend(state);
    Ok(vm.new_tuple(out))
}

/// The length a sequence iterator's index is clamped to.
fn seq_len(seq: &Value) -> usize {
    match seq.payload() {
        Some(Payload::List(l)) => l.borrow().len(),
        Some(Payload::Tuple(t)) => t.len(),
        Some(Payload::Bytes(b)) => b.len(),
        Some(Payload::ByteArray(b)) => b.borrow().len(),
        _ => seq.as_pystr().map(|s| s.len).unwrap_or(0),
    }
}

/// `__setstate__(index)` of the sequence, str and range iterators: moves the
/// position, clamped to the sequence (a range iterator moves `index` steps
/// from where it is, see the module note).
fn iter_setstate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::check_method_args(vm, "__setstate__", &args, 1, 1)?;
    let state = args.pos.get(1).cloned().unwrap_or_default();
    let index = match super::to_int(&state) {
        Some(crate::num::Int::Small(i)) => i,
        Some(crate::num::Int::Big(_)) => {
            return Err(vm.new_error(
                "OverflowError",
                "Python int too large to convert to C ssize_t",
            ))
        }
        None => return Err(vm.new_error("TypeError", "an integer is required")),
    };
    let index = index.max(0);
    let me = args.pos.first().cloned().unwrap_or_default();
    if let Some(Payload::Iter(st)) = me.payload() {
        match &mut *st.borrow_mut() {
            IterState::Seq { seq, idx } => *idx = (index as usize).min(seq_len(seq)),
            IterState::GetItem { idx, .. } => *idx = index,
            IterState::Str { s, byte } => {
                *byte =
                    s.s.char_indices()
                        .nth(index as usize)
                        .map(|(b, _)| b)
                        .unwrap_or(s.s.len());
            }
            IterState::Range { cur, stop, step } => {
                let n = super::range_len(*cur, *stop, *step).min(index);
                *cur = cur.saturating_add(n.saturating_mul(*step));
            }
            _ => {}
        }
    }
    Ok(Value::None)
}

const REDUCE_ONLY: &[Method] = &[("__reduce__", iter_reduce)];
const REDUCE_AND_STATE: &[Method] = &[("__reduce__", iter_reduce), ("__setstate__", iter_setstate)];

/// Installs `__reduce__` (and `__setstate__` where CPython has it) on the
/// native iterator classes.
pub fn install(vm: &mut Vm) {
    let t = vm.types.clone();
    for c in [
        &t.list_iterator,
        &t.tuple_iterator,
        &t.str_iterator,
        &t.bytes_iterator,
        &t.bytearray_iterator,
        &t.range_iterator,
        &t.longrange_iterator,
        &t.iterator,
    ] {
        add_methods(vm, c, REDUCE_AND_STATE);
    }
    for c in [
        &t.set_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.callable_iterator,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
    ] {
        add_methods(vm, c, REDUCE_ONLY);
    }
}
