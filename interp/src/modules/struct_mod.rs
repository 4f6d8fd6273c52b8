//! The native `struct` module over [`crate::stdkern::structfmt`]: pack,
//! unpack, calcsize, pack_into, unpack_from, iter_unpack, `Struct` and
//! `struct.error`, with CPython 3.4's messages.

use super::native_util::{
    arg, big_int, bytes_like, inst_get, inst_set, module_error, new_class, new_exception_class,
};
use super::{add_functions, namespace, set};
use crate::builtins::Method;
use crate::objects::{Payload, Value};
use crate::stdkern::structfmt::{self, Arg, ErrorClass, Kind, Layout, StructError, Unpacked};
use crate::vm::{Args, PyErr, PyResult, Vm};

fn error(vm: &mut Vm, msg: &str) -> PyErr {
    module_error(vm, "struct", "error", "ValueError", msg)
}

fn raise(vm: &mut Vm, e: StructError) -> PyErr {
    match e.class {
        ErrorClass::Struct => error(vm, &e.msg),
        ErrorClass::Overflow => vm.new_error("OverflowError", &e.msg),
    }
}

fn format_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = v.as_pystr() {
        return Ok(s.as_str().as_bytes().to_vec());
    }
    match bytes_like(v) {
        Some(b) => Ok(b),
        None => {
            let msg = format!(
                "Struct() argument 1 must be a bytes object, not {}",
                vm.type_name(v)
            );
            Err(vm.new_error("TypeError", &msg))
        }
    }
}

fn layout_of(vm: &mut Vm, v: &Value) -> PyResult<Layout> {
    let f = format_bytes(vm, v)?;
    structfmt::parse(&f).map_err(|e| raise(vm, e))
}

fn convert(vm: &mut Vm, kind: Kind, code: u8, v: &Value) -> PyResult<Arg> {
    Ok(match kind {
        Kind::Int => {
            let n = match big_int(v) {
                Some(n) => n,
                None => {
                    let name = vm.intern("__index__");
                    let has_index = vm.getattr_opt(v, &name)?.is_some();
                    if !has_index {
                        return Err(error(vm, "required argument is not an integer"));
                    }
                    let i = vm.index_value(v)?;
                    num_bigint::BigInt::from(i)
                }
            };
            Arg::Int(i128::try_from(&n).ok(), n.sign() == num_bigint::Sign::Minus)
        }
        Kind::Float => match crate::builtins::ctors::float_of(vm, v) {
            Ok(f) if v.as_pystr().is_none() && bytes_like(v).is_none() => Arg::Float(f),
            _ => return Err(error(vm, "required argument is not a float")),
        },
        Kind::Bool => Arg::Bool(vm.truthy(v)?),
        Kind::Char => match bytes_like(v) {
            Some(b) if b.len() == 1 && matches!(v.payload(), Some(Payload::Bytes(_))) => {
                Arg::Bytes(b)
            }
            _ => return Err(error(vm, "char format requires a bytes object of length 1")),
        },
        Kind::Bytes => match bytes_like(v) {
            Some(b) => Arg::Bytes(b),
            None => {
                return Err(error(
                    vm,
                    &format!("argument for '{}' must be a bytes object", code as char),
                ))
            }
        },
        Kind::Pad => Arg::Bool(false),
    })
}

fn pack_values(vm: &mut Vm, layout: &Layout, values: &[Value], who: &str) -> PyResult<Vec<u8>> {
    if values.len() != layout.nvalues {
        let msg = format!(
            "{} expected {} items for packing (got {})",
            who,
            layout.nvalues,
            values.len()
        );
        return Err(error(vm, &msg));
    }
    vm.reserve(layout.size as u64)?;
    let mut conv = Vec::with_capacity(values.len());
    let mut it = values.iter();
    for run in &layout.runs {
        for _ in 0..run.values() {
            let v = it.next().cloned().unwrap_or_default();
            conv.push(convert(vm, run.kind(), run.code, &v)?);
        }
    }
    let mut out = vec![0u8; layout.size];
    structfmt::pack_into(layout, &conv, &mut out).map_err(|e| raise(vm, e))?;
    Ok(out)
}

fn to_values(vm: &mut Vm, items: Vec<Unpacked>) -> Value {
    let vals: Vec<Value> = items
        .into_iter()
        .map(|u| match u {
            Unpacked::Int(i) => match i64::try_from(i) {
                Ok(i) => Value::Int(i),
                Err(_) => vm.int_from_big(num_bigint::BigInt::from(i)),
            },
            Unpacked::Float(f) => Value::Float(f),
            Unpacked::Bool(b) => Value::Bool(b),
            Unpacked::Bytes(b) => vm.new_bytes(b),
        })
        .collect();
    vm.new_tuple(vals)
}

