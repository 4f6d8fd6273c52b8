//! The checks CPython's descriptor types make before running a native
//! method: the receiver's type (`descriptor 'append' requires a 'list'
//! object but received a 'int'`) and, for `T.__new__(S, ...)`, that `S` is a
//! type, a subtype of `T`, and one whose instances `T.__new__` can build
//! (CPython's `tp_new_wrapper`).

use crate::objects::class::{is_subclass, lookup_cached};
use crate::objects::function::BuiltinKind;
use crate::objects::{Builtin, Obj, Payload, Value};
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

/// Checks the receiver (`args[0]`) a native method is called with.
#[inline]
pub fn check_receiver(vm: &mut Vm, func: &Rc<Obj>, b: &Builtin, pos: &[Value]) -> PyResult<()> {
    let owner = match &b.owner {
        Some(o) => o,
        None => return Ok(()),
    };
    if b.class_method {
        return Ok(());
    }
    let is_new = b.name == "__new__";
    match pos.first() {
        Some(first) if !is_new && Rc::ptr_eq(vm.type_of(first), owner) => Ok(()),
        Some(Value::Obj(first)) if is_new && Rc::ptr_eq(first, owner) => Ok(()),
        _ => check_slow(vm, func, b, owner, pos),
    }
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
            Some(Payload::Builtin(_)) => break n,
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
