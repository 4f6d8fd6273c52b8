//! Methods of `str` (on top of `crate::text`).

use super::{Payload, PyStr, Value};
use crate::builtins::{check_method_args, want_str, Method};
use crate::vm::{Args, PyResult, Vm};
use std::rc::Rc;

fn this(vm: &mut Vm, args: &Args<'_>) -> PyResult<Rc<PyStr>> {
    match args.pos.first().and_then(|v| v.as_pystr()) {
        Some(s) => Ok(s.clone()),
        None => Err(vm.new_error("TypeError", "descriptor requires a 'str' object")),
    }
}

fn opt_str(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<Rc<PyStr>>> {
    match v {
        None => Ok(None),
        Some(Value::None) => Ok(None),
        Some(v) => match v.as_pystr() {
            Some(s) => Ok(Some(s.clone())),
            None => {
                let msg = format!(
                    "Can't convert '{}' object to str implicitly",
                    vm.type_name(v)
                );
                Err(vm.new_error("TypeError", &msg))
            }
        },
    }
}

/// A start/end argument of find/count/index/startswith/endswith
/// (CPython's `_PyEval_SliceIndex`; None means absent).
fn slice_opt(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) if crate::objects::buffer::is_int_like(vm, v) => Ok(Some(vm.index_value(v)?)),
        Some(_) => Err(vm.new_error(
            "TypeError",
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

fn opt_int(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(vm.index_value(v)?)),
    }
}

fn text_err(vm: &mut Vm, e: crate::text::TextError) -> crate::vm::PyErr {
    vm.text_error(e)
}

fn s(v: &str) -> Value {
    Value::str(v)
}

fn list_of(vm: &mut Vm, parts: Vec<&str>) -> PyResult<Value> {
    let mut items: Vec<Value> = Vec::with_capacity(parts.len());
    for (i, p) in parts.into_iter().enumerate() {
        vm.charge_every(i)?;
        items.push(s(p));
    }
    Ok(vm.new_list(items))
}

/// What one piece of a split costs (the list slot, the str object and its
/// text, allocator overhead included), for the memory pre-check.
const PIECE_BYTES: u64 = 128;

/// `maxsplit` for the kernel: the caller's, lowered to what fits under the
/// memory limit. The second value is true when it was lowered.
fn bounded_maxsplit(vm: &Vm, max: i64) -> (i64, bool) {
    match vm.room_for(PIECE_BYTES) {
        Some(k) => {
            let k = k.min(i64::MAX as u64 / 2) as i64;
            if max < 0 || max > k {
                (k, true)
            } else {
                (max, false)
            }
        }
        None => (max, false),
    }
}

/// Fails with the memory limit when a split lowered by [`bounded_maxsplit`]
/// used all its splits (the full result would not fit).
fn check_split(max: (i64, bool), pieces: usize) -> PyResult<()> {
    if max.1 && pieces as i64 > max.0 {
        return Err(crate::vm::PyErr::Limit(crate::vm::Limit::Memory));
    }
    Ok(())
}

/// `name() takes at most N arguments (M given)` (CPython 3.4's getargs wording
/// for a method with only optional parameters).
fn too_many_args(vm: &mut Vm, name: &str, args: &Args<'_>, max: usize) -> PyResult<()> {
    let n = args.pos.len().saturating_sub(1) + args.kw.len();
    if n > max {
        let msg = format!("{}() takes at most {} arguments ({} given)", name, max, n);
        return Err(vm.new_error("TypeError", &msg));
    }
    Ok(())
}

fn split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(vm, &args)?;
    too_many_args(vm, "split", &args, 2)?;
    let sep = opt_str(vm, args.pos.get(1).or_else(|| args.kwarg("sep")))?;
    let max = opt_int(vm, args.pos.get(2).or_else(|| args.kwarg("maxsplit")))?.unwrap_or(-1);
    let bounded = bounded_maxsplit(vm, max);
    let parts = crate::text::split(t.as_str(), sep.as_ref().map(|s| s.as_str()), bounded.0)
        .map_err(|e| text_err(vm, e))?;
    check_split(bounded, parts.len())?;
    list_of(vm, parts)
}

