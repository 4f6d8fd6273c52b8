//! Methods shared by `bytes` and `bytearray` (on top of [`crate::text::bytes`]),
//! with CPython 3.4's argument handling and messages. Methods called on a
//! bytearray return a bytearray, on bytes return bytes.

use super::buffer::{charge, is_int_like, new_bytes_like, no_buffer_error, room, want_buffer, Buf};
use super::{Payload, Value};
use crate::builtins::{check_method_args, want_str, Method};
use crate::text::bytes as kb;
use crate::text::TextError;
use crate::vm::{Args, PyResult, Vm};

/// `self` of a bytes/bytearray method: its bytes and whether it is a bytearray.
fn this(vm: &mut Vm, args: &Args<'_>) -> PyResult<(Buf, bool)> {
    let v = args.pos.first().cloned().unwrap_or_default();
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok((Buf::Shared(b.clone()), false)),
        Some(Payload::ByteArray(b)) => Ok((Buf::Owned(b.borrow().clone()), true)),
        _ => Err(vm.new_error("TypeError", "descriptor requires a 'bytes' object")),
    }
}

fn size_err(vm: &mut Vm, e: TextError) -> crate::vm::PyErr {
    match e {
        TextError::TooLong { needed } => super::buffer::too_big(vm, needed),
        other => text_err(vm, other),
    }
}

fn text_err(vm: &mut Vm, e: TextError) -> crate::vm::PyErr {
    vm.text_error(e)
}

fn opt_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            if !is_int_like(vm, v) {
                return Err(vm.new_error(
                    "TypeError",
                    "slice indices must be integers or None or have an __index__ method",
                ));
            }
            Ok(Some(vm.index_value(v)?))
        }
    }
}

/// The `sub` of find/count/index: bytes-like or an int in `range(0, 256)`.
fn sub_arg(vm: &mut Vm, v: Option<&Value>, name: &str) -> PyResult<Buf> {
    let Some(v) = v else {
        let msg = format!("{}() takes at least 1 argument (0 given)", name);
        return Err(vm.new_error("TypeError", &msg));
    };
    if let Some(b) = super::buffer::buffer_of(v) {
        return Ok(b);
    }
    if !is_int_like(vm, v) {
        let msg = format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    let x = vm.index_value(v)?;
    match u8::try_from(x) {
        Ok(b) => Ok(Buf::Owned(vec![b])),
        Err(_) => Err(vm.new_error("ValueError", "byte must be in range(0, 256)")),
    }
}

/// `self`, `sub`, whether self is a bytearray, `start`, `end` of a search.
type FindArgs = (Buf, Buf, bool, Option<i64>, Option<i64>);

/// Parses `(sub[, start[, end]])`.
fn find_args(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<FindArgs> {
    let n = args.pos.len().saturating_sub(1);
    if n > 3 {
        let msg = format!("{} expected at most 3 arguments, got {}", name, n);
        return Err(vm.new_error("TypeError", &msg));
    }
    crate::builtins::no_kw(vm, name, args)?;
    let (b, ba) = this(vm, args)?;
    let sub = sub_arg(vm, args.pos.get(1), name)?;
    let start = opt_index(vm, args.pos.get(2))?;
    let end = opt_index(vm, args.pos.get(3))?;
    Ok((b, sub, ba, start, end))
}

fn find(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (b, sub, _, st, en) = find_args(vm, &args, "find")?;
    Ok(Value::Int(kb::find(&b, &sub, st, en)))
}

fn rfind(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (b, sub, _, st, en) = find_args(vm, &args, "rfind")?;
    Ok(Value::Int(kb::rfind(&b, &sub, st, en)))
}

fn not_found(vm: &mut Vm, bytearray: bool) -> crate::vm::PyErr {
    let e = if bytearray {
        TextError::SubsectionNotFound
    } else {
        TextError::SubstringNotFound
    };
    text_err(vm, e)
}

fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (b, sub, ba, st, en) = find_args(vm, &args, "index")?;
    match kb::index(&b, &sub, st, en) {
        Ok(i) => Ok(Value::Int(i as i64)),
        Err(_) => Err(not_found(vm, ba)),
    }
}

fn rindex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (b, sub, ba, st, en) = find_args(vm, &args, "rindex")?;
    match kb::rindex(&b, &sub, st, en) {
        Ok(i) => Ok(Value::Int(i as i64)),
        Err(_) => Err(not_found(vm, ba)),
    }
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (b, sub, _, st, en) = find_args(vm, &args, "count")?;
    vm.tick((b.len() >> 10) as u64)?;
    let n = kb::count(&b, &sub, st, en);
    vm.after_kernel()?;
    Ok(Value::Int(n as i64))
}