fn buffer(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match bytes_like(v) {
        Some(b) => Ok(b),
        None => {
            let msg = format!(
                "'{}' does not support the buffer interface",
                vm.type_name(v)
            );
            Err(vm.new_error("TypeError", &msg))
        }
    }
}

fn do_unpack(vm: &mut Vm, layout: &Layout, data: &[u8]) -> PyResult<Value> {
    if data.len() != layout.size {
        return Err(error(
            vm,
            &format!("unpack requires a bytes object of length {}", layout.size),
        ));
    }
    let items = structfmt::unpack(layout, data);
    Ok(to_values(vm, items))
}

fn offset_arg(vm: &mut Vm, args: &Args<'_>, i: usize) -> PyResult<i64> {
    match args.pos.get(i).or_else(|| args.kwarg("offset")) {
        Some(v) => vm.index_value(v),
        None => Ok(0),
    }
}

fn do_unpack_from(vm: &mut Vm, layout: &Layout, data: &[u8], offset: i64) -> PyResult<Value> {
    let off = if offset < 0 {
        offset + data.len() as i64
    } else {
        offset
    };
    if off < 0 || (data.len() as i64 - off) < layout.size as i64 {
        return Err(error(
            vm,
            &format!(
                "unpack_from requires a buffer of at least {} bytes",
                layout.size
            ),
        ));
    }
    let start = off as usize;
    let items = structfmt::unpack(layout, &data[start..start + layout.size]);
    Ok(to_values(vm, items))
}

fn do_pack_into(vm: &mut Vm, layout: &Layout, args: &[Value]) -> PyResult<Value> {
    let (Some(buf), Some(off)) = (args.first(), args.get(1)) else {
        return Err(error(vm, "pack_into expected buffer argument"));
    };
    let offset = vm.index_value(off)?;
    let packed = pack_values(vm, layout, args.get(2..).unwrap_or_default(), "pack_into")?;
    let Some(Payload::ByteArray(target)) = buf.payload() else {
        return Err(vm.new_error("TypeError", "argument must be read-write bytes-like object"));
    };
    let len = target.borrow().len() as i64;
    let off = if offset < 0 { offset + len } else { offset };
    if off < 0 || len - off < layout.size as i64 {
        return Err(error(
            vm,
            &format!(
                "pack_into requires a buffer of at least {} bytes",
                layout.size
            ),
        ));
    }
    let start = off as usize;
    target.borrow_mut()[start..start + packed.len()].copy_from_slice(&packed);
    Ok(Value::None)
}

