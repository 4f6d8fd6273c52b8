//! Built-in functions, part 1: I/O, conversions, numbers, iteration helpers.

use super::{check_args, check_one, no_kw, to_int};
use crate::objects::function::NativeFn;
use crate::objects::{Payload, Value};
use crate::vm::ops::{num_of, Num};
use crate::vm::{Args, PyErr, PyResult, Vm};
use num_bigint::BigInt;

/// (name, implementation, needs the caller's frame)
pub const FUNCTIONS: &[(&str, NativeFn, bool)] = &[
    ("print", print, false),
    ("input", input, false),
    ("len", len, false),
    ("repr", repr, false),
    ("ascii", ascii, false),
    ("abs", abs, false),
    ("min", min, false),
    ("max", max, false),
    ("sum", sum, false),
    ("any", any, false),
    ("all", all, false),
    ("chr", chr, false),
    ("ord", ord, false),
    ("hex", hex, false),
    ("oct", oct, false),
    ("bin", bin, false),
    ("divmod", divmod, false),
    ("pow", pow, false),
    ("round", round, false),
    ("hash", hash, false),
    ("id", id, false),
    ("callable", callable, false),
    ("iter", iter, false),
    ("next", next, false),
    ("sorted", sorted, false),
    ("format", format, false),
];

fn arg0(args: &Args<'_>) -> Value {
    args.pos.first().cloned().unwrap_or_default()
}

pub(crate) use super::print_fn::print;
pub use super::print_fn::write_to;

fn input(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::no_kw(vm, "input", &args)?;
    check_args(vm, "input", &args, 0, 1)?;
    if let Some(p) = args.pos.first() {
        let s = vm.str(p)?;
        vm.write_out(1, &s)?;
    }
    // A program may have replaced sys.stdin (an io.StringIO, a test double):
    // read through its readline(), as CPython's input() does.
    let replaced = match crate::modules::native_util::module_attr(vm, "sys", "stdin") {
        Some(f) if !matches!(f.payload(), Some(Payload::Stream(0))) => Some(f),
        _ => None,
    };
    let line = match replaced {
        Some(f) => {
            let rl = vm.intern("readline");
            let r = vm.call_method(&f, &rl, &[])?;
            match r.as_pystr() {
                Some(s) => s.as_str().to_string(),
                None => {
                    return Err(vm.new_error("TypeError", "object.readline() returned non-string"))
                }
            }
        }
        None => vm.stdin_readline(),
    };
    if line.is_empty() {
        return Err(vm.new_error("EOFError", "EOF when reading a line"));
    }
    // CPython strips the '\n' only: sys.stdin does no newline translation
    // on POSIX, so a CRLF line keeps its '\r'
    let line = line.strip_suffix('\n').unwrap_or(&line);
    Ok(Value::str(line))
}

fn len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_one(vm, "len", &args)?;
    Ok(Value::Int(vm.len(&args.pos[0])? as i64))
}

fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_one(vm, "repr", &args)?;
    Ok(Value::Str(vm.repr_exact(&args.pos[0])?))
}

fn ascii(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_one(vm, "ascii", &args)?;
    let r = vm.ascii_exact(&args.pos[0])?;
    Ok(Value::string(r))
}

/// `abs(v)`.
pub fn abs_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if vm.type_of(v).as_class().map(|c| c.heap).unwrap_or(false) {
        let n = vm.names.abs.clone();
        let cls = vm.type_of(v).clone();
        if let Some(f) = crate::objects::class::lookup(&cls, &n) {
            if !matches!(f.payload(), Some(Payload::Builtin(_))) {
                return Ok(vm.call_special(v, &n, &[])?.unwrap_or_default());
            }
        }
    }
    match num_of(v) {
        Some(Num::I(i)) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => vm.int_from_big(BigInt::from(i).magnitude().clone().into()),
        }),
        Some(Num::B(b)) => Ok(vm.int_from_big(b.magnitude().clone().into())),
        Some(Num::F(f)) => Ok(Value::Float(f.abs())),
        Some(Num::C(r, i)) => Ok(Value::Float(r.hypot(i))),
        None => {
            let msg = format!("bad operand type for abs(): '{}'", vm.type_name(v));
            Err(vm.new_error("TypeError", &msg))
        }
    }
}

