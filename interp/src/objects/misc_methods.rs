//! Methods of int, float, range, slice, generators, property (bytes and
//! bytearray: `bytes_methods`, `bytearray_methods`).

use super::{Payload, Value};
use crate::builtins::{to_int, Method};
use crate::vm::generator::GenResult;
use crate::vm::ops::{num_of, Num};
use crate::vm::{Args, PyErr, PyResult, Vm};
use std::rc::Rc;

fn this(args: &Args<'_>) -> Value {
    args.pos.first().cloned().unwrap_or_default()
}

fn bit_length(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match to_int(&this(&args)) {
        Some(i) => Ok(Value::Int(i.bit_length() as i64)),
        None => Err(vm.new_error(
            "TypeError",
            "descriptor 'bit_length' requires an 'int' object",
        )),
    }
}

fn conjugate(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(this(&args))
}

fn to_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() > 3 {
        return Err(vm.new_error("TypeError", "'signed' is a keyword-only argument"));
    }
    let i = to_int(&this(&args)).unwrap_or(crate::num::Int::Small(0));
    let len = match args.pos.get(1).or_else(|| args.kwarg("length")) {
        Some(l) if matches!(crate::vm::ops::num_of(l), Some(crate::vm::ops::Num::B(_))) => {
            // `length` is a C ssize_t argument.
            return Err(vm.new_error(
                "OverflowError",
                "Python int too large to convert to C ssize_t",
            ));
        }
        Some(l) => vm.index_value(l)?,
        None => {
            return Err(vm.new_error("TypeError", "Required argument 'length' (pos 1) not found"))
        }
    };
    let order = match args.pos.get(2).or_else(|| args.kwarg("byteorder")) {
        Some(o) => crate::builtins::want_str(vm, o, "to_bytes() argument 2")?,
        None => {
            return Err(vm.new_error(
                "TypeError",
                "Required argument 'byteorder' (pos 2) not found",
            ))
        }
    };
    let signed = match args.kwarg("signed") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let big = crate::num::parse_byteorder(order.as_str())
        .map_err(|e| vm.new_error(e.py_type(), &e.to_string()))?;
    vm.reserve(len.max(0) as u64)?;
    match crate::num::int_to_bytes(&i, len, big, signed, 1 << 30) {
        Ok(b) => Ok(vm.new_bytes(b)),
        Err(e) => Err(vm.new_error(e.py_type(), &e.to_string())),
    }
}

fn from_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() > 3 {
        return Err(vm.new_error("TypeError", "'signed' is a keyword-only argument"));
    }
    let data = match args.pos.get(1).or_else(|| args.kwarg("bytes")) {
        Some(b) => {
            let b = b.clone();
            // PyObject_Bytes: an int is not a size here.
            if matches!(
                b,
                Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::None
            ) {
                let msg = format!("'{}' object is not iterable", vm.type_name(&b));
                return Err(vm.new_error("TypeError", &msg));
            }
            crate::builtins::ctors::bytes_of(vm, &b)?
        }
        None => {
            return Err(vm.new_error("TypeError", "Required argument 'bytes' (pos 1) not found"))
        }
    };
    let order = match args.pos.get(2).or_else(|| args.kwarg("byteorder")) {
        Some(o) => crate::builtins::want_str(vm, o, "from_bytes() argument 2")?,
        None => {
            return Err(vm.new_error(
                "TypeError",
                "Required argument 'byteorder' (pos 2) not found",
            ))
        }
    };
    let signed = match args.kwarg("signed") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let big = crate::num::parse_byteorder(order.as_str())
        .map_err(|e| vm.new_error(e.py_type(), &e.to_string()))?;
    let i = crate::num::int_from_bytes(&data, big, signed);
    Ok(crate::builtins::int_value(vm, i))
}

/// `int.__getnewargs__()`: `(int(self),)`, an exact int even for a
/// subclass instance (pickling rebuilds the subclass from it).
fn int_getnewargs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let i = to_int(&this(&args)).unwrap_or(crate::num::Int::Small(0));
    let v = crate::builtins::int_value(vm, i);
    Ok(vm.new_tuple(vec![v]))
}

