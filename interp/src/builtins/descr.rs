//! The checks CPython's descriptor types make before running a native
//! method: the receiver's type (`descriptor 'append' requires a 'list'
//! object but received a 'int'`) and, for `T.__new__(S, ...)`, that `S` is a
//! type, a subtype of `T`, and one whose instances `T.__new__` can build
//! (CPython's `tp_new_wrapper`).

use crate::objects::class::{is_subclass, lookup_cached};
use crate::objects::function::BuiltinKind;
use crate::objects::{Builtin, Obj, Payload, Value};
use crate::vm::{Args, PyResult, Vm};
use std::rc::Rc;

/// The built-in types whose methods follow CPython 3.4's calling
/// conventions exactly (no keyword arguments unless listed in [`KW_OK`],
/// none at all for [`NOARGS`]).
const CORE: &[&str] = &[
    "int",
    "bool",
    "float",
    "complex",
    "str",
    "bytes",
    "bytearray",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "memoryview",
    "range",
    "slice",
];

/// Methods of the core types that take keyword arguments in 3.4.
const KW_OK: &[&str] = &[
    "sort",
    "split",
    "rsplit",
    "splitlines",
    "encode",
    "decode",
    "expandtabs",
    "format",
    "to_bytes",
    "update",
    "cast",
    "__init__",
    "__new__",
    "__call__",
];

/// Methods of the core types that take no arguments in 3.4 (`METH_NOARGS`).
const NOARGS: &[(&str, &[&str])] = &[
    (
        "list",
        &["clear", "copy", "reverse", "__reversed__", "__sizeof__"],
    ),
    ("tuple", &["__getnewargs__", "__sizeof__"]),
    (
        "dict",
        &[
            "clear",
            "copy",
            "items",
            "keys",
            "values",
            "popitem",
            "__sizeof__",
        ],
    ),
    ("set", &["clear", "copy", "pop", "__reduce__", "__sizeof__"]),
    ("frozenset", &["copy", "__reduce__", "__sizeof__"]),
    ("type", &["mro", "__subclasses__"]),
    (
        "int",
        &[
            "bit_length",
            "conjugate",
            "__trunc__",
            "__floor__",
            "__ceil__",
            "__getnewargs__",
            "__sizeof__",
        ],
    ),
    (
        "float",
        &[
            "hex",
            "is_integer",
            "as_integer_ratio",
            "conjugate",
            "__trunc__",
            "__getnewargs__",
        ],
    ),
    ("complex", &["conjugate", "__getnewargs__"]),
    (
        "str",
        &[
            "capitalize",
            "casefold",
            "isalnum",
            "isalpha",
            "isdecimal",
            "isdigit",
            "isidentifier",
            "islower",
            "isnumeric",
            "isprintable",
            "isspace",
            "istitle",
            "isupper",
            "lower",
            "swapcase",
            "title",
            "upper",
            "__getnewargs__",
            "__sizeof__",
        ],
    ),
    (
        "bytes",
        &[
            "capitalize",
            "isalnum",
            "isalpha",
            "isdigit",
            "islower",
            "isspace",
            "istitle",
            "isupper",
            "lower",
            "swapcase",
            "title",
            "upper",
            "__getnewargs__",
        ],
    ),
    (
        "bytearray",
        &[
            "capitalize",
            "isalnum",
            "isalpha",
            "isdigit",
            "islower",
            "isspace",
            "istitle",
            "isupper",
            "lower",
            "swapcase",
            "title",
            "upper",
            "clear",
            "copy",
            "reverse",
            "__alloc__",
            "__reduce__",
            "__sizeof__",
        ],
    ),
    ("memoryview", &["tobytes", "tolist", "release", "__enter__"]),
    ("range", &["__reversed__", "__reduce__"]),
];

/// Whether method `name` of built-in class `owner` takes no arguments.
pub fn is_noargs(owner: &str, name: &str) -> bool {
    NOARGS
        .iter()
        .any(|(o, names)| *o == owner && names.contains(&name))
}

/// Whether method `name` of built-in class `owner` rejects keyword arguments.
pub fn rejects_kw(owner: &str, name: &str, kind: BuiltinKind) -> bool {
    matches!(kind, BuiltinKind::Method | BuiltinKind::Slot)
        && CORE.contains(&owner)
        && !KW_OK.contains(&name)
}

