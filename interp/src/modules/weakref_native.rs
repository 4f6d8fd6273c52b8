//! The native `_weakref` module (the pure-Python `weakref` builds on it).

use super::{add_functions, namespace, set};
use crate::builtins::Method;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

const FUNCTIONS: &[Method] = &[
    ("getweakrefcount", crate::vm::weakref::getweakrefcount),
    ("getweakrefs", crate::vm::weakref::getweakrefs),
];

/// Creates `_weakref`.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let ns = namespace(vm);
    add_functions(vm, &ns, FUNCTIONS);
    let r = Value::Obj(vm.types.weakref.clone());
    set(vm, &ns, "ref", r.clone());
    set(vm, &ns, "ReferenceType", r);
    Ok(vm.new_module("_weakref", ns))
}