fn rsplit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(vm, &args)?;
    too_many_args(vm, "rsplit", &args, 2)?;
    let sep = opt_str(vm, args.pos.get(1).or_else(|| args.kwarg("sep")))?;
    let max = opt_int(vm, args.pos.get(2).or_else(|| args.kwarg("maxsplit")))?.unwrap_or(-1);
    let bounded = bounded_maxsplit(vm, max);
    let parts = crate::text::rsplit(t.as_str(), sep.as_ref().map(|s| s.as_str()), bounded.0)
        .map_err(|e| text_err(vm, e))?;
    check_split(bounded, parts.len())?;
    list_of(vm, parts)
}

fn splitlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(vm, &args)?;
    let rest = Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        kw: args.kw,
    };
    let a = crate::builtins::kwparse::bind(vm, "splitlines", &rest, &["keepends"], 0)?;
    let keep = match a.first().cloned().flatten() {
        Some(v) => crate::builtins::kwparse::c_int(vm, &v)? != 0,
        None => false,
    };
    let lines = t.as_str().bytes().filter(|&b| b == b'\n').count() as u64;
    vm.reserve(lines.saturating_mul(PIECE_BYTES))?;
    let parts = crate::text::splitlines(t.as_str(), keep);
    vm.after_kernel()?;
    list_of(vm, parts)
}

fn join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(vm, &args)?;
    if args.pos.len() != 2 {
        let msg = format!(
            "join() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    let items = vm.iterate(&args.pos[1])?;
    let mut total = 0usize;
    let mut wide = t.is_wide();
    for (i, it) in items.iter().enumerate() {
        match it.as_pystr() {
            Some(x) => {
                total += x.s.len() + t.s.len();
                wide |= x.is_wide();
            }
            None => {
                let msg = format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    vm.type_name(it)
                );
                return Err(vm.new_error("TypeError", &msg));
            }
        }
    }
    vm.reserve(total as u64)?;
    if wide {
        return super::str_wide::join(vm, &t, &items);
    }
    let mut out = String::with_capacity(total);
    // Charged by bytes copied (a few huge parts cost as much as many small
    // ones), a chunk at a time; a huge part is copied in chunks too.
    let mut pending = 0usize;
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(t.as_str());
        }
        if let Some(x) = it.as_pystr() {
            let r = crate::text::pace::push_str(&mut out, x.as_str());
            vm.paced(r)?;
            pending += x.s.len() + t.s.len() + 8;
        }
        if pending >= crate::sandbox::deadline::CHUNK_BYTES {
            vm.charge_work(pending as u64 / 8)?;
            pending = 0;
        }
    }
    Ok(Value::string(out))
}

macro_rules! strip_fn {
    ($name:ident, $f:path) => {
        fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let t = this(vm, &args)?;
            if let Some(a) = args.pos.get(1) {
                if !a.is_none() && a.as_pystr().is_none() {
                    let msg = format!("{} arg must be None or str", stringify!($name));
                    return Err(vm.new_error("TypeError", &msg));
                }
            }
            let chars = opt_str(vm, args.pos.get(1))?;
            Ok(s($f(t.as_str(), chars.as_ref().map(|c| c.as_str()))))
        }
    };
}
strip_fn!(strip, crate::text::strip);
strip_fn!(lstrip, crate::text::lstrip);
strip_fn!(rstrip, crate::text::rstrip);

