//! The `math` module, complete to Python 3.4 (no `gcd`, `isclose`, `inf`,
//! `nan`, ... which came later). Error rules follow CPython's `math_1`: a NaN
//! from a non-NaN argument is "math domain error" (ValueError); an infinity
//! from a finite argument is "math range error" (OverflowError) for functions
//! that can overflow and a domain error (a singularity) for the others.

use super::math_special::{self as sp, FsumErr, MathErr};
use super::{add_functions, namespace, set};
use crate::builtins::Method;
use crate::objects::Value;
use crate::vm::ops::{num_of, Num};
use crate::vm::{Args, PyErr, PyResult, Vm};
use num_bigint::{BigInt, Sign};

/// `PyFloat_AsDouble`: a float, an int, or an object with `__float__`;
/// anything else is "a float is required" (3.4 wording).
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match num_of(v) {
        Some(Num::F(f)) => Ok(f),
        Some(Num::I(n)) => Ok(n as f64),
        Some(Num::B(b)) => crate::vm::ops::big_to_f64(&b)
            .ok_or_else(|| vm.new_error("OverflowError", "int too large to convert to float")),
        Some(Num::C(..)) => Err(vm.new_error("TypeError", "can't convert complex to float")),
        None => {
            if v.as_pystr().is_none() && vm.type_of(v).as_class().is_some_and(|c| c.heap) {
                let name = vm.names.float_.clone();
                if let Some(r) = vm.call_special(v, &name, &[])? {
                    if let Some(Num::F(f)) = num_of(&r) {
                        return Ok(f);
                    }
                    let msg = format!("__float__ returned non-float (type {})", vm.type_name(&r));
                    return Err(vm.new_error("TypeError", &msg));
                }
            }
            Err(vm.new_error("TypeError", "a float is required"))
        }
    }
}

/// The error for a C `errno` value.
pub fn math_error(vm: &mut Vm, e: MathErr) -> PyErr {
    match e {
        MathErr::Domain => vm.new_error("ValueError", "math domain error"),
        MathErr::Range => vm.new_error("OverflowError", "math range error"),
    }
}

/// Checks a METH_O function's arguments and returns the one argument.
fn one_arg(vm: &mut Vm, name: &str, args: &Args<'_>) -> PyResult<Value> {
    no_kwargs(vm, name, args)?;
    crate::builtins::check_one(vm, name, args)?;
    Ok(args.pos[0].clone())
}

fn no_kwargs(vm: &mut Vm, name: &str, args: &Args<'_>) -> PyResult<()> {
    if !args.kw.is_empty() {
        let msg = format!("{}() takes no keyword arguments", name);
        return Err(vm.new_error("TypeError", &msg));
    }
    Ok(())
}

/// `PyArg_UnpackTuple(args, name, 2, 2)`.
fn two_args(vm: &mut Vm, name: &str, args: &Args<'_>) -> PyResult<(Value, Value)> {
    no_kwargs(vm, name, args)?;
    if args.pos.len() != 2 {
        let msg = format!("{} expected 2 arguments, got {}", name, args.pos.len());
        return Err(vm.new_error("TypeError", &msg));
    }
    Ok((args.pos[0].clone(), args.pos[1].clone()))
}

/// `math_1`: applies `f`, then CPython's NaN/infinity error rules.
fn math_1(
    vm: &mut Vm,
    name: &str,
    args: &Args<'_>,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let v = one_arg(vm, name, args)?;
    let x = to_f64(vm, &v)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(math_error(vm, MathErr::Domain));
    }
    if r.is_infinite() && x.is_finite() {
        let e = if can_overflow {
            MathErr::Range
        } else {
            MathErr::Domain
        };
        return Err(math_error(vm, e));
    }
    Ok(Value::Float(r))
}

/// `math_1a`: the function reports its own errors.
fn math_1a(
    vm: &mut Vm,
    name: &str,
    args: &Args<'_>,
    f: fn(f64) -> Result<f64, MathErr>,
) -> PyResult<Value> {
    let v = one_arg(vm, name, args)?;
    let x = to_f64(vm, &v)?;
    f(x).map(Value::Float).map_err(|e| math_error(vm, e))
}

macro_rules! func1 {
    ($name:ident, $f:expr, $ovf:expr) => {
        fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            math_1(vm, stringify!($name), &args, $f, $ovf)
        }
    };
}

macro_rules! func1a {
    ($name:ident, $f:expr) => {
        fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            math_1a(vm, stringify!($name), &args, $f)
        }
    };
}

