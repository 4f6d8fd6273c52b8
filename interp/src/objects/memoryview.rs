//! `memoryview` over bytes and bytearray: construction, indexing, slicing,
//! writing through to a bytearray, `cast`, `tolist`, `tobytes`, `release`,
//! the context manager, equality and hashing. The VM's subscript, len,
//! repr, hash and compare paths call the `pub fn`s here.

use super::buffer::{buffer_of, is_int_like};
use super::memoryview_data::{pack_int, unpack, Format, Item, MemoryViewData};
use super::{Payload, Value};
use crate::builtins::{check_method_args, want_str, Method};
use crate::vm::{Args, PyErr, PyResult, Vm};
use std::rc::Rc;

fn data_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a MemoryViewData> {
    match v.payload() {
        Some(Payload::MemoryView(m)) => {
            if m.released.get() {
                return Err(released(vm));
            }
            Ok(m)
        }
        _ => Err(vm.new_error("TypeError", "descriptor requires a 'memoryview' object")),
    }
}

fn released(vm: &mut Vm) -> PyErr {
    vm.new_error(
        "ValueError",
        "operation forbidden on released memoryview object",
    )
}

fn wrap(vm: &mut Vm, m: MemoryViewData) -> Value {
    let cls = vm.types.memoryview.clone();
    vm.alloc(&cls, Payload::MemoryView(Box::new(m)))
}