fn sub_arg(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Rc<PyStr>> {
    match args.pos.get(1) {
        Some(v) => match v.as_pystr() {
            Some(x) => Ok(x.clone()),
            None => {
                let msg = format!(
                    "Can't convert '{}' object to str implicitly",
                    vm.type_name(v)
                );
                Err(vm.new_error("TypeError", &msg))
            }
        },
        None => {
            let msg = format!("{}() takes at least 1 argument (0 given)", name);
            Err(vm.new_error("TypeError", &msg))
        }
    }
}

/// The number of bytes a search over `s[start:end]` looks at (ASCII `s`).
fn ascii_window(len: usize, a: Option<i64>, b: Option<i64>) -> u64 {
    let (st, en) = crate::text::adjust_indices(a, b, len);
    en.saturating_sub(st) as u64
}

macro_rules! find_fn {
    ($name:ident, $f:path, $bytes_f:path) => {
        fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let t = this(vm, &args)?;
            let sub = sub_arg(vm, &args, stringify!($name))?;
            let a = slice_opt(vm, args.pos.get(2))?;
            let b = slice_opt(vm, args.pos.get(3))?;
            // An ASCII string's character indices are its byte indices: search
            // the bytes of the window only (O(window), not O(len) per call).
            let ascii = t.len == t.s.len();
            let work = if ascii {
                ascii_window(t.s.len(), a, b) + sub.s.len() as u64
            } else {
                (t.s.len() + sub.s.len()) as u64
            };
            vm.charge_work(work / 8)?;
            let r = if ascii {
                $bytes_f(t.s.as_bytes(), sub.s.as_bytes(), a, b) as i64
            } else {
                $f(t.as_str(), sub.as_str(), a, b) as i64
            };
            vm.after_kernel()?;
            Ok(Value::Int(r))
        }
    };
}
find_fn!(find, crate::text::find, crate::text::bytes::find);
find_fn!(rfind, crate::text::rfind, crate::text::bytes::rfind);
find_fn!(count, crate::text::count, crate::text::bytes::count);

fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(vm, &args)?;
    let sub = sub_arg(vm, &args, "index")?;
    let a = slice_opt(vm, args.pos.get(2))?;
    let b = slice_opt(vm, args.pos.get(3))?;
    let found = if t.len == t.s.len() {
        crate::text::bytes::index(t.s.as_bytes(), sub.s.as_bytes(), a, b)
    } else {
        crate::text::index(t.as_str(), sub.as_str(), a, b)
    };
    found
        .map(|i| Value::Int(i as i64))
        .map_err(|e| text_err(vm, e))
}

fn rindex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(vm, &args)?;
    let sub = sub_arg(vm, &args, "rindex")?;
    let a = slice_opt(vm, args.pos.get(2))?;
    let b = slice_opt(vm, args.pos.get(3))?;
    let found = if t.len == t.s.len() {
        crate::text::bytes::rindex(t.s.as_bytes(), sub.s.as_bytes(), a, b)
    } else {
        crate::text::rindex(t.as_str(), sub.as_str(), a, b)
    };
    found
        .map(|i| Value::Int(i as i64))
        .map_err(|e| text_err(vm, e))
}

fn affix(vm: &mut Vm, args: Args<'_>, starts: bool) -> PyResult<Value> {
    let t = this(vm, &args)?;
    let a = slice_opt(vm, args.pos.get(2))?;
    let b = slice_opt(vm, args.pos.get(3))?;
    let p = args.pos.get(1).cloned().unwrap_or_default();
    let cands: Vec<Value> = match p.payload() {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => vec![p.clone()],
    };
    for c in cands {
        let x = match c.as_pystr() {
            Some(x) => x.clone(),
            None => {
                let what = if starts { "startswith" } else { "endswith" };
                let msg = format!(
                    "{} first arg must be str or a tuple of str, not {}",
                    what,
                    vm.type_name(&c)
                );
                return Err(vm.new_error("TypeError", &msg));
            }
        };
        let ascii = t.len == t.s.len();
        let hit = match (starts, ascii) {
            (true, true) => crate::text::bytes::startswith(t.s.as_bytes(), x.s.as_bytes(), a, b),
            (false, true) => crate::text::bytes::endswith(t.s.as_bytes(), x.s.as_bytes(), a, b),
            (true, false) => crate::text::startswith(t.as_str(), x.as_str(), a, b),
            (false, false) => crate::text::endswith(t.as_str(), x.as_str(), a, b),
        };
        if hit {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix(vm, args, true)
}

fn endswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix(vm, args, false)
}

fn replace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(vm, &args)?;
    check_method_args(vm, "replace", &args, 2, 3)?;
    let old = opt_str(vm, args.pos.get(1))?.unwrap_or_else(|| Rc::new(PyStr::new("")));
    let new = opt_str(vm, args.pos.get(2))?.unwrap_or_else(|| Rc::new(PyStr::new("")));
    let n = opt_int(vm, args.pos.get(3))?.unwrap_or(-1);
    let need = crate::text::replaced_len(t.as_str(), old.as_str(), new.as_str(), n)
        .map_err(|e| text_err(vm, e))?;
    vm.reserve(need)?;
    vm.charge_work((t.s.len() as u64 + need) / 8)?;
    let r = crate::text::replace(t.as_str(), old.as_str(), new.as_str(), n, usize::MAX)
        .map_err(|e| text_err(vm, e))?;
    Ok(Value::string(r))
}

