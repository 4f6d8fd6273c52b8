//! The native `_collections` module: `_count_elements(mapping, iterable)`,
//! the counting loop of `Counter.update` (CPython's C helper of the same
//! name), and `_install_deque(cls)`, which gives the Python-level
//! `collections.deque` native `pop`, `popleft`, `__len__`, `__bool__` and
//! `__getitem__` (the hot path of breadth-first searches; `append` is
//! already the list's own method).
//!
//! The deque keeps its items in two lists in its instance dict: `_left`
//! (the left part, reversed) and `_right`; see `collections/_deque.py`.
//! When the popped side is empty, half of the other side moves over, so
//! alternating pops stay amortised O(1).
//!
//! When `mapping` is a dict (or a subclass such as Counter that keeps dict's
//! `get` and `__setitem__`), counts go straight into its table; otherwise
//! `mapping.get(elem, 0) + 1` and `mapping[elem] = …` are called, as in
//! CPython.

use super::native_util::inst_get;
use super::{add_functions, namespace};
use crate::builtins::Method;
use crate::bytecode::BinOp;
use crate::objects::class::lookup;
use crate::objects::{Payload, Value};
use crate::vm::{Args, PyResult, Vm};

/// True when `mapping` is a dict whose `get` and `__setitem__` are dict's.
fn plain_dict(vm: &Vm, mapping: &Value) -> bool {
    if !matches!(mapping.payload(), Some(Payload::Dict(_))) {
        return false;
    }
    let cls = vm.type_of(mapping);
    let dict = &vm.types.dict;
    if std::rc::Rc::ptr_eq(cls, dict) {
        return true;
    }
    ["get", "__setitem__"].iter().all(|name| {
        let name = crate::objects::PyStr::new(name);
        match (lookup(cls, &name), lookup(dict, &name)) {
            (Some(a), Some(b)) => a.is(&b),
            _ => false,
        }
    })
}

/// Adds one to the count of `key` in a dict's table.
fn bump(vm: &mut Vm, mapping: &Value, key: Value) -> PyResult<()> {
    let Some(t) = mapping.as_obj().and_then(|o| o.table()) else {
        return Ok(());
    };
    let h = vm.hash(&key)?;
    match vm.table_find(t, &key, h)? {
        Some(ix) => {
            let old = t.borrow().entry(ix).map(|e| e.value.clone());
            let new = match old {
                Some(Value::Int(n)) if n < i64::MAX => Value::Int(n + 1),
                Some(v) => vm.binary_op(&v, &Value::Int(1), BinOp::Add)?,
                None => Value::Int(1),
            };
            // the addition may have run Python code that changed the dict
            let still = t
                .borrow()
                .entry(ix)
                .map(|e| e.key.is(&key))
                .unwrap_or(false);
            if still {
                let prev = t.borrow_mut().set_value(ix, new);
                drop(prev);
            } else {
                vm.dict_set(mapping, key, new)?;
            }
        }
        None => {
            vm.account(40)?;
            t.borrow_mut().push_new(h, key, Value::Int(1));
        }
    }
    Ok(())
}

