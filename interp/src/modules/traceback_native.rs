//! `_kaa_traceback`: the raw data behind the Python-level `traceback`
//! module (`interp/lib/traceback.py`), read straight from the VM's
//! traceback records and call stack, so `traceback` works without frame
//! objects and without reading source files.
//!
//! - `tb_entries(tb)`: the entries of a traceback object, outermost first,
//!   as `(filename, lineno, name, line)` tuples (`line` is the stripped
//!   source line or `None`).
//! - `stack_entries()`: the same for the current call stack, outermost first
//!   (the innermost entry is the frame that called `stack_entries`).
//! - `getline(filename, lineno)`: the stripped source line of a file the
//!   interpreter has compiled (a running frame's or an embedded module's), or
//!   `''`.
//! - `getsource(filename)`: the whole source text of such a file, or `None`
//!   (doctest uses it to find the line numbers of docstrings).

use super::native_util::arg;
use super::{add_functions, namespace};
use crate::builtins::Method;
use crate::bytecode::Code;
use crate::objects::{Payload, PyStr, Value};
use crate::vm::{Args, PyResult, Vm};
use std::rc::Rc;

/// A Python str value.
fn s(text: &str) -> Value {
    Value::Str(Rc::new(PyStr::new(text)))
}

/// One `(filename, lineno, name, line)` tuple.
fn entry(vm: &mut Vm, code: &Code, line: u32) -> Value {
    let src = match code.source_line(line) {
        Some(l) => s(&l),
        None => Value::None,
    };
    vm.new_tuple(vec![
        s(code.filename.as_str()),
        Value::Int(i64::from(line)),
        s(code.name.as_str()),
        src,
    ])
}

fn tb_entries(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let tb = arg(vm, &args, 0, "tb_entries")?.clone();
    let records: Vec<(Rc<Code>, u32)> = match tb.payload() {
        Some(Payload::Traceback(t)) => t.clone(),
        _ if tb.is_none() => Vec::new(),
        _ => {
            let msg = format!("expected a traceback, not {}", vm.type_name(&tb));
            return Err(vm.new_error("TypeError", &msg));
        }
    };
    let mut out = Vec::with_capacity(records.len());
    for (code, line) in records.iter().rev() {
        out.push(entry(vm, code, *line));
    }
    Ok(vm.new_list(out))
}

fn stack_entries(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    let frames: Vec<(Rc<Code>, u32)> = vm
        .frames
        .iter()
        .map(|f| (f.code.clone(), f.line()))
        .collect();
    let mut out = Vec::with_capacity(frames.len());
    for (code, line) in &frames {
        out.push(entry(vm, code, *line));
    }
    Ok(vm.new_list(out))
}

fn getline(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let name = arg(vm, &args, 0, "getline")?.clone();
    let line = match arg(vm, &args, 1, "getline")? {
        Value::Int(i) => u32::try_from(*i).unwrap_or(0),
        _ => 0,
    };
    let Some(name) = name.as_pystr() else {
        return Ok(s(""));
    };
    let name = name.as_str();
    let found = vm
        .frames
        .iter()
        .find(|f| f.code.filename.as_str() == name)
        .and_then(|f| f.code.source_line(line));
    if let Some(l) = found {
        return Ok(s(&l));
    }
    if let Some(rest) = name.strip_prefix(super::embedded::LIB_PREFIX) {
        if let Some(m) = super::embedded::names()
            .filter_map(super::embedded::find)
            .find(|m| m.path == rest)
        {
            if line > 0 {
                if let Some(l) = m.source.split('\n').nth(line as usize - 1) {
                    return Ok(s(l.trim()));
                }
            }
        }
    }
    Ok(s(""))
}

/// The source text of a file the interpreter has compiled, if known.
fn source_of(vm: &Vm, name: &str) -> Option<String> {
    if let Some(f) = vm.frames.iter().find(|f| f.code.filename.as_str() == name) {
        return Some(f.code.source.to_string());
    }
    let rest = name.strip_prefix(super::embedded::LIB_PREFIX)?;
    super::embedded::names()
        .filter_map(super::embedded::find)
        .find(|m| m.path == rest)
        .map(|m| m.source.to_string())
}

fn getsource(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let name = arg(vm, &args, 0, "getsource")?.clone();
    let Some(name) = name.as_pystr() else {
        return Ok(Value::None);
    };
    Ok(match source_of(vm, name.as_str()) {
        Some(src) => s(&src),
        None => Value::None,
    })
}

const FUNCTIONS: &[Method] = &[
    ("getsource", getsource),
    ("tb_entries", tb_entries),
    ("stack_entries", stack_entries),
    ("getline", getline),
];

/// Creates the `_kaa_traceback` module.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let ns = namespace(vm);
    add_functions(vm, &ns, FUNCTIONS);
    Ok(vm.new_module("_kaa_traceback", ns))
}
