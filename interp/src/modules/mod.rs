//! Standard-library modules, written in Rust or embedded Python.
//!
//! [`load`] creates a built-in module by name (or returns `None`); the VM
//! caches it in `sys.modules`.

pub mod abc_native;
pub mod ast_build;
pub mod ast_native;
pub mod ast_read;
pub mod ast_validate;
pub mod atexit_hook;
pub mod binascii;
pub mod cmath;
pub mod cmath_fns;
pub mod cmath_tables;
pub mod collections_native;
pub mod csv_native;
pub mod embedded;
pub mod excluded;
pub mod frozen;
pub mod functools_native;
pub mod gc_mod;
pub mod hashlib;
pub mod heapq_bisect;
pub mod importer;
pub mod itertools_native;
pub mod json_emit;
pub mod json_native;
pub mod json_scan;
pub mod math;
pub mod math_special;
pub mod native_util;
pub mod random;
pub mod re_native;
pub mod stream_attrs;
pub mod struct_mod;
pub mod sys;
pub mod sys_info;
pub mod sys_streams;
pub mod time;
pub mod traceback_native;
pub mod unicodedata;
pub mod weakref_native;
pub mod zlib_native;

use crate::objects::{DictTable, Value};
use crate::vm::{PyResult, Vm};

/// Names of the modules that can be imported.
pub const MODULES: &[&str] = &[
    "sys",
    "math",
    "cmath",
    "builtins",
    "_kaa_re",
    "_random",
    "_collections",
    "_kaa_itertools",
    "struct",
    "binascii",
    "hashlib",
    "time",
    "unicodedata",
    "gc",
    "_weakref",
    "_kaa_traceback",
    "_heapq",
    "_bisect",
    "_kaa_zlib",
    "_kaa_csv",
    "_kaa_json",
    "_kaa_abc",
    "_kaa_functools",
];

/// Creates the built-in module `name`.
pub fn load(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    Ok(match name {
        "sys" => Some(sys::create(vm)?),
        "math" => Some(math::create(vm)?),
        "cmath" => Some(cmath::create(vm)?),
        "_kaa_re" => Some(re_native::create(vm)?),
        "_random" => Some(random::create(vm)?),
        "_collections" => Some(collections_native::create(vm)?),
        "_kaa_itertools" => Some(itertools_native::create(vm)?),
        "struct" => Some(struct_mod::create(vm)?),
        "binascii" => Some(binascii::create(vm)?),
        "hashlib" => Some(hashlib::create(vm)?),
        "time" => Some(time::create(vm)?),
        "unicodedata" => Some(unicodedata::create(vm)?),
        "gc" => Some(gc_mod::create(vm)?),
        "_weakref" => Some(weakref_native::create(vm)?),
        "_kaa_traceback" => Some(traceback_native::create(vm)?),
        "_heapq" => Some(heapq_bisect::create_heapq(vm)?),
        "_bisect" => Some(heapq_bisect::create_bisect(vm)?),
        "_kaa_zlib" => Some(zlib_native::create(vm)?),
        "_kaa_csv" => Some(csv_native::create(vm)?),
        "_kaa_json" => Some(json_native::create(vm)?),
        "_kaa_abc" => Some(abc_native::create(vm)?),
        "_kaa_functools" => Some(functools_native::create(vm)?),
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
        let n = vm.intern_static(name);
        let _ = vm.ns_store(ns, n, v);
    }
}

/// Sets a value in a module namespace.
pub fn set(vm: &mut Vm, ns: &std::rc::Rc<crate::objects::Obj>, name: &'static str, v: Value) {
    let n = vm.intern_static(name);
    let _ = vm.ns_store(ns, n, v);
}