func1!(acos, f64::acos, false);
func1!(acosh, sp::acosh, false);
func1!(asin, f64::asin, false);
func1!(asinh, sp::asinh, false);
func1!(atan, f64::atan, false);
func1!(atanh, sp::atanh, false);
func1!(cos, f64::cos, false);
func1!(cosh, f64::cosh, true);
func1!(exp, f64::exp, true);
func1!(expm1, f64::exp_m1, true);
func1!(fabs, f64::abs, false);
func1!(sin, f64::sin, false);
func1!(sinh, f64::sinh, true);
func1!(sqrt, f64::sqrt, false);
func1!(tan, f64::tan, false);
func1!(tanh, f64::tanh, false);
func1!(log1p, log1p_of, false);
func1a!(gamma, sp::gamma);
func1a!(lgamma, sp::lgamma);
func1a!(erf, |x| Ok(sp::erf(x)));
func1a!(erfc, |x| Ok(sp::erfc(x)));

fn log1p_of(x: f64) -> f64 {
    if x == 0.0 {
        x // keeps the sign of zero
    } else {
        x.ln_1p()
    }
}

/// `loghelper`: ints too large for a float are split as `m * 2**e`.
fn log_of(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    let big = match num_of(v) {
        Some(Num::B(b)) => Some(b),
        Some(Num::I(i)) if i <= 0 => return Err(math_error(vm, MathErr::Domain)),
        _ => None,
    };
    if let Some(b) = big {
        if b.sign() != Sign::Plus {
            return Err(math_error(vm, MathErr::Domain));
        }
        if let Some(x) = crate::vm::ops::big_to_f64(&b) {
            return Ok(f(x));
        }
        let (m, e) = big_frexp(&b);
        return Ok(f(m) + f(2.0) * e as f64);
    }
    let x = to_f64(vm, v)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(math_error(vm, MathErr::Domain));
    }
    Ok(f(x))
}

/// A positive big int as `m * 2**e` with `0.5 <= m < 1`, `m` correctly
/// rounded to 53 bits (as `_PyLong_Frexp`).
fn big_frexp(b: &BigInt) -> (f64, u64) {
    let bits = b.bits();
    let shift = bits.saturating_sub(64);
    let top = b >> shift;
    let lost = shift > 0 && b.trailing_zeros().unwrap_or(0) < shift;
    let (_, digits) = top.to_u64_digits();
    let mut t = digits.first().copied().unwrap_or(0);
    if lost {
        t |= 1; // sticky bit: rounding sees the dropped ones
    }
    let (m, e) = sp::frexp(t as f64);
    (m, shift + e as u64)
}

fn log(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_kwargs(vm, "log", &args)?;
    match args.pos.len() {
        0 => return Err(vm.new_error("TypeError", "log expected at least 1 arguments, got 0")),
        1 | 2 => {}
        n => {
            let msg = format!("log expected at most 2 arguments, got {}", n);
            return Err(vm.new_error("TypeError", &msg));
        }
    }
    let num = log_of(vm, &args.pos[0], f64::ln)?;
    match args.pos.get(1) {
        None => Ok(Value::Float(num)),
        Some(b) => {
            let den = log_of(vm, b, f64::ln)?;
            if den == 0.0 {
                return Err(vm.new_error("ZeroDivisionError", "float division by zero"));
            }
            Ok(Value::Float(num / den))
        }
    }
}

fn log2(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, "log2", &args)?;
    log_of(vm, &v, f64::log2).map(Value::Float)
}

fn log10(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, "log10", &args)?;
    log_of(vm, &v, f64::log10).map(Value::Float)
}

fn degrees(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, "degrees", &args)?;
    let x = to_f64(vm, &v)?;
    Ok(Value::Float(x * (180.0 / std::f64::consts::PI)))
}

fn radians(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, "radians", &args)?;
    let x = to_f64(vm, &v)?;
    Ok(Value::Float(x * (std::f64::consts::PI / 180.0)))
}

/// `math.pow` with C99 Annex F special cases.
pub fn pow_f64(x: f64, y: f64) -> Result<f64, MathErr> {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(r);
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(MathErr::Domain);
    }
    if r.is_infinite() {
        return Err(if x == 0.0 {
            MathErr::Domain
        } else {
            MathErr::Range
        });
    }
    Ok(r)
}

