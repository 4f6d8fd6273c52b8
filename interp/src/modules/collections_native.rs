//! The native `_collections` module: `_count_elements(mapping, iterable)`,
//! the counting loop of `Counter.update` (CPython's C helper of the same
//! name).
//!
//! When `mapping` is a dict (or a subclass such as Counter that keeps dict's
//! `get` and `__setitem__`), counts go straight into its table; otherwise
//! `mapping.get(elem, 0) + 1` and `mapping[elem] = …` are called, as in
//! CPython.

use super::{add_functions, namespace};
use crate::builtins::Method;
use crate::objects::class::lookup;
use crate::bytecode::BinOp;
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
            let still = t.borrow().entry(ix).map(|e| e.key.is(&key)).unwrap_or(false);
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

const FUNCTIONS: &[Method] = &[("_count_elements", count_elements)];

/// Creates `_collections`.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let ns = namespace(vm);
    add_functions(vm, &ns, FUNCTIONS);
    Ok(vm.new_module("_collections", ns))
}
