//! The file-object attributes of the standard streams that programs read
//! without doing I/O: `name`, `mode`, `encoding`, `errors`, `closed`,
//! `line_buffering`, `newlines`, plus `close()`, `seekable()` and the
//! context-manager protocol (`with open(0) as f:`).
//!
//! Values follow CPython 3.4 on Linux with a UTF-8 locale: `sys.stdin` is
//! `<_io.TextIOWrapper name='<stdin>' mode='r' encoding='UTF-8'>`, stderr
//! uses `errors='backslashreplace'`. The buffers (`sys.stdin.buffer`, …)
//! get `name`, `mode` (`'rb'` / `'wb'`), `closed` and the same methods.
//! `close()` does nothing: the sandbox's streams stay usable.

use crate::builtins::Method;
use crate::objects::function::NativeFn;
use crate::objects::{Obj, Payload, Value};
use crate::vm::{Args, PyResult, Vm};
use std::rc::Rc;

fn stream_no(args: &Args<'_>) -> u8 {
    match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::Stream(n)) => *n,
        _ => 1,
    }
}

fn name(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::str(match stream_no(&args) {
        0 => "<stdin>",
        1 => "<stdout>",
        _ => "<stderr>",
    }))
}

fn text_mode(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::str(if stream_no(&args) == 0 { "r" } else { "w" }))
}

fn binary_mode(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::str(if stream_no(&args) == 0 { "rb" } else { "wb" }))
}

fn encoding(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::str("UTF-8"))
}

fn errors(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::str(if stream_no(&args) == 2 {
        "backslashreplace"
    } else {
        "strict"
    }))
}

fn false_value(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn none_value(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

fn enter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(args.pos.first().cloned().unwrap_or_default())
}

/// Methods shared by the text streams and their buffers.
const METHODS: &[Method] = &[
    ("close", none_value),
    ("seekable", false_value),
    ("__enter__", enter),
    ("__exit__", none_value),
];

/// Read-only properties of the text streams.
const TEXT_PROPERTIES: &[(&str, NativeFn)] = &[
    ("name", name),
    ("mode", text_mode),
    ("encoding", encoding),
    ("errors", errors),
    ("closed", false_value),
    ("line_buffering", false_value),
    ("newlines", none_value),
];

/// Read-only properties of the buffers.
const BUFFER_PROPERTIES: &[(&str, NativeFn)] = &[
    ("name", name),
    ("mode", binary_mode),
    ("closed", false_value),
];

fn add_properties(vm: &mut Vm, cls: &Rc<Obj>, props: &[(&'static str, NativeFn)]) -> PyResult<()> {
    for (attr, getter) in props {
        let f = crate::builtins::native(vm, attr, *getter, None);
        let prop_cls = Value::Obj(vm.types.property.clone());
        let prop = vm.call(&prop_cls, Args { pos: &[f], kw: &[] })?;
        let key = vm.intern(attr);
        vm.class_set_quiet(cls, key, prop);
    }
    Ok(())
}

/// Adds the attributes to the text-stream class `text` and the buffer
/// classes `buffers`.
pub fn install(vm: &mut Vm, text: &Rc<Obj>, buffers: &[&Rc<Obj>]) -> PyResult<()> {
    if let Some(cd) = text.as_class() {
        *cd.module.borrow_mut() = Rc::new(crate::objects::PyStr::new("_io"));
    }
    crate::builtins::add_methods(vm, text, METHODS);
    add_properties(vm, text, TEXT_PROPERTIES)?;
    for b in buffers {
        crate::builtins::add_methods(vm, b, METHODS);
        add_properties(vm, b, BUFFER_PROPERTIES)?;
    }
    Ok(())
}
