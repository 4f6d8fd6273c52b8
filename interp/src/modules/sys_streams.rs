//! The binary side of the standard streams: `sys.stdin.buffer`,
//! `sys.stdout.buffer`, `sys.stderr.buffer`, and the text-stream methods
//! beyond the basic ones in `sys.rs` (`writelines`, `readable`, `writable`).
//!
//! A buffer object carries the same `Payload::Stream(n)` as its text stream
//! but belongs to `_io.BufferedReader` (n = 0) or `_io.BufferedWriter`; its
//! methods read and write `bytes`. The three buffers are created once, on
//! the first stream, and kept in the text-stream class under a hidden name,
//! so `sys.stdin.buffer is sys.stdin.buffer`.
//!
//! [`add_misc`] adds a few small `sys` attributes (encodings and the like).

use super::native_util::bytes_like;
use crate::builtins::Method;
use crate::objects::{Obj, Payload, Value};
use crate::vm::{Args, PyResult, Vm};
use std::rc::Rc;

/// The hidden class attribute holding the tuple of the three buffers.
const BUFFERS: &str = "_kaa_buffers";

fn stream_no(args: &Args<'_>) -> u8 {
    match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::Stream(n)) => *n,
        _ => 1,
    }
}

/// `stream.buffer`: the property getter.
fn buffer(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = stream_no(&args) as usize;
    let cls = vm.types.stream.clone();
    let name = vm.intern(BUFFERS);
    let all = cls.as_class().and_then(|c| c.own(&name));
    let item = match all.as_ref().and_then(|t| t.payload()) {
        Some(Payload::Tuple(t)) => t.get(n).cloned(),
        _ => None,
    };
    match item {
        Some(b) => Ok(b),
        None => Err(vm.new_error("AttributeError", "buffer")),
    }
}

/// `stream.writelines(lines)`.
fn writelines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = stream_no(&args);
    let lines = args.pos.get(1).cloned().unwrap_or_default();
    let it = vm.iter(&lines)?;
    while let Some(line) = vm.next(&it)? {
        let Some(s) = line.as_pystr().cloned() else {
            let msg = format!("must be str, not {}", vm.type_name(&line));
            return Err(vm.new_error("TypeError", &msg));
        };
        if n == 0 {
            return Err(vm.new_error("OSError", "not writable"));
        }
        vm.write_out(n, s.as_str())?;
    }
    Ok(Value::None)
}

fn readable(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(stream_no(&args) == 0))
}

fn writable(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(stream_no(&args) != 0))
}

/// The bytes still unread on stdin, up to `size` bytes (all when negative).
fn take_stdin(vm: &mut Vm, size: i64) -> Vec<u8> {
    let (text, pos) = &mut vm.stdin;
    let rest = text.get(*pos..).unwrap_or("").as_bytes();
    let mut end = if size < 0 {
        rest.len()
    } else {
        (size as usize).min(rest.len())
    };
    // stdin is kept as text; a read that would split a character takes it whole
    while end < rest.len() && !text.is_char_boundary(*pos + end) {
        end += 1;
    }
    let out = rest.get(..end).unwrap_or(&[]).to_vec();
    *pos += end;
    out
}

fn buf_read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let size = match args.pos.get(1) {
        Some(Value::None) | None => -1,
        Some(v) => vm.index_value(v)?,
    };
    if stream_no(&args) != 0 {
        return Err(vm.new_error("OSError", "read"));
    }
    let b = take_stdin(vm, size);
    Ok(vm.new_bytes(b))
}

/// `buffer.peek([size])`: the unread input as bytes, without consuming it
/// (CPython may return more than `size`; this returns all of it).
fn buf_peek(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if stream_no(&args) != 0 {
        return Err(vm.new_error("OSError", "peek"));
    }
    let (text, pos) = &vm.stdin;
    let rest = text.get(*pos..).unwrap_or("").as_bytes().to_vec();
    Ok(vm.new_bytes(rest))
}

fn buf_readline(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if stream_no(&args) != 0 {
        return Err(vm.new_error("OSError", "readline"));
    }
    let line = vm.stdin_readline();
    Ok(vm.new_bytes(line.into_bytes()))
}

fn buf_readlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if stream_no(&args) != 0 {
        return Err(vm.new_error("OSError", "readlines"));
    }
    let mut out = Vec::new();
    loop {
        let line = vm.stdin_readline();
        if line.is_empty() {
            break;
        }
        out.push(vm.new_bytes(line.into_bytes()));
    }
    Ok(vm.new_list(out))
}

