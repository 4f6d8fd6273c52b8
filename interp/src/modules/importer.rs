//! The `import` statement's machinery: dotted names, packages and
//! `from … import`, over the native modules ([`super::load`]) and then the
//! embedded Python ones ([`super::embedded`]).
//!
//! Semantics follow CPython 3.4's `importlib._bootstrap`: every prefix of a
//! dotted name is imported first, a submodule is set as an attribute of its
//! parent package, `import a.b` evaluates to `a` while `from a.b import c`
//! evaluates to `a.b`, and `from pkg import sub` imports the submodule
//! `pkg.sub` when `pkg` has no attribute `sub`.

use crate::objects::{PyStr, Value};
use crate::vm::{PyErr, PyResult, Vm};
use std::rc::Rc;

/// Imports `name` (absolute; relative imports are not supported since there
/// are no user packages) and returns what `IMPORT_NAME` pushes.
pub fn import(vm: &mut Vm, name: &Rc<PyStr>, fromlist: &Value) -> PyResult<Value> {
    let full = name.as_str();
    if full.is_empty() {
        return Err(vm.new_error("ValueError", "Empty module name"));
    }
    let module = import_dotted(vm, full)?;
    let names = fromlist_names(vm, fromlist)?;
    if names.is_empty() {
        let head = full.split('.').next().unwrap_or(full);
        if head.len() == full.len() {
            return Ok(module);
        }
        return import_dotted(vm, head);
    }
    if is_package(vm, &module)? {
        for item in names {
            if item == "*" {
                continue;
            }
            let attr = vm.intern(&item);
            if vm.getattr_opt(&module, &attr)?.is_none() {
                let sub = format!("{}.{}", full, item);
                if super::embedded::find(&sub).is_some() {
                    import_dotted(vm, &sub)?;
                }
            }
        }
    }
    Ok(module)
}

/// The strings of a `fromlist` (`None` or a tuple of names).
fn fromlist_names(vm: &mut Vm, fromlist: &Value) -> PyResult<Vec<String>> {
    if fromlist.is_none() {
        return Ok(Vec::new());
    }
    let items = vm.iterate(fromlist)?;
    Ok(items
        .iter()
        .filter_map(|v| v.as_pystr().map(|s| s.as_str().to_string()))
        .collect())
}

/// Whether a module object is a package (has `__path__`).
fn is_package(vm: &mut Vm, module: &Value) -> PyResult<bool> {
    let p = vm.intern("__path__");
    Ok(vm.getattr_opt(module, &p)?.is_some())
}

/// Imports `name` and all its parents; returns the module `name` itself.
pub fn import_dotted(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let key = vm.intern(name);
    if let Some(m) = vm.dict_get_str(&vm.modules.clone(), &key) {
        if matches!(m, Value::None) {
            // CPython's way of blocking an import.
            let msg = format!("import of {} halted; None in sys.modules", name);
            return Err(vm.new_error("ImportError", &msg));
        }
        return Ok(m);
    }
    let parent = match name.rsplit_once('.') {
        Some((p, child)) => {
            let pm = import_dotted(vm, p)?;
            // Importing the parent may have imported the child already.
            if let Some(m) = vm.dict_get_str(&vm.modules.clone(), &key) {
                return Ok(m);
            }
            if !is_package(vm, &pm)? {
                let msg = format!("No module named '{}'; '{}' is not a package", name, p);
                return Err(vm.new_error("ImportError", &msg));
            }
            Some((pm, child.to_string()))
        }
        None => None,
    };
    let module = match super::load(vm, name)? {
        Some(m) => {
            let modules = Value::Obj(vm.modules.clone());
            vm.dict_set(&modules, Value::Str(key.clone()), m.clone())?;
            m
        }
        None => match super::embedded::load(vm, name)? {
            Some(m) => m,
            None => {
                let msg = super::excluded::not_found_message(name);
                return Err(vm.new_error("ImportError", &msg));
            }
        },
    };
    if let Some((pm, child)) = parent {
        let c = vm.intern(&child);
        match vm.setattr(&pm, &c, module.clone()) {
            Ok(()) | Err(PyErr::Exc(_)) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(module)
}
