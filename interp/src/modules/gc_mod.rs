//! The `gc` module: the cycle collector's controls (see `vm/gc.rs`).
//!
//! `collect()` runs a collection, the finalizers it queued, and a second
//! collection for the cycles those finalizers released; it returns the
//! number of unreachable objects found, as CPython does.

use super::{add_functions, namespace, set};
use crate::builtins::{check_args, want_int, Method};
use crate::objects::Value;
use crate::vm::{Args, PyResult, Vm};

fn collect(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_args(vm, "collect", &args, 0, 1)?;
    if let Some(g) = args.pos.first() {
        let g = want_int(vm, g)?;
        if !(0..=2).contains(&g) {
            return Err(vm.new_error("ValueError", "invalid generation"));
        }
    }
    vm.run_finalizers()?;
    let mut n = vm.collect_garbage();
    vm.run_finalizers()?;
    n += vm.collect_garbage();
    vm.run_finalizers()?;
    Ok(Value::Int(n as i64))
}

fn enable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_args(vm, "enable", &args, 0, 0)?;
    vm.gc_settings.enabled = true;
    Ok(Value::None)
}

fn disable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_args(vm, "disable", &args, 0, 0)?;
    vm.gc_settings.enabled = false;
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_args(vm, "isenabled", &args, 0, 0)?;
    Ok(Value::Bool(vm.gc_settings.enabled))
}

fn get_threshold(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_args(vm, "get_threshold", &args, 0, 0)?;
    let (a, b, c) = vm.gc_settings.thresholds;
    Ok(vm.new_tuple(vec![Value::Int(a), Value::Int(b), Value::Int(c)]))
}

fn set_threshold(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_args(vm, "set_threshold", &args, 1, 3)?;
    let mut t = vm.gc_settings.thresholds;
    let mut vals = [t.0, t.1, t.2];
    for (i, v) in args.pos.iter().enumerate() {
        if let Some(slot) = vals.get_mut(i) {
            *slot = want_int(vm, v)?;
        }
    }
    t = (vals[0], vals[1], vals[2]);
    vm.gc_settings.thresholds = t;
    Ok(Value::None)
}

fn get_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_args(vm, "get_count", &args, 0, 0)?;
    let n = vm.gc.allocs_since_collect() as i64;
    Ok(vm.new_tuple(vec![Value::Int(n), Value::Int(0), Value::Int(0)]))
}

fn get_objects(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_args(vm, "get_objects", &args, 0, 0)?;
    let objs: Vec<Value> = vm.gc.live_objects().into_iter().map(Value::Obj).collect();
    Ok(vm.new_list(objs))
}

fn get_referents(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut out = Vec::new();
    for v in args.pos {
        if let Value::Obj(o) = v {
            let mut kids = Vec::new();
            crate::vm::gc::children(o, &mut kids);
            // The class pointer is not a referent CPython reports for
            // built-in objects; keep only heap-visible values.
            out.extend(kids.into_iter().filter(|k| !matches!(k, Value::None)));
        }
    }
    Ok(vm.new_list(out))
}

fn get_referrers(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut out = Vec::new();
    let mut kids = Vec::new();
    for o in vm.gc.live_objects() {
        kids.clear();
        crate::vm::gc::children(&o, &mut kids);
        if kids.iter().any(|k| args.pos.iter().any(|t| t.is(k))) {
            out.push(Value::Obj(o));
        }
    }
    Ok(vm.new_list(out))
}

fn is_tracked(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::check_one(vm, "is_tracked", &args)?;
    Ok(Value::Bool(match &args.pos[0] {
        Value::Obj(o) => o.is_container(),
        _ => false,
    }))
}

fn set_debug(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::check_one(vm, "set_debug", &args)?;
    let _ = want_int(vm, &args.pos[0])?;
    Ok(Value::None)
}

fn get_debug(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_args(vm, "get_debug", &args, 0, 0)?;
    Ok(Value::Int(0))
}

const FUNCTIONS: &[Method] = &[
    ("collect", collect),
    ("enable", enable),
    ("disable", disable),
    ("isenabled", isenabled),
    ("get_threshold", get_threshold),
    ("set_threshold", set_threshold),
    ("get_count", get_count),
    ("get_objects", get_objects),
    ("get_referents", get_referents),
    ("get_referrers", get_referrers),
    ("is_tracked", is_tracked),
    ("set_debug", set_debug),
    ("get_debug", get_debug),
];

/// Creates `gc`.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let ns = namespace(vm);
    add_functions(vm, &ns, FUNCTIONS);
    let garbage = vm.new_list(Vec::new());
    set(vm, &ns, "garbage", garbage);
    let callbacks = vm.new_list(Vec::new());
    set(vm, &ns, "callbacks", callbacks);
    for (name, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        set(vm, &ns, name, Value::Int(v));
    }
    Ok(vm.new_module("gc", ns))
}
