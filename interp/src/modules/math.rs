//! A small `math` module (the common functions and constants).

use super::{add_functions, namespace, set};
use crate::builtins::Method;
use crate::objects::Value;
use crate::vm::ops::{num_of, Num};
use crate::vm::{Args, PyResult, Vm};

fn farg(vm: &mut Vm, args: &Args<'_>, i: usize) -> PyResult<f64> {
    match args.pos.get(i) {
        Some(v) => match num_of(v) {
            Some(Num::F(f)) => Ok(f),
            Some(Num::I(n)) => Ok(n as f64),
            Some(Num::B(b)) => crate::vm::ops::big_to_f64(&b)
                .ok_or_else(|| vm.new_error("OverflowError", "int too large to convert to float")),
            _ => {
                let v = v.clone();
                crate::builtins::ctors::float_of(vm, &v)
                    .map_err(|_| vm.new_error("TypeError", "a float is required"))
            }
        },
        None => Err(vm.new_error("TypeError", "function takes at least 1 argument")),
    }
}

fn domain(vm: &mut Vm) -> crate::vm::PyErr {
    vm.new_error("ValueError", "math domain error")
}

fn range_err(vm: &mut Vm) -> crate::vm::PyErr {
    vm.new_error("OverflowError", "math range error")
}

macro_rules! unary {
    ($name:ident, $f:expr, $dom:expr) => {
        fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let x = farg(vm, &args, 0)?;
            let check: fn(f64) -> bool = $dom;
            if !check(x) {
                return Err(domain(vm));
            }
            let f: fn(f64) -> f64 = $f;
            let r = f(x);
            if r.is_infinite() && x.is_finite() {
                return Err(range_err(vm));
            }
            Ok(Value::Float(r))
        }
    };
}

unary!(sqrt, f64::sqrt, |x| x >= 0.0 || x.is_nan());
unary!(exp, f64::exp, |_| true);
unary!(sin, f64::sin, |x| x.is_finite() || x.is_nan());
unary!(cos, f64::cos, |x| x.is_finite() || x.is_nan());
unary!(tan, f64::tan, |x| x.is_finite() || x.is_nan());
unary!(asin, f64::asin, |x| (-1.0..=1.0).contains(&x) || x.is_nan());
unary!(acos, f64::acos, |x| (-1.0..=1.0).contains(&x) || x.is_nan());
unary!(atan, f64::atan, |_| true);
unary!(sinh, f64::sinh, |_| true);
unary!(cosh, f64::cosh, |_| true);
unary!(tanh, f64::tanh, |_| true);
unary!(log2, f64::log2, |x| x > 0.0 || x.is_nan());
unary!(log10, f64::log10, |x| x > 0.0 || x.is_nan());
unary!(log1p, f64::ln_1p, |x| x > -1.0 || x.is_nan());
unary!(fabs, f64::abs, |_| true);
unary!(degrees, f64::to_degrees, |_| true);
unary!(radians, f64::to_radians, |_| true);
unary!(expm1, f64::exp_m1, |_| true);

fn log(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some(Num::B(b)) = args.pos.first().and_then(num_of) {
        if b.sign() == num_bigint::Sign::Plus {
            let bits = b.bits();
            let shift = bits.saturating_sub(60);
            let top = crate::vm::ops::big_to_f64(&(&b >> shift)).unwrap_or(1.0);
            let r = top.ln() + shift as f64 * std::f64::consts::LN_2;
            return match args.pos.get(1) {
                Some(_) => {
                    let base = farg(vm, &args, 1)?;
                    Ok(Value::Float(r / base.ln()))
                }
                None => Ok(Value::Float(r)),
            };
        }
    }
    let x = farg(vm, &args, 0)?;
    if x <= 0.0 {
        return Err(domain(vm));
    }
    match args.pos.get(1) {
        Some(_) => {
            let b = farg(vm, &args, 1)?;
            if b <= 0.0 || b == 1.0 {
                return Err(if b == 1.0 {
                    vm.new_error("ZeroDivisionError", "float division by zero")
                } else {
                    domain(vm)
                });
            }
            Ok(Value::Float(x.ln() / b.ln()))
        }
        None => Ok(Value::Float(x.ln())),
    }
}

fn pow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = farg(vm, &args, 0)?;
    let y = farg(vm, &args, 1)?;
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(domain(vm));
    }
    if x == 0.0 && y < 0.0 {
        return Err(domain(vm));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_err(vm));
    }
    Ok(Value::Float(r))
}

fn atan2(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let y = farg(vm, &args, 0)?;
    let x = farg(vm, &args, 1)?;
    Ok(Value::Float(y.atan2(x)))
}

