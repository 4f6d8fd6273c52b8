//! The native half of `functools` (`_kaa_functools`): the comparison methods
//! of `cmp_to_key`'s wrapper class.
//!
//! `functools.cmp_to_key(mycmp)` still creates its `KeyWrapper` class in
//! Python (`__slots__ = ['obj']`, `__init__`, `__hash__ = None`), then calls
//! `_install_cmp_key(KeyWrapper, mycmp)`, which keeps `mycmp` in the class
//! namespace and replaces `__lt__`, `__gt__`, `__eq__`, `__le__`, `__ge__`
//! and `__ne__` with method descriptors written here. Each computes
//! `mycmp(self.obj, other.obj) OP 0` exactly as the Python methods did (the
//! same attribute reads, call and comparison, in the same order), without a
//! Python frame per comparison: a sort with a cmp_to_key key spends most of
//! its time in these methods.

use super::{add_functions, namespace};
use crate::builtins::Method;
use crate::bytecode::CmpOp;
use crate::objects::class::lookup;
use crate::objects::Value;
use crate::vm::{Args, PyResult, Vm};

const FUNCTIONS: &[Method] = &[("_install_cmp_key", install_cmp_key)];

/// The class attribute holding the user's comparison function.
const CMP_ATTR: &str = "_mycmp";

/// The comparison methods `_install_cmp_key` puts on the wrapper class.
const METHODS: &[Method] = &[
    ("__lt__", key_lt),
    ("__gt__", key_gt),
    ("__eq__", key_eq),
    ("__le__", key_le),
    ("__ge__", key_ge),
    ("__ne__", key_ne),
];

/// Creates `_kaa_functools`.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let ns = namespace(vm);
    add_functions(vm, &ns, FUNCTIONS);
    Ok(vm.new_module("_kaa_functools", ns))
}

/// `_install_cmp_key(cls, mycmp)`: stores `mycmp` on `cls` and defines the
/// native comparison methods there.
fn install_cmp_key(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, mycmp) = match args.pos {
        [Value::Obj(c), f] if c.as_class().is_some() => (c.clone(), f.clone()),
        _ => {
            return Err(vm.new_error(
                "TypeError",
                "_install_cmp_key() needs a class and a function",
            ))
        }
    };
    let key = vm.intern(CMP_ATTR);
    vm.class_set(&cls, &key, Some(mycmp));
    for (name, f) in METHODS {
        let v = crate::builtins::native(vm, name, *f, Some(cls.clone()));
        let n = vm.intern(name);
        vm.class_set(&cls, &n, Some(v));
    }
    Ok(Value::None)
}

/// `mycmp(self.obj, other.obj) op 0`.
fn key_compare(vm: &mut Vm, args: Args<'_>, name: &str, op: CmpOp) -> PyResult<Value> {
    let (this, other) = match args.pos {
        [a, b] => (a, b),
        [_] => {
            let msg = format!("{}() missing 1 required positional argument: 'other'", name);
            return Err(vm.new_error("TypeError", &msg));
        }
        _ => {
            let msg = format!(
                "{}() takes 2 positional arguments but {} were given",
                name,
                args.pos.len()
            );
            return Err(vm.new_error("TypeError", &msg));
        }
    };
    let cmp_name = vm.intern(CMP_ATTR);
    let cls = vm.type_of(this).clone();
    let mycmp = match lookup(&cls, &cmp_name) {
        Some(f) => f,
        None => return Err(vm.new_error("TypeError", "cmp_to_key wrapper without a function")),
    };
    // CPython's C wrapper accepts only another wrapper as the other operand.
    let other_cls = vm.type_of(other).clone();
    if lookup(&other_cls, &cmp_name).is_none() {
        return Err(vm.new_error("TypeError", "other argument must be K instance"));
    }
    let obj = vm.intern("obj");
    let a = vm.getattr(this, &obj)?;
    let b = vm.getattr(other, &obj)?;
    let r = vm.call(&mycmp, Args::new(&[a, b]))?;
    vm.compare(&r, &Value::Int(0), op)
}

fn key_lt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    key_compare(vm, args, "__lt__", CmpOp::Lt)
}

fn key_gt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    key_compare(vm, args, "__gt__", CmpOp::Gt)
}

fn key_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    key_compare(vm, args, "__eq__", CmpOp::Eq)
}

fn key_le(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    key_compare(vm, args, "__le__", CmpOp::Le)
}

fn key_ge(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    key_compare(vm, args, "__ge__", CmpOp::Ge)
}

fn key_ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    key_compare(vm, args, "__ne__", CmpOp::Ne)
}
