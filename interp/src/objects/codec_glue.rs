//! `str.encode` / `bytes.decode` on top of [`crate::text::codecs`], and the
//! UnicodeEncodeError / UnicodeDecodeError objects: their arguments are
//! `(encoding, object, start, end, reason)` as in CPython, their attributes
//! read those arguments and their `str()` is CPython's message.

use super::{Obj, Payload, Value};
use crate::builtins::{check_method_args, want_str};
use crate::text::codecs::{decode_with, encode_with, lookup_codec, CodecError, ErrorHandler};
use crate::text::codecs_surrogate::{self, cp_escape};
use crate::vm::{Args, PyErr, PyResult, Vm};
use std::rc::Rc;

/// Turns a codec failure into the Python exception; `object` is the value
/// being encoded or decoded (used for the error's `object` attribute).
pub fn codec_error(vm: &mut Vm, e: CodecError, object: Value) -> PyErr {
    match e {
        CodecError::Encode(info) | CodecError::Decode(info) => {
            let name = if matches!(object, Value::Str(_)) || object.as_pystr().is_some() {
                "UnicodeEncodeError"
            } else {
                "UnicodeDecodeError"
            };
            let cls = vm.exc_class(name);
            let args = vec![
                Value::str(info.encoding),
                object,
                Value::Int(info.start as i64),
                Value::Int(info.end as i64),
                Value::string(info.reason),
            ];
            PyErr::Exc(vm.new_exception(&cls, args))
        }
        CodecError::Interrupted => vm.interrupted(),
        other => vm.new_error(other.py_type(), &other.to_string()),
    }
}

/// `data.decode(encoding, errors)`; `owner` is the bytes-like being decoded.
pub fn decode_value(
    vm: &mut Vm,
    data: &[u8],
    owner: Value,
    encoding: &str,
    errors: &str,
) -> PyResult<Value> {
    vm.tick((data.len() >> 10) as u64)?;
    if let Some(r) = decode_exact(data, encoding, errors) {
        return match r {
            Ok(cps) => {
                crate::objects::buffer::charge(vm, cps.len() * 4)?;
                Ok(Value::Str(Rc::new(super::PyStr::from_code_points(cps))))
            }
            Err(e) => Err(decode_failure(vm, e, owner, data)),
        };
    }
    match decode_with(data, encoding, errors) {
        Ok(s) => {
            crate::objects::buffer::charge(vm, s.len())?;
            Ok(Value::string(s))
        }
        Err(e) => Err(decode_failure(vm, e, owner, data)),
    }
}

/// The exception for a failed decode of `data`: the UnicodeDecodeError's
/// `object` is `owner` when it is bytes, else a bytes copy of `data` (no
/// copy when the run was interrupted).
fn decode_failure(vm: &mut Vm, e: CodecError, owner: Value, data: &[u8]) -> PyErr {
    if matches!(e, CodecError::Interrupted) {
        return vm.interrupted();
    }
    let object = match owner.payload() {
        Some(Payload::Bytes(_)) => owner,
        _ => vm.new_bytes(data.to_vec()),
    };
    codec_error(vm, e, object)
}

/// Decoding whose result may hold lone surrogates (`surrogateescape`,
/// `surrogatepass` with a known codec); `None` for the ordinary path.
fn decode_exact(data: &[u8], encoding: &str, errors: &str) -> Option<Result<Vec<u32>, CodecError>> {
    if data.is_empty() || !matches!(errors, "surrogateescape" | "surrogatepass") {
        return None;
    }
    let codec = lookup_codec(encoding).ok()?;
    let handler = ErrorHandler::from_name(errors);
    Some(codecs_surrogate::decode_code_points(data, codec, &handler))
}