/// Checks a call of a native method: the receiver (`args[0]`), then
/// keyword and argument-count restrictions.
#[inline]
pub fn check_receiver(vm: &mut Vm, func: &Rc<Obj>, b: &Builtin, args: &Args<'_>) -> PyResult<()> {
    let owner = match &b.owner {
        Some(o) => o,
        None => return Ok(()),
    };
    if b.class_method {
        return Ok(());
    }
    let pos = args.pos;
    let is_new = b.name == "__new__";
    match pos.first() {
        Some(first) if !is_new && Rc::ptr_eq(vm.type_of(first), owner) => {}
        Some(Value::Obj(first)) if is_new && Rc::ptr_eq(first, owner) => {}
        _ => check_slow(vm, func, b, owner, pos)?,
    }
    if b.no_kw && !args.kw.is_empty() {
        let msg = if b.kind() == BuiltinKind::Slot {
            format!("wrapper {} doesn't take keyword arguments", b.name)
        } else {
            format!("{}() takes no keyword arguments", b.name)
        };
        return Err(vm.new_error("TypeError", &msg));
    }
    if b.noargs && pos.len() > 1 {
        let msg = format!("{}() takes no arguments ({} given)", b.name, pos.len() - 1);
        return Err(vm.new_error("TypeError", &msg));
    }
    Ok(())
}

#[cold]
fn check_slow(
    vm: &mut Vm,
    func: &Rc<Obj>,
    b: &Builtin,
    owner: &Rc<Obj>,
    pos: &[Value],
) -> PyResult<()> {
    let oname = b.owner_name();
    if b.kind() == BuiltinKind::New {
        return check_new(vm, func, owner, &oname, pos);
    }
    let first = match pos.first() {
        Some(f) => f,
        None => {
            let msg = format!(
                "descriptor '{}' of '{}' object needs an argument",
                b.name, oname
            );
            return Err(vm.new_error("TypeError", &msg));
        }
    };
    if is_subclass(vm.type_of(first), owner) {
        return Ok(());
    }
    let msg = format!(
        "descriptor '{}' requires a '{}' object but received a '{}'",
        b.name,
        oname,
        vm.type_name(first)
    );
    Err(vm.new_error("TypeError", &msg))
}

/// The name CPython prints for a class (`tp_name`).
fn class_name(c: &Rc<Obj>) -> String {
    c.as_class()
        .map(|cd| cd.name.borrow().as_str().to_string())
        .unwrap_or_default()
}

/// `T.__new__(S, ...)`: the checks of CPython 3.4's `tp_new_wrapper`.
fn check_new(
    vm: &mut Vm,
    func: &Rc<Obj>,
    owner: &Rc<Obj>,
    oname: &str,
    pos: &[Value],
) -> PyResult<()> {
    let sub = match pos.first() {
        Some(Value::Obj(o)) if o.as_class().is_some() => o.clone(),
        Some(other) => {
            let msg = format!(
                "{}.__new__(X): X is not a type object ({})",
                oname,
                vm.type_name(other)
            );
            return Err(vm.new_error("TypeError", &msg));
        }
        None => {
            let msg = format!("{}.__new__(): not enough arguments", oname);
            return Err(vm.new_error("TypeError", &msg));
        }
    };
    let sname = class_name(&sub);
    if !is_subclass(&sub, owner) {
        let msg = format!(
            "{}.__new__({}): {} is not a subtype of {}",
            oname, sname, sname, oname
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    // The most derived base whose `__new__` is native must be using this
    // very `__new__` (no `object.__new__(dict)`).
    let new_name = vm.names.new.clone();
    let mut base = sub;
    let mut steps = 0;
    let found = loop {
        let n = lookup_cached(&base, &new_name);
        match n.as_ref().and_then(|v| v.payload()) {
            // A native `__new__` installed on a Python class (the native
            // ABCMeta) stands for Python code, as CPython's slot_tp_new.
            Some(Payload::Builtin(_))
                if !n.as_ref().is_some_and(crate::vm::convert::overrides_native) =>
            {
                break n
            }
            _ => {
                let next = base
                    .as_class()
                    .and_then(|cd| cd.bases.borrow().first().cloned());
                steps += 1;
                match next {
                    Some(nb) if steps < 10_000 => base = nb,
                    _ => return Ok(()),
                }
            }
        }
    };
    let same = match (&found, &func.payload) {
        (Some(Value::Obj(f)), Payload::Builtin(me)) => {
            Rc::ptr_eq(f, func)
                || matches!(&f.payload, Payload::Builtin(fb) if std::ptr::fn_addr_eq(fb.func, me.func))
        }
        _ => true,
    };
    if same {
        return Ok(());
    }
    let msg = format!(
        "{}.__new__({}) is not safe, use {}.__new__()",
        oname,
        sname,
        class_name(&base)
    );
    Err(vm.new_error("TypeError", &msg))
}