/// int methods.
pub const INT: &[Method] = &[
    ("bit_length", bit_length),
    ("conjugate", conjugate),
    ("to_bytes", to_bytes),
    ("__getnewargs__", int_getnewargs),
    ("__trunc__", conjugate),
    ("__floor__", conjugate),
    ("__ceil__", conjugate),
    ("__round__", int_round),
];

fn int_round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let i = to_int(&this(&args)).unwrap_or(crate::num::Int::Small(0));
    match args.pos.get(1) {
        None => Ok(crate::builtins::int_value(vm, i)),
        Some(n) => {
            let n = match super::range::index_big(vm, n)? {
                Some(b) => crate::num::Int::from_big(b),
                _ => {
                    let msg = format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(n)
                    );
                    return Err(vm.new_error("TypeError", &msg));
                }
            };
            Ok(crate::builtins::int_value(
                vm,
                crate::num::int_round(&i, &n),
            ))
        }
    }
}

/// int class methods.
pub const INT_CLASS: &[Method] = &[("from_bytes", from_bytes)];

fn fval(vm: &mut Vm, args: &Args<'_>) -> PyResult<f64> {
    match num_of(&this(args)) {
        Some(Num::F(f)) => Ok(f),
        _ => Err(vm.new_error("TypeError", "descriptor requires a 'float' object")),
    }
}

fn is_integer(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = fval(vm, &args)?;
    Ok(Value::Bool(crate::num::float_is_integer(f)))
}

fn as_integer_ratio(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = fval(vm, &args)?;
    match crate::num::float_as_integer_ratio(f) {
        Ok((n, d)) => {
            let n = crate::builtins::int_value(vm, n);
            let d = crate::builtins::int_value(vm, d);
            Ok(vm.new_tuple(vec![n, d]))
        }
        Err(e) => Err(vm.new_error(e.py_type(), &e.to_string())),
    }
}

fn float_hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = fval(vm, &args)?;
    Ok(Value::string(crate::num::float_hex(f)))
}

fn float_fromhex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::check_method_args(vm, "fromhex", &args, 1, 1)?;
    let s = match args.pos.get(1).and_then(|v| v.as_pystr()) {
        Some(s) => s.clone(),
        None => return Err(vm.new_error("TypeError", "bad argument type for built-in operation")),
    };
    match crate::num::float_fromhex(s.as_str()) {
        Ok(f) => Ok(Value::Float(f)),
        Err(e) => Err(vm.new_error(e.py_type(), &e.to_string())),
    }
}

fn float_trunc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = fval(vm, &args)?;
    crate::builtins::ctors::int_of(vm, &Value::Float(f))
}

fn float_round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = fval(vm, &args)?;
    match args.pos.get(1) {
        None => match crate::num::float_round_to_int(f) {
            Ok(i) => Ok(crate::builtins::int_value(vm, i)),
            Err(e) => Err(vm.new_error(e.py_type(), &e.to_string())),
        },
        Some(n) => {
            let n = vm.index_value(n)?;
            match crate::num::float_round(f, n) {
                Ok(r) => Ok(Value::Float(r)),
                Err(e) => Err(vm.new_error(e.py_type(), &e.to_string())),
            }
        }
    }
}

/// float methods.
pub const FLOAT: &[Method] = &[
    ("is_integer", is_integer),
    ("as_integer_ratio", as_integer_ratio),
    ("hex", float_hex),
    ("conjugate", conjugate),
    ("__trunc__", float_trunc),
    ("__round__", float_round),
];

/// float class methods.
pub const FLOAT_CLASS: &[Method] = &[("fromhex", float_fromhex)];

fn complex_conjugate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match num_of(&this(&args)) {
        Some(Num::C(r, i)) => {
            let cls = vm.types.complex.clone();
            Ok(vm.alloc(&cls, Payload::Complex(r, -i)))
        }
        _ => Err(vm.new_error("TypeError", "descriptor requires a 'complex' object")),
    }
}

/// complex methods.
pub const COMPLEX: &[Method] = &[("conjugate", complex_conjugate)];

/// range methods.
pub const RANGE: &[Method] = super::range::METHODS;