fn do_iter_unpack(vm: &mut Vm, layout: &Layout, data: &[u8]) -> PyResult<Value> {
    if layout.size == 0 {
        return Err(error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if !data.len().is_multiple_of(layout.size) {
        return Err(error(
            vm,
            &format!(
                "iterative unpacking requires a bytes length multiple of {}",
                layout.size
            ),
        ));
    }
    let mut out = Vec::with_capacity(data.len() / layout.size);
    for chunk in data.chunks_exact(layout.size) {
        let items = structfmt::unpack(layout, chunk);
        out.push(to_values(vm, items));
    }
    let list = vm.new_list(out);
    let iter = vm.builtins.clone();
    let it = vm.dict_get_str(&iter, &crate::objects::PyStr::new("iter"));
    match it {
        Some(f) => vm.call(&f, Args::new(&[list])),
        None => Ok(list),
    }
}

fn pack(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = arg(vm, &args, 0, "pack")?.clone();
    let layout = layout_of(vm, &f)?;
    let b = pack_values(vm, &layout, &args.pos[1..], "pack")?;
    Ok(vm.new_bytes(b))
}

fn unpack(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = arg(vm, &args, 0, "unpack")?.clone();
    let d = arg(vm, &args, 1, "unpack")?.clone();
    let layout = layout_of(vm, &f)?;
    let data = buffer(vm, &d)?;
    do_unpack(vm, &layout, &data)
}

fn unpack_from(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = arg(vm, &args, 0, "unpack_from")?.clone();
    let d = match args.pos.get(1).or_else(|| args.kwarg("buffer")) {
        Some(d) => d.clone(),
        None => arg(vm, &args, 1, "unpack_from")?.clone(),
    };
    let layout = layout_of(vm, &f)?;
    let data = buffer(vm, &d)?;
    let off = offset_arg(vm, &args, 2)?;
    do_unpack_from(vm, &layout, &data, off)
}

fn pack_into(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = arg(vm, &args, 0, "pack_into")?.clone();
    let layout = layout_of(vm, &f)?;
    do_pack_into(vm, &layout, &args.pos[1..])
}

fn iter_unpack(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = arg(vm, &args, 0, "iter_unpack")?.clone();
    let d = arg(vm, &args, 1, "iter_unpack")?.clone();
    let layout = layout_of(vm, &f)?;
    let data = buffer(vm, &d)?;
    do_iter_unpack(vm, &layout, &data)
}

fn calcsize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = arg(vm, &args, 0, "calcsize")?.clone();
    let layout = layout_of(vm, &f)?;
    Ok(Value::Int(layout.size as i64))
}

/// The layout of a `Struct` instance (re-parsed from its stored format).
fn self_layout(vm: &mut Vm, this: &Value) -> PyResult<Layout> {
    match inst_get(vm, this, "format") {
        Some(f) => layout_of(vm, &f),
        None => Err(vm.new_error("TypeError", "Struct not initialized")),
    }
}

fn s_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = arg(vm, &args, 0, "Struct")?.clone();
    let f = match args.pos.get(1).or_else(|| args.kwarg("format")) {
        Some(f) => f.clone(),
        None => {
            return Err(vm.new_error(
                "TypeError",
                "Struct() missing required argument 'format' (pos 1)",
            ))
        }
    };
    let fb = format_bytes(vm, &f)?;
    let layout = structfmt::parse(&fb).map_err(|e| raise(vm, e))?;
    let fv = vm.new_bytes(fb);
    inst_set(vm, &this, "format", fv)?;
    inst_set(vm, &this, "size", Value::Int(layout.size as i64))?;
    Ok(Value::None)
}

fn s_pack(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = arg(vm, &args, 0, "pack")?.clone();
    let layout = self_layout(vm, &this)?;
    let b = pack_values(vm, &layout, &args.pos[1..], "pack")?;
    Ok(vm.new_bytes(b))
}

fn s_unpack(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = arg(vm, &args, 0, "unpack")?.clone();
    let d = arg(vm, &args, 1, "unpack")?.clone();
    let layout = self_layout(vm, &this)?;
    let data = buffer(vm, &d)?;
    do_unpack(vm, &layout, &data)
}

fn s_unpack_from(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = arg(vm, &args, 0, "unpack_from")?.clone();
    let d = arg(vm, &args, 1, "unpack_from")?.clone();
    let layout = self_layout(vm, &this)?;
    let data = buffer(vm, &d)?;
    let off = offset_arg(vm, &args, 2)?;
    do_unpack_from(vm, &layout, &data, off)
}

fn s_pack_into(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = arg(vm, &args, 0, "pack_into")?.clone();
    let layout = self_layout(vm, &this)?;
    do_pack_into(vm, &layout, &args.pos[1..])
}

fn s_iter_unpack(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = arg(vm, &args, 0, "iter_unpack")?.clone();
    let d = arg(vm, &args, 1, "iter_unpack")?.clone();
    let layout = self_layout(vm, &this)?;
    let data = buffer(vm, &d)?;
    do_iter_unpack(vm, &layout, &data)
}

const FUNCTIONS: &[Method] = &[
    ("pack", pack),
    ("unpack", unpack),
    ("unpack_from", unpack_from),
    ("pack_into", pack_into),
    ("iter_unpack", iter_unpack),
    ("calcsize", calcsize),
];

const STRUCT_METHODS: &[Method] = &[
    ("__init__", s_init),
    ("pack", s_pack),
    ("unpack", s_unpack),
    ("unpack_from", s_unpack_from),
    ("pack_into", s_pack_into),
    ("iter_unpack", s_iter_unpack),
];

/// Creates `struct`.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let ns = namespace(vm);
    add_functions(vm, &ns, FUNCTIONS);
    let err = new_exception_class(vm, "struct", "error", "Exception")?;
    set(vm, &ns, "error", err);
    let object = Value::Obj(vm.types.object.clone());
    let cls = new_class(vm, "struct", "Struct", vec![object])?;
    crate::builtins::add_methods(vm, &cls, STRUCT_METHODS);
    set(vm, &ns, "Struct", Value::Obj(cls));
    Ok(vm.new_module("struct", ns))
}
