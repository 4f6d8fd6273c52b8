//! The built-in functions (`builtins` module) and the method tables of the
//! built-in types.
//!
//! [`install`] runs once per VM: it fills the class namespaces of the
//! built-in types from the method tables in `objects/` and here, and the
//! `builtins` namespace with functions, classes and exceptions.

pub mod bases;
pub mod ctors;
pub mod descr;
pub mod extras;
pub mod funcs;
pub mod funcs2;
pub mod iter_reduce;
pub mod kwparse;
pub mod layout;
pub mod objmodel;
pub mod print_fn;
pub mod site;
pub mod slots;
pub mod sort;
pub mod strformat;
pub mod strformat_exact;

use crate::objects::function::NativeFn;
use crate::objects::{Builtin, Obj, Payload, Value};
use crate::vm::{Args, PyResult, Vm};
use num_bigint::BigInt;
use std::rc::Rc;

/// A method table entry: name, implementation.
pub type Method = (&'static str, NativeFn);

/// Number of items in `range(a, b, s)`.
pub fn range_len(a: i64, b: i64, s: i64) -> i64 {
    if s > 0 && a < b {
        ((b as i128 - a as i128 - 1) / s as i128 + 1) as i64
    } else if s < 0 && a > b {
        ((a as i128 - b as i128 - 1) / (-s as i128) + 1) as i64
    } else {
        0
    }
}

/// An integral float as a BigInt.
pub fn float_to_bigint(f: f64) -> Option<BigInt> {
    match crate::num::f64_to_int(f) {
        Ok(i) => Some(i.to_bigint()),
        Err(_) => None,
    }
}

/// A native function value.
pub fn native(vm: &mut Vm, name: &'static str, func: NativeFn, owner: Option<Rc<Obj>>) -> Value {
    let mut b = Builtin {
        name,
        func,
        owner,
        class_method: false,
        needs_frame: false,
        noargs: false,
        no_kw: false,
    };
    if b.owner.is_some() {
        let on = b.owner_name();
        b.noargs = descr::is_noargs(&on, name);
        b.no_kw = descr::rejects_kw(&on, name, b.kind());
    }
    let cls = vm.builtin_class(&b);
    Value::Obj(Rc::new(Obj {
        cls: Some(cls),
        dict: std::cell::RefCell::new(None),
        payload: Payload::Builtin(b),
    }))
}

/// Adds methods to a built-in class.
pub fn add_methods(vm: &mut Vm, cls: &Rc<Obj>, methods: &[Method]) {
    for (name, f) in methods {
        let v = native(vm, name, *f, Some(cls.clone()));
        let n = vm.intern(name);
        vm.class_set_quiet(cls, n, v);
    }
}

/// Adds class methods (bound to the class when looked up) to a built-in class.
pub fn add_class_methods(vm: &mut Vm, cls: &Rc<Obj>, methods: &[Method]) {
    for (name, f) in methods {
        let v = Value::Obj(Rc::new(Obj {
            cls: Some(vm.types.classmethod_descriptor.clone()),
            dict: std::cell::RefCell::new(None),
            payload: Payload::Builtin(Builtin {
                name,
                func: *f,
                owner: Some(cls.clone()),
                class_method: true,
                needs_frame: false,
                noargs: false,
                no_kw: false,
            }),
        }));
        let n = vm.intern(name);
        vm.class_set_quiet(cls, n, v);
    }
}

impl Vm {
    /// The class of a native callable (`type(len)`, `type(list.append)`,
    /// `type(int.__add__)`, ...), from its kind.
    pub fn builtin_class(&self, b: &Builtin) -> Rc<Obj> {
        use crate::objects::function::BuiltinKind;
        match b.kind() {
            BuiltinKind::Function | BuiltinKind::New => self.types.builtin_function.clone(),
            BuiltinKind::Method => self.types.method_descriptor.clone(),
            BuiltinKind::Slot => self.types.wrapper_descriptor.clone(),
            BuiltinKind::ClassMethod => self.types.classmethod_descriptor.clone(),
        }
    }

    /// The class of `func` bound to an object: `method` for Python
    /// functions, `method-wrapper` for slot wrappers and
    /// `builtin_function_or_method` for other natives.
    pub fn bound_class(&self, func: &Value) -> Rc<Obj> {
        use crate::objects::function::BuiltinKind;
        match func.payload() {
            Some(Payload::Builtin(b)) if b.kind() == BuiltinKind::Slot => {
                self.types.method_wrapper.clone()
            }
            Some(Payload::Builtin(_)) => self.types.builtin_function.clone(),
            _ => self.types.method.clone(),
        }
    }

    /// Sets a class attribute without version or hook bookkeeping (setup).
    pub fn class_set_quiet(&mut self, cls: &Rc<Obj>, name: Rc<crate::objects::PyStr>, v: Value) {
        crate::objects::class::bump_epoch();
        if let Some(cd) = cls.as_class() {
            let mut d = cd.dict.borrow_mut();
            let h = name.hash();
            match d.find(
                h,
                |k| matches!(k, Value::Str(s) if s.as_str() == name.as_str()),
            ) {
                Some(ix) => {
                    d.set_value(ix, v);
                }
                None => d.push_new(h, Value::Str(name), v),
            }
        }
    }
}

/// Installs everything into a fresh VM.
pub fn install(vm: &mut Vm) {
    for c in 0u8..128 {
        let s = Rc::new(crate::objects::PyStr::new(&(c as char).to_string()));
        vm.char_cache.push(s);
    }
    slots::install_slots(vm);
    ctors::install(vm);
    crate::objects::methods::install(vm);
    objmodel::install(vm);
    iter_reduce::install(vm);
    extras::install(vm);
    let b = vm.builtins.clone();
    let set = |vm: &mut Vm, name: &str, v: Value| {
        let n = vm.intern(name);
        let _ = vm.ns_store(&b, n, v);
    };
    for cls in vm.types.all() {
        let name = cls
            .as_class()
            .map(|c| c.name.borrow().as_str().to_string())
            .unwrap_or_default();
        set(vm, &name, Value::Obj(cls.clone()));
    }
    let order = vm.types.exc_order.clone();
    for name in order {
        let c = vm.exc_class(name);
        set(vm, name, Value::Obj(c));
    }
    for alias in ["EnvironmentError", "IOError"] {
        let c = vm.exc_class("OSError");
        set(vm, alias, Value::Obj(c));
    }
    let ni = vm.not_implemented.clone();
    set(vm, "NotImplemented", ni);
    let el = vm.ellipsis.clone();
    set(vm, "Ellipsis", el);
    set(vm, "__debug__", Value::Bool(true));
    set(vm, "__name__", Value::str("builtins"));
    for (name, f, frame) in funcs::FUNCTIONS.iter().chain(funcs2::FUNCTIONS.iter()) {
        let v = Value::Obj(Rc::new(Obj {
            cls: Some(vm.types.builtin_function.clone()),
            dict: std::cell::RefCell::new(None),
            payload: Payload::Builtin(Builtin {
                name,
                func: *f,
                owner: None,
                class_method: false,
                needs_frame: *frame,
                noargs: false,
                no_kw: false,
            }),
        }));
        set(vm, name, v);
    }
    // The site builtins are heap classes of their own; they cannot fail on a
    // fresh VM, and a VM without them still runs everything else.
    let _ = site::install(vm);
    for cls in vm.types.all() {
        vm.refresh_hooks(&cls);
    }
}

/// `name expected N arguments, got M` (CPython 3.4's PyArg_UnpackTuple wording).
pub fn check_args(
    vm: &mut Vm,
    name: &str,
    args: &Args<'_>,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = args.pos.len();
    if n < min || n > max {
        let msg = if min == max {
            format!("{} expected {} arguments, got {}", name, min, n)
        } else if n < min {
            format!("{} expected at least {} arguments, got {}", name, min, n)
        } else {
            format!("{} expected at most {} arguments, got {}", name, max, n)
        };
        return Err(vm.new_error("TypeError", &msg));
    }
    Ok(())
}

/// `f() takes exactly one argument (N given)`.
pub fn check_one(vm: &mut Vm, name: &str, args: &Args<'_>) -> PyResult<()> {
    no_kw(vm, name, args)?;
    if args.pos.len() != 1 {
        let msg = format!(
            "{}() takes exactly one argument ({} given)",
            name,
            args.pos.len()
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    Ok(())
}

/// `f() takes no keyword arguments`.
pub fn no_kw(vm: &mut Vm, name: &str, args: &Args<'_>) -> PyResult<()> {
    if !args.kw.is_empty() {
        let msg = format!("{}() takes no keyword arguments", name);
        return Err(vm.new_error("TypeError", &msg));
    }
    Ok(())
}

/// For methods: `name() takes exactly N argument(s) (M given)` counting without self.
pub fn check_method_args(
    vm: &mut Vm,
    name: &str,
    args: &Args<'_>,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = args.pos.len().saturating_sub(1);
    if n < min || n > max {
        let msg = if min == max && min == 0 {
            format!("{}() takes no arguments ({} given)", name, n)
        } else if min == max && min == 1 {
            format!("{}() takes exactly one argument ({} given)", name, n)
        } else if min == max {
            format!("{}() takes exactly {} arguments ({} given)", name, min, n)
        } else if n < min {
            format!("{} expected at least {} arguments, got {}", name, min, n)
        } else {
            format!("{} expected at most {} arguments, got {}", name, max, n)
        };
        return Err(vm.new_error("TypeError", &msg));
    }
    Ok(())
}

/// The str inside a value, or a TypeError.
pub fn want_str(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Rc<crate::objects::PyStr>> {
    match v.as_pystr() {
        Some(s) => Ok(s.clone()),
        None => {
            let msg = format!("{} must be str, not {}", what, vm.type_name(v));
            Err(vm.new_error("TypeError", &msg))
        }
    }
}

/// A flag given as a C `int` argument (`reverse=` of `sort`/`sorted`),
/// parsed as CPython 3.4's `"i"` format does: ints and bools, a TypeError
/// for floats and other types.
pub fn int_flag(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    match v {
        Value::Int(i) => Ok(*i != 0),
        Value::Bool(b) => Ok(*b),
        Value::Float(_) => Err(vm.new_error("TypeError", "integer argument expected, got float")),
        _ => match to_int(v) {
            Some(_) => vm.truthy(v),
            None => {
                let msg = format!("an integer is required (got type {})", vm.type_name(v));
                Err(vm.new_error("TypeError", &msg))
            }
        },
    }
}

/// The `i64` of an int argument, or a TypeError.
pub fn want_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::Float(_) = v {
        return Err(vm.new_error("TypeError", "integer argument expected, got float"));
    }
    vm.index_value(v)
}

/// Converts a kernel `Int` to a value.
pub fn int_value(vm: &Vm, i: crate::num::Int) -> Value {
    match i {
        crate::num::Int::Small(v) => Value::Int(v),
        crate::num::Int::Big(b) => vm.int_from_big((*b).clone()),
    }
}

/// The kernel `Int` of an int-like value.
pub fn to_int(v: &Value) -> Option<crate::num::Int> {
    match crate::vm::ops::num_of(v)? {
        crate::vm::ops::Num::I(i) => Some(crate::num::Int::Small(i)),
        crate::vm::ops::Num::B(b) => Some(crate::num::Int::from_big(b)),
        _ => None,
    }
}