fn tailmatch(vm: &mut Vm, args: &Args<'_>, name: &str, ends: bool) -> PyResult<Value> {
    let n = args.pos.len().saturating_sub(1);
    if !(1..=3).contains(&n) {
        let msg = if n == 0 {
            format!("{} expected at least 1 arguments, got 0", name)
        } else {
            format!("{} expected at most 3 arguments, got {}", name, n)
        };
        return Err(vm.new_error("TypeError", &msg));
    }
    let (b, _) = this(vm, args)?;
    let start = opt_index(vm, args.pos.get(2))?;
    let end = opt_index(vm, args.pos.get(3))?;
    let arg = args.pos[1].clone();
    let check = |x: &[u8]| {
        if ends {
            kb::endswith(&b, x, start, end)
        } else {
            kb::startswith(&b, x, start, end)
        }
    };
    if let Some(Payload::Tuple(items)) = arg.payload() {
        for it in items.iter() {
            match super::buffer::buffer_of(it) {
                Some(x) => {
                    if check(&x) {
                        return Ok(Value::Bool(true));
                    }
                }
                None => return Err(no_buffer_error(vm, it)),
            }
        }
        return Ok(Value::Bool(false));
    }
    match super::buffer::buffer_of(&arg) {
        Some(x) => Ok(Value::Bool(check(&x))),
        None => {
            let msg = format!(
                "{} first arg must be bytes or a tuple of bytes, not {}",
                name,
                vm.type_name(&arg)
            );
            Err(vm.new_error("TypeError", &msg))
        }
    }
}

fn startswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    tailmatch(vm, &args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    tailmatch(vm, &args, "endswith", true)
}

/// An optional bytes-like argument (`None` when absent or None).
fn opt_buffer(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<Buf>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => want_buffer(vm, v).map(Some),
    }
}

fn parts_list(vm: &mut Vm, ba: bool, parts: Vec<&[u8]>) -> PyResult<Value> {
    charge(vm, parts.len() * 48)?;
    let items: Vec<Value> = parts
        .into_iter()
        .map(|p| new_bytes_like(vm, ba, p.to_vec()))
        .collect();
    Ok(vm.new_list(items))
}

fn split_common(vm: &mut Vm, args: &Args<'_>, right: bool) -> PyResult<Value> {
    let name = if right { "rsplit" } else { "split" };
    check_method_args(vm, name, args, 0, 2)?;
    let (b, ba) = this(vm, args)?;
    let sep = opt_buffer(vm, args.pos.get(1).or_else(|| args.kwarg("sep")))?;
    let max = match args.pos.get(2).or_else(|| args.kwarg("maxsplit")) {
        Some(v) => crate::builtins::want_int(vm, v)?,
        None => -1,
    };
    vm.tick((b.len() >> 10) as u64)?;
    let parts = if right {
        kb::rsplit(&b, sep.as_deref(), max)
    } else {
        kb::split(&b, sep.as_deref(), max)
    }
    .map_err(|e| text_err(vm, e))?;
    parts_list(vm, ba, parts)
}

fn split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    split_common(vm, &args, false)
}

fn rsplit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    split_common(vm, &args, true)
}

fn splitlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "splitlines", &args, 0, 1)?;
    let (b, ba) = this(vm, &args)?;
    let keep = match args.pos.get(1).or_else(|| args.kwarg("keepends")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let parts = kb::splitlines(&b, keep);
    vm.after_kernel()?;
    parts_list(vm, ba, parts)
}

fn partition_common(vm: &mut Vm, args: &Args<'_>, right: bool) -> PyResult<Value> {
    let name = if right { "rpartition" } else { "partition" };
    check_method_args(vm, name, args, 1, 1)?;
    let (b, ba) = this(vm, args)?;
    let sep = want_buffer(vm, &args.pos[1])?;
    let (x, y, z) = if right {
        kb::rpartition(&b, &sep)
    } else {
        kb::partition(&b, &sep)
    }
    .map_err(|e| text_err(vm, e))?;
    let items = vec![
        new_bytes_like(vm, ba, x.to_vec()),
        new_bytes_like(vm, ba, y.to_vec()),
        new_bytes_like(vm, ba, z.to_vec()),
    ];
    Ok(vm.new_tuple(items))
}