fn abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_one(vm, "abs", &args)?;
    abs_value(vm, &args.pos[0])
}

fn min_max(vm: &mut Vm, args: Args<'_>, name: &str, want_max: bool) -> PyResult<Value> {
    let mut key = None;
    let mut default = None;
    for (k, v) in args.kw {
        match k.as_str() {
            "key" => key = Some(v.clone()),
            "default" => default = Some(v.clone()),
            other => {
                let msg = format!(
                    "'{}' is an invalid keyword argument for this function",
                    other
                );
                return Err(vm.new_error("TypeError", &msg));
            }
        }
    }
    let items = match args.pos.len() {
        0 => {
            let msg = format!("{} expected 1 arguments, got 0", name);
            return Err(vm.new_error("TypeError", &msg));
        }
        1 => Vec::new(),
        _ => {
            if default.is_some() {
                let msg = format!(
                    "Cannot specify a default for {}() with multiple positional arguments",
                    name
                );
                return Err(vm.new_error("TypeError", &msg));
            }
            args.pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    if args.pos.len() == 1 {
        // One iterable: streamed (max(range(10**12)) holds two values).
        let iter = vm.iter(&args.pos[0])?;
        let mut i = 0usize;
        while let Some(it) = vm.next(&iter)? {
            vm.charge_every(i)?;
            i += 1;
            best = min_max_step(vm, &key, want_max, it, best)?;
        }
    }
    for it in items {
        best = min_max_step(vm, &key, want_max, it, best)?;
    }
    match best {
        Some((v, _)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => {
                let msg = format!("{}() arg is an empty sequence", name);
                Err(vm.new_error("ValueError", &msg))
            }
        },
    }
}

/// One item of `min`/`max`: the better of `it` and the best so far
/// (the first of equal ones), as (item, key).
fn min_max_step(
    vm: &mut Vm,
    key: &Option<Value>,
    want_max: bool,
    it: Value,
    best: Option<(Value, Value)>,
) -> PyResult<Option<(Value, Value)>> {
    let k = match key {
        Some(f) if !f.is_none() => vm.call(f, Args::new(std::slice::from_ref(&it)))?,
        _ => it.clone(),
    };
    Ok(match best {
        None => Some((it, k)),
        Some((bv, bk)) => {
            let better = if want_max {
                vm.compare(&k, &bk, crate::bytecode::CmpOp::Gt)?
            } else {
                vm.compare(&k, &bk, crate::bytecode::CmpOp::Lt)?
            };
            if vm.truthy(&better)? {
                Some((it, k))
            } else {
                Some((bv, bk))
            }
        }
    })
}

fn min(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    min_max(vm, args, "min", false)
}

fn max(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    min_max(vm, args, "max", true)
}

fn sum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.new_error("TypeError", "sum() takes no keyword arguments"));
    }
    check_args(vm, "sum", &args, 1, 2)?;
    let mut acc = args.pos.get(1).cloned().unwrap_or(Value::Int(0));
    if acc.as_pystr().is_some() {
        return Err(vm.new_error(
            "TypeError",
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    if let Some(Payload::Bytes(_)) = acc.payload() {
        return Err(vm.new_error(
            "TypeError",
            "sum() can't sum bytes [use b''.join(seq) instead]",
        ));
    }
    if let Some(Payload::ByteArray(_)) = acc.payload() {
        return Err(vm.new_error(
            "TypeError",
            "sum() can't sum bytearray [use b''.join(seq) instead]",
        ));
    }
    let it = vm.iter(&args.pos[0])?;
    let mut n = 0u64;
    while let Some(v) = vm.next(&it)? {
        acc = match (&acc, &v) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => vm.binary_op(&acc, &v, crate::bytecode::BinOp::Add)?,
        };
        n += 1;
        if n.is_multiple_of(1024) {
            vm.tick(256)?;
        }
    }
    Ok(acc)
}

fn any(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_one(vm, "any", &args)?;
    let it = vm.iter(&args.pos[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_one(vm, "all", &args)?;
    let it = vm.iter(&args.pos[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn chr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::no_kw(vm, "chr", &args)?;
    if args.pos.len() != 1 {
        let msg = format!("chr() takes exactly 1 argument ({} given)", args.pos.len());
        return Err(vm.new_error("TypeError", &msg));
    }
    let i = match num_of(&args.pos[0]) {
        Some(Num::I(i)) => i,
        Some(Num::B(_)) => {
            return Err(vm.new_error("OverflowError", "signed integer is greater than maximum"))
        }
        Some(Num::F(_)) => {
            return Err(vm.new_error("TypeError", "integer argument expected, got float"))
        }
        _ => {
            let msg = format!(
                "an integer is required (got type {})",
                vm.type_name(&args.pos[0])
            );
            return Err(vm.new_error("TypeError", &msg));
        }
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(vm.char_value(c)),
        None => {
            if (0xd800..0xe000).contains(&i) {
                return Ok(crate::objects::str_wide::code_point_value(vm, i as u32));
            }
            Err(vm.new_error("ValueError", "chr() arg not in range(0x110000)"))
        }
    }
}

fn ord(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_one(vm, "ord", &args)?;
    let v = &args.pos[0];
    if let Some(s) = v.as_pystr() {
        if s.len == 1 {
            return Ok(Value::Int(s.code_point_at(0).map_or(0, i64::from)));
        }
        let msg = format!(
            "ord() expected a character, but string of length {} found",
            s.len
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    match v.payload() {
        Some(Payload::Bytes(b)) if b.len() == 1 => return Ok(Value::Int(b[0] as i64)),
        Some(Payload::Bytes(b)) => {
            let msg = format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            );
            return Err(vm.new_error("TypeError", &msg));
        }
        Some(Payload::ByteArray(b)) => {
            let b = b.borrow();
            if b.len() == 1 {
                return Ok(Value::Int(b[0] as i64));
            }
            let msg = format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            );
            return Err(vm.new_error("TypeError", &msg));
        }
        _ => {}
    }
    let msg = format!(
        "ord() expected string of length 1, but {} found",
        vm.type_name(v)
    );
    Err(vm.new_error("TypeError", &msg))
}

fn radix(vm: &mut Vm, args: Args<'_>, name: &str, base: u32, prefix: &str) -> PyResult<Value> {
    check_one(vm, name, &args)?;
    let v = args.pos[0].clone();
    let i = match to_int(&v) {
        Some(i) if !matches!(v, Value::Float(_)) => i,
        _ => {
            let n = vm.index_value(&v).map_err(|_| {
                let msg = format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(&v)
                );
                vm.new_error("TypeError", &msg)
            })?;
            crate::num::Int::Small(n)
        }
    };
    let digits = crate::num::parse::int_to_str_radix(&crate::num::abs(&i), base);
    let sign = if i.is_negative() { "-" } else { "" };
    Ok(Value::string(format!("{}{}{}", sign, prefix, digits)))
}

fn hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::no_kw(vm, "hex", &args)?;
    radix(vm, args, "hex", 16, "0x")
}

fn oct(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::no_kw(vm, "oct", &args)?;
    radix(vm, args, "oct", 8, "0o")
}

fn bin(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::no_kw(vm, "bin", &args)?;
    radix(vm, args, "bin", 2, "0b")
}

fn divmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::no_kw(vm, "divmod", &args)?;
    check_args(vm, "divmod", &args, 2, 2)?;
    let (a, b) = (args.pos[0].clone(), args.pos[1].clone());
    let heap = |vm: &Vm, v: &Value| vm.type_of(v).as_class().map(|c| c.heap).unwrap_or(false);
    if heap(vm, &a) || heap(vm, &b) {
        let l = vm.intern("__divmod__");
        let r = vm.intern("__rdivmod__");
        if let Some(v) = vm.dispatch_binary(&a, &b, &l, &r)? {
            return Ok(v);
        }
    }
    match (num_of(&a), num_of(&b)) {
        (Some(Num::C(..)), _) | (_, Some(Num::C(..))) => {
            Err(vm.new_error("TypeError", "can't take floor or mod of complex number."))
        }
        (Some(x), Some(y)) => {
            let fl = matches!(x, Num::F(_)) || matches!(y, Num::F(_));
            if fl {
                let xf = super::ctors::float_of(vm, &a)?;
                let yf = super::ctors::float_of(vm, &b)?;
                match crate::num::float_divmod(xf, yf) {
                    Ok((q, r)) => Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(r)])),
                    Err(e) => Err(vm.new_error(e.py_type(), &e.to_string())),
                }
            } else {
                let q = vm.binary_op(&a, &b, crate::bytecode::BinOp::FloorDiv)?;
                let r = vm.binary_op(&a, &b, crate::bytecode::BinOp::Mod)?;
                Ok(vm.new_tuple(vec![q, r]))
            }
        }
        _ => {
            let msg = format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                vm.type_name(&a),
                vm.type_name(&b)
            );
            Err(vm.new_error("TypeError", &msg))
        }
    }
}