fn buf_write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = stream_no(&args);
    let v = args.pos.get(1).cloned().unwrap_or_default();
    let Some(b) = bytes_like(&v) else {
        let msg = format!(
            "'{}' does not support the buffer interface",
            vm.type_name(&v)
        );
        return Err(vm.new_error("TypeError", &msg));
    };
    if n == 0 {
        return Err(vm.new_error("OSError", "write"));
    }
    let text = String::from_utf8_lossy(&b);
    vm.write_out(n, &text)?;
    Ok(Value::Int(b.len() as i64))
}

fn flush(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

fn isatty(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn fileno(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(stream_no(&args) as i64))
}

/// Extra methods of the text streams.
const TEXT_EXTRA: &[Method] = &[
    ("writelines", writelines),
    ("readable", readable),
    ("writable", writable),
];

/// Methods of the buffer objects.
const BUFFER_METHODS: &[Method] = &[
    ("read", buf_read),
    ("read1", buf_read),
    ("peek", buf_peek),
    ("readline", buf_readline),
    ("readlines", buf_readlines),
    ("write", buf_write),
    ("flush", flush),
    ("isatty", isatty),
    ("fileno", fileno),
    ("readable", readable),
    ("writable", writable),
];

/// A built-in class `_io.name` deriving from `object`.
fn io_class(vm: &mut Vm, name: &str) -> Rc<Obj> {
    let object = vm.types.object.clone();
    let cls = crate::vm::types::new_class(
        name,
        &[object],
        crate::objects::class::Layout::Opaque,
        false,
        None,
    );
    if let Some(cd) = cls.as_class() {
        *cd.module.borrow_mut() = Rc::new(crate::objects::PyStr::new("_io"));
    }
    // Internal: not listed in `object.__subclasses__()` (a sandbox escape
    // walk looks for classes of that name).
    if let Some(od) = vm.types.object.as_class() {
        od.subclasses
            .borrow_mut()
            .retain(|w| !std::ptr::eq(w.as_ptr(), Rc::as_ptr(&cls)));
    }
    cls
}

/// Adds `buffer`, `writelines`, … to the text-stream class `cls` (once).
pub fn install(vm: &mut Vm, cls: &Rc<Obj>) -> PyResult<()> {
    crate::builtins::add_methods(vm, cls, TEXT_EXTRA);
    // Built-in (non-heap) classes: they are shared by the thread's runs,
    // so Python code must not be able to change them.
    let reader = io_class(vm, "BufferedReader");
    let writer = io_class(vm, "BufferedWriter");
    crate::builtins::add_methods(vm, &reader, BUFFER_METHODS);
    crate::builtins::add_methods(vm, &writer, BUFFER_METHODS);
    super::stream_attrs::install(vm, cls, &[&reader, &writer])?;
    let bufs = vec![
        vm.alloc(&reader, Payload::Stream(0)),
        vm.alloc(&writer, Payload::Stream(1)),
        vm.alloc(&writer, Payload::Stream(2)),
    ];
    let bufs = vm.new_tuple(bufs);
    let name = vm.intern(BUFFERS);
    vm.class_set_quiet(cls, name, bufs);
    let getter = crate::builtins::native(vm, "buffer", buffer, None);
    let prop_cls = Value::Obj(vm.types.property.clone());
    let prop = vm.call(
        &prop_cls,
        Args {
            pos: &[getter],
            kw: &[],
        },
    )?;
    let name = vm.intern("buffer");
    vm.class_set_quiet(cls, name, prop);
    Ok(())
}

fn getdefaultencoding(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::str("utf-8"))
}

fn getrefcount(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // CPython counts the argument's own reference too
    let n = match args.pos.first() {
        Some(Value::Obj(o)) => Rc::strong_count(o) as i64 + 1,
        _ => 2,
    };
    Ok(Value::Int(n))
}

/// Small `sys` attributes a sandboxed program may read: encodings,
/// `float_repr_style`, `dont_write_bytecode`, `warnoptions`, `getrefcount`.
pub fn add_misc(vm: &mut Vm, ns: &Rc<Obj>) {
    super::add_functions(
        vm,
        ns,
        &[
            ("getdefaultencoding", getdefaultencoding),
            ("getfilesystemencoding", getdefaultencoding),
            ("getrefcount", getrefcount),
        ],
    );
    super::set(vm, ns, "float_repr_style", Value::str("short"));
    super::set(vm, ns, "dont_write_bytecode", Value::Bool(true));
    let w = vm.new_list(Vec::new());
    super::set(vm, ns, "warnoptions", w);
}
