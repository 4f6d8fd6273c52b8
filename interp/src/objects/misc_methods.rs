//! Methods of int, float, bytes, range, slice, generators, property.

use super::{Payload, Value};
use crate::builtins::{to_int, Method};
use crate::vm::generator::GenResult;
use crate::vm::ops::{num_of, Num};
use crate::vm::{Args, PyErr, PyResult, Vm};
use std::rc::Rc;

fn this(args: &Args<'_>) -> Value {
    args.pos.first().cloned().unwrap_or_default()
}

fn bit_length(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match to_int(&this(&args)) {
        Some(i) => Ok(Value::Int(i.bit_length() as i64)),
        None => Err(vm.new_error(
            "TypeError",
            "descriptor 'bit_length' requires an 'int' object",
        )),
    }
}

fn conjugate(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(this(&args))
}

fn to_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let i = to_int(&this(&args)).unwrap_or(crate::num::Int::Small(0));
    let len = match args.pos.get(1).or_else(|| args.kwarg("length")) {
        Some(l) => vm.index_value(l)?,
        None => {
            return Err(vm.new_error("TypeError", "Required argument 'length' (pos 1) not found"))
        }
    };
    let order = match args.pos.get(2).or_else(|| args.kwarg("byteorder")) {
        Some(o) => crate::builtins::want_str(vm, o, "to_bytes() argument 2")?,
        None => {
            return Err(vm.new_error(
                "TypeError",
                "Required argument 'byteorder' (pos 2) not found",
            ))
        }
    };
    let signed = match args.kwarg("signed") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let big = crate::num::parse_byteorder(order.as_str())
        .map_err(|e| vm.new_error(e.py_type(), &e.to_string()))?;
    vm.reserve(len.max(0) as u64)?;
    match crate::num::int_to_bytes(&i, len, big, signed, 1 << 30) {
        Ok(b) => Ok(vm.new_bytes(b)),
        Err(e) => Err(vm.new_error(e.py_type(), &e.to_string())),
    }
}

fn from_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let data = match args.pos.get(1).or_else(|| args.kwarg("bytes")) {
        Some(b) => {
            let b = b.clone();
            crate::builtins::ctors::bytes_of(vm, &b)?
        }
        None => {
            return Err(vm.new_error("TypeError", "Required argument 'bytes' (pos 1) not found"))
        }
    };
    let order = match args.pos.get(2).or_else(|| args.kwarg("byteorder")) {
        Some(o) => crate::builtins::want_str(vm, o, "from_bytes() argument 2")?,
        None => {
            return Err(vm.new_error(
                "TypeError",
                "Required argument 'byteorder' (pos 2) not found",
            ))
        }
    };
    let signed = match args.kwarg("signed") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let big = crate::num::parse_byteorder(order.as_str())
        .map_err(|e| vm.new_error(e.py_type(), &e.to_string()))?;
    let i = crate::num::int_from_bytes(&data, big, signed);
    Ok(crate::builtins::int_value(vm, i))
}

fn int_getnewargs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = this(&args);
    Ok(vm.new_tuple(vec![v]))
}

/// int methods.
pub const INT: &[Method] = &[
    ("bit_length", bit_length),
    ("conjugate", conjugate),
    ("to_bytes", to_bytes),
    ("__getnewargs__", int_getnewargs),
    ("__trunc__", conjugate),
    ("__floor__", conjugate),
    ("__ceil__", conjugate),
    ("__round__", int_round),
];

fn int_round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let i = to_int(&this(&args)).unwrap_or(crate::num::Int::Small(0));
    match args.pos.get(1) {
        None => Ok(crate::builtins::int_value(vm, i)),
        Some(n) => {
            let n = to_int(n).unwrap_or(crate::num::Int::Small(0));
            Ok(crate::builtins::int_value(
                vm,
                crate::num::int_round(&i, &n),
            ))
        }
    }
}

/// int class methods.
pub const INT_CLASS: &[Method] = &[("from_bytes", from_bytes)];

fn fval(vm: &mut Vm, args: &Args<'_>) -> PyResult<f64> {
    match num_of(&this(args)) {
        Some(Num::F(f)) => Ok(f),
        _ => Err(vm.new_error("TypeError", "descriptor requires a 'float' object")),
    }
}

fn is_integer(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = fval(vm, &args)?;
    Ok(Value::Bool(crate::num::float_is_integer(f)))
}