fn pow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::no_kw(vm, "pow", &args)?;
    check_args(vm, "pow", &args, 2, 3)?;
    let (a, b) = (args.pos[0].clone(), args.pos[1].clone());
    match args.pos.get(2) {
        None => vm.binary_op(&a, &b, crate::bytecode::BinOp::Pow),
        Some(m) if m.is_none() => vm.binary_op(&a, &b, crate::bytecode::BinOp::Pow),
        Some(m) if vm.type_of(&a).as_class().map(|c| c.heap).unwrap_or(false) => {
            let pn = vm.intern("__pow__");
            match vm.call_special(&a, &pn, &[b.clone(), m.clone()])? {
                Some(r) if !r.is(&vm.not_implemented) => Ok(r),
                // The built-in __pow__ of an int/float subclass.
                None if crate::vm::ops::num_of(&a).is_some() => native_pow_mod(vm, &a, &b, m),
                _ => {
                    let msg = format!(
                        "unsupported operand type(s) for pow(): '{}', '{}', '{}'",
                        vm.type_name(&a),
                        vm.type_name(&b),
                        vm.type_name(m)
                    );
                    Err(vm.new_error("TypeError", &msg))
                }
            }
        }
        Some(m) => native_pow_mod(vm, &a, &b, m),
    }
}