fn count_elements(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() != 2 {
        let msg = format!(
            "_count_elements expected 2 arguments, got {}",
            args.pos.len()
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    let (mapping, iterable) = (&args.pos[0], &args.pos[1]);
    let it = vm.iter(iterable)?;
    if plain_dict(vm, mapping) {
        while let Some(elem) = vm.next(&it)? {
            vm.tick(1)?;
            bump(vm, mapping, elem)?;
        }
        return Ok(Value::None);
    }
    let get = vm.intern("get");
    while let Some(elem) = vm.next(&it)? {
        vm.tick(1)?;
        let old = vm.call_method(mapping, &get, &[elem.clone(), Value::Int(0)])?;
        let new = vm.binary_op(&old, &Value::Int(1), BinOp::Add)?;
        vm.setitem(mapping, elem, new)?;
    }
    Ok(Value::None)
}

/// The `_left`/`_right` list of a deque instance.
fn side(vm: &mut Vm, this: &Value, name: &str) -> PyResult<Value> {
    match inst_get(vm, this, name) {
        Some(v) if matches!(v.payload(), Some(Payload::List(_))) => Ok(v),
        _ => {
            let msg = format!(
                "'{}' object has no attribute '{}'",
                vm.type_name(this),
                name
            );
            Err(vm.new_error("AttributeError", &msg))
        }
    }
}

fn list_cell(v: &Value) -> Option<&std::cell::RefCell<Vec<Value>>> {
    match v.payload() {
        Some(Payload::List(l)) => Some(l),
        _ => None,
    }
}

/// Pops from the `near` side, refilling it from half of the `far` side.
fn deque_pop_from(vm: &mut Vm, args: &Args<'_>, near: &str, far: &str) -> PyResult<Value> {
    let Some(this) = args.pos.first() else {
        return Err(vm.new_error("TypeError", "descriptor needs an argument"));
    };
    if args.pos.len() != 1 || !args.kw.is_empty() {
        let msg = format!(
            "{}() takes no arguments ({} given)",
            if near == "_left" { "popleft" } else { "pop" },
            args.pos.len().saturating_sub(1) + args.kw.len()
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    let near_v = side(vm, this, near)?;
    let far_v = side(vm, this, far)?;
    let (Some(n), Some(f)) = (list_cell(&near_v), list_cell(&far_v)) else {
        return Err(vm.new_error("SystemError", "deque state lost"));
    };
    if let Some(v) = n.borrow_mut().pop() {
        return Ok(v);
    }
    let mut far_items = f.borrow_mut();
    if far_items.is_empty() {
        drop(far_items);
        return Err(vm.new_error("IndexError", "pop from an empty deque"));
    }
    if far_items.len() == 1 {
        return Ok(far_items.pop().unwrap_or_default());
    }
    // the far list's front is the deque's end on the near side
    let half = far_items.len().div_ceil(2);
    let moved: Vec<Value> = far_items.drain(..half).rev().collect();
    drop(far_items);
    let mut near_items = n.borrow_mut();
    near_items.extend(moved);
    Ok(near_items.pop().unwrap_or_default())
}

fn deque_popleft(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    deque_pop_from(vm, &args, "_left", "_right")
}

fn deque_pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    deque_pop_from(vm, &args, "_right", "_left")
}

/// The deque's two sides, `(left, right)`.
fn sides(vm: &mut Vm, args: &Args<'_>) -> PyResult<(Value, Value)> {
    let Some(this) = args.pos.first() else {
        return Err(vm.new_error("TypeError", "descriptor needs an argument"));
    };
    Ok((side(vm, this, "_left")?, side(vm, this, "_right")?))
}

fn side_len(v: &Value) -> usize {
    list_cell(v).map(|l| l.borrow().len()).unwrap_or(0)
}

fn deque_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (left, right) = sides(vm, &args)?;
    Ok(Value::Int((side_len(&left) + side_len(&right)) as i64))
}

fn deque_bool(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (left, right) = sides(vm, &args)?;
    Ok(Value::Bool(side_len(&left) + side_len(&right) > 0))
}

/// `d[i]` for an int `i`; other indexes go to the Python-level `_locate`.
fn deque_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (left, right) = sides(vm, &args)?;
    let index = args.pos.get(1).cloned().unwrap_or_default();
    let Value::Int(i) = index else {
        let this = args.pos.first().cloned().unwrap_or_default();
        let locate = vm.intern("_locate");
        let found = vm.call_method(&this, &locate, &[index])?;
        let items = vm.iterate(&found)?;
        return match items.as_slice() {
            [container, position] => vm.getitem(container, position),
            _ => Err(vm.new_error("SystemError", "deque state lost")),
        };
    };
    let (nl, nr) = (side_len(&left) as i64, side_len(&right) as i64);
    let i = if i < 0 { i + nl + nr } else { i };
    let item = if (0..nl).contains(&i) {
        list_cell(&left).and_then(|l| l.borrow().get((nl - 1 - i) as usize).cloned())
    } else if (nl..nl + nr).contains(&i) {
        list_cell(&right).and_then(|l| l.borrow().get((i - nl) as usize).cloned())
    } else {
        None
    };
    item.ok_or_else(|| vm.new_error("IndexError", "deque index out of range"))
}

const DEQUE_METHODS: &[Method] = &[
    ("popleft", deque_popleft),
    ("pop", deque_pop),
    ("__len__", deque_len),
    ("__bool__", deque_bool),
    ("__getitem__", deque_getitem),
];

/// `_install_deque(cls)`: replaces the hot methods of the Python-level deque.
fn install_deque(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Obj(cls)) if cls.as_class().is_some() => {
            let cls = cls.clone();
            crate::builtins::add_methods(vm, &cls, DEQUE_METHODS);
            Ok(Value::None)
        }
        _ => Err(vm.new_error("TypeError", "_install_deque() needs a class")),
    }
}

const FUNCTIONS: &[Method] = &[
    ("_count_elements", count_elements),
    ("_install_deque", install_deque),
];

/// Creates `_collections`.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let ns = namespace(vm);
    add_functions(vm, &ns, FUNCTIONS);
    Ok(vm.new_module("_collections", ns))
}