macro_rules! case_fn {
    ($name:ident, $f:path) => {
        fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let t = this(vm, &args)?;
            let r = $f(t.as_str());
            vm.after_kernel()?;
            Ok(Value::string(r))
        }
    };
}
case_fn!(upper, crate::text::upper);
case_fn!(lower, crate::text::lower);
case_fn!(title, crate::text::title);
case_fn!(capitalize, crate::text::capitalize);
case_fn!(swapcase, crate::text::swapcase);
case_fn!(casefold, crate::text::casefold);

macro_rules! pred_fn {
    ($name:ident, $f:path) => {
        fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let t = this(vm, &args)?;
            Ok(Value::Bool($f(t.as_str())))
        }
    };
}
pred_fn!(isdigit, crate::text::isdigit);
pred_fn!(isalpha, crate::text::isalpha);
pred_fn!(isalnum, crate::text::isalnum);
pred_fn!(isspace, crate::text::isspace);
pred_fn!(isupper, crate::text::isupper);
pred_fn!(islower, crate::text::islower);
pred_fn!(istitle, crate::text::istitle);
pred_fn!(isdecimal, crate::text::isdecimal);
pred_fn!(isnumeric, crate::text::isnumeric);
pred_fn!(isidentifier, crate::text::isidentifier);
pred_fn!(isprintable, crate::text::isprintable);

fn fill_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<char> {
    match v {
        None => Ok(' '),
        Some(v) => match v.as_pystr() {
            Some(s) if s.len == 1 => Ok(s.s.chars().next().unwrap_or(' ')),
            _ => Err(vm.new_error(
                "TypeError",
                "The fill character must be exactly one character long",
            )),
        },
    }
}

macro_rules! pad_fn {
    ($name:ident, $f:path) => {
        fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let t = this(vm, &args)?;
            let w = match args.pos.get(1) {
                Some(w) => vm.index_value(w)?,
                None => {
                    let msg = format!(
                        "{}() takes at least 1 argument (0 given)",
                        stringify!($name)
                    );
                    return Err(vm.new_error("TypeError", &msg));
                }
            };
            let fill = fill_arg(vm, args.pos.get(2))?;
            vm.reserve(w.max(0) as u64)?;
            $f(t.as_str(), w, fill, usize::MAX)
                .map(Value::string)
                .map_err(|e| text_err(vm, e))
        }
    };
}
pad_fn!(center, crate::text::center);
pad_fn!(ljust, crate::text::ljust);
pad_fn!(rjust, crate::text::rjust);

fn zfill(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(vm, &args)?;
    if args.pos.len() != 2 {
        let msg = format!(
            "zfill() takes exactly 1 argument ({} given)",
            args.pos.len().saturating_sub(1)
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    let w = vm.index_value(&args.pos.get(1).cloned().unwrap_or(Value::Int(0)))?;
    vm.reserve(w.max(0) as u64)?;
    crate::text::zfill(t.as_str(), w, usize::MAX)
        .map(Value::string)
        .map_err(|e| text_err(vm, e))
}

fn expandtabs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(vm, &args)?;
    let n = opt_int(vm, args.pos.get(1).or_else(|| args.kwarg("tabsize")))?.unwrap_or(8);
    crate::text::expandtabs(t.as_str(), n, 1 << 28)
        .map(Value::string)
        .map_err(|e| text_err(vm, e))
}

fn partition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(vm, &args)?;
    let sep = sub_arg(vm, &args, "partition")?;
    let (a, b, c) =
        crate::text::partition(t.as_str(), sep.as_str()).map_err(|e| text_err(vm, e))?;
    Ok(vm.new_tuple(vec![s(a), s(b), s(c)]))
}