/// Three-argument `pow(a, b, m)` on the built-in numbers (also
/// `int.__pow__(a, b, m)`): all three must be ints.
pub fn native_pow_mod(vm: &mut Vm, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    {
        {
            let (x, y, z) = match (to_int(a), to_int(b), to_int(m)) {
                (Some(x), Some(y), Some(z))
                    if !matches!(a, Value::Float(_)) && !matches!(b, Value::Float(_)) =>
                {
                    (x, y, z)
                }
                _ => {
                    return Err(vm.new_error(
                        "TypeError",
                        "pow() 3rd argument not allowed unless all arguments are integers",
                    ))
                }
            };
            // One squaring and reduction per exponent bit, charged before.
            let m_limbs = z.with_big(|m| m.bits() / 64 + 1);
            let e_bits = y.with_big(|e| e.bits());
            vm.charge_work(e_bits.saturating_mul(m_limbs.saturating_mul(m_limbs)))?;
            match crate::num::pow(&x, &y, Some(&z), u64::MAX) {
                Ok(crate::num::Number::Int(i)) => Ok(super::int_value(vm, i)),
                Ok(crate::num::Number::Float(f)) => Ok(Value::Float(f)),
                Ok(crate::num::Number::NeedsComplex) => {
                    Err(vm.new_error("ValueError", "math domain error"))
                }
                Err(e) => Err(vm.arith_error(&e)),
            }
        }
    }
}

