//! Exact text for `%` and `str.format` fields whose value converts to a str
//! with lone surrogates (a user `__str__`/`__repr__`/`__format__`, or a
//! `!s`/`!r` conversion of one): the formatters build UTF-8 `String`s, in
//! which such a surrogate is its U+FFFD stand-in; these helpers record
//! where each stand-in is, so the result is rebuilt exactly
//! (`str_wide::from_lossy`). Only heap-class values and wide strs take
//! these paths.

use crate::objects::{PyStr, Value};
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

/// Where the surrogates of a result are: (byte offset of the stand-in in
/// the lossy text, code point).
pub type Surrogates = Vec<(usize, u32)>;

/// `format(v, spec)` as an exact str when `v` is a wide str or an instance
/// of a heap class (its own `__format__`, or `str(v)` for an empty spec);
/// `None` for the ordinary path.
pub fn format_exact(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<Option<Rc<PyStr>>> {
    if let Value::Str(s) = v {
        if !s.is_wide() {
            return Ok(None);
        }
        let s = s.clone();
        let r = crate::objects::str_wide::format_str(vm, &s, &Rc::new(PyStr::new(spec)))?;
        return Ok(r.as_pystr().cloned());
    }
    if !vm.type_of(v).as_class().is_some_and(|c| c.heap) {
        return Ok(None);
    }
    if let Some(s) = super::strformat::user_format(vm, v, spec)? {
        return Ok(Some(s));
    }
    if spec.is_empty() && v.as_pystr().is_none() {
        return Ok(Some(vm.str_exact(v)?));
    }
    Ok(None)
}

/// Appends `s` to `out`, recording its surrogates.
pub fn push_exact(out: &mut String, surrogates: &mut Surrogates, s: &PyStr) {
    if let Some(w) = s.s.wide() {
        record(out.len(), s, w.len(), surrogates);
    }
    out.push_str(s.as_str());
}

/// Records the surrogates among the first `n` characters of `s`, whose
/// lossy text starts at byte `at` of the result.
fn record(at: usize, s: &PyStr, n: usize, surrogates: &mut Surrogates) {
    let Some(w) = s.s.wide() else {
        return;
    };
    for ((b, _), &cp) in s.as_str().char_indices().zip(w).take(n) {
        if crate::objects::str_text::is_surrogate(cp) {
            surrogates.push((at + b, cp));
        }
    }
}

/// For `%s`/`%r` of `s` padded into `t` (left-aligned or not, cut to
/// `precision` characters), about to be appended at byte `out_len`:
/// records the surrogates of the part of `s` that `t` shows.
pub fn record_padded(
    out_len: usize,
    t: &str,
    s: &PyStr,
    left: bool,
    precision: Option<usize>,
    surrogates: &mut Surrogates,
) {
    if !s.is_wide() {
        return;
    }
    let n = precision.map_or(s.len, |p| p.min(s.len));
    let text = s.as_str();
    let body = text.char_indices().nth(n).map_or(text.len(), |(b, _)| b);
    let start = if left {
        0
    } else {
        t.len().saturating_sub(body)
    };
    record(out_len + start, s, n, surrogates);
}