fn rpartition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(vm, &args)?;
    let sep = sub_arg(vm, &args, "rpartition")?;
    let (a, b, c) =
        crate::text::rpartition(t.as_str(), sep.as_str()).map_err(|e| text_err(vm, e))?;
    Ok(vm.new_tuple(vec![s(a), s(b), s(c)]))
}

fn maketrans(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let rest = args.pos.get(1..).unwrap_or(&[]);
    if rest.is_empty() {
        return Err(vm.new_error(
            "TypeError",
            "maketrans() takes at least 1 argument (0 given)",
        ));
    }
    let d = vm.new_dict();
    match rest.len() {
        1 => {
            if let Some(Payload::Dict(t)) = rest[0].payload() {
                let pairs: Vec<(Value, Value)> = t
                    .borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect();
                for (k, v) in pairs {
                    let k = match (k.as_pystr(), &k) {
                        (Some(s), _) if s.len == 1 => {
                            Value::Int(s.code_point_at(0).map_or(0, i64::from))
                        }
                        (Some(_), _) => {
                            return Err(vm.new_error(
                                "ValueError",
                                "string keys in translate table must be of length 1",
                            ))
                        }
                        (None, Value::Int(_)) | (None, Value::Bool(_)) => k,
                        (None, _) if matches!(k.payload(), Some(Payload::Int(_))) => k,
                        _ => {
                            return Err(vm.new_error(
                                "TypeError",
                                "keys in translate table must be strings or integers",
                            ))
                        }
                    };
                    vm.dict_set(&d, k, v)?;
                }
            } else {
                return Err(vm.new_error(
                    "TypeError",
                    "if you give only one argument to maketrans it must be a dict",
                ));
            }
        }
        2 | 3 => {
            let x = want_str(vm, &rest[0], "maketrans() argument 1")?;
            let y = want_str(vm, &rest[1], "maketrans() argument 2")?;
            let z = match rest.get(2) {
                Some(z) => Some(want_str(vm, z, "maketrans() argument 3")?),
                None => None,
            };
            let any_wide = x.is_wide() || y.is_wide() || z.as_ref().is_some_and(|z| z.is_wide());
            let pairs = if any_wide {
                super::str_wide::maketrans(&x, &y, z.as_deref()).map_err(|e| text_err(vm, e))?
            } else {
                crate::text::maketrans(x.as_str(), y.as_str(), z.as_ref().map(|z| z.as_str()))
                    .map_err(|e| text_err(vm, e))?
            };
            for (k, v) in pairs {
                let v = match v {
                    Some(c) => Value::Int(c as i64),
                    None => Value::None,
                };
                vm.dict_set(&d, Value::Int(k as i64), v)?;
            }
        }
        _ => return Err(vm.new_error("TypeError", "maketrans() takes at most 3 arguments")),
    }
    Ok(d)
}

fn translate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(vm, &args)?;
    crate::builtins::check_method_args(vm, "translate", &args, 1, 1)?;
    let table = args.pos.get(1).cloned().unwrap_or_default();
    let mut out = super::str_wide::Builder::with_capacity(t.s.len());
    for (i, c) in t.s.code_points().enumerate() {
        vm.charge_every(i)?;
        match vm.getitem(&table, &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(v) => {
                if let Some(s) = v.as_pystr() {
                    out.push_str(s);
                } else if let Value::Int(i) = v {
                    match u32::try_from(i).ok().filter(|&c| c <= 0x10ffff) {
                        Some(c) => out.push(c),
                        None => {
                            return Err(vm.new_error(
                                "ValueError",
                                "character mapping must be in range(0x110000)",
                            ))
                        }
                    }
                } else {
                    return Err(vm.new_error(
                        "TypeError",
                        "character mapping must return integer, None or str",
                    ));
                }
            }
            Err(e) if vm.err_is(&e, "LookupError") => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(Value::Str(Rc::new(out.finish())))
}

fn getnewargs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(vm, &args)?;
    Ok(vm.new_tuple(vec![Value::Str(t)]))
}