fn as_integer_ratio(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = fval(vm, &args)?;
    match crate::num::float_as_integer_ratio(f) {
        Ok((n, d)) => {
            let n = crate::builtins::int_value(vm, n);
            let d = crate::builtins::int_value(vm, d);
            Ok(vm.new_tuple(vec![n, d]))
        }
        Err(e) => Err(vm.new_error(e.py_type(), &e.to_string())),
    }
}

fn float_hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = fval(vm, &args)?;
    Ok(Value::string(crate::num::float_hex(f)))
}

fn float_fromhex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = crate::builtins::want_str(
        vm,
        &args.pos.get(1).cloned().unwrap_or_default(),
        "fromhex() argument",
    )?;
    match crate::num::float_fromhex(s.as_str()) {
        Ok(f) => Ok(Value::Float(f)),
        Err(e) => Err(vm.new_error(e.py_type(), &e.to_string())),
    }
}

fn float_trunc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = fval(vm, &args)?;
    crate::builtins::ctors::int_of(vm, &Value::Float(f))
}

fn float_round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = fval(vm, &args)?;
    match args.pos.get(1) {
        None | Some(Value::None) => match crate::num::float_round_to_int(f) {
            Ok(i) => Ok(crate::builtins::int_value(vm, i)),
            Err(e) => Err(vm.new_error(e.py_type(), &e.to_string())),
        },
        Some(n) => {
            let n = vm.index_value(n)?;
            match crate::num::float_round(f, n) {
                Ok(r) => Ok(Value::Float(r)),
                Err(e) => Err(vm.new_error(e.py_type(), &e.to_string())),
            }
        }
    }
}

/// float methods.
pub const FLOAT: &[Method] = &[
    ("is_integer", is_integer),
    ("as_integer_ratio", as_integer_ratio),
    ("hex", float_hex),
    ("conjugate", conjugate),
    ("__trunc__", float_trunc),
    ("__round__", float_round),
];

/// float class methods.
pub const FLOAT_CLASS: &[Method] = &[("fromhex", float_fromhex)];

fn complex_conjugate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match num_of(&this(&args)) {
        Some(Num::C(r, i)) => {
            let cls = vm.types.complex.clone();
            Ok(vm.alloc(&cls, Payload::Complex(r, -i)))
        }
        _ => Err(vm.new_error("TypeError", "descriptor requires a 'complex' object")),
    }
}

/// complex methods.
pub const COMPLEX: &[Method] = &[("conjugate", complex_conjugate)];

fn bytes_data(vm: &mut Vm, args: &Args<'_>) -> PyResult<Vec<u8>> {
    match this(args).payload() {
        Some(Payload::Bytes(b)) => Ok(b.to_vec()),
        Some(Payload::ByteArray(b)) => Ok(b.borrow().clone()),
        _ => Err(vm.new_error("TypeError", "descriptor requires a 'bytes' object")),
    }
}

fn decode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = bytes_data(vm, &args)?;
    let enc = match args.pos.get(1).or_else(|| args.kwarg("encoding")) {
        Some(e) => crate::builtins::want_str(vm, e, "decode() argument 1")?
            .as_str()
            .to_lowercase(),
        None => "utf-8".into(),
    };
    match enc.as_str() {
        "utf-8" | "utf8" => match String::from_utf8(b) {
            Ok(s) => Ok(Value::string(s)),
            Err(e) => {
                let pos = e.utf8_error().valid_up_to();
                let byte = e.as_bytes().get(pos).copied().unwrap_or(0);
                let msg = format!(
                    "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                    byte, pos
                );
                Err(vm.new_error("UnicodeDecodeError", &msg))
            }
        },
        "ascii" => {
            if let Some(pos) = b.iter().position(|&c| c >= 128) {
                let msg = format!(
                    "'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)",
                    b[pos], pos
                );
                return Err(vm.new_error("UnicodeDecodeError", &msg));
            }
            Ok(Value::string(b.iter().map(|&c| c as char).collect()))
        }
        "latin-1" | "latin1" | "iso-8859-1" => {
            Ok(Value::string(b.iter().map(|&c| c as char).collect()))
        }
        other => {
            let msg = format!("unknown encoding: {}", other);
            Err(vm.new_error("LookupError", &msg))
        }
    }
}