fn pow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, b) = two_args(vm, "pow", &args)?;
    let x = to_f64(vm, &a)?;
    let y = to_f64(vm, &b)?;
    pow_f64(x, y)
        .map(Value::Float)
        .map_err(|e| math_error(vm, e))
}

fn atan2(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, b) = two_args(vm, "atan2", &args)?;
    let y = to_f64(vm, &a)?;
    let x = to_f64(vm, &b)?;
    Ok(Value::Float(y.atan2(x)))
}

fn hypot(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, b) = two_args(vm, "hypot", &args)?;
    let x = to_f64(vm, &a)?;
    let y = to_f64(vm, &b)?;
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Float(f64::INFINITY));
    }
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    let r = x.hypot(y);
    if r.is_infinite() {
        return Err(math_error(vm, MathErr::Range));
    }
    Ok(Value::Float(r))
}

fn copysign(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, b) = two_args(vm, "copysign", &args)?;
    let x = to_f64(vm, &a)?;
    let y = to_f64(vm, &b)?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, b) = two_args(vm, "fmod", &args)?;
    let x = to_f64(vm, &a)?;
    let y = to_f64(vm, &b)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(math_error(vm, MathErr::Domain));
    }
    Ok(Value::Float(r))
}

/// floor/ceil: the type's `__floor__`/`__ceil__` if it has one (int does;
/// float does not in 3.4), else through a float.
fn round_to_int(
    vm: &mut Vm,
    name: &str,
    args: &Args<'_>,
    dunder: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let v = one_arg(vm, name, args)?;
    match num_of(&v) {
        Some(Num::I(_)) | Some(Num::B(_)) => return crate::builtins::ctors::int_of(vm, &v),
        Some(Num::F(x)) => return crate::builtins::ctors::int_of(vm, &Value::Float(f(x))),
        _ => {}
    }
    if vm.type_of(&v).as_class().is_some_and(|c| c.heap) {
        let n = vm.intern(dunder);
        if let Some(r) = vm.call_special(&v, &n, &[])? {
            return Ok(r);
        }
    }
    let x = to_f64(vm, &v)?;
    crate::builtins::ctors::int_of(vm, &Value::Float(f(x)))
}

fn floor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    round_to_int(vm, "floor", &args, "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    round_to_int(vm, "ceil", &args, "__ceil__", f64::ceil)
}

fn trunc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, "trunc", &args)?;
    match num_of(&v) {
        Some(Num::I(_)) | Some(Num::B(_)) => return crate::builtins::ctors::int_of(vm, &v),
        Some(Num::F(x)) => return crate::builtins::ctors::int_of(vm, &Value::Float(x.trunc())),
        _ => {}
    }
    let n = vm.intern("__trunc__");
    if vm.type_of(&v).as_class().is_some_and(|c| c.heap) {
        if let Some(r) = vm.call_special(&v, &n, &[])? {
            return Ok(r);
        }
    }
    let msg = format!("type {} doesn't define __trunc__ method", vm.type_name(&v));
    Err(vm.new_error("TypeError", &msg))
}

fn isnan(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, "isnan", &args)?;
    Ok(Value::Bool(to_f64(vm, &v)?.is_nan()))
}

fn isinf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, "isinf", &args)?;
    Ok(Value::Bool(to_f64(vm, &v)?.is_infinite()))
}

fn isfinite(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, "isfinite", &args)?;
    Ok(Value::Bool(to_f64(vm, &v)?.is_finite()))
}

/// The product of the integers in `lo..hi`, by binary splitting (depth
/// is logarithmic in the range length).
fn range_product(vm: &mut Vm, lo: u64, hi: u64) -> PyResult<BigInt> {
    if hi - lo <= 16 {
        let mut acc = BigInt::from(1u32);
        for i in lo..hi {
            acc *= i;
        }
        vm.tick(1)?;
        return Ok(acc);
    }
    let mid = lo + (hi - lo) / 2;
    let a = range_product(vm, lo, mid)?;
    let b = range_product(vm, mid, hi)?;
    Ok(a * b)
}