/// slice methods.
pub const SLICE: &[Method] = &[("indices", super::range::slice_indices_method)];

fn gen_of(vm: &mut Vm, args: &Args<'_>) -> PyResult<Rc<super::Obj>> {
    match args.pos.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Generator(_)) => Ok(o.clone()),
        _ => Err(vm.new_error("TypeError", "descriptor requires a 'generator' object")),
    }
}

fn gen_result(vm: &mut Vm, r: GenResult) -> PyResult<Value> {
    match r {
        GenResult::Yield(v) => Ok(v),
        GenResult::Return(v) => {
            let cls = vm.exc_class("StopIteration");
            let args = if v.is_none() { vec![] } else { vec![v] };
            Err(PyErr::Exc(vm.new_exception(&cls, args)))
        }
    }
}

fn gen_send(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = gen_of(vm, &args)?;
    let v = args.pos.get(1).cloned().unwrap_or_default();
    let r = vm.gen_resume(&g, v, None)?;
    gen_result(vm, r)
}

fn gen_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = gen_of(vm, &args)?;
    let r = vm.gen_resume(&g, Value::None, None)?;
    gen_result(vm, r)
}

fn gen_throw(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = gen_of(vm, &args)?;
    let t = args.pos.get(1).cloned().unwrap_or_default();
    let e = match (args.pos.get(2), &t) {
        (Some(v), Value::Obj(c)) if c.as_class().is_some() && !v.is_none() => {
            if matches!(v.payload(), Some(Payload::Exception(_))) {
                v.clone()
            } else {
                vm.call(&t, Args::new(std::slice::from_ref(v)))?
            }
        }
        _ => t.clone(),
    };
    let exc = vm.make_raisable(
        e,
        "exceptions must be classes or instances deriving from BaseException, not type",
    )?;
    let r = vm.gen_throw(&g, PyErr::Exc(exc))?;
    gen_result(vm, r)
}

fn gen_close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = gen_of(vm, &args)?;
    vm.gen_close(&g)?;
    Ok(Value::None)
}

/// generator methods.
pub const GENERATOR: &[Method] = &[
    ("send", gen_send),
    ("__next__", gen_next),
    ("throw", gen_throw),
    ("close", gen_close),
];

fn prop_with(vm: &mut Vm, args: &Args<'_>, slot: usize) -> PyResult<Value> {
    let p = this(args);
    let mut parts = match p.payload() {
        Some(Payload::Property(x)) => x.borrow().clone(),
        _ => return Err(vm.new_error("TypeError", "descriptor requires a 'property' object")),
    };
    parts[slot] = args.pos.get(1).cloned().unwrap_or_default();
    let cls = vm.type_of(&p).clone();
    Ok(vm.alloc(&cls, Payload::Property(std::cell::RefCell::new(parts))))
}

fn prop_getter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    prop_with(vm, &args, 0)
}

fn prop_setter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    prop_with(vm, &args, 1)
}

fn prop_deleter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    prop_with(vm, &args, 2)
}