fn bytes_join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let sep = bytes_data(vm, &args)?;
    let items = vm.iterate(&args.pos.get(1).cloned().unwrap_or_default())?;
    let total: u64 = items
        .iter()
        .map(|it| crate::sandbox::work::bytes_like_len(it).unwrap_or(0) + sep.len() as u64)
        .sum();
    vm.reserve(total)?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        vm.charge_every(i)?;
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match it.payload() {
            Some(Payload::Bytes(b)) => out.extend_from_slice(b),
            Some(Payload::ByteArray(b)) => out.extend_from_slice(&b.borrow()),
            _ => {
                let msg = format!("sequence item {}: expected bytes, bytearray, or an object with the buffer interface, {} found", i, vm.type_name(it));
                return Err(vm.new_error("TypeError", &msg));
            }
        }
    }
    Ok(vm.new_bytes(out))
}

fn bytearray_append(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = vm.index_value(&args.pos.get(1).cloned().unwrap_or_default())?;
    if !(0..256).contains(&x) {
        return Err(vm.new_error("ValueError", "byte must be in range(0, 256)"));
    }
    if let Some(Payload::ByteArray(b)) = this(&args).payload() {
        b.borrow_mut().push(x as u8);
    }
    Ok(Value::None)
}

/// bytes methods.
pub const BYTES: &[Method] = &[("decode", decode), ("join", bytes_join)];

/// bytearray methods.
pub const BYTEARRAY: &[Method] = &[("decode", decode), ("append", bytearray_append)];

fn range_index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = this(&args);
    let x = args.pos.get(1).cloned().unwrap_or_default();
    if let (Some(Payload::Range(a, _, s)), Value::Int(n)) = (r.payload(), &x) {
        if vm.contains(&r, &x)? {
            return Ok(Value::Int((n - a) / s));
        }
    }
    let rep = vm.repr(&x)?;
    Err(vm.new_error("ValueError", &format!("{} is not in range", rep)))
}

fn range_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = this(&args);
    let x = args.pos.get(1).cloned().unwrap_or_default();
    Ok(Value::Int(vm.contains(&r, &x)? as i64))
}

/// range methods.
pub const RANGE: &[Method] = &[("index", range_index), ("count", range_count)];

fn slice_indices(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args);
    let n = vm.index_value(&args.pos.get(1).cloned().unwrap_or_default())?;
    let (a, b, c, _) = vm.slice_indices(&s, n)?;
    Ok(vm.new_tuple(vec![Value::Int(a), Value::Int(b), Value::Int(c)]))
}

/// slice methods.
pub const SLICE: &[Method] = &[("indices", slice_indices)];

fn gen_of(vm: &mut Vm, args: &Args<'_>) -> PyResult<Rc<super::Obj>> {
    match args.pos.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Generator(_)) => Ok(o.clone()),
        _ => Err(vm.new_error("TypeError", "descriptor requires a 'generator' object")),
    }
}

fn gen_result(vm: &mut Vm, r: GenResult) -> PyResult<Value> {
    match r {
        GenResult::Yield(v) => Ok(v),
        GenResult::Return(v) => {
            let cls = vm.exc_class("StopIteration");
            let args = if v.is_none() { vec![] } else { vec![v] };
            Err(PyErr::Exc(vm.new_exception(&cls, args)))
        }
    }
}

fn gen_send(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = gen_of(vm, &args)?;
    let v = args.pos.get(1).cloned().unwrap_or_default();
    let r = vm.gen_resume(&g, v, None)?;
    gen_result(vm, r)
}

fn gen_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = gen_of(vm, &args)?;
    let r = vm.gen_resume(&g, Value::None, None)?;
    gen_result(vm, r)
}

fn gen_throw(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = gen_of(vm, &args)?;
    let t = args.pos.get(1).cloned().unwrap_or_default();
    let e = match (args.pos.get(2), &t) {
        (Some(v), Value::Obj(c)) if c.as_class().is_some() && !v.is_none() => {
            if matches!(v.payload(), Some(Payload::Exception(_))) {
                v.clone()
            } else {
                vm.call(&t, Args::new(std::slice::from_ref(v)))?
            }
        }
        _ => t.clone(),
    };
    let exc = vm.make_raisable(
        e,
        "exceptions must be classes or instances deriving from BaseException, not type",
    )?;
    let r = vm.gen_throw(&g, PyErr::Exc(exc))?;
    gen_result(vm, r)
}

fn gen_close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = gen_of(vm, &args)?;
    vm.gen_close(&g)?;
    Ok(Value::None)
}

