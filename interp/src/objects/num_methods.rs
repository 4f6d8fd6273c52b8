//! Extra methods of int, float and complex that have no operator slot of
//! their own: `__divmod__`/`__rdivmod__`, `__getnewargs__`, and
//! `float.__getformat__`.

use super::{Payload, Value};
use crate::builtins::Method;
use crate::bytecode::BinOp;
use crate::vm::ops::{num_of, Num};
use crate::vm::{Args, PyResult, Vm};

fn arg(args: &Args<'_>, i: usize) -> Value {
    args.pos.get(i).cloned().unwrap_or_default()
}

/// `divmod(a, b)` for two real numbers; `None` when either is not one.
fn real_divmod(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (x, y) = match (num_of(a), num_of(b)) {
        (Some(x), Some(y)) if !matches!(x, Num::C(..)) && !matches!(y, Num::C(..)) => (x, y),
        _ => return Ok(None),
    };
    if matches!(x, Num::F(_)) || matches!(y, Num::F(_)) {
        let xf = crate::builtins::ctors::float_of(vm, a)?;
        let yf = crate::builtins::ctors::float_of(vm, b)?;
        return match crate::num::float_divmod(xf, yf) {
            Ok((q, r)) => Ok(Some(vm.new_tuple(vec![Value::Float(q), Value::Float(r)]))),
            Err(e) => Err(vm.new_error(e.py_type(), &e.to_string())),
        };
    }
    let q = vm.binary_op(a, b, BinOp::FloorDiv)?;
    let r = vm.binary_op(a, b, BinOp::Mod)?;
    Ok(Some(vm.new_tuple(vec![q, r])))
}

fn divmod_slot(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, b) = (arg(&args, 0), arg(&args, 1));
    let int_self = matches!(num_of(&a), Some(Num::I(_)) | Some(Num::B(_)));
    // int.__divmod__(float) is NotImplemented in CPython (float handles it).
    if int_self && matches!(num_of(&b), Some(Num::F(_))) {
        return Ok(vm.not_implemented.clone());
    }
    Ok(real_divmod(vm, &a, &b)?.unwrap_or_else(|| vm.not_implemented.clone()))
}

fn rdivmod_slot(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, b) = (arg(&args, 0), arg(&args, 1));
    let int_self = matches!(num_of(&a), Some(Num::I(_)) | Some(Num::B(_)));
    if int_self && matches!(num_of(&b), Some(Num::F(_))) {
        return Ok(vm.not_implemented.clone());
    }
    Ok(real_divmod(vm, &b, &a)?.unwrap_or_else(|| vm.not_implemented.clone()))
}

fn float_getnewargs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match num_of(&arg(&args, 0)) {
        Some(Num::F(f)) => Ok(vm.new_tuple(vec![Value::Float(f)])),
        _ => Err(vm.new_error(
            "TypeError",
            "descriptor '__getnewargs__' requires a 'float' object",
        )),
    }
}

fn complex_getnewargs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match arg(&args, 0).payload() {
        Some(Payload::Complex(r, i)) => {
            let (r, i) = (*r, *i);
            Ok(vm.new_tuple(vec![Value::Float(r), Value::Float(i)]))
        }
        _ => Err(vm.new_error(
            "TypeError",
            "descriptor '__getnewargs__' requires a 'complex' object",
        )),
    }
}

/// `float.__getformat__(typestr)`.
fn float_getformat(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = arg(&args, 1);
    let s = match t.as_pystr() {
        Some(s) => s.clone(),
        None => {
            let msg = format!(
                "__getformat__() argument must be str, not {}",
                vm.type_name(&t)
            );
            return Err(vm.new_error("TypeError", &msg));
        }
    };
    match s.as_str() {
        "double" | "float" => Ok(Value::str("IEEE, little-endian")),
        _ => Err(vm.new_error(
            "ValueError",
            "__getformat__() argument 1 must be 'double' or 'float'",
        )),
    }
}

/// Extra int methods.
pub const INT: &[Method] = &[("__divmod__", divmod_slot), ("__rdivmod__", rdivmod_slot)];

/// Extra float methods.
pub const FLOAT: &[Method] = &[
    ("__divmod__", divmod_slot),
    ("__rdivmod__", rdivmod_slot),
    ("__getnewargs__", float_getnewargs),
];

/// Extra float class methods.
pub const FLOAT_CLASS: &[Method] = &[("__getformat__", float_getformat)];

/// Extra complex methods.
pub const COMPLEX: &[Method] = &[("__getnewargs__", complex_getnewargs)];

/// Installs the tables above on the built-in classes.
pub fn install(vm: &mut Vm) {
    let (int, float, complex) = (
        vm.types.int.clone(),
        vm.types.float.clone(),
        vm.types.complex.clone(),
    );
    crate::builtins::add_methods(vm, &int, INT);
    crate::builtins::add_methods(vm, &float, FLOAT);
    crate::builtins::add_class_methods(vm, &float, FLOAT_CLASS);
    crate::builtins::add_methods(vm, &complex, COMPLEX);
}