fn round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::kwparse::bind(vm, "round", &args, &["number", "ndigits"], 1)?;
    let x = match args.pos.first().or_else(|| args.kwarg("number")) {
        Some(x) => x.clone(),
        None => {
            return Err(vm.new_error("TypeError", "Required argument 'number' (pos 1) not found"))
        }
    };
    let nd = args
        .pos
        .get(1)
        .cloned()
        .or_else(|| args.kwarg("ndigits").cloned());
    if vm.type_of(&x).as_class().map(|c| c.heap).unwrap_or(false) {
        let rn = vm.names.round.clone();
        let extra: Vec<Value> = nd.iter().cloned().collect();
        if let Some(r) = vm.call_special(&x, &rn, &extra)? {
            return Ok(r);
        }
    }
    match num_of(&x) {
        Some(Num::F(f)) => match nd {
            None => match crate::num::float_round_to_int(f) {
                Ok(i) => Ok(super::int_value(vm, i)),
                Err(e) => Err(vm.new_error(e.py_type(), &e.to_string())),
            },
            Some(n) => {
                let n = vm.index_value(&n)?;
                match crate::num::float_round(f, n) {
                    Ok(r) => Ok(Value::Float(r)),
                    Err(e) => Err(vm.new_error(e.py_type(), &e.to_string())),
                }
            }
        },
        Some(Num::I(_)) | Some(Num::B(_)) => match nd {
            None => Ok(super::int_value(
                vm,
                to_int(&x).unwrap_or(crate::num::Int::Small(0)),
            )),
            Some(n) => {
                let n = match crate::objects::range::index_big(vm, &n)? {
                    Some(b) => crate::num::Int::from_big(b),
                    None => {
                        let msg = format!(
                            "'{}' object cannot be interpreted as an integer",
                            vm.type_name(&n)
                        );
                        return Err(vm.new_error("TypeError", &msg));
                    }
                };
                let i = to_int(&x).unwrap_or(crate::num::Int::Small(0));
                Ok(super::int_value(vm, crate::num::int_round(&i, &n)))
            }
        },
        _ => {
            let msg = format!("type {} doesn't define __round__ method", vm.type_name(&x));
            Err(vm.new_error("TypeError", &msg))
        }
    }
}

fn hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_one(vm, "hash", &args)?;
    Ok(Value::Int(vm.hash(&args.pos[0])?))
}

fn id(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_one(vm, "id", &args)?;
    Ok(Value::Int(args.pos[0].id()))
}

/// Whether a value can be called.
pub fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Function(_))
        | Some(Payload::Builtin(_))
        | Some(Payload::Method(..))
        | Some(Payload::Class(_)) => true,
        _ => {
            let cls = vm.type_of(v);
            crate::objects::class::lookup(cls, &vm.names.call).is_some()
        }
    }
}

fn callable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_one(vm, "callable", &args)?;
    Ok(Value::Bool(is_callable(vm, &args.pos[0])))
}

fn iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::no_kw(vm, "iter", &args)?;
    check_args(vm, "iter", &args, 1, 2)?;
    if args.pos.len() == 2 {
        if !is_callable(vm, &args.pos[0]) {
            return Err(vm.new_error("TypeError", "iter(v, w): v must be callable"));
        }
        let cls = vm.types.callable_iterator.clone();
        return Ok(vm.new_iter(
            &cls,
            crate::vm::iter::IterState::Callable {
                f: args.pos[0].clone(),
                sentinel: args.pos[1].clone(),
            },
        ));
    }
    vm.iter(&args.pos[0])
}

