//! The `cmath` module of Python 3.4 (no `inf`, `nan`, `isclose`, `tau`).
//! The algorithms live in [`super::cmath_fns`]; this file converts
//! arguments and maps C `errno` results to CPython's exceptions.

use super::cmath_fns::{self as f, CResult, C};
use super::math::{math_error, to_f64};
use super::math_special::MathErr;
use super::{add_functions, namespace, set};
use crate::builtins::Method;
use crate::objects::{Payload, Value};
use crate::vm::ops::{num_of, Num};
use crate::vm::{Args, PyResult, Vm};

/// `PyComplex_AsCComplex`: a complex, an object with `__complex__`, or
/// anything `to_f64` accepts.
pub fn to_complex(vm: &mut Vm, v: &Value) -> PyResult<C> {
    if let Some(Num::C(r, i)) = num_of(v) {
        return Ok((r, i));
    }
    if vm.type_of(v).as_class().is_some_and(|c| c.heap) {
        let name = vm.names.complex_.clone();
        if let Some(r) = vm.call_special(v, &name, &[])? {
            return match num_of(&r) {
                Some(Num::C(re, im)) => Ok((re, im)),
                _ => Err(vm.new_error("TypeError", "__complex__ should return a complex object")),
            };
        }
    }
    Ok((to_f64(vm, v)?, 0.0))
}

fn new_complex(vm: &mut Vm, z: C) -> Value {
    let cls = vm.types.complex.clone();
    vm.alloc(&cls, Payload::Complex(z.0, z.1))
}

/// The single argument of a one-argument function (PyArg_ParseTuple "D").
fn one(vm: &mut Vm, args: &Args<'_>) -> PyResult<C> {
    if !args.kw.is_empty() {
        return Err(vm.new_error("TypeError", "function takes no keyword arguments"));
    }
    if args.pos.len() != 1 {
        let msg = format!(
            "function takes exactly 1 argument ({} given)",
            args.pos.len()
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    to_complex(vm, &args.pos[0])
}

fn finish(vm: &mut Vm, r: CResult) -> PyResult<Value> {
    match r {
        Ok(z) => Ok(new_complex(vm, z)),
        Err(e) => Err(math_error(vm, e)),
    }
}

macro_rules! total {
    ($name:ident) => {
        fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let z = one(vm, &args)?;
            finish(vm, Ok(f::$name(z)))
        }
    };
}

macro_rules! partial {
    ($name:ident) => {
        fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let z = one(vm, &args)?;
            finish(vm, f::$name(z))
        }
    };
}

total!(sqrt);
total!(acos);
total!(acosh);
total!(asin);
total!(asinh);
partial!(atan);
partial!(atanh);
partial!(cos);
partial!(cosh);
partial!(sin);
partial!(sinh);
partial!(tan);
partial!(tanh);
partial!(exp);
partial!(log10);

/// `_Py_c_quot` with C's EDOM for a zero divisor.
fn quot(a: C, b: C) -> CResult {
    crate::num::complex::complex_div(a, b).map_err(|_| MathErr::Domain)
}

fn log(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.new_error("TypeError", "log() takes no keyword arguments"));
    }
    if args.pos.is_empty() || args.pos.len() > 2 {
        let msg = format!(
            "log() takes at {} {} argument{} ({} given)",
            if args.pos.is_empty() { "least" } else { "most" },
            if args.pos.is_empty() { 1 } else { 2 },
            if args.pos.is_empty() { "" } else { "s" },
            args.pos.len()
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    let x = to_complex(vm, &args.pos[0])?;
    let base = match args.pos.get(1) {
        Some(b) => Some(to_complex(vm, b)?),
        None => None,
    };
    let r = f::log(x).and_then(|lx| match base {
        Some(b) => f::log(b).and_then(|lb| quot(lx, lb)),
        None => Ok(lx),
    });
    finish(vm, r)
}

fn phase(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let z = one(vm, &args)?;
    Ok(Value::Float(f::phase(z)))
}

fn polar(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let z = one(vm, &args)?;
    let r = match crate::num::complex::complex_abs(z) {
        Ok(r) => r,
        Err(_) => return Err(math_error(vm, MathErr::Range)),
    };
    let phi = f::phase(z);
    Ok(vm.new_tuple(vec![Value::Float(r), Value::Float(phi)]))
}

fn rect(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() != 2 || !args.kw.is_empty() {
        let msg = format!(
            "rect() takes exactly 2 arguments ({} given)",
            args.pos.len()
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    let r = to_f64(vm, &args.pos[0])?;
    let phi = to_f64(vm, &args.pos[1])?;
    finish(vm, f::rect(r, phi))
}

fn isfinite(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let z = one(vm, &args)?;
    Ok(Value::Bool(z.0.is_finite() && z.1.is_finite()))
}

fn isinf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let z = one(vm, &args)?;
    Ok(Value::Bool(z.0.is_infinite() || z.1.is_infinite()))
}

fn isnan(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let z = one(vm, &args)?;
    Ok(Value::Bool(z.0.is_nan() || z.1.is_nan()))
}

const FUNCTIONS: &[Method] = &[
    ("acos", acos),
    ("acosh", acosh),
    ("asin", asin),
    ("asinh", asinh),
    ("atan", atan),
    ("atanh", atanh),
    ("cos", cos),
    ("cosh", cosh),
    ("exp", exp),
    ("isfinite", isfinite),
    ("isinf", isinf),
    ("isnan", isnan),
    ("log", log),
    ("log10", log10),
    ("phase", phase),
    ("polar", polar),
    ("rect", rect),
    ("sin", sin),
    ("sinh", sinh),
    ("sqrt", sqrt),
    ("tan", tan),
    ("tanh", tanh),
];

/// Creates `cmath`.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let ns = namespace(vm);
    add_functions(vm, &ns, FUNCTIONS);
    set(vm, &ns, "pi", Value::Float(std::f64::consts::PI));
    set(vm, &ns, "e", Value::Float(std::f64::consts::E));
    Ok(vm.new_module("cmath", ns))
}
