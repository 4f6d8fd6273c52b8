//! Standard-library modules, written in Rust or embedded Python.
//!
//! [`load`] creates a built-in module by name (or returns `None`); the VM
//! caches it in `sys.modules`.

pub mod binascii;
pub mod embedded;
pub mod frozen;
pub mod hashlib;
pub mod importer;
pub mod math;
pub mod native_util;
pub mod random;
pub mod re_native;
pub mod struct_mod;
pub mod sys;
pub mod time;
pub mod unicodedata;

use crate::objects::{DictTable, Value};
use crate::vm::{PyResult, Vm};

/// Names of the modules that can be imported.
pub const MODULES: &[&str] = &[
    "sys",
    "math",
    "builtins",
    "_kaa_re",
    "_random",
    "struct",
    "binascii",
    "hashlib",
    "time",
    "unicodedata",
];

/// Creates the built-in module `name`.
pub fn load(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    Ok(match name {
        "sys" => Some(sys::create(vm)?),
        "math" => Some(math::create(vm)?),
        "_kaa_re" => Some(re_native::create(vm)?),
        "_random" => Some(random::create(vm)?),
        "struct" => Some(struct_mod::create(vm)?),
        "binascii" => Some(binascii::create(vm)?),
        "hashlib" => Some(hashlib::create(vm)?),
        "time" => Some(time::create(vm)?),
        "unicodedata" => Some(unicodedata::create(vm)?),
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
