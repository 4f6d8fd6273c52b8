//! `print()` and the helpers that write text to a file-like value.

use crate::objects::{Payload, PyStr, Value};
use crate::vm::{Args, PyResult, Vm};
use std::rc::Rc;

/// Writes text to a file-like value (sys.stdout/stderr or anything with write()).
pub fn write_to(vm: &mut Vm, file: &Value, text: &str) -> PyResult<()> {
    match file.payload() {
        Some(Payload::Stream(n)) if *n > 0 => vm.write_out(*n, text),
        _ => {
            if file.is_none() {
                return vm.write_out(1, text);
            }
            let w = vm.intern("write");
            vm.call_method(file, &w, &[Value::str(text)])?;
            Ok(())
        }
    }
}

/// Writes the str `v` to `file` (the exact string when it holds lone
/// surrogates: stdout/stderr raise UnicodeEncodeError, as strict UTF-8
/// streams do; other files get the str itself).
fn write_value_to(vm: &mut Vm, file: &Value, v: &Rc<PyStr>) -> PyResult<()> {
    if !v.is_wide() {
        return write_to(vm, file, v.as_str());
    }
    match file.payload() {
        Some(Payload::Stream(_)) => Err(crate::objects::codec_glue::unprintable(
            vm,
            &Value::Str(v.clone()),
        )),
        _ if file.is_none() => Err(crate::objects::codec_glue::unprintable(
            vm,
            &Value::Str(v.clone()),
        )),
        _ => {
            let w = vm.intern("write");
            vm.call_method(file, &w, &[Value::Str(v.clone())])?;
            Ok(())
        }
    }
}

/// A `sep=`/`end=` argument: `None` for None (the default stays), else its
/// text and, when it holds lone surrogates, the exact str.
fn text_arg(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<(String, Option<Rc<PyStr>>)>> {
    if v.is_none() {
        return Ok(None);
    }
    match v.as_pystr() {
        Some(s) => Ok(Some((
            s.as_str().to_string(),
            Some(s.clone()).filter(|s| s.is_wide()),
        ))),
        None => {
            let msg = format!("{name} must be None or a string, not {}", vm.type_name(v));
            Err(vm.new_error("TypeError", &msg))
        }
    }
}

/// `print(*objects, sep=" ", end="\n", file=sys.stdout, flush=False)`.
pub(crate) fn print(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut wide_sep: Option<Rc<PyStr>> = None;
    let mut wide_end: Option<Rc<PyStr>> = None;
    let mut file = Value::None;
    for (k, v) in args.kw {
        match k.as_str() {
            "sep" => {
                if let Some((text, wide)) = text_arg(vm, v, "sep")? {
                    (sep, wide_sep) = (text, wide);
                }
            }
            "end" => {
                if let Some((text, wide)) = text_arg(vm, v, "end")? {
                    (end, wide_end) = (text, wide);
                }
            }
            "file" => file = v.clone(),
            "flush" => {}
            other => {
                let msg = format!(
                    "'{}' is an invalid keyword argument for this function",
                    other
                );
                return Err(vm.new_error("TypeError", &msg));
            }
        }
    }
    if file.is_none() {
        // A program may have replaced sys.stdout (contextlib.redirect_stdout).
        match crate::modules::native_util::module_attr(vm, "sys", "stdout") {
            Some(Value::None) => return Ok(Value::None),
            Some(f) if !matches!(f.payload(), Some(Payload::Stream(1))) => file = f,
            _ => {}
        }
    }
    if file.is_none() && wide_sep.is_none() && wide_end.is_none() {
        let mut out = String::new();
        // Text past the output limit would only be cut off: stop building it.
        let room = vm
            .out
            .limit
            .map(|l| l.saturating_sub(vm.out.written) as usize);
        for (i, v) in args.pos.iter().enumerate() {
            vm.charge_every(i)?;
            if room.is_some_and(|r| out.len() > r) {
                break;
            }
            if i > 0 {
                out.push_str(&sep);
            }
            match v {
                Value::Str(s) if s.is_wide() => {
                    // stdout is UTF-8 (strict): what came before is written.
                    vm.write_out(1, &out)?;
                    return Err(crate::objects::codec_glue::unprintable(vm, v));
                }
                Value::Str(s) => out.push_str(s.as_str()),
                _ => {
                    let s = vm.str_exact(v)?;
                    if s.is_wide() {
                        vm.write_out(1, &out)?;
                        return Err(crate::objects::codec_glue::unprintable(vm, &Value::Str(s)));
                    }
                    out.push_str(s.as_str());
                }
            }
        }
        out.push_str(&end);
        vm.write_out(1, &out)?;
        return Ok(Value::None);
    }
    let stream = matches!(file.payload(), Some(Payload::Stream(_)));
    if stream && wide_sep.is_none() && wide_end.is_none() {
        let mut out = String::new();
        for (i, v) in args.pos.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            let s = vm.str_exact(v)?;
            if s.is_wide() {
                write_to(vm, &file, &out)?;
                return Err(crate::objects::codec_glue::unprintable(vm, &Value::Str(s)));
            }
            out.push_str(s.as_str());
        }
        out.push_str(&end);
        write_to(vm, &file, &out)?;
        return Ok(Value::None);
    }
    let sep = wide_sep.unwrap_or_else(|| Rc::new(PyStr::from_string(sep)));
    let end = wide_end.unwrap_or_else(|| Rc::new(PyStr::from_string(end)));
    for (i, v) in args.pos.iter().enumerate() {
        if i > 0 {
            write_value_to(vm, &file, &sep)?;
        }
        let s = vm.str_exact(v)?;
        write_value_to(vm, &file, &s)?;
    }
    write_value_to(vm, &file, &end)?;
    Ok(Value::None)
}
