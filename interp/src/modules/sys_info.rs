//! `sys.float_info`, `sys.int_info`, `sys.hash_info`, `sys.version_info` and `sys.flags`:
//! struct sequences (tuple subclasses with named fields) holding CPython
//! 3.4's values on a 64-bit Linux build.
//!
//! Each run gets its own classes (built natively here, no Python code runs):
//! a class `sys.<name>` deriving from `tuple` with one read-only property per
//! field, `n_fields`/`n_sequence_fields`/`n_unnamed_fields`, a `__repr__`
//! naming the fields (`sys.float_info(max=..., ...)`) and a `__reduce__`.

use crate::builtins::{add_methods, native, Method};
use crate::objects::{DictTable, NativeFn, Payload, PyStr, Value};
use crate::vm::{Args, PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// A field's value.
#[derive(Clone, Copy)]
enum Field {
    Int(i64),
    Float(f64),
    Str(&'static str),
}

/// One struct sequence: its name in `sys` and its fields.
struct StructSeq {
    name: &'static str,
    fields: &'static [(&'static str, Field)],
}

const FLOAT_INFO: StructSeq = StructSeq {
    name: "float_info",
    fields: &[
        ("max", Field::Float(f64::MAX)),
        ("max_exp", Field::Int(1024)),
        ("max_10_exp", Field::Int(308)),
        ("min", Field::Float(f64::MIN_POSITIVE)),
        ("min_exp", Field::Int(-1021)),
        ("min_10_exp", Field::Int(-307)),
        ("dig", Field::Int(15)),
        ("mant_dig", Field::Int(53)),
        ("epsilon", Field::Float(f64::EPSILON)),
        ("radix", Field::Int(2)),
        ("rounds", Field::Int(1)),
    ],
};

const INT_INFO: StructSeq = StructSeq {
    name: "int_info",
    fields: &[
        ("bits_per_digit", Field::Int(30)),
        ("sizeof_digit", Field::Int(4)),
    ],
};

const HASH_INFO: StructSeq = StructSeq {
    name: "hash_info",
    fields: &[
        ("width", Field::Int(64)),
        ("modulus", Field::Int(2305843009213693951)),
        ("inf", Field::Int(314159)),
        ("nan", Field::Int(0)),
        ("imag", Field::Int(1000003)),
        ("algorithm", Field::Str("siphash24")),
        ("hash_bits", Field::Int(64)),
        ("seed_bits", Field::Int(128)),
        ("cutoff", Field::Int(0)),
    ],
};

const VERSION_INFO: StructSeq = StructSeq {
    name: "version_info",
    fields: &[
        ("major", Field::Int(3)),
        ("minor", Field::Int(4)),
        ("micro", Field::Int(10)),
        ("releaselevel", Field::Str("final")),
        ("serial", Field::Int(0)),
    ],
};

/// `sys.flags` as for a plain `python3 prog.py`, except `hash_randomization`:
/// Kaa's hashes are not randomised.
const FLAGS: StructSeq = StructSeq {
    name: "flags",
    fields: &[
        ("debug", Field::Int(0)),
        ("inspect", Field::Int(0)),
        ("interactive", Field::Int(0)),
        ("optimize", Field::Int(0)),
        ("dont_write_bytecode", Field::Int(0)),
        ("no_user_site", Field::Int(0)),
        ("no_site", Field::Int(0)),
        ("ignore_environment", Field::Int(0)),
        ("verbose", Field::Int(0)),
        ("bytes_warning", Field::Int(0)),
        ("quiet", Field::Int(0)),
        ("hash_randomization", Field::Int(0)),
        ("isolated", Field::Int(0)),
    ],
};

const ALL: [&StructSeq; 5] = [&FLOAT_INFO, &INT_INFO, &HASH_INFO, &VERSION_INFO, &FLAGS];

/// The items of a struct-sequence instance (a tuple subclass instance).
fn items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v.payload() {
        Some(Payload::Tuple(t)) => Ok(t.to_vec()),
        _ => {
            let msg = format!(
                "descriptor requires a 'tuple' object but received a '{}'",
                vm.type_name(v)
            );
            Err(vm.new_error("TypeError", &msg))
        }
    }
}

/// The getter of field `N` (a property's `fget`).
fn field<const N: usize>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or_default();
    let all = items(vm, &this)?;
    match all.get(N) {
        Some(v) => Ok(v.clone()),
        None => Err(vm.new_error("IndexError", "tuple index out of range")),
    }
}

