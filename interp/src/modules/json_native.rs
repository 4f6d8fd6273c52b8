//! `_kaa_json`, the native fast path of `json` (`interp/lib/json/`):
//! `scan(s, idx, strict, object_hook, object_pairs_hook, parse_float,
//! parse_int, parse_constant)` returns `(value, end)` or `None` when the
//! text is invalid (the Python scanner then raises CPython's error), and
//! `encode(o, indent, item_separator, key_separator, ensure_ascii,
//! allow_nan, sort_keys, skipkeys, check_circular, default, sort_items)`
//! returns the JSON text, or `None` when a setting has a type only the
//! Python encoder handles. Hooks given as `None` mean the built-in
//! behaviour.

use super::json_emit::{self, Settings};
use super::json_scan::{self, Hooks, Scan};
use super::{add_functions, namespace};
use crate::builtins::Method;
use crate::objects::Value;
use crate::vm::{Args, PyResult, Vm};

fn optional(args: &Args<'_>, i: usize) -> Option<Value> {
    match args.pos.get(i) {
        None | Some(Value::None) => None,
        Some(v) => Some(v.clone()),
    }
}

fn flag(vm: &mut Vm, args: &Args<'_>, i: usize) -> PyResult<bool> {
    match args.pos.get(i) {
        Some(v) => vm.truthy(v),
        None => Ok(false),
    }
}

fn text_arg(args: &Args<'_>, i: usize) -> Option<String> {
    args.pos
        .get(i)
        .and_then(|v| v.as_pystr())
        .map(|s| s.as_str().to_string())
}

/// `scan(s, idx, strict, object_hook, object_pairs_hook, parse_float,
/// parse_int, parse_constant)`.
fn scan_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(s) = args.pos.first().and_then(|v| v.as_pystr()).cloned() else {
        return Ok(Value::None);
    };
    if s.is_wide() {
        // Raw lone surrogates in the document: the Python scanner reads
        // code points exactly.
        return Ok(Value::None);
    }
    let idx = match args.pos.get(1) {
        Some(Value::Int(i)) if *i >= 0 && (*i as usize) < s.len => *i as usize,
        _ => return Ok(Value::None),
    };
    let strict = flag(vm, &args, 2)?;
    let hooks = Hooks {
        object: optional(&args, 3),
        object_pairs: optional(&args, 4),
        parse_float: optional(&args, 5),
        parse_int: optional(&args, 6),
        parse_constant: optional(&args, 7),
    };
    let start = s.byte_offset(idx);
    match json_scan::scan(vm, s.as_str(), start, strict, &hooks)? {
        Scan::Invalid => Ok(Value::None),
        Scan::Value(v, end) => {
            let end = if s.is_ascii() {
                end
            } else {
                s.as_str().get(..end).map_or(0, |t| t.chars().count())
            };
            Ok(vm.new_tuple(vec![v, Value::Int(end as i64)]))
        }
    }
}

/// `encode(o, indent, item_separator, key_separator, ensure_ascii,
/// allow_nan, sort_keys, skipkeys, check_circular, default, sort_items)`.
fn encode_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(o) = args.pos.first().cloned() else {
        return Ok(Value::None);
    };
    let indent = match args.pos.get(1) {
        None | Some(Value::None) => None,
        Some(_) => match text_arg(&args, 1) {
            Some(t) => Some(t),
            None => return Ok(Value::None),
        },
    };
    let (Some(item_separator), Some(key_separator)) = (text_arg(&args, 2), text_arg(&args, 3))
    else {
        return Ok(Value::None);
    };
    let (Some(default), Some(sort_items)) = (args.pos.get(9), args.pos.get(10)) else {
        return Ok(Value::None);
    };
    let settings = Settings {
        indent,
        item_separator,
        key_separator,
        ensure_ascii: flag(vm, &args, 4)?,
        allow_nan: flag(vm, &args, 5)?,
        sort_keys: flag(vm, &args, 6)?,
        skip_keys: flag(vm, &args, 7)?,
        check_circular: flag(vm, &args, 8)?,
        default: default.clone(),
        sort_items: sort_items.clone(),
    };
    let text = json_emit::encode(vm, &o, &settings)?;
    Ok(Value::Str(std::rc::Rc::new(text)))
}

const FUNCTIONS: &[Method] = &[("scan", scan_fn), ("encode", encode_fn)];

/// Creates `_kaa_json`.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let ns = namespace(vm);
    add_functions(vm, &ns, FUNCTIONS);
    Ok(vm.new_module("_kaa_json", ns))
}