/// Wraps str methods so that operands with lone surrogates take the
/// escaped exact path ([`super::str_wide::escaped_call`]).
macro_rules! exact {
    ($($name:ident => $f:ident),* $(,)?) => {
        $(
            fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                super::str_wide::escaped_call(vm, args, $f)
            }
        )*
    };
}

exact! {
    exact_split => split,
    exact_rsplit => rsplit,
    exact_splitlines => splitlines,
    exact_strip => strip,
    exact_lstrip => lstrip,
    exact_rstrip => rstrip,
    exact_find => find,
    exact_rfind => rfind,
    exact_count => count,
    exact_index => index,
    exact_rindex => rindex,
    exact_startswith => startswith,
    exact_endswith => endswith,
    exact_replace => replace,
    exact_upper => upper,
    exact_lower => lower,
    exact_title => title,
    exact_capitalize => capitalize,
    exact_swapcase => swapcase,
    exact_casefold => casefold,
    exact_isdigit => isdigit,
    exact_isalpha => isalpha,
    exact_isalnum => isalnum,
    exact_isspace => isspace,
    exact_isupper => isupper,
    exact_islower => islower,
    exact_istitle => istitle,
    exact_isdecimal => isdecimal,
    exact_isnumeric => isnumeric,
    exact_isidentifier => isidentifier,
    exact_isprintable => isprintable,
    exact_center => center,
    exact_ljust => ljust,
    exact_rjust => rjust,
    exact_zfill => zfill,
    exact_expandtabs => expandtabs,
    exact_partition => partition,
    exact_rpartition => rpartition,
}

/// The str method table.
pub const METHODS: &[Method] = &[
    ("split", exact_split),
    ("rsplit", exact_rsplit),
    ("splitlines", exact_splitlines),
    ("join", join),
    ("strip", exact_strip),
    ("lstrip", exact_lstrip),
    ("rstrip", exact_rstrip),
    ("find", exact_find),
    ("rfind", exact_rfind),
    ("count", exact_count),
    ("index", exact_index),
    ("rindex", exact_rindex),
    ("startswith", exact_startswith),
    ("endswith", exact_endswith),
    ("replace", exact_replace),
    ("upper", exact_upper),
    ("lower", exact_lower),
    ("title", exact_title),
    ("capitalize", exact_capitalize),
    ("swapcase", exact_swapcase),
    ("casefold", exact_casefold),
    ("isdigit", exact_isdigit),
    ("isalpha", exact_isalpha),
    ("isalnum", exact_isalnum),
    ("isspace", exact_isspace),
    ("isupper", exact_isupper),
    ("islower", exact_islower),
    ("istitle", exact_istitle),
    ("isdecimal", exact_isdecimal),
    ("isnumeric", exact_isnumeric),
    ("isidentifier", exact_isidentifier),
    ("isprintable", exact_isprintable),
    ("center", exact_center),
    ("ljust", exact_ljust),
    ("rjust", exact_rjust),
    ("zfill", exact_zfill),
    ("expandtabs", exact_expandtabs),
    ("partition", exact_partition),
    ("rpartition", exact_rpartition),
    ("encode", super::codec_glue::str_encode),
    ("translate", translate),
    ("format", crate::builtins::strformat::str_format_method),
    (
        "format_map",
        crate::builtins::strformat::str_format_map_method,
    ),
    ("__getnewargs__", getnewargs),
];

/// Static methods of str.
pub const STATIC: &[Method] = &[("maketrans", maketrans)];