/// `property.__set__(p, obj, value)` and `property.__delete__(p, obj)`:
/// call `fset`/`fdel`, or CPython's AttributeError when it is missing.
fn prop_store(vm: &mut Vm, args: &Args<'_>, value: Option<Value>) -> PyResult<Value> {
    let name = if value.is_some() {
        "__set__"
    } else {
        "__delete__"
    };
    if value.is_none() && args.pos.len() != 2 {
        let msg = format!(
            "expected 1 arguments, got {}",
            args.pos.len().saturating_sub(1)
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    let (f, what) = match this(args).payload() {
        Some(Payload::Property(x)) if value.is_some() => {
            (x.borrow()[1].clone(), "can't set attribute")
        }
        Some(Payload::Property(x)) => (x.borrow()[2].clone(), "can't delete attribute"),
        _ => {
            let msg = format!("descriptor '{}' requires a 'property' object", name);
            return Err(vm.new_error("TypeError", &msg));
        }
    };
    if f.is_none() {
        return Err(vm.new_error("AttributeError", what));
    }
    let mut call_args = vec![args.pos[1].clone()];
    call_args.extend(value);
    vm.call(&f, Args::new(&call_args))?;
    Ok(Value::None)
}

fn prop_set(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = args.pos.get(2).cloned();
    if args.pos.len() != 3 {
        // CPython's wrap_descr_set unpacks with an empty function name.
        let msg = format!(
            " expected 2 arguments, got {}",
            args.pos.len().saturating_sub(1)
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    prop_store(vm, &args, v)
}

fn prop_delete(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    prop_store(vm, &args, None)
}

fn prop_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = this(&args);
    let obj = args.pos.get(1).cloned().unwrap_or_default();
    if obj.is_none() {
        return Ok(p);
    }
    let cls = vm.type_of(&obj).clone();
    vm.descr_get(&p, &obj, &cls)
}

/// property methods.
pub const PROPERTY: &[Method] = &[
    ("getter", prop_getter),
    ("setter", prop_setter),
    ("deleter", prop_deleter),
    ("__get__", prop_get),
    ("__set__", prop_set),
    ("__delete__", prop_delete),
];

fn func_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args);
    let obj = args.pos.get(1).cloned().unwrap_or_default();
    if obj.is_none() {
        return Ok(f);
    }
    let m = vm.types.method.clone();
    Ok(vm.alloc(&m, Payload::Method(obj, f)))
}

fn cm_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args);
    let obj = args.pos.get(1).cloned().unwrap_or_default();
    let typ = args.pos.get(2).cloned().unwrap_or_default();
    let cls = match (&typ, &obj) {
        (Value::Obj(c), _) if c.as_class().is_some() => c.clone(),
        _ => vm.type_of(&obj).clone(),
    };
    vm.descr_get(&d, &obj, &cls)
}

/// classmethod / staticmethod methods.
pub const WRAPPERS: &[Method] = &[("__get__", cm_get)];

/// function methods.
pub const FUNCTION: &[Method] = &[("__get__", func_get)];

/// Installs every method table.
pub fn install(vm: &mut Vm) {
    use crate::builtins::{add_class_methods, add_methods};
    let t = &vm.types;
    let (int, float, complex, range, slice, generator, property, function) = (
        t.int.clone(),
        t.float.clone(),
        t.complex.clone(),
        t.range.clone(),
        t.slice.clone(),
        t.generator.clone(),
        t.property.clone(),
        t.function.clone(),
    );
    let (str_, list, tuple, dict, set, frozenset) = (
        t.str_.clone(),
        t.list.clone(),
        t.tuple.clone(),
        t.dict.clone(),
        t.set.clone(),
        t.frozenset.clone(),
    );
    add_methods(vm, &int, INT);
    add_class_methods(vm, &int, INT_CLASS);
    add_methods(vm, &float, FLOAT);
    add_class_methods(vm, &float, FLOAT_CLASS);
    add_methods(vm, &complex, COMPLEX);
    super::bytes_methods::install(vm);
    super::memoryview::install(vm);
    super::codec_glue::install(vm);
    super::num_methods::install(vm);
    add_methods(vm, &range, RANGE);
    add_methods(vm, &slice, SLICE);
    add_methods(vm, &generator, GENERATOR);
    add_methods(vm, &property, PROPERTY);
    add_methods(vm, &function, FUNCTION);
    let (cm, sm) = (vm.types.classmethod.clone(), vm.types.staticmethod.clone());
    add_methods(vm, &cm, WRAPPERS);
    add_methods(vm, &sm, WRAPPERS);
    add_methods(vm, &str_, super::str_methods::METHODS);
    add_class_methods(vm, &str_, super::str_methods::STATIC);
    add_methods(vm, &list, super::list_methods::LIST);
    add_methods(vm, &tuple, super::list_methods::TUPLE);
    add_methods(vm, &dict, super::dict_methods::DICT);
    add_class_methods(vm, &dict, super::dict_methods::DICT_CLASS);
    add_methods(vm, &set, super::dict_methods::SET);
    add_methods(vm, &frozenset, super::dict_methods::FROZENSET);
    crate::builtins::funcs2::install_iter_classes(vm);
}
