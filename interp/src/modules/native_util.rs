//! Helpers shared by the native standard-library modules: argument
//! conversion, module-level exception classes, native classes whose
//! instances keep their state in the instance dict.

use crate::objects::{Obj, Payload, PyStr, Value};
use crate::vm::{Args, PyErr, PyResult, Vm};
use num_bigint::BigInt;
use std::rc::Rc;

/// The bytes of a bytes or bytearray value.
pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.borrow().clone()),
        _ => None,
    }
}

/// Positional argument `i`, or a TypeError naming the function.
pub fn arg<'a>(vm: &mut Vm, args: &Args<'a>, i: usize, fname: &str) -> PyResult<&'a Value> {
    match args.pos.get(i) {
        Some(v) => Ok(v),
        None => Err(vm.new_error(
            "TypeError",
            &format!("{}() missing required argument (pos {})", fname, i + 1),
        )),
    }
}

/// An int argument as a BigInt (bools count as ints).
pub fn big_int(v: &Value) -> Option<BigInt> {
    crate::builtins::to_int(v).map(|i| i.to_bigint())
}

/// A class attribute of a loaded module (`sys.modules[module].name`).
pub fn module_attr(vm: &Vm, module: &str, name: &str) -> Option<Value> {
    let m = vm.dict_get_str(&vm.modules, &PyStr::new(module))?;
    match m.payload()? {
        Payload::Module(ns, _) => vm.dict_get_str(ns, &PyStr::new(name)),
        _ => None,
    }
}

/// Raises the module's exception class `cls_name` (falling back to the
/// built-in `fallback` if the module attribute is gone) with `msg`.
pub fn module_error(vm: &mut Vm, module: &str, cls_name: &str, fallback: &str, msg: &str) -> PyErr {
    match module_attr(vm, module, cls_name) {
        Some(Value::Obj(cls)) if cls.as_class().is_some() => {
            let e = vm.new_exception(&cls, vec![Value::str(msg)]);
            PyErr::Exc(e)
        }
        _ => vm.new_error(fallback, msg),
    }
}

/// Creates a class `module.name` deriving from `bases`, with `ns` entries.
pub fn new_class(vm: &mut Vm, module: &str, name: &str, bases: Vec<Value>) -> PyResult<Rc<Obj>> {
    let ns = vm.new_dict_obj(crate::objects::DictTable::new());
    let m = vm.intern("__module__");
    vm.ns_store(&ns, m, Value::str(module))?;
    let meta = vm.types.type_.clone();
    let cls = vm.make_class(&meta, Rc::new(PyStr::new(name)), bases, &ns, &[])?;
    match cls {
        Value::Obj(o) => Ok(o),
        _ => Err(vm.new_error("SystemError", "class creation failed")),
    }
}

/// Creates an exception class `module.name` deriving from the built-in `base`.
pub fn new_exception_class(vm: &mut Vm, module: &str, name: &str, base: &str) -> PyResult<Value> {
    let b = Value::Obj(vm.exc_class(base));
    Ok(Value::Obj(new_class(vm, module, name, vec![b])?))
}

/// Reads attribute `name` of an instance dict directly.
pub fn inst_get(vm: &Vm, obj: &Value, name: &str) -> Option<Value> {
    let d = obj.as_obj()?.inst_dict()?;
    vm.dict_get_str(&d, &PyStr::new(name))
}

/// Sets attribute `name` in an instance dict directly.
pub fn inst_set(vm: &mut Vm, obj: &Value, name: &str, v: Value) -> PyResult<()> {
    match obj.as_obj().and_then(|o| vm.instance_dict(o)) {
        Some(d) => {
            let n = vm.intern(name);
            vm.ns_store(&d, n, v)
        }
        None => Err(vm.new_error("TypeError", "object has no instance dict")),
    }
}

/// A new bytearray value.
pub fn new_bytearray(vm: &mut Vm, b: Vec<u8>) -> Value {
    let cls = vm.types.bytearray.clone();
    vm.alloc(&cls, Payload::ByteArray(std::cell::RefCell::new(b)))
}

/// Runs `f` on the contents of the bytearray stored as attribute `name` of
/// `obj`; `None` when there is no such bytearray.
pub fn with_inst_bytes<R>(
    vm: &Vm,
    obj: &Value,
    name: &str,
    f: impl FnOnce(&mut Vec<u8>) -> R,
) -> Option<R> {
    let v = inst_get(vm, obj, name)?;
    match v.payload()? {
        Payload::ByteArray(b) => Some(f(&mut b.borrow_mut())),
        _ => None,
    }
}