/// generator methods.
pub const GENERATOR: &[Method] = &[
    ("send", gen_send),
    ("__next__", gen_next),
    ("throw", gen_throw),
    ("close", gen_close),
];

fn prop_with(vm: &mut Vm, args: &Args<'_>, slot: usize) -> PyResult<Value> {
    let p = this(args);
    let mut parts = match p.payload() {
        Some(Payload::Property(x)) => x.borrow().clone(),
        _ => return Err(vm.new_error("TypeError", "descriptor requires a 'property' object")),
    };
    parts[slot] = args.pos.get(1).cloned().unwrap_or_default();
    let cls = vm.type_of(&p).clone();
    Ok(vm.alloc(&cls, Payload::Property(std::cell::RefCell::new(parts))))
}

fn prop_getter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    prop_with(vm, &args, 0)
}

fn prop_setter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    prop_with(vm, &args, 1)
}

fn prop_deleter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    prop_with(vm, &args, 2)
}

fn prop_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = this(&args);
    let obj = args.pos.get(1).cloned().unwrap_or_default();
    if obj.is_none() {
        return Ok(p);
    }
    let cls = vm.type_of(&obj).clone();
    vm.descr_get(&p, &obj, &cls)
}

/// property methods.
pub const PROPERTY: &[Method] = &[
    ("getter", prop_getter),
    ("setter", prop_setter),
    ("deleter", prop_deleter),
    ("__get__", prop_get),
];

fn func_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args);
    let obj = args.pos.get(1).cloned().unwrap_or_default();
    if obj.is_none() {
        return Ok(f);
    }
    let m = vm.types.method.clone();
    Ok(vm.alloc(&m, Payload::Method(obj, f)))
}

fn cm_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args);
    let obj = args.pos.get(1).cloned().unwrap_or_default();
    let typ = args.pos.get(2).cloned().unwrap_or_default();
    let cls = match (&typ, &obj) {
        (Value::Obj(c), _) if c.as_class().is_some() => c.clone(),
        _ => vm.type_of(&obj).clone(),
    };
    vm.descr_get(&d, &obj, &cls)
}

/// classmethod / staticmethod methods.
pub const WRAPPERS: &[Method] = &[("__get__", cm_get)];

/// function methods.
pub const FUNCTION: &[Method] = &[("__get__", func_get)];

/// Installs every method table.
pub fn install(vm: &mut Vm) {
    use crate::builtins::{add_class_methods, add_methods};
    let t = &vm.types;
    let (int, float, complex, bytes, bytearray, range, slice, generator, property, function) = (
        t.int.clone(),
        t.float.clone(),
        t.complex.clone(),
        t.bytes.clone(),
        t.bytearray.clone(),
        t.range.clone(),
        t.slice.clone(),
        t.generator.clone(),
        t.property.clone(),
        t.function.clone(),
    );
    let (str_, list, tuple, dict, set, frozenset) = (
        t.str_.clone(),
        t.list.clone(),
        t.tuple.clone(),
        t.dict.clone(),
        t.set.clone(),
        t.frozenset.clone(),
    );
    add_methods(vm, &int, INT);
    add_class_methods(vm, &int, INT_CLASS);
    add_methods(vm, &float, FLOAT);
    add_class_methods(vm, &float, FLOAT_CLASS);
    add_methods(vm, &complex, COMPLEX);
    add_methods(vm, &bytes, BYTES);
    add_methods(vm, &bytearray, BYTEARRAY);
    add_methods(vm, &range, RANGE);
    add_methods(vm, &slice, SLICE);
    add_methods(vm, &generator, GENERATOR);
    add_methods(vm, &property, PROPERTY);
    add_methods(vm, &function, FUNCTION);
    let (cm, sm) = (vm.types.classmethod.clone(), vm.types.staticmethod.clone());
    add_methods(vm, &cm, WRAPPERS);
    add_methods(vm, &sm, WRAPPERS);
    add_methods(vm, &str_, super::str_methods::METHODS);
    add_class_methods(vm, &str_, super::str_methods::STATIC);
    add_methods(vm, &list, super::list_methods::LIST);
    add_methods(vm, &tuple, super::list_methods::TUPLE);
    add_methods(vm, &dict, super::dict_methods::DICT);
    add_class_methods(vm, &dict, super::dict_methods::DICT_CLASS);
    add_methods(vm, &set, super::dict_methods::SET);
    add_methods(vm, &frozenset, super::dict_methods::FROZENSET);
    crate::builtins::funcs2::install_iter_classes(vm);
}