fn new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // args.pos[0] is the class.
    let obj = match (args.pos.get(1), args.kwarg("object")) {
        (Some(o), None) | (None, Some(o)) => o.clone(),
        _ => return Err(vm.new_error("TypeError", "Required argument 'object' (pos 1) not found")),
    };
    if args.pos.len() > 2 {
        let msg = format!(
            "memoryview() takes at most 1 argument ({} given)",
            args.pos.len() - 1
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    from_object(vm, &obj)
}

/// `memoryview(obj)`.
pub fn from_object(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    let m = match obj.payload() {
        Some(Payload::Bytes(b)) => MemoryViewData::new(obj.clone(), b.len(), true),
        Some(Payload::ByteArray(b)) => {
            let len = b.borrow().len();
            MemoryViewData::new(obj.clone(), len, false)
        }
        Some(Payload::MemoryView(src)) => {
            if src.released.get() {
                return Err(released(vm));
            }
            MemoryViewData::with_layout(
                src.obj.clone(),
                src.offset,
                src.shape.clone(),
                src.strides.clone(),
                src.format,
                src.readonly,
            )
        }
        _ => {
            let msg = format!(
                "memoryview: {} object does not have the buffer interface",
                vm.type_name(obj)
            );
            return Err(vm.new_error("TypeError", &msg));
        }
    };
    Ok(wrap(vm, m))
}

/// A Python value for one unpacked item.
fn item_value(vm: &mut Vm, it: Item) -> Value {
    match it {
        Item::Int(i) => match i64::try_from(i) {
            Ok(v) => Value::Int(v),
            Err(_) => vm.int_from_big(num_bigint::BigInt::from(i)),
        },
        Item::Float(f) => Value::Float(f),
        Item::Bool(b) => Value::Bool(b),
        Item::Char(c) => vm.new_bytes(vec![c]),
    }
}

fn index_1d(vm: &mut Vm, m: &MemoryViewData, k: &Value) -> PyResult<usize> {
    if m.shape.len() != 1 {
        let msg = if m.shape.is_empty() {
            "invalid indexing of 0-dim memory"
        } else {
            "multi-dimensional sub-views are not implemented"
        };
        return Err(vm.new_error(
            if m.shape.is_empty() {
                "TypeError"
            } else {
                "NotImplementedError"
            },
            msg,
        ));
    }
    if !is_int_like(vm, k) {
        return Err(vm.new_error("TypeError", "memoryview: invalid slice key"));
    }
    let n = m.shape[0] as i64;
    let i = vm.index_value(k)?;
    let j = if i < 0 { i.saturating_add(n) } else { i };
    if j < 0 || j >= n {
        return Err(vm.new_error("IndexError", "index out of bounds on dimension 1"));
    }
    let at = m.offset as i64 + j * m.strides[0];
    usize::try_from(at)
        .map_err(|_| vm.new_error("IndexError", "index out of bounds on dimension 1"))
}

/// `mv[k]`.
pub fn getitem(vm: &mut Vm, this: &Value, k: &Value) -> PyResult<Value> {
    let m = data_of(vm, this)?;
    if matches!(k.payload(), Some(Payload::Slice(..))) {
        if m.shape.len() != 1 {
            return Err(vm.new_error(
                "NotImplementedError",
                "multi-dimensional slicing is not implemented",
            ));
        }
        let (start, _, step, n) = vm.slice_indices(k, m.shape[0] as i64)?;
        let view = MemoryViewData::with_layout(
            m.obj.clone(),
            (m.offset as i64 + start * m.strides[0]).max(0) as usize,
            vec![n],
            vec![m.strides[0] * step],
            m.format,
            m.readonly,
        );
        return Ok(wrap(vm, view));
    }
    if matches!(k, Value::Obj(o) if matches!(o.payload, Payload::Tuple(ref t) if t.is_empty()))
        && m.shape.is_empty()
    {
        let raw = m.raw_at(m.offset).unwrap_or_default();
        let f = m.format;
        return Ok(item_value(vm, unpack(f, &raw)));
    }
    let at = index_1d(vm, m, k)?;
    let f = m.format;
    match m.raw_at(at) {
        Some(raw) => Ok(item_value(vm, unpack(f, &raw))),
        None => Err(vm.new_error("IndexError", "index out of bounds on dimension 1")),
    }
}

/// Packs a Python value as one item of format `f`.
fn pack_value(vm: &mut Vm, f: Format, v: &Value) -> PyResult<Vec<u8>> {
    let bad = |vm: &mut Vm| {
        let msg = format!("memoryview: invalid value for format '{}'", f.as_str());
        vm.new_error("ValueError", &msg)
    };
    match f.0 {
        b'c' => match v.payload() {
            Some(Payload::Bytes(b)) if b.len() == 1 => Ok(b.to_vec()),
            _ => Err(bad(vm)),
        },
        b'f' | b'd' => {
            let x = match crate::vm::ops::num_of(v) {
                Some(crate::vm::ops::Num::F(x)) => x,
                Some(crate::vm::ops::Num::I(i)) => i as f64,
                _ => {
                    let msg = format!("memoryview: invalid type for format '{}'", f.as_str());
                    return Err(vm.new_error("TypeError", &msg));
                }
            };
            Ok(if f.0 == b'f' {
                (x as f32).to_le_bytes().to_vec()
            } else {
                x.to_le_bytes().to_vec()
            })
        }
        b'?' => Ok(vec![vm.truthy(v)? as u8]),
        _ => {
            if !is_int_like(vm, v) || matches!(v, Value::Float(_)) {
                let msg = format!("memoryview: invalid type for format '{}'", f.as_str());
                return Err(vm.new_error("TypeError", &msg));
            }
            let i = match crate::vm::ops::num_of(v) {
                Some(crate::vm::ops::Num::I(i)) => i as i128,
                Some(crate::vm::ops::Num::B(b)) => {
                    use num_traits::ToPrimitive;
                    b.to_i128().unwrap_or(i128::MAX)
                }
                _ => vm.index_value(v)? as i128,
            };
            pack_int(f, i).ok_or_else(|| bad(vm))
        }
    }
}

/// Writes `bytes` at byte offset `at` of the exporter (a bytearray).
fn write_at(m: &MemoryViewData, at: usize, bytes: &[u8]) {
    if let Some(Payload::ByteArray(b)) = m.obj.payload() {
        let mut d = b.borrow_mut();
        if let Some(dst) = d.get_mut(at..at + bytes.len()) {
            dst.copy_from_slice(bytes);
        }
    }
}

/// `mv[k] = v`.
pub fn setitem(vm: &mut Vm, this: &Value, k: &Value, v: &Value) -> PyResult<()> {
    let m = data_of(vm, this)?;
    if m.readonly {
        return Err(vm.new_error("TypeError", "cannot modify read-only memory"));
    }
    if matches!(k.payload(), Some(Payload::Slice(..))) {
        if m.shape.len() != 1 {
            return Err(vm.new_error(
                "NotImplementedError",
                "memoryview slice assignments are currently restricted to ndim = 1",
            ));
        }
        let Some(src) = buffer_of(v) else {
            let msg = format!(
                "'{}' does not support the buffer interface",
                vm.type_name(v)
            );
            return Err(vm.new_error("TypeError", &msg));
        };
        let src_items = match v.payload() {
            Some(Payload::MemoryView(s)) => (s.format, s.item_count()),
            _ => (Format(b'B'), src.len()),
        };
        let (start, _, step, n) = vm.slice_indices(k, m.shape[0] as i64)?;
        if src_items.0 != m.format || src_items.1 != n {
            return Err(vm.new_error(
                "ValueError",
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let size = m.itemsize();
        for j in 0..n {
            let at = m.offset as i64 + (start + j as i64 * step) * m.strides[0];
            if let (Ok(at), Some(chunk)) = (usize::try_from(at), src.get(j * size..(j + 1) * size))
            {
                write_at(m, at, chunk);
            }
        }
        return Ok(());
    }
    let at = index_1d(vm, m, k)?;
    let bytes = pack_value(vm, m.format, v)?;
    write_at(m, at, &bytes);
    Ok(())
}

/// `len(mv)`.
pub fn len(vm: &mut Vm, this: &Value) -> PyResult<usize> {
    let m = data_of(vm, this)?;
    match m.shape.first() {
        Some(n) => Ok(*n),
        None => Err(vm.new_error("TypeError", "0-dim memory has no length")),
    }
}

/// `repr(mv)`.
pub fn repr(this: &Value) -> String {
    let released = matches!(this.payload(), Some(Payload::MemoryView(m)) if m.released.get());
    let what = if released {
        "released memory"
    } else {
        "memory"
    };
    format!("<{} at 0x{:x}>", what, this.id())
}

/// The items as (nested) lists (`tolist()`).
pub fn tolist_value(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let m = data_of(vm, this)?;
    let (f, size, shape) = (m.format, m.itemsize(), m.shape.clone());
    let flat = m.to_bytes().unwrap_or_default();
    crate::objects::buffer::charge(vm, flat.len() / size.max(1) * 16)?;
    let items: Vec<Value> = flat
        .chunks(size.max(1))
        .map(|c| unpack(f, c))
        .collect::<Vec<_>>()
        .into_iter()
        .map(|it| item_value(vm, it))
        .collect();
    if shape.is_empty() {
        return Ok(items.into_iter().next().unwrap_or_default());
    }
    Ok(nest(vm, items, &shape))
}

fn nest(vm: &mut Vm, items: Vec<Value>, shape: &[usize]) -> Value {
    match shape {
        [] | [_] => vm.new_list(items),
        [n, rest @ ..] => {
            let per: usize = rest.iter().product();
            let mut out = Vec::with_capacity(*n);
            let mut it = items.into_iter();
            for _ in 0..*n {
                let chunk: Vec<Value> = it.by_ref().take(per).collect();
                out.push(nest(vm, chunk, rest));
            }
            vm.new_list(out)
        }
    }
}

/// `mv == other`: equal when both are buffers with the same shape and items.
pub fn equals(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let mv_a = matches!(a.payload(), Some(Payload::MemoryView(_)));
    let (x, y) = if mv_a { (a, b) } else { (b, a) };
    let Some(Payload::MemoryView(m)) = x.payload() else {
        return Ok(None);
    };
    if a.is(b) {
        return Ok(Some(true));
    }
    if m.released.get() {
        return Ok(Some(false));
    }
    if let Some(Payload::MemoryView(o)) = y.payload() {
        if o.released.get() || o.shape != m.shape {
            return Ok(Some(false));
        }
        let la = tolist_value(vm, x)?;
        let lb = tolist_value(vm, y)?;
        return vm.eq(&la, &lb).map(Some);
    }
    let Some(other) = buffer_of(y) else {
        return Ok(None);
    };
    if m.shape.len() != 1 || m.shape[0] != other.len() {
        return Ok(Some(false));
    }
    let la = tolist_value(vm, x)?;
    let items: Vec<Value> = other.iter().map(|&c| Value::Int(c as i64)).collect();
    let lb = vm.new_list(items);
    vm.eq(&la, &lb).map(Some)
}

/// `hash(mv)` (read-only views only; equals the hash of `tobytes()`).
pub fn hash(vm: &mut Vm, this: &Value) -> PyResult<i64> {
    let m = data_of(vm, this)?;
    if !m.readonly {
        return Err(vm.new_error("ValueError", "cannot hash writable memoryview object"));
    }
    if !m.format.is_byte_format() {
        return Err(vm.new_error(
            "ValueError",
            "memoryview: hashing is restricted to formats 'B', 'b' or 'c'",
        ));
    }
    let b = m.to_bytes().unwrap_or_default();
    let v = vm.new_bytes(b);
    vm.hash(&v)
}

fn tobytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "tobytes", &args, 0, 0)?;
    let this = args.pos.first().cloned().unwrap_or_default();
    let m = data_of(vm, &this)?;
    let b = m.to_bytes().unwrap_or_default();
    crate::objects::buffer::charge(vm, b.len())?;
    Ok(vm.new_bytes(b))
}

fn tolist(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "tolist", &args, 0, 0)?;
    let this = args.pos.first().cloned().unwrap_or_default();
    tolist_value(vm, &this)
}

fn release(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "release", &args, 0, 0)?;
    if let Some(Payload::MemoryView(m)) = args.pos.first().and_then(|v| v.payload()) {
        m.release();
    }
    Ok(Value::None)
}