fn partition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_common(vm, &args, false)
}

fn rpartition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_common(vm, &args, true)
}

macro_rules! strip_fn {
    ($name:ident, $f:path, $text:expr) => {
        fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            check_method_args(vm, $text, &args, 0, 1)?;
            let (b, ba) = this(vm, &args)?;
            let chars = opt_buffer(vm, args.pos.get(1))?;
            let r = $f(&b, chars.as_deref()).to_vec();
            Ok(new_bytes_like(vm, ba, r))
        }
    };
}
strip_fn!(strip, kb::strip, "strip");
strip_fn!(lstrip, kb::lstrip, "lstrip");
strip_fn!(rstrip, kb::rstrip, "rstrip");

fn replace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = args.pos.len().saturating_sub(1);
    if !(2..=3).contains(&n) {
        let msg = if n < 2 {
            format!("replace expected at least 2 arguments, got {}", n)
        } else {
            format!("replace expected at most 3 arguments, got {}", n)
        };
        return Err(vm.new_error("TypeError", &msg));
    }
    let (b, ba) = this(vm, &args)?;
    let old = want_buffer(vm, &args.pos[1])?;
    let new = want_buffer(vm, &args.pos[2])?;
    let count = match args.pos.get(3) {
        Some(v) => crate::builtins::want_int(vm, v)?,
        None => -1,
    };
    let max = room(vm);
    let r = kb::replace(&b, &old, &new, count, max).map_err(|e| size_err(vm, e))?;
    charge(vm, r.len())?;
    Ok(new_bytes_like(vm, ba, r))
}

/// `width` and a one-byte `fillchar` of center/ljust/rjust.
fn pad_args(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<(i64, u8)> {
    let n = args.pos.len().saturating_sub(1);
    if !(1..=2).contains(&n) {
        let msg = if n == 0 {
            format!("{} expected at least 1 arguments, got 0", name)
        } else {
            format!("{} expected at most 2 arguments, got {}", name, n)
        };
        return Err(vm.new_error("TypeError", &msg));
    }
    let w = crate::builtins::want_int(vm, &args.pos[1])?;
    let fill = match args.pos.get(2) {
        None => b' ',
        Some(f) => match super::buffer::buffer_of(f) {
            Some(x) if x.len() == 1 && !matches!(f.payload(), Some(Payload::MemoryView(_))) => x[0],
            _ => {
                let msg = format!(
                    "{}() argument 2 must be a byte string of length 1, not {}",
                    name,
                    vm.type_name(f)
                );
                return Err(vm.new_error("TypeError", &msg));
            }
        },
    };
    Ok((w, fill))
}

macro_rules! pad_fn {
    ($name:ident, $f:path, $text:expr) => {
        fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let (w, fill) = pad_args(vm, &args, $text)?;
            let (b, ba) = this(vm, &args)?;
            let max = room(vm);
            let r = $f(&b, w, fill, max).map_err(|e| size_err(vm, e))?;
            charge(vm, r.len())?;
            Ok(new_bytes_like(vm, ba, r))
        }
    };
}
pad_fn!(center, kb::center, "center");
pad_fn!(ljust, kb::ljust, "ljust");
pad_fn!(rjust, kb::rjust, "rjust");

fn zfill(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "zfill", &args, 1, 1)?;
    let w = crate::builtins::want_int(vm, &args.pos[1])?;
    let (b, ba) = this(vm, &args)?;
    let max = room(vm);
    let r = kb::zfill(&b, w, max).map_err(|e| size_err(vm, e))?;
    charge(vm, r.len())?;
    Ok(new_bytes_like(vm, ba, r))
}

fn expandtabs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "expandtabs", &args, 0, 1)?;
    let (b, ba) = this(vm, &args)?;
    let n = match args.pos.get(1).or_else(|| args.kwarg("tabsize")) {
        Some(v) => crate::builtins::want_int(vm, v)?,
        None => 8,
    };
    let max = room(vm);
    let r = kb::expandtabs(&b, n, max).map_err(|e| size_err(vm, e))?;
    charge(vm, r.len())?;
    Ok(new_bytes_like(vm, ba, r))
}

