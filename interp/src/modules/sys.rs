//! The `sys` module and the sandboxed standard streams.

use super::{add_functions, namespace, set};
use crate::builtins::Method;
use crate::objects::{Payload, Value};
use crate::vm::{Args, PyErr, PyResult, Vm};

const VERSION: &str = "3.4.10 (kaa) \n[Rust]";

fn exit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = vm.exc_class("SystemExit");
    // sys.exit(None) raises SystemExit() with no arguments, as CPython does
    let pos = match args.pos {
        [Value::None] => Vec::new(),
        p => p.to_vec(),
    };
    let e = vm.new_exception(&cls, pos);
    Err(PyErr::Exc(e))
}

fn setrecursionlimit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::check_one(vm, "setrecursionlimit", &args)?;
    let n = crate::builtins::want_int(vm, &args.pos[0])?;
    if n <= 0 {
        return Err(vm.new_error("ValueError", "recursion limit must be positive"));
    }
    // Above the configured ceiling the call still succeeds and reads back
    // (CPython accepts any positive int), but calls stop at the ceiling.
    let n = n.min(u32::MAX as i64) as u32;
    vm.recursion_limit_set = n;
    vm.recursion_limit = n.min(vm.recursion_ceiling);
    Ok(Value::None)
}

fn getrecursionlimit(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit_set as i64))
}

fn exc_info(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    match vm.handled.clone() {
        Some(e) => {
            let t = Value::Obj(vm.type_of(&e).clone());
            let tb = vm.traceback_value(&e);
            Ok(vm.new_tuple(vec![t, e, tb]))
        }
        None => Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None])),
    }
}

fn intern(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::check_one(vm, "intern", &args)?;
    match args.pos.first().and_then(|v| v.as_pystr()) {
        Some(s) if matches!(args.pos.first(), Some(Value::Str(_))) => {
            let text = s.as_str().to_string();
            if !vm.is_interned(text.as_str()) {
                // the table lives as long as the interpreter: count it
                vm.account(text.len() as u64 + 64)?;
            }
            Ok(Value::Str(vm.intern(&text)))
        }
        _ => {
            let v = args.pos.first().cloned().unwrap_or_default();
            let msg = format!("must be str, not {}", vm.type_name(&v));
            Err(vm.new_error("TypeError", &msg))
        }
    }
}

fn getsizeof(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = args.pos.first().cloned().unwrap_or_default();
    let n = match &v {
        Value::Str(s) => 49 + s.s.len() as i64,
        Value::Int(_) | Value::Bool(_) => 28,
        Value::Float(_) => 24,
        Value::None => 16,
        Value::Obj(_) => 56 + 8 * vm.len(&v).unwrap_or(0) as i64,
    };
    Ok(Value::Int(n))
}

/// `sys.excepthook(type, value, traceback)`: writes the traceback and the
/// exception line to `sys.stderr`, as an uncaught exception would be shown.
fn excepthook(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() != 3 {
        let msg = format!("excepthook expected 3 arguments, got {}", args.pos.len());
        return Err(vm.new_error("TypeError", &msg));
    }
    let value = args.pos[1].clone();
    let text = match &value {
        Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => vm.format_exception(o),
        _ => {
            let msg = format!(
                "print_exception(): Exception expected for value, {} found",
                vm.type_name(&value)
            );
            return Err(vm.new_error("TypeError", &msg));
        }
    };
    // The current sys.stderr, which a program may have replaced.
    match super::native_util::module_attr(vm, "sys", "stderr") {
        Some(Value::None) => {}
        Some(f) => crate::builtins::funcs::write_to(vm, &f, &text)?,
        None => vm.write_out(2, &text)?,
    }
    Ok(Value::None)
}

fn displayhook(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = args.pos.first().cloned().unwrap_or_default();
    vm.display_hook(v)?;
    Ok(Value::None)
}

const FUNCTIONS: &[Method] = &[
    ("exit", exit),
    ("setrecursionlimit", setrecursionlimit),
    ("getrecursionlimit", getrecursionlimit),
    ("exc_info", exc_info),
    ("intern", intern),
    ("getsizeof", getsizeof),
    ("displayhook", displayhook),
    ("excepthook", excepthook),
    ("__excepthook__", excepthook),
];

fn stream_no(args: &Args<'_>) -> u8 {
    match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::Stream(n)) => *n,
        _ => 1,
    }
}

fn write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = stream_no(&args);
    let v = args.pos.get(1).cloned().unwrap_or_default();
    let s = match v.as_pystr() {
        Some(s) => s.clone(),
        None => {
            let msg = format!("must be str, not {}", vm.type_name(&v));
            return Err(vm.new_error("TypeError", &msg));
        }
    };
    if n == 0 {
        return Err(vm.new_error("OSError", "not writable"));
    }
    vm.write_out(n, s.as_str())?;
    Ok(Value::Int(s.len as i64))
}

fn flush(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

fn read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let size = match args.pos.get(1) {
        Some(Value::None) | None => -1,
        Some(v) => vm.index_value(v)?,
    };
    let (text, pos) = &mut vm.stdin;
    let rest = &text[*pos..];
    let out = if size < 0 {
        rest.to_string()
    } else {
        rest.chars().take(size as usize).collect()
    };
    *pos += out.len();
    Ok(Value::string(out))
}

fn readline(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::string(vm.stdin_readline()))
}