/// `s.encode(encoding, errors)` for a string with lone surrogates (`cps`,
/// its code points); `owner` is the str value.
pub fn encode_wide(
    vm: &mut Vm,
    cps: &[u32],
    owner: Value,
    encoding: &str,
    errors: &str,
) -> PyResult<Value> {
    vm.tick((cps.len() >> 8) as u64)?;
    let Ok(codec) = lookup_codec(encoding) else {
        // The lookup error, as the ordinary path words it.
        let lossy: String = cps.iter().filter_map(|&c| char::from_u32(c)).collect();
        return encode_value(vm, &lossy, owner, encoding, errors);
    };
    let handler = ErrorHandler::from_name(errors);
    match codecs_surrogate::encode_code_points(cps, codec, &handler) {
        Ok(b) => {
            crate::objects::buffer::charge(vm, b.len())?;
            Ok(vm.new_bytes(b))
        }
        Err(e) => {
            let e = crate::text::codecs::wrap("encoding", encoding, e);
            Err(codec_error(vm, e, owner))
        }
    }
}

/// The UnicodeEncodeError of writing the str `v` (which holds lone
/// surrogates) to UTF-8 stdout, as CPython's print raises it.
pub fn unprintable(vm: &mut Vm, v: &Value) -> PyErr {
    let cps = v
        .as_pystr()
        .map(|s| s.s.to_code_points())
        .unwrap_or_default();
    match encode_wide(vm, &cps, v.clone(), "utf-8", "strict") {
        Err(e) => e,
        Ok(_) => vm.new_error("SystemError", "a str with lone surrogates encoded to UTF-8"),
    }
}

/// `s.encode(encoding, errors)`; `owner` is the str value.
pub fn encode_value(
    vm: &mut Vm,
    s: &str,
    owner: Value,
    encoding: &str,
    errors: &str,
) -> PyResult<Value> {
    vm.tick((s.len() >> 10) as u64)?;
    match encode_with(s, encoding, errors) {
        Ok(b) => {
            crate::objects::buffer::charge(vm, b.len())?;
            Ok(vm.new_bytes(b))
        }
        Err(e) => Err(codec_error(vm, e, owner)),
    }
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn str_encode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "encode", &args, 0, 2)?;
    let this = args.pos.first().cloned().unwrap_or_default();
    let Some(s) = this.as_pystr().cloned() else {
        return Err(vm.new_error("TypeError", "descriptor 'encode' requires a 'str' object"));
    };
    let enc = match args.pos.get(1).or_else(|| args.kwarg("encoding")) {
        Some(e) => Some(want_str(vm, e, "encode() argument 1")?),
        None => None,
    };
    let errors = match args.pos.get(2).or_else(|| args.kwarg("errors")) {
        Some(e) => Some(want_str(vm, e, "encode() argument 2")?),
        None => None,
    };
    let enc = enc.as_ref().map_or("utf-8", |e| e.as_str());
    let errors = errors.as_ref().map_or("strict", |e| e.as_str());
    match s.s.wide() {
        Some(cps) => encode_wide(vm, cps, this, enc, errors),
        None => encode_value(vm, s.as_str(), this, enc, errors),
    }
}

/// `str(e)` of a UnicodeEncodeError/UnicodeDecodeError built from its five
/// arguments (`None` when the arguments are not that shape).
pub fn unicode_error_str(vm: &mut Vm, e: &Rc<Obj>, items: &[Value]) -> Option<String> {
    if vm.is_instance_of(e, "UnicodeTranslateError") {
        let [obj, Value::Int(start), Value::Int(end), reason] = items else {
            return None;
        };
        let (s, reason) = (obj.as_pystr()?, reason.as_pystr()?.as_str());
        let ch = usize::try_from(*start)
            .ok()
            .and_then(|i| s.code_point_at(i));
        let what = match ch {
            Some(c) if *end == start + 1 => {
                format!("character '{}' in position {}", cp_escape(c), start)
            }
            _ => format!("characters in position {}-{}", start, end - 1),
        };
        return Some(format!("can't translate {}: {}", what, reason));
    }
    let decode = vm.is_instance_of(e, "UnicodeDecodeError");
    if !decode && !vm.is_instance_of(e, "UnicodeEncodeError") {
        return None;
    }
    let [enc, obj, Value::Int(start), Value::Int(end), reason] = items else {
        return None;
    };
    let (enc, reason) = (enc.as_pystr()?.as_str(), reason.as_pystr()?.as_str());
    let (start, end) = (*start, *end);
    let single = end == start + 1;
    if decode {
        let data = crate::objects::buffer::buffer_of(obj)?;
        let what = match usize::try_from(start).ok().and_then(|i| data.get(i)) {
            Some(b) if single => format!("byte 0x{:02x} in position {}", b, start),
            _ => format!("bytes in position {}-{}", start, end - 1),
        };
        return Some(format!("'{}' codec can't decode {}: {}", enc, what, reason));
    }
    let s = obj.as_pystr()?;
    let ch = usize::try_from(start).ok().and_then(|i| s.code_point_at(i));
    let what = match ch {
        Some(c) if single => format!("character '{}' in position {}", cp_escape(c), start),
        _ => format!("characters in position {}-{}", start, end - 1),
    };
    Some(format!("'{}' codec can't encode {}: {}", enc, what, reason))
}