macro_rules! map_fn {
    ($name:ident, $f:path, $text:expr) => {
        fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            check_method_args(vm, $text, &args, 0, 0)?;
            let (b, ba) = this(vm, &args)?;
            vm.tick((b.len() >> 10) as u64)?;
            let r = $f(&b);
            vm.after_kernel()?;
            Ok(new_bytes_like(vm, ba, r))
        }
    };
}
map_fn!(upper, kb::upper, "upper");
map_fn!(lower, kb::lower, "lower");
map_fn!(swapcase, kb::swapcase, "swapcase");
map_fn!(title, kb::title, "title");
map_fn!(capitalize, kb::capitalize, "capitalize");

macro_rules! pred_fn {
    ($name:ident, $f:path, $text:expr) => {
        fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            check_method_args(vm, $text, &args, 0, 0)?;
            let (b, _) = this(vm, &args)?;
            Ok(Value::Bool($f(&b)))
        }
    };
}
pred_fn!(isalpha, kb::isalpha, "isalpha");
pred_fn!(isalnum, kb::isalnum, "isalnum");
pred_fn!(isdigit, kb::isdigit, "isdigit");
pred_fn!(isspace, kb::isspace, "isspace");
pred_fn!(islower, kb::islower, "islower");
pred_fn!(isupper, kb::isupper, "isupper");
pred_fn!(istitle, kb::istitle, "istitle");

fn join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "join", &args, 1, 1)?;
    let (sep, ba) = this(vm, &args)?;
    let items = match vm.iterate(&args.pos[1]) {
        Ok(items) => items,
        Err(crate::vm::PyErr::Exc(e)) if vm.is_instance_of(&e, "TypeError") => {
            return Err(vm.new_error("TypeError", "can only join an iterable"))
        }
        Err(e) => return Err(e),
    };
    let mut parts = Vec::with_capacity(items.len());
    let mut total = 0usize;
    for (i, it) in items.iter().enumerate() {
        vm.charge_every(i)?;
        match super::buffer::buffer_of(it) {
            Some(b) => {
                total = total.saturating_add(b.len());
                parts.push(b);
            }
            None => {
                let msg = format!("sequence item {}: expected bytes, bytearray, or an object with the buffer interface, {} found", i, vm.type_name(it));
                return Err(vm.new_error("TypeError", &msg));
            }
        }
    }
    total = total.saturating_add(sep.len().saturating_mul(parts.len().saturating_sub(1)));
    charge(vm, total)?;
    let mut out = Vec::with_capacity(total);
    let mut pacer = crate::sandbox::deadline::Pacer::new();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        let r = crate::text::pace::push_bytes(&mut out, p);
        vm.paced(r)?;
        let r = pacer.advance(p.len() + sep.len() + 8);
        vm.paced(r)?;
    }
    Ok(new_bytes_like(vm, ba, out))
}

/// The 256-byte table argument of translate (None or a bytes-like of length 256).
fn table_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<[u8; 256]>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let b = want_buffer(vm, v)?;
            match <[u8; 256]>::try_from(&b[..]) {
                Ok(t) => Ok(Some(t)),
                Err(_) => Err(vm.new_error(
                    "ValueError",
                    "translation table must be 256 characters long",
                )),
            }
        }
    }
}

fn translate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = args.pos.len().saturating_sub(1);
    if !(1..=2).contains(&n) {
        let msg = if n == 0 {
            "translate expected at least 1 arguments, got 0".to_string()
        } else {
            format!("translate expected at most 2 arguments, got {}", n)
        };
        return Err(vm.new_error("TypeError", &msg));
    }
    let (b, ba) = this(vm, &args)?;
    let table = table_arg(vm, args.pos.get(1))?;
    let delete = match args.pos.get(2) {
        Some(d) => want_buffer(vm, d)?.into_vec(),
        None => Vec::new(),
    };
    vm.tick((b.len() >> 10) as u64)?;
    let r = kb::translate(&b, table.as_ref(), &delete);
    vm.after_kernel()?;
    Ok(new_bytes_like(vm, ba, r))
}

fn maketrans(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // Installed like a class method: args.pos[0] is the class, ignored.
    let rest = args.pos.get(1..).unwrap_or_default();
    if rest.len() != 2 {
        let msg = format!("maketrans expected 2 arguments, got {}", rest.len());
        return Err(vm.new_error("TypeError", &msg));
    }
    let from = want_buffer(vm, &rest[0])?;
    let to = want_buffer(vm, &rest[1])?;
    match kb::maketrans(&from, &to) {
        Ok(t) => Ok(vm.new_bytes(t.to_vec())),
        Err(_) => Err(vm.new_error("ValueError", "maketrans arguments must have same length")),
    }
}

