//! Binding positional and keyword arguments of a native function the way
//! CPython 3.4's `PyArg_ParseTupleAndKeywords` does, with its messages.

use crate::objects::Value;
use crate::vm::{Args, PyResult, Vm};

/// Binds `args` to the parameter `names` (the first `required` are
/// mandatory): one slot per name, `None` where nothing was given.
///
/// Errors, in CPython's order: `f() takes at most N arguments (M given)`,
/// `Argument given by name ('x') and position (N)`, `Required argument 'x'
/// (pos N) not found`, `'y' is an invalid keyword argument for this function`.
pub fn bind(
    vm: &mut Vm,
    fname: &str,
    args: &Args<'_>,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let given = args.pos.len() + args.kw.len();
    if given > names.len() {
        let msg = format!(
            "{}() takes at most {} argument{} ({} given)",
            fname,
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            given
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    let mut out = Vec::with_capacity(names.len());
    for (i, name) in names.iter().enumerate() {
        let by_name = args.kwarg(name).cloned();
        let v = match (args.pos.get(i), by_name) {
            (Some(_), Some(_)) => {
                let msg = format!(
                    "Argument given by name ('{}') and position ({})",
                    name,
                    i + 1
                );
                return Err(vm.new_error("TypeError", &msg));
            }
            (Some(p), None) => Some(p.clone()),
            (None, k) => k,
        };
        if v.is_none() && i < required {
            let msg = format!("Required argument '{}' (pos {}) not found", name, i + 1);
            return Err(vm.new_error("TypeError", &msg));
        }
        out.push(v);
    }
    if let Some((k, _)) = args.kw.iter().find(|(k, _)| !names.contains(&k.as_str())) {
        let msg = format!(
            "'{}' is an invalid keyword argument for this function",
            k.as_str()
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    Ok(out)
}

/// A C `int` argument (format `"i"`): an int or an object with `__index__`
/// that fits in 32 bits; CPython 3.4's messages for floats and other types.
pub fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let i = match v {
        Value::Float(_) => {
            return Err(vm.new_error("TypeError", "integer argument expected, got float"))
        }
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ if super::to_int(v).is_some() || has_index(vm, v) => vm.index_value(v)?,
        _ => {
            let msg = format!("an integer is required (got type {})", vm.type_name(v));
            return Err(vm.new_error("TypeError", &msg));
        }
    };
    if i > i32::MAX as i64 {
        return Err(vm.new_error("OverflowError", "signed integer is greater than maximum"));
    }
    if i < i32::MIN as i64 {
        return Err(vm.new_error("OverflowError", "signed integer is less than minimum"));
    }
    Ok(i)
}

fn has_index(vm: &Vm, v: &Value) -> bool {
    let n = vm.names.index.clone();
    crate::objects::class::lookup(vm.type_of(v), &n).is_some()
}