/// Where attribute `i` of the encode/decode layout `(encoding, object,
/// start, end, reason)` lives for this exception: UnicodeTranslateError has
/// no encoding, so its arguments are `(object, start, end, reason)`.
fn arg_slot(vm: &Vm, o: &Rc<Obj>, i: usize) -> Option<usize> {
    if vm.is_instance_of(o, "UnicodeTranslateError") {
        i.checked_sub(1)
    } else {
        Some(i)
    }
}

fn exc_arg(vm: &mut Vm, args: &Args<'_>, i: usize) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or_default();
    let Some(o) = this.as_obj() else {
        return Err(vm.new_error("TypeError", "descriptor requires an exception"));
    };
    let Some(slot) = arg_slot(vm, o, i) else {
        return Ok(Value::None);
    };
    let v = vm.exc_args(o).get(slot).cloned().unwrap_or_default();
    if i == 1 && vm.is_instance_of(o, "UnicodeDecodeError") {
        if let Some(Payload::ByteArray(b)) = v.payload() {
            let data = b.borrow().clone();
            return Ok(vm.new_bytes(data));
        }
    }
    Ok(v)
}

/// Sets argument `i` of a UnicodeError (`e.start = 3`), keeping the others.
fn set_exc_arg(vm: &mut Vm, args: &Args<'_>, i: usize) -> PyResult<Value> {
    let (Some(this), Some(v)) = (args.pos.first(), args.pos.get(1)) else {
        return Err(vm.new_error("TypeError", "can't delete attribute"));
    };
    let Some(o) = this.as_obj().cloned() else {
        return Err(vm.new_error("TypeError", "descriptor requires an exception"));
    };
    let Some(i) = arg_slot(vm, &o, i) else {
        return Ok(Value::None);
    };
    let mut items = vm.exc_args(&o);
    if items.len() <= i {
        items.resize(i + 1, Value::None);
    }
    items[i] = v.clone();
    let t = vm.new_tuple(items);
    if let Payload::Exception(d) = &o.payload {
        d.borrow_mut().args = t;
    }
    Ok(Value::None)
}