/// The getters by field index (the longest struct sequence, `flags`, has 13 fields).
const GETTERS: [NativeFn; 13] = [
    field::<0>,
    field::<1>,
    field::<2>,
    field::<3>,
    field::<4>,
    field::<5>,
    field::<6>,
    field::<7>,
    field::<8>,
    field::<9>,
    field::<10>,
    field::<11>,
    field::<12>,
];

/// The struct sequence an instance belongs to, by its class name.
fn seq_of(vm: &Vm, v: &Value) -> Option<&'static StructSeq> {
    let cls = vm.type_of(v);
    let cd = cls.as_class()?;
    let name = cd.name.borrow();
    ALL.iter().copied().find(|s| s.name == name.as_str())
}

/// `__repr__`: `sys.float_info(max=1.7976931348623157e+308, ...)`.
fn seq_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or_default();
    let values = items(vm, &this)?;
    let Some(seq) = seq_of(vm, &this) else {
        return Err(vm.new_error("TypeError", "not a sys struct sequence"));
    };
    let mut parts = Vec::with_capacity(values.len());
    for ((name, _), v) in seq.fields.iter().zip(values.iter()) {
        parts.push(format!("{}={}", name, vm.repr(v)?));
    }
    Ok(Value::string(format!(
        "sys.{}({})",
        seq.name,
        parts.join(", ")
    )))
}

/// `__reduce__`: `(type(s), (tuple(s),))`.
fn seq_reduce(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or_default();
    let values = items(vm, &this)?;
    let cls = Value::Obj(vm.type_of(&this).clone());
    let t = vm.new_tuple(values);
    let inner = vm.new_tuple(vec![t]);
    Ok(vm.new_tuple(vec![cls, inner]))
}

/// The methods every struct-sequence class has.
const METHODS: &[Method] = &[("__repr__", seq_repr), ("__reduce__", seq_reduce)];

fn value_of(f: Field) -> Value {
    match f {
        Field::Int(i) => Value::Int(i),
        Field::Float(x) => Value::Float(x),
        Field::Str(s) => Value::str(s),
    }
}

/// Builds the class of `s` and its one instance.
fn build(vm: &mut Vm, s: &StructSeq) -> PyResult<Value> {
    let mut table = DictTable::with_capacity(s.fields.len() + 8);
    let put = |vm: &mut Vm, t: &mut DictTable, name: &'static str, v: Value| {
        let k: Rc<PyStr> = vm.intern_static(name);
        t.push_new(k.hash(), Value::Str(k), v);
    };
    put(vm, &mut table, "__module__", Value::str("sys"));
    put(vm, &mut table, "__qualname__", Value::str(s.name));
    let n = Value::Int(s.fields.len() as i64);
    put(vm, &mut table, "n_fields", n.clone());
    put(vm, &mut table, "n_sequence_fields", n);
    put(vm, &mut table, "n_unnamed_fields", Value::Int(0));
    let property = vm.types.property.clone();
    for (i, (name, _)) in s.fields.iter().enumerate() {
        let Some(getter) = GETTERS.get(i) else {
            return Err(vm.new_error("SystemError", "struct sequence too long"));
        };
        let fget = native(vm, name, *getter, None);
        let p = vm.alloc(
            &property,
            Payload::Property(RefCell::new([fget, Value::None, Value::None, Value::None])),
        );
        put(vm, &mut table, name, p);
    }
    let ns = vm.new_dict_obj(table);
    let meta = vm.types.type_.clone();
    let tuple = Value::Obj(vm.types.tuple.clone());
    let name = vm.intern_static(s.name);
    let cls = vm.make_class(&meta, name, vec![tuple], &ns, &[])?;
    if let Value::Obj(c) = &cls {
        add_methods(vm, c, METHODS);
    }
    let values: Vec<Value> = s.fields.iter().map(|(_, f)| value_of(*f)).collect();
    let arg = vm.new_tuple(values);
    vm.call(&cls, Args::new(&[arg]))
}

/// Adds `float_info`, `int_info`, `hash_info` and `flags` to the `sys` namespace.
pub fn install(vm: &mut Vm, ns: &std::rc::Rc<crate::objects::Obj>) -> PyResult<()> {
    for s in [&FLOAT_INFO, &INT_INFO, &HASH_INFO, &FLAGS] {
        let v = build(vm, s)?;
        super::set(vm, ns, s.name, v);
    }
    Ok(())
}

/// `sys.version_info` (3, 4, 10, 'final', 0).
pub fn version_info(vm: &mut Vm) -> PyResult<Value> {
    build(vm, &VERSION_INFO)
}