fn enter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or_default();
    data_of(vm, &this)?;
    Ok(this)
}

fn exit(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some(Payload::MemoryView(m)) = args.pos.first().and_then(|v| v.payload()) {
        m.release();
    }
    Ok(Value::Bool(false))
}

fn cast(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let rest = Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        kw: args.kw,
    };
    crate::builtins::kwparse::bind(vm, "cast", &rest, &["format", "shape"], 1)?;
    let this = args.pos.first().cloned().unwrap_or_default();
    let fmt = match args.pos.get(1).or_else(|| args.kwarg("format")) {
        Some(f) => want_str(vm, f, "cast() argument 1")?,
        None => {
            return Err(vm.new_error("TypeError", "Required argument 'format' (pos 1) not found"))
        }
    };
    let shape_arg = args.pos.get(2).or_else(|| args.kwarg("shape")).cloned();
    let m = data_of(vm, &this)?;
    if !m.is_c_contiguous() {
        return Err(vm.new_error(
            "TypeError",
            "memoryview: casts are restricted to C-contiguous views",
        ));
    }
    let Some(f) = Format::parse(fmt.as_str()) else {
        return Err(vm.new_error(
            "ValueError",
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    if !f.is_byte_format() && !m.format.is_byte_format() {
        return Err(vm.new_error(
            "TypeError",
            "memoryview: cannot cast between two non-byte formats",
        ));
    }
    let nbytes = m.nbytes();
    let size = f.itemsize().unwrap_or(1);
    let shape = match &shape_arg {
        None => {
            if m.shape.len() != 1 && size != m.itemsize() {
                // CPython allows ndim != 1 -> 1-D casts only to byte formats.
            }
            if nbytes % size != 0 {
                return Err(vm.new_error(
                    "TypeError",
                    "memoryview: length is not a multiple of itemsize",
                ));
            }
            vec![nbytes / size]
        }
        Some(s) => {
            if !matches!(s.payload(), Some(Payload::List(_) | Payload::Tuple(_))) {
                return Err(vm.new_error("TypeError", "shape must be a list or a tuple"));
            }
            if m.shape.len() != 1 {
                return Err(
                    vm.new_error("TypeError", "memoryview: cast must be 1D -> ND or ND -> 1D")
                );
            }
            let items = vm.iterate(s)?;
            let mut dims = Vec::with_capacity(items.len());
            for it in &items {
                let d = vm.index_value(it)?;
                if d <= 0 {
                    return Err(vm.new_error(
                        "ValueError",
                        "memoryview.cast(): elements of shape must be integers > 0",
                    ));
                }
                dims.push(d as usize);
            }
            if dims.len() > 64 {
                return Err(vm.new_error(
                    "ValueError",
                    "memoryview: number of dimensions must not exceed 64",
                ));
            }
            let total = dims
                .iter()
                .try_fold(size, |acc, d| acc.checked_mul(*d))
                .unwrap_or(usize::MAX);
            if total != nbytes {
                return Err(vm.new_error(
                    "TypeError",
                    "memoryview: product(shape) * itemsize != buffer size",
                ));
            }
            dims
        }
    };
    let mut strides = vec![0i64; shape.len()];
    let mut acc = size as i64;
    for (s, n) in strides.iter_mut().zip(&shape).rev() {
        *s = acc;
        acc *= *n as i64;
    }
    let view = MemoryViewData::with_layout(m.obj.clone(), m.offset, shape, strides, f, m.readonly);
    Ok(wrap(vm, view))
}

fn int_tuple(vm: &mut Vm, xs: impl Iterator<Item = i64>) -> Value {
    let items: Vec<Value> = xs.map(Value::Int).collect();
    vm.new_tuple(items)
}

/// The read-only attributes (`format`, `itemsize`, ...), by name.
fn attribute(vm: &mut Vm, this: &Value, name: &str) -> PyResult<Value> {
    let m = data_of(vm, this)?;
    Ok(match name {
        "obj" => m.obj.clone(),
        "nbytes" => Value::Int(m.nbytes() as i64),
        "readonly" => Value::Bool(m.readonly),
        "itemsize" => Value::Int(m.itemsize() as i64),
        "format" => Value::string(m.format.as_str()),
        "ndim" => Value::Int(m.shape.len() as i64),
        "shape" => {
            let s: Vec<i64> = m.shape.iter().map(|&n| n as i64).collect();
            int_tuple(vm, s.into_iter())
        }
        "strides" => {
            let s = m.strides.clone();
            int_tuple(vm, s.into_iter())
        }
        "suboffsets" => vm.new_tuple(vec![]),
        "c_contiguous" | "contiguous" => Value::Bool(m.is_c_contiguous()),
        _ => {
            // f_contiguous: 1-D contiguous views are both C and Fortran ordered.
            Value::Bool(m.shape.len() <= 1 && m.is_c_contiguous())
        }
    })
}

macro_rules! attr_fn {
    ($($f:ident => $name:expr),* $(,)?) => {
        $(fn $f(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let this = args.pos.first().cloned().unwrap_or_default();
            attribute(vm, &this, $name)
        })*
        const ATTRS: &[Method] = &[$(($name, $f)),*];
    };
}
attr_fn! {
    a_obj => "obj", a_nbytes => "nbytes", a_readonly => "readonly",
    a_itemsize => "itemsize", a_format => "format", a_ndim => "ndim",
    a_shape => "shape", a_strides => "strides", a_suboffsets => "suboffsets",
    a_c => "c_contiguous", a_f => "f_contiguous", a_contig => "contiguous",
}

/// memoryview methods.
pub const METHODS: &[Method] = &[
    ("tobytes", tobytes),
    ("tolist", tolist),
    ("release", release),
    ("cast", cast),
    ("__enter__", enter),
    ("__exit__", exit),
];

/// Installs the memoryview class: constructor, methods, attributes.
pub fn install(vm: &mut Vm) {
    let cls = vm.types.memoryview.clone();
    crate::builtins::add_methods(vm, &cls, METHODS);
    let nv = crate::builtins::native(vm, "__new__", new, Some(cls.clone()));
    let n = vm.intern("__new__");
    vm.class_set_quiet(&cls, n, nv);
    let prop_cls = vm.types.property.clone();
    for (name, f) in ATTRS {
        let getter = crate::builtins::native(vm, name, *f, None);
        let p = vm.alloc(
            &prop_cls,
            Payload::Property(std::cell::RefCell::new([
                getter,
                Value::None,
                Value::None,
                Value::None,
            ])),
        );
        let key = vm.intern(name);
        vm.class_set_quiet(&cls, key, p);
    }
    let _ = Rc::<()>::new;
}