fn fromhex_impl(vm: &mut Vm, args: &Args<'_>, bytearray: bool) -> PyResult<Value> {
    // Class method: args.pos[0] is the class.
    if args.pos.len() != 2 {
        let msg = format!(
            "fromhex() takes exactly 1 argument ({} given)",
            args.pos.len().saturating_sub(1)
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    let s = want_str(vm, &args.pos[1], "fromhex() argument 1")?;
    match kb::fromhex(s.as_str()) {
        Ok(b) => {
            let r = new_bytes_like(vm, bytearray, b);
            let cls = args.pos[0].clone();
            let base = if bytearray {
                vm.types.bytearray.clone()
            } else {
                vm.types.bytes.clone()
            };
            if matches!(&cls, Value::Obj(c) if !std::rc::Rc::ptr_eq(c, &base)) {
                return vm.call(&cls, Args::new(&[r]));
            }
            Ok(r)
        }
        Err(e) => Err(vm.new_error("ValueError", &e.to_string())),
    }
}

fn bytes_fromhex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    fromhex_impl(vm, &args, false)
}

fn bytearray_fromhex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    fromhex_impl(vm, &args, true)
}

fn decode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "decode", &args, 0, 2)?;
    let (b, _) = this(vm, &args)?;
    let enc = match args.pos.get(1).or_else(|| args.kwarg("encoding")) {
        Some(e) => Some(want_str(vm, e, "decode() argument 1")?),
        None => None,
    };
    let errors = match args.pos.get(2).or_else(|| args.kwarg("errors")) {
        Some(e) => Some(want_str(vm, e, "decode() argument 2")?),
        None => None,
    };
    super::codec_glue::decode_value(
        vm,
        &b,
        args.pos.first().cloned().unwrap_or_default(),
        enc.as_ref().map_or("utf-8", |s| s.as_str()),
        errors.as_ref().map_or("strict", |s| s.as_str()),
    )
}

fn getnewargs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (b, _) = this(vm, &args)?;
    let v = vm.new_bytes(b.into_vec());
    Ok(vm.new_tuple(vec![v]))
}

/// Methods of both bytes and bytearray.
pub const COMMON: &[Method] = &[
    ("capitalize", capitalize),
    ("center", center),
    ("count", count),
    ("decode", decode),
    ("endswith", endswith),
    ("expandtabs", expandtabs),
    ("find", find),
    ("index", index),
    ("isalnum", isalnum),
    ("isalpha", isalpha),
    ("isdigit", isdigit),
    ("islower", islower),
    ("isspace", isspace),
    ("istitle", istitle),
    ("isupper", isupper),
    ("join", join),
    ("ljust", ljust),
    ("lower", lower),
    ("lstrip", lstrip),
    ("partition", partition),
    ("replace", replace),
    ("rfind", rfind),
    ("rindex", rindex),
    ("rjust", rjust),
    ("rpartition", rpartition),
    ("rsplit", rsplit),
    ("rstrip", rstrip),
    ("split", split),
    ("splitlines", splitlines),
    ("startswith", startswith),
    ("strip", strip),
    ("swapcase", swapcase),
    ("title", title),
    ("translate", translate),
    ("upper", upper),
    ("zfill", zfill),
];

/// Methods only bytes has.
pub const BYTES_ONLY: &[Method] = &[("__getnewargs__", getnewargs)];

/// Installs the bytes and bytearray method tables (called from the shared
/// install table).
pub fn install(vm: &mut Vm) {
    use crate::builtins::{add_class_methods, add_methods};
    let (bytes, bytearray) = (vm.types.bytes.clone(), vm.types.bytearray.clone());
    add_methods(vm, &bytes, COMMON);
    add_methods(vm, &bytes, BYTES_ONLY);
    add_methods(vm, &bytearray, COMMON);
    add_methods(vm, &bytearray, super::bytearray_methods::MUTATORS);
    add_class_methods(
        vm,
        &bytes,
        &[("fromhex", bytes_fromhex), ("maketrans", maketrans)],
    );
    add_class_methods(
        vm,
        &bytearray,
        &[("fromhex", bytearray_fromhex), ("maketrans", maketrans)],
    );
}