fn factorial(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, "factorial", &args)?;
    let n = match num_of(&v) {
        Some(Num::F(f)) if f.is_finite() && f.fract() == 0.0 => {
            if f < 0.0 {
                return Err(
                    vm.new_error("ValueError", "factorial() not defined for negative values")
                );
            }
            if f > i64::MAX as f64 {
                return Err(vm.new_error(
                    "OverflowError",
                    "factorial() argument should not exceed 9223372036854775807",
                ));
            }
            f as i64
        }
        Some(Num::F(_)) => {
            return Err(vm.new_error("ValueError", "factorial() only accepts integral values"))
        }
        Some(Num::I(n)) => n,
        Some(Num::B(b)) => {
            if b.sign() == Sign::Minus {
                return Err(
                    vm.new_error("ValueError", "factorial() not defined for negative values")
                );
            }
            return Err(vm.new_error(
                "OverflowError",
                "factorial() argument should not exceed 9223372036854775807",
            ));
        }
        _ => {
            let msg = format!("an integer is required (got type {})", vm.type_name(&v));
            return Err(vm.new_error("TypeError", &msg));
        }
    };
    if n < 0 {
        return Err(vm.new_error("ValueError", "factorial() not defined for negative values"));
    }
    let n = n as u64;
    // log2(n!) <= n * log2(n): check the memory budget before computing.
    let bits = n.saturating_mul(64 - n.leading_zeros() as u64);
    vm.reserve(bits / 8)?;
    vm.tick(n / 64)?;
    let r = range_product(vm, 2, n.saturating_add(1).max(2))?;
    Ok(vm.int_from_big(r))
}

fn fsum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, "fsum", &args)?;
    let items = vm.iterate(&v)?;
    let mut acc = sp::Fsum::default();
    for (k, it) in items.iter().enumerate() {
        if k % 1024 == 1023 {
            vm.tick(16)?;
        }
        let x = to_f64(vm, it)?;
        acc.add(x).map_err(|e| fsum_error(vm, e))?;
    }
    acc.finish()
        .map(Value::Float)
        .map_err(|e| fsum_error(vm, e))
}

fn fsum_error(vm: &mut Vm, e: FsumErr) -> PyErr {
    match e {
        FsumErr::Overflow => vm.new_error("OverflowError", "intermediate overflow in fsum"),
        FsumErr::InfMinusInf => vm.new_error("ValueError", "-inf + inf in fsum"),
    }
}

fn modf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, "modf", &args)?;
    let x = to_f64(vm, &v)?;
    let (f, i) = if x.is_infinite() {
        (0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    Ok(vm.new_tuple(vec![Value::Float(f), Value::Float(i)]))
}

fn frexp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, "frexp", &args)?;
    let x = to_f64(vm, &v)?;
    let (m, e) = sp::frexp(x);
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn ldexp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_kwargs(vm, "ldexp", &args)?;
    if args.pos.len() != 2 {
        let msg = format!(
            "ldexp() takes exactly 2 arguments ({} given)",
            args.pos.len()
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    let x = to_f64(vm, &args.pos[0])?;
    let e = match num_of(&args.pos[1]) {
        Some(Num::I(i)) => i,
        Some(Num::B(b)) => {
            if b.sign() == Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        _ => return Err(vm.new_error("TypeError", "Expected an int as second argument to ldexp.")),
    };
    sp::ldexp(x, e)
        .map(Value::Float)
        .map_err(|e| math_error(vm, e))
}

const FUNCTIONS: &[Method] = &[
    ("acos", acos),
    ("acosh", acosh),
    ("asin", asin),
    ("asinh", asinh),
    ("atan", atan),
    ("atan2", atan2),
    ("atanh", atanh),
    ("ceil", ceil),
    ("copysign", copysign),
    ("cos", cos),
    ("cosh", cosh),
    ("degrees", degrees),
    ("erf", erf),
    ("erfc", erfc),
    ("exp", exp),
    ("expm1", expm1),
    ("fabs", fabs),
    ("factorial", factorial),
    ("floor", floor),
    ("fmod", fmod),
    ("frexp", frexp),
    ("fsum", fsum),
    ("gamma", gamma),
    ("hypot", hypot),
    ("isfinite", isfinite),
    ("isinf", isinf),
    ("isnan", isnan),
    ("ldexp", ldexp),
    ("lgamma", lgamma),
    ("log", log),
    ("log10", log10),
    ("log1p", log1p),
    ("log2", log2),
    ("modf", modf),
    ("pow", pow),
    ("radians", radians),
    ("sin", sin),
    ("sinh", sinh),
    ("sqrt", sqrt),
    ("tan", tan),
    ("tanh", tanh),
    ("trunc", trunc),
];

/// Creates `math`.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let ns = namespace(vm);
    add_functions(vm, &ns, FUNCTIONS);
    set(vm, &ns, "pi", Value::Float(std::f64::consts::PI));
    set(vm, &ns, "e", Value::Float(std::f64::consts::E));
    Ok(vm.new_module("math", ns))
}
