//! The data of `bytes(...)` and `bytearray(...)` calls, with CPython 3.4's
//! rules and messages: `(source, encoding, errors)`, ints, buffers,
//! `__bytes__`, iterables of ints.

use super::buffer::{buffer_of, bytes_from_ints, charge, is_int_like};
use super::Value;
use crate::builtins::want_str;
use crate::vm::{Args, PyResult, Vm};

/// The bytes a `bytes(...)` (`bytearray == false`) or `bytearray(...)`
/// call builds; `args.pos[0]` is the class.
pub fn construct(vm: &mut Vm, args: &Args<'_>, bytearray: bool) -> PyResult<Vec<u8>> {
    let name = if bytearray { "bytearray" } else { "bytes" };
    let pos = args.pos.get(1..).unwrap_or_default();
    let mut source = pos.first().cloned();
    let mut encoding = pos.get(1).cloned();
    let mut errors = pos.get(2).cloned();
    if pos.len() + args.kw.len() > 3 {
        let msg = format!(
            "{}() takes at most 3 arguments ({} given)",
            name,
            pos.len() + args.kw.len()
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    for (k, v) in args.kw {
        let slot = match k.as_str() {
            "source" => &mut source,
            "encoding" => &mut encoding,
            "errors" => &mut errors,
            other => {
                let msg = format!(
                    "'{}' is an invalid keyword argument for this function",
                    other
                );
                return Err(vm.new_error("TypeError", &msg));
            }
        };
        *slot = Some(v.clone());
    }
    // `"|Oss"`: the types of encoding and errors are checked first.
    if let Some(e) = &encoding {
        want_str(vm, e, &format!("{}() argument 2", name))?;
    }
    if let Some(e) = &errors {
        want_str(vm, e, &format!("{}() argument 3", name))?;
    }
    let Some(src) = source else {
        if encoding.is_some() || errors.is_some() {
            return Err(vm.new_error("TypeError", "encoding or errors without sequence argument"));
        }
        return Ok(Vec::new());
    };
    if let Some(s) = src.as_pystr().cloned() {
        let Some(enc) = encoding else {
            return Err(vm.new_error("TypeError", "string argument without an encoding"));
        };
        let enc = want_str(vm, &enc, &format!("{}() argument 2", name))?;
        let errs = match errors {
            Some(e) => Some(want_str(vm, &e, &format!("{}() argument 3", name))?),
            None => None,
        };
        let v = super::codec_glue::encode_value(
            vm,
            s.as_str(),
            src.clone(),
            enc.as_str(),
            errs.as_ref().map_or("strict", |e| e.as_str()),
        )?;
        return Ok(buffer_of(&v).map(|b| b.into_vec()).unwrap_or_default());
    }
    if encoding.is_some() || errors.is_some() {
        return Err(vm.new_error("TypeError", "encoding or errors without a string argument"));
    }
    if !bytearray {
        if let Some(b) = dunder_bytes(vm, &src)? {
            return Ok(b);
        }
    }
    if let Some(b) = buffer_of(&src) {
        return Ok(b.into_vec());
    }
    if is_int_like(vm, &src) {
        let n = super::buffer::index_isize(vm, &src)?;
        if n < 0 {
            return Err(vm.new_error("ValueError", "negative count"));
        }
        let n =
            usize::try_from(n).map_err(|_| crate::vm::PyErr::Limit(crate::vm::Limit::Memory))?;
        charge(vm, n)?;
        return Ok(vec![0; n]);
    }
    let msg = if bytearray {
        "byte must be in range(0, 256)"
    } else {
        "bytes must be in range(0, 256)"
    };
    bytes_from_ints(vm, &src, msg)
}

/// The result of `src.__bytes__()` for instances of user classes that define it.
fn dunder_bytes(vm: &mut Vm, src: &Value) -> PyResult<Option<Vec<u8>>> {
    let heap = vm.type_of(src).as_class().map(|c| c.heap).unwrap_or(false);
    if !heap {
        return Ok(None);
    }
    let name = vm.names.bytes_.clone();
    match vm.call_special(src, &name, &[])? {
        None => Ok(None),
        Some(r) => match r.payload() {
            Some(super::Payload::Bytes(b)) => Ok(Some(b.to_vec())),
            _ => {
                let msg = format!("__bytes__ returned non-bytes (type {})", vm.type_name(&r));
                Err(vm.new_error("TypeError", &msg))
            }
        },
    }
}