fn hypot(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = farg(vm, &args, 0)?;
    let y = farg(vm, &args, 1)?;
    Ok(Value::Float(x.hypot(y)))
}

fn int_result(vm: &mut Vm, args: &Args<'_>, f: fn(f64) -> f64) -> PyResult<Value> {
    let v = args.pos.first().cloned().unwrap_or_default();
    match num_of(&v) {
        Some(Num::I(_)) | Some(Num::B(_)) => crate::builtins::ctors::int_of(vm, &v),
        _ => {
            let x = farg(vm, args, 0)?;
            crate::builtins::ctors::int_of(vm, &Value::Float(f(x)))
        }
    }
}

fn floor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    int_result(vm, &args, f64::floor)
}

fn ceil(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    int_result(vm, &args, f64::ceil)
}

fn trunc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    int_result(vm, &args, f64::trunc)
}

fn isnan(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(farg(vm, &args, 0)?.is_nan()))
}

fn isinf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(farg(vm, &args, 0)?.is_infinite()))
}

fn isfinite(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(farg(vm, &args, 0)?.is_finite()))
}

fn copysign(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = farg(vm, &args, 0)?;
    let y = farg(vm, &args, 1)?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = farg(vm, &args, 0)?;
    let y = farg(vm, &args, 1)?;
    if y == 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(x % y))
}

fn factorial(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = args.pos.first().cloned().unwrap_or_default();
    let n = match num_of(&v) {
        Some(Num::I(n)) => n,
        Some(Num::F(f)) if f.fract() == 0.0 => f as i64,
        Some(Num::F(_)) => {
            return Err(vm.new_error("ValueError", "factorial() only accepts integral values"))
        }
        _ => return Err(vm.new_error("TypeError", "an integer is required")),
    };
    if n < 0 {
        return Err(vm.new_error("ValueError", "factorial() not defined for negative values"));
    }
    vm.reserve((n as u64).saturating_mul(64 - (n as u64).leading_zeros() as u64) / 8)?;
    let mut acc = num_bigint::BigInt::from(1);
    for i in 2..=n {
        acc *= i;
        if i % 512 == 0 {
            vm.tick(64)?;
        }
    }
    Ok(vm.int_from_big(acc))
}

fn gcd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use num_integer::Integer;
    let a = crate::builtins::to_int(&args.pos.first().cloned().unwrap_or_default())
        .map(|i| i.to_bigint());
    let b = crate::builtins::to_int(&args.pos.get(1).cloned().unwrap_or_default())
        .map(|i| i.to_bigint());
    match (a, b) {
        (Some(a), Some(b)) => Ok(vm.int_from_big(a.gcd(&b))),
        _ => Err(vm.new_error("TypeError", "an integer is required")),
    }
}

fn fsum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let items = vm.iterate(&args.pos.first().cloned().unwrap_or_default())?;
    // Shewchuk's exact summation (as CPython's msum).
    let mut partials: Vec<f64> = Vec::new();
    for it in items {
        let mut x = match num_of(&it) {
            Some(Num::F(f)) => f,
            Some(Num::I(i)) => i as f64,
            _ => return Err(vm.new_error("TypeError", "a float is required")),
        };
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    Ok(Value::Float(partials.iter().sum()))
}

fn modf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = farg(vm, &args, 0)?;
    let i = x.trunc();
    Ok(vm.new_tuple(vec![Value::Float(x - i), Value::Float(i)]))
}

const FUNCTIONS: &[Method] = &[
    ("sqrt", sqrt),
    ("exp", exp),
    ("sin", sin),
    ("cos", cos),
    ("tan", tan),
    ("asin", asin),
    ("acos", acos),
    ("atan", atan),
    ("sinh", sinh),
    ("cosh", cosh),
    ("tanh", tanh),
    ("log", log),
    ("log2", log2),
    ("log10", log10),
    ("log1p", log1p),
    ("expm1", expm1),
    ("fabs", fabs),
    ("degrees", degrees),
    ("radians", radians),
    ("pow", pow),
    ("atan2", atan2),
    ("hypot", hypot),
    ("floor", floor),
    ("ceil", ceil),
    ("trunc", trunc),
    ("isnan", isnan),
    ("isinf", isinf),
    ("isfinite", isfinite),
    ("copysign", copysign),
    ("fmod", fmod),
    ("factorial", factorial),
    ("fsum", fsum),
    ("modf", modf),
];

/// Creates `math`.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let ns = namespace(vm);
    add_functions(vm, &ns, FUNCTIONS);
    let _ = gcd;
    set(vm, &ns, "pi", Value::Float(std::f64::consts::PI));
    set(vm, &ns, "e", Value::Float(std::f64::consts::E));
    Ok(vm.new_module("math", ns))
}