fn readlines(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    let lines = vm.stdin_lines();
    Ok(vm.new_list(lines))
}

fn isatty(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn fileno(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let _ = vm;
    Ok(Value::Int(stream_no(&args) as i64))
}

/// Methods of the standard stream objects.
pub const STREAM: &[Method] = &[
    ("write", write),
    ("flush", flush),
    ("read", read),
    ("readline", readline),
    ("readlines", readlines),
    ("isatty", isatty),
    ("fileno", fileno),
];

/// Gives the standard streams' class its methods (once per thread, when
/// the shared built-ins are built: see [`crate::vm::prototype`]).
pub fn install_stream_class(vm: &mut Vm) {
    let cls = vm.types.stream.clone();
    if let Some(cd) = cls.as_class() {
        let w = vm.intern("write");
        if cd.own(&w).is_none() {
            crate::builtins::add_methods(vm, &cls, STREAM);
            // buffer, writelines, ...: best effort, the basic stream works without them
            let _ = super::sys_streams::install(vm, &cls);
        }
    }
}

/// A standard stream object (0 stdin, 1 stdout, 2 stderr).
pub fn stream(vm: &mut Vm, n: u8) -> Value {
    install_stream_class(vm);
    let cls = vm.types.stream.clone();
    vm.alloc(&cls, Payload::Stream(n))
}

/// Creates `sys`.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let ns = namespace(vm);
    add_functions(vm, &ns, FUNCTIONS);
    let argv: Vec<Value> = vm.argv.iter().map(|a| Value::str(a)).collect();
    let argv = vm.new_list(argv);
    set(vm, &ns, "argv", argv);
    for (name, dunder, n) in [
        ("stdin", "__stdin__", 0u8),
        ("stdout", "__stdout__", 1),
        ("stderr", "__stderr__", 2),
    ] {
        let s = stream(vm, n);
        set(vm, &ns, name, s.clone());
        set(vm, &ns, dunder, s);
    }
    set(vm, &ns, "maxsize", Value::Int(i64::MAX));
    set(vm, &ns, "maxunicode", Value::Int(0x10ffff));
    set(vm, &ns, "version", Value::str(VERSION));
    set(vm, &ns, "hexversion", Value::Int(0x030410f0));
    set(vm, &ns, "platform", Value::str("linux"));
    set(vm, &ns, "byteorder", Value::str("little"));
    set(vm, &ns, "executable", Value::str(""));
    set(vm, &ns, "implementation_name", Value::str("kaa"));
    let path = vm.new_list(Vec::new());
    set(vm, &ns, "path", path);
    let modules = Value::Obj(vm.modules.clone());
    set(vm, &ns, "modules", modules);
    let bm: Vec<Value> = super::MODULES.iter().map(|m| Value::str(m)).collect();
    let bm = vm.new_tuple(bm);
    set(vm, &ns, "builtin_module_names", bm);
    let vi = super::sys_info::version_info(vm)?;
    set(vm, &ns, "version_info", vi.clone());
    add_introspection(vm, &ns, vi)?;
    super::sys_streams::add_misc(vm, &ns);
    super::sys_info::install(vm, &ns)?;
    Ok(vm.new_module("sys", ns))
}

/// `sys.implementation` (name `kaa`, no bytecode cache) and `sys._getframe`.
fn add_introspection(
    vm: &mut Vm,
    ns: &std::rc::Rc<crate::objects::Obj>,
    version_info: Value,
) -> PyResult<()> {
    let src = "class _Implementation:\n    def __init__(self, **kw):\n        self.__dict__.update(kw)\n    def __repr__(self):\n        items = ('%s=%r' % (k, self.__dict__[k]) for k in sorted(self.__dict__))\n        return 'namespace(' + ', '.join(items) + ')'\n    def __eq__(self, other):\n        return isinstance(other, _Implementation) and self.__dict__ == other.__dict__\n_Implementation.__name__ = _Implementation.__qualname__ = 'SimpleNamespace'\n_Implementation.__module__ = 'types'\n";
    let code = super::embedded::compiled_snippet(vm, "sys.implementation", "<sys>", || src.into())?;
    let g = vm.new_dict_obj(crate::objects::DictTable::new());
    crate::builtins::funcs2::run_code(vm, code, g.clone())?;
    let k = vm.intern("_Implementation");
    let cls = vm.dict_get_str(&g, &k).unwrap_or_default();
    let kw = [
        (vm.intern("name"), Value::str("kaa")),
        (vm.intern("cache_tag"), Value::None),
        (vm.intern("version"), version_info),
        (vm.intern("hexversion"), Value::Int(0x030410f0)),
        (vm.intern("_multiarch"), Value::str("x86_64-linux-gnu")),
    ];
    let imp = vm.call(&cls, Args { pos: &[], kw: &kw })?;
    set(vm, ns, "implementation", imp);
    let gf = Value::Obj(std::rc::Rc::new(crate::objects::Obj {
        cls: Some(vm.types.builtin_function.clone()),
        dict: std::cell::RefCell::new(None),
        payload: Payload::Builtin(crate::objects::Builtin {
            name: "_getframe",
            func: crate::vm::frameobj::getframe,
            owner: None,
            class_method: false,
            needs_frame: true,
            noargs: false,
            no_kw: false,
        }),
    }));
    set(vm, ns, "_getframe", gf);
    Ok(())
}
