//! Standard-library modules, written in Rust or embedded Python.
//!
//! [`load`] creates a built-in module by name (or returns `None`); the VM
//! caches it in `sys.modules`.

pub mod math;
pub mod sys;

use crate::objects::{DictTable, Value};
use crate::vm::{PyResult, Vm};

/// Names of the modules that can be imported.
pub const MODULES: &[&str] = &["sys", "math", "builtins"];

/// Creates the built-in module `name`.
pub fn load(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    Ok(match name {
        "sys" => Some(sys::create(vm)?),
        "math" => Some(math::create(vm)?),
        "builtins" => {
            let b = vm.builtins.clone();
            Some(vm.new_module("builtins", b))
        }
        _ => None,
    })
}

/// A fresh module namespace with `__name__` set.
pub fn namespace(vm: &mut Vm) -> std::rc::Rc<crate::objects::Obj> {
    vm.new_dict_obj(DictTable::new())
}

/// Adds native functions to a module namespace.
pub fn add_functions(
    vm: &mut Vm,
    ns: &std::rc::Rc<crate::objects::Obj>,
    fns: &[crate::builtins::Method],
) {
    for (name, f) in fns {
        let v = crate::builtins::native(vm, name, *f, None);
        let n = vm.intern(name);
        let _ = vm.ns_store(ns, n, v);
    }
}

/// Sets a value in a module namespace.
pub fn set(vm: &mut Vm, ns: &std::rc::Rc<crate::objects::Obj>, name: &str, v: Value) {
    let n = vm.intern(name);
    let _ = vm.ns_store(ns, n, v);
}