macro_rules! attr_fns {
    ($($f:ident, $s:ident => ($name:expr, $i:expr)),* $(,)?) => {
        $(fn $f(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> { exc_arg(vm, &args, $i) })*
        $(fn $s(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> { set_exc_arg(vm, &args, $i) })*
        const ATTRS: &[(&str, crate::objects::NativeFn, crate::objects::NativeFn)] =
            &[$(($name, $f, $s)),*];
    };
}
attr_fns! {
    a_encoding, s_encoding => ("encoding", 0), a_object, s_object => ("object", 1),
    a_start, s_start => ("start", 2), a_end, s_end => ("end", 3),
    a_reason, s_reason => ("reason", 4),
}

/// Checks argument `i` (1-based in messages) of a UnicodeError constructor
/// as CPython 3.4's `PyArg_ParseTuple` does: `"str"`, `"int"` (a
/// Py_ssize_t) or `"buffer"` (anything bytes-like).
fn check_ctor_arg(vm: &mut Vm, v: &Value, i: usize, kind: &str) -> PyResult<()> {
    let ok = match kind {
        "str" => v.as_pystr().is_some(),
        "int" => {
            if matches!(v, Value::Float(_)) {
                return Err(vm.new_error("TypeError", "integer argument expected, got float"));
            }
            if !matches!(v, Value::Int(_) | Value::Bool(_)) {
                vm.index_value(v)?;
            }
            true
        }
        _ => {
            if crate::objects::buffer::buffer_of(v).is_none() {
                let msg = format!(
                    "'{}' does not support the buffer interface",
                    vm.type_name(v)
                );
                return Err(vm.new_error("TypeError", &msg));
            }
            true
        }
    };
    if !ok {
        let msg = format!("argument {} must be {}, not {}", i, kind, vm.type_name(v));
        return Err(vm.new_error("TypeError", &msg));
    }
    Ok(())
}

/// The shared `__init__` of the three UnicodeError subclasses: checks the
/// argument count and types, then stores them as `args`.
fn unicode_error_init(vm: &mut Vm, args: &Args<'_>, kinds: &[&str]) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or_default();
    let given = &args.pos[1.min(args.pos.len())..];
    if !args.kw.is_empty() {
        let msg = format!("{} does not take keyword arguments", vm.type_name(&this));
        return Err(vm.new_error("TypeError", &msg));
    }
    if given.len() != kinds.len() {
        let msg = format!(
            "function takes exactly {} arguments ({} given)",
            kinds.len(),
            given.len()
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    for (i, (v, kind)) in given.iter().zip(kinds).enumerate() {
        check_ctor_arg(vm, v, i + 1, kind)?;
    }
    let t = vm.new_tuple(given.to_vec());
    if let Some(Payload::Exception(e)) = this.payload() {
        e.borrow_mut().args = t;
    }
    Ok(Value::None)
}

fn encode_error_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unicode_error_init(vm, &args, &["str", "str", "int", "int", "str"])
}

fn decode_error_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unicode_error_init(vm, &args, &["str", "buffer", "int", "int", "str"])
}

fn translate_error_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unicode_error_init(vm, &args, &["str", "int", "int", "str"])
}

/// Installs the constructors and attributes of UnicodeEncodeError,
/// UnicodeDecodeError and UnicodeTranslateError.
pub fn install(vm: &mut Vm) {
    let prop_cls = vm.types.property.clone();
    let inits: [(&str, crate::objects::NativeFn); 3] = [
        ("UnicodeEncodeError", encode_error_init),
        ("UnicodeDecodeError", decode_error_init),
        ("UnicodeTranslateError", translate_error_init),
    ];
    for (name, init) in inits {
        let cls = vm.exc_class(name);
        crate::builtins::add_methods(vm, &cls, &[("__init__", init)]);
        for (attr, f, set) in ATTRS {
            let getter = crate::builtins::native(vm, attr, *f, None);
            let setter = crate::builtins::native(vm, attr, *set, None);
            let p = vm.alloc(
                &prop_cls,
                Payload::Property(std::cell::RefCell::new([
                    getter,
                    setter,
                    Value::None,
                    Value::None,
                ])),
            );
            let key = vm.intern(attr);
            vm.class_set_quiet(&cls, key, p);
        }
    }
}

/// `str(obj, encoding, errors)`: decodes a bytes-like `obj`.
pub fn str_from_encoded(
    vm: &mut Vm,
    obj: &Value,
    encoding: Option<Value>,
    errors: Option<Value>,
) -> PyResult<Value> {
    let enc = match &encoding {
        Some(e) => Some(want_str(vm, e, "str() argument 2")?),
        None => None,
    };
    let errs = match &errors {
        Some(e) => Some(want_str(vm, e, "str() argument 3")?),
        None => None,
    };
    if obj.as_pystr().is_some() {
        return Err(vm.new_error("TypeError", "decoding str is not supported"));
    }
    let Some(data) = crate::objects::buffer::buffer_of(obj) else {
        let msg = format!(
            "coercing to str: need bytes, bytearray or buffer-like object, {} found",
            vm.type_name(obj)
        );
        return Err(vm.new_error("TypeError", &msg));
    };
    decode_value(
        vm,
        &data,
        obj.clone(),
        enc.as_ref().map_or("utf-8", |e| e.as_str()),
        errs.as_ref().map_or("strict", |e| e.as_str()),
    )
}