fn next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::no_kw(vm, "next", &args)?;
    check_args(vm, "next", &args, 1, 2)?;
    let it = args.pos[0].clone();
    let is_iter = matches!(
        it.payload(),
        Some(Payload::Iter(_)) | Some(Payload::Generator(_))
    ) || crate::objects::class::lookup(vm.type_of(&it), &vm.names.next).is_some();
    if !is_iter {
        let msg = format!("'{}' object is not an iterator", vm.type_name(&it));
        return Err(vm.new_error("TypeError", &msg));
    }
    if let Value::Obj(g) = &it {
        if matches!(g.payload, Payload::Generator(_)) {
            return match vm.gen_resume(g, Value::None, None) {
                Ok(crate::vm::generator::GenResult::Yield(v)) => Ok(v),
                Ok(crate::vm::generator::GenResult::Return(v)) => match args.pos.get(1) {
                    Some(d) => Ok(d.clone()),
                    None => {
                        let cls = vm.exc_class("StopIteration");
                        let a = if v.is_none() { vec![] } else { vec![v] };
                        Err(PyErr::Exc(vm.new_exception(&cls, a)))
                    }
                },
                Err(PyErr::Exc(e))
                    if vm.is_instance_of(&e, "StopIteration") && args.pos.len() == 2 =>
                {
                    Ok(args.pos[1].clone())
                }
                Err(e) => Err(e),
            };
        }
    }
    match vm.next_raw(&it) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => match args.pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => {
                let cls = vm.exc_class("StopIteration");
                Err(PyErr::Exc(vm.new_exception(&cls, vec![])))
            }
        },
        Err(PyErr::Exc(e)) if vm.is_instance_of(&e, "StopIteration") && args.pos.len() == 2 => {
            Ok(args.pos[1].clone())
        }
        Err(e) => Err(e),
    }
}

pub use super::sort::sort_values;

/// `sorted(iterable, key=None, reverse=False)` with 3.4's argument parsing
/// (`"O|Oi:sorted"`, the extra positionals then refused by `list.sort`).
fn sorted(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let given = args.pos.len() + args.kw.len();
    if given > 3 {
        let msg = format!("sorted() takes at most 3 arguments ({} given)", given);
        return Err(vm.new_error("TypeError", &msg));
    }
    let mut iterable = args.pos.first().cloned();
    let mut key = None;
    let mut reverse = false;
    for (k, v) in args.kw {
        match k.as_str() {
            "iterable" if iterable.is_none() => iterable = Some(v.clone()),
            "key" => key = Some(v.clone()),
            "reverse" => reverse = super::int_flag(vm, v)?,
            other => {
                let msg = format!(
                    "'{}' is an invalid keyword argument for this function",
                    other
                );
                return Err(vm.new_error("TypeError", &msg));
            }
        }
    }
    let Some(iterable) = iterable else {
        return Err(vm.new_error(
            "TypeError",
            "Required argument 'iterable' (pos 1) not found",
        ));
    };
    let mut items = vm.iterate(&iterable)?;
    if args.pos.len() > 1 {
        return Err(vm.new_error("TypeError", "must use keyword argument for key function"));
    }
    sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(vm.new_list(items))
}

fn format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_kw(vm, "format", &args)?;
    check_args(vm, "format", &args, 1, 2)?;
    if let Some(s) = args.pos[0].as_pystr().filter(|s| s.is_wide()) {
        let s = s.clone();
        let spec = match args.pos.get(1) {
            Some(v) => super::want_str(vm, v, "format() argument 2")?,
            None => std::rc::Rc::new(crate::objects::PyStr::new("")),
        };
        return crate::objects::str_wide::format_str(vm, &s, &spec);
    }
    let spec = match args.pos.get(1) {
        Some(s) => super::want_str(vm, s, "format() argument 2")?
            .as_str()
            .to_string(),
        None => String::new(),
    };
    if let Some(s) = super::strformat_exact::format_exact(vm, &args.pos[0], &spec)? {
        return Ok(Value::Str(s));
    }
    super::strformat::format_value(vm, &args.pos[0], &spec).map(Value::string)
}

#[allow(dead_code)]
fn unused(_: &Value) -> Option<BigInt> {
    None
}

#[allow(dead_code)]
fn arg_unused(a: &Args<'_>) -> Value {
    arg0(a)
}
