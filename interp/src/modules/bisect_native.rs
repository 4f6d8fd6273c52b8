//! The native `_bisect` module: `bisect_left`, `bisect_right`,
//! `insort_left`, `insort_right` (and the `bisect`/`insort` aliases) that
//! `bisect.py` imports over its pure-Python definitions.
//!
//! Lists are read directly (an item is cloned out before each comparison,
//! so a comparison that runs Python code may change the list); any other
//! sequence goes through `__getitem__`/`__len__`, and insort calls its
//! `insert` method, as CPython does. Only `<` is used. Like 3.4's C module
//! there is no `key=`; `hi=None` is accepted as "the end" (3.4's pure-Python
//! fallback did the same).

use super::{add_functions, namespace};
use crate::builtins::Method;
use crate::objects::{Payload, Value};
use crate::vm::{Args, PyResult, Vm};

/// The parsed arguments `(a, x, lo, hi)`.
struct Call {
    a: Value,
    x: Value,
    lo: i64,
    hi: Option<i64>,
}

fn parse(vm: &mut Vm, args: &Args<'_>, fname: &str) -> PyResult<Call> {
    let mut slots: [Option<Value>; 4] = [None, None, None, None];
    if args.pos.len() > 4 {
        let msg = format!(
            "{}() takes at most 4 arguments ({} given)",
            fname,
            args.pos.len() + args.kw.len()
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    for (slot, v) in slots.iter_mut().zip(args.pos.iter()) {
        *slot = Some(v.clone());
    }
    for (k, v) in args.kw {
        let i = match k.as_str() {
            "a" => 0,
            "x" => 1,
            "lo" => 2,
            "hi" => 3,
            other => {
                let msg = format!("'{}' is an invalid keyword argument for this function", other);
                return Err(vm.new_error("TypeError", &msg));
            }
        };
        if let Some(slot) = slots.get_mut(i) {
            if slot.is_some() {
                let msg = format!(
                    "Argument given by name ('{}') and position ({})",
                    k.as_str(),
                    i + 1
                );
                return Err(vm.new_error("TypeError", &msg));
            }
            *slot = Some(v.clone());
        }
    }
    let [a, x, lo, hi] = slots;
    let (Some(a), Some(x)) = (a, x) else {
        let (name, pos) = if args.pos.is_empty() && args.kw.iter().all(|(k, _)| k.as_str() != "a") {
            ("a", 1)
        } else {
            ("x", 2)
        };
        let msg = format!("Required argument '{}' (pos {}) not found", name, pos);
        return Err(vm.new_error("TypeError", &msg));
    };
    let lo = match lo {
        Some(v) => vm.index_value(&v)?,
        None => 0,
    };
    let hi = match hi {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.index_value(&v)?),
    };
    if lo < 0 {
        return Err(vm.new_error("ValueError", "lo must be non-negative"));
    }
    Ok(Call { a, x, lo, hi })
}

/// Item `i` of the sequence.
fn item(vm: &mut Vm, a: &Value, i: i64) -> PyResult<Value> {
    if let Some(Payload::List(l)) = a.payload() {
        if let Some(v) = usize::try_from(i).ok().and_then(|i| l.borrow().get(i).cloned()) {
            return Ok(v);
        }
        return Err(vm.new_error("IndexError", "list index out of range"));
    }
    vm.getitem(a, &Value::Int(i))
}

/// The insertion point; `right` puts it after items equal to `x`.
fn search(vm: &mut Vm, c: &Call, right: bool) -> PyResult<i64> {
    let mut lo = c.lo;
    let mut hi = match c.hi {
        None | Some(-1) => vm.len(&c.a)? as i64,
        Some(h) => h,
    };
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let m = item(vm, &c.a, mid)?;
        let go_left = if right {
            vm.lt(&c.x, &m)?
        } else {
            !vm.lt(&m, &c.x)?
        };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn insert(vm: &mut Vm, c: &Call, at: i64) -> PyResult<()> {
    if let Some(Payload::List(l)) = c.a.payload() {
        {
            let mut v = l.borrow_mut();
            let at = usize::try_from(at).unwrap_or(0).min(v.len());
            v.insert(at, c.x.clone());
        }
        vm.account(16)?;
        return Ok(());
    }
    let name = vm.intern("insert");
    vm.call_method(&c.a, &name, &[Value::Int(at), c.x.clone()])?;
    Ok(())
}

fn bisect_left(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = parse(vm, &args, "bisect_left")?;
    Ok(Value::Int(search(vm, &c, false)?))
}

fn bisect_right(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = parse(vm, &args, "bisect_right")?;
    Ok(Value::Int(search(vm, &c, true)?))
}

fn insort_left(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = parse(vm, &args, "insort_left")?;
    let at = search(vm, &c, false)?;
    insert(vm, &c, at)?;
    Ok(Value::None)
}

fn insort_right(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = parse(vm, &args, "insort_right")?;
    let at = search(vm, &c, true)?;
    insert(vm, &c, at)?;
    Ok(Value::None)
}

const FUNCTIONS: &[Method] = &[
    ("bisect_left", bisect_left),
    ("bisect_right", bisect_right),
    ("bisect", bisect_right),
    ("insort_left", insort_left),
    ("insort_right", insort_right),
    ("insort", insort_right),
];

/// Creates `_bisect`.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let ns = namespace(vm);
    add_functions(vm, &ns, FUNCTIONS);
    Ok(vm.new_module("_bisect", ns))
}
