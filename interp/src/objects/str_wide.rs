//! The exact paths of `str` operations on strings that hold lone
//! surrogates (see [`super::str_text`]).
//!
//! Two techniques:
//!
//! * Operations that move code points (indexing, slicing, concatenation,
//!   repetition, join, iteration, repr) work on the exact code points.
//! * Operations that *inspect* text (the str methods: find, split, strip,
//!   replace, upper, isalpha, center, ...) run the ordinary UTF-8 kernel on
//!   an **escaped** copy: each lone surrogate U+D800+k becomes the private
//!   use character `base + k`, where `base` starts a 2048-code-point block of
//!   planes 15–16 that no operand uses. Surrogates and private-use characters
//!   have the same properties for every such method (uncased, not
//!   alphanumeric, not space, not printable, not a line break, one column),
//!   and the kernels never invent characters, so a result character in the
//!   block can only be an escaped surrogate: un-escaping the result gives
//!   CPython's answer. If every one of the 64 blocks is in use (an operand
//!   holds characters of each), the method raises rather than guess.
//!
//! Exact elsewhere: `re` (subjects matched as code points, patterns and
//! templates parsed escaped: `regex::wide`), int()/float() messages,
//! `str()`/`repr()`/`ascii()`/`print` of user `__str__`/`__repr__` results
//! (`Vm::str_exact`, `Vm::repr_exact`), `%` and `str.format` fields
//! (`builtins::strformat_exact`; `%c`/`{:c}` of a surrogate), attribute
//! and keyword names (not interned; quoted exactly in AttributeError and
//! TypeError messages).
//!
//! What still sees the lossy form (U+FFFD for each surrogate): code that
//! takes a `&str` from a `PyStr` outside these paths, e.g. a user
//! `__repr__` result nested in a container's repr (`repr([obj])`), class
//! and function names, `%r`/`!r` of a wide argument together with a wide
//! template (they refuse, see [`refuse_in`]), and module-level text APIs
//! that convert to Rust strings.

use super::{Payload, PyStr, Value};
use crate::objects::function::NativeFn;
use crate::vm::{Args, PyResult, Vm};
use std::rc::Rc;

/// First code point of the escape blocks (plane 15).
const BLOCKS_START: u32 = 0xf_0000;
/// Size of one escape block: the number of surrogates.
const BLOCK: u32 = 0x800;
/// Number of escape blocks (planes 15 and 16).
const BLOCKS: u32 = 0x2_0000 / BLOCK;

/// The value for one code point: the cached 1-char string for ASCII, a wide
/// string for a surrogate.
pub fn code_point_value(vm: &mut Vm, cp: u32) -> Value {
    match char::from_u32(cp) {
        Some(c) => vm.char_value(c),
        None => Value::Str(Rc::new(PyStr::from_code_points(vec![cp]))),
    }
}

/// `repr(s)`.
pub fn repr(s: &PyStr) -> String {
    match s.s.wide() {
        Some(w) => crate::text::repr::wide_repr(w, false),
        None => crate::text::str_repr(s.as_str()),
    }
}

/// `ascii(s)`.
pub fn ascii(s: &PyStr) -> String {
    match s.s.wide() {
        Some(w) => crate::text::repr::wide_repr(w, true),
        None => crate::text::str_ascii(s.as_str()),
    }
}

/// `a + b`, exact.
pub fn concat(a: &PyStr, b: &PyStr) -> PyStr {
    let mut cps = Vec::with_capacity(a.len + b.len);
    cps.extend(a.s.code_points());
    cps.extend(b.s.code_points());
    PyStr::from_code_points(cps)
}

/// `s * n`, exact (the caller has checked the size against the limits).
pub fn repeat(s: &PyStr, n: usize) -> PyStr {
    let one = s.s.to_code_points();
    let mut cps = Vec::with_capacity(one.len().saturating_mul(n));
    for _ in 0..n {
        cps.extend_from_slice(&one);
    }
    PyStr::from_code_points(cps)
}

/// `s[start:start+step*n:step]`, exact.
pub fn slice_step(s: &PyStr, start: i64, step: i64, n: usize) -> PyStr {
    let all = s.s.to_code_points();
    let mut cps = Vec::with_capacity(n);
    let mut i = start;
    for _ in 0..n {
        if let Some(&c) = usize::try_from(i).ok().and_then(|i| all.get(i)) {
            cps.push(c);
        }
        i += step;
    }
    PyStr::from_code_points(cps)
}

/// `sep.join(items)` where some string is wide (items are all strs; the
/// caller checked, and reserved their size).
pub fn join(vm: &mut Vm, sep: &PyStr, items: &[Value]) -> PyResult<Value> {
    let mut cps = Vec::new();
    for (i, it) in items.iter().enumerate() {
        vm.charge_every(i)?;
        if i > 0 {
            cps.extend(sep.s.code_points());
        }
        if let Some(x) = it.as_pystr() {
            cps.extend(x.s.code_points());
        }
    }
    vm.reserve(cps.len() as u64 * 4)?;
    Ok(Value::Str(Rc::new(PyStr::from_code_points(cps))))
}

/// The first code point of the escape block no character of `strs` falls
/// in, or `None` when all 64 are in use.
fn free_block<'a>(strs: impl Iterator<Item = &'a PyStr>) -> Option<u32> {
    let mut used = 0u64;
    for s in strs {
        for c in s.as_str().chars() {
            let cp = c as u32;
            if cp >= BLOCKS_START {
                used |= 1 << ((cp - BLOCKS_START) / BLOCK);
            }
        }
    }
    (0..BLOCKS)
        .find(|k| used & (1 << k) == 0)
        .map(|k| BLOCKS_START + k * BLOCK)
}

/// `s` with each lone surrogate replaced by its character of the escape
/// block at `base` (shared unchanged when `s` has none).
fn escape(s: &Rc<PyStr>, base: u32) -> Rc<PyStr> {
    match s.s.wide() {
        None => s.clone(),
        Some(w) => {
            let text: String = w
                .iter()
                .map(|&cp| {
                    let cp = if super::str_text::is_surrogate(cp) {
                        base + (cp - 0xd800)
                    } else {
                        cp
                    };
                    char::from_u32(cp).unwrap_or('\u{fffd}')
                })
                .collect();
            Rc::new(PyStr::from_string(text))
        }
    }
}

/// Text with the characters of the escape block at `base` turned back into
/// the surrogates they stand for.
fn unescape_str(s: &Rc<PyStr>, base: u32) -> Rc<PyStr> {
    let in_block = |c: char| (base..base + BLOCK).contains(&(c as u32));
    if !s.as_str().chars().any(in_block) {
        return s.clone();
    }
    // Code points, not the lossy text: the result may hold surrogates of
    // its own (`'%c' % 0xd800`).
    let cps =
        s.s.code_points()
            .map(|c| {
                if (base..base + BLOCK).contains(&c) {
                    c - base + 0xd800
                } else {
                    c
                }
            })
            .collect();
    Rc::new(PyStr::from_code_points(cps))
}

/// `v` with escaped strings (also inside a list or tuple result) turned back.
fn unescape_value(vm: &mut Vm, v: Value, base: u32) -> Value {
    match &v {
        Value::Str(s) => return Value::Str(unescape_str(s, base)),
        Value::Obj(o) => match &o.payload {
            Payload::List(items) => {
                let items: Vec<Value> = items
                    .borrow()
                    .iter()
                    .map(|x| match x {
                        Value::Str(s) => Value::Str(unescape_str(s, base)),
                        other => other.clone(),
                    })
                    .collect();
                return vm.new_list(items);
            }
            Payload::Tuple(items) => {
                let items: Vec<Value> = items
                    .iter()
                    .map(|x| match x {
                        Value::Str(s) => Value::Str(unescape_str(s, base)),
                        other => other.clone(),
                    })
                    .collect();
                return vm.new_tuple(items);
            }
            _ => {}
        },
        _ => {}
    }
    v
}

/// Whether `v` is a str with lone surrogates, or a tuple holding one
/// (startswith/endswith take tuples).
fn wide_value(v: &Value) -> bool {
    match v.as_pystr() {
        Some(s) => s.is_wide(),
        None => match v.payload() {
            Some(Payload::Tuple(items)) => items
                .iter()
                .any(|x| x.as_pystr().is_some_and(|s| s.is_wide())),
            _ => false,
        },
    }
}

/// Every str operand of a call (tuple members included).
fn str_operands(args: &Args<'_>) -> Vec<Rc<PyStr>> {
    let mut out = Vec::new();
    let mut add = |v: &Value| match v.as_pystr() {
        Some(s) => out.push(s.clone()),
        None => {
            if let Some(Payload::Tuple(items)) = v.payload() {
                out.extend(items.iter().filter_map(|x| x.as_pystr().cloned()));
            }
        }
    };
    args.pos.iter().for_each(&mut add);
    args.kw.iter().for_each(|(_, v)| add(v));
    out
}

/// `v` with its strings escaped (exact str values only keep their type:
/// a str subclass instance becomes a plain str, which the str methods
/// treat alike).
fn escape_value(vm: &mut Vm, v: &Value, base: u32) -> Value {
    match v.as_pystr() {
        Some(s) if s.is_wide() => Value::Str(escape(s, base)),
        Some(_) => v.clone(),
        None => match v.payload() {
            Some(Payload::Tuple(items)) if wide_value(v) => {
                let items: Vec<Value> = items
                    .iter()
                    .map(|x| match x.as_pystr() {
                        Some(s) => Value::Str(escape(s, base)),
                        None => x.clone(),
                    })
                    .collect();
                vm.new_tuple(items)
            }
            _ => v.clone(),
        },
    }
}

/// Runs the str method `f` exactly when an operand holds lone surrogates
/// (see the module documentation); otherwise calls it as is.
pub fn escaped_call(vm: &mut Vm, args: Args<'_>, f: NativeFn) -> PyResult<Value> {
    let wide = args.pos.iter().any(wide_value) || args.kw.iter().any(|(_, v)| wide_value(v));
    if !wide {
        return f(vm, args);
    }
    let operands = str_operands(&args);
    let Some(base) = free_block(operands.iter().map(|s| &**s)) else {
        return Err(vm.new_error(
            "ValueError",
            "Kaa cannot apply this method to a string with lone surrogates and characters from every private-use block of planes 15-16",
        ));
    };
    let pos: Vec<Value> = args.pos.iter().map(|v| escape_value(vm, v, base)).collect();
    let kw: Vec<(Rc<PyStr>, Value)> = args
        .kw
        .iter()
        .map(|(k, v)| (k.clone(), escape_value(vm, v, base)))
        .collect();
    let r = f(vm, Args { pos: &pos, kw: &kw })?;
    Ok(unescape_value(vm, r, base))
}

/// `needle in hay`, exact (either may be wide).
pub fn contains(hay: &Rc<PyStr>, needle: &Rc<PyStr>) -> Option<bool> {
    let base = free_block([&**hay, &**needle].into_iter())?;
    let h = escape(hay, base);
    let n = escape(needle, base);
    Some(h.as_str().contains(n.as_str()))
}

/// Raises when `s` holds lone surrogates: for operations that only have a
/// lossy path (`what` names the operation in the message).
pub fn refuse_in(vm: &mut Vm, s: &PyStr, what: &str) -> PyResult<()> {
    if s.is_wide() {
        let msg = format!("Kaa does not support lone surrogates in {what} yet");
        return Err(vm.new_error("NotImplementedError", &msg));
    }
    Ok(())
}

/// `str.maketrans(x, y[, z])` pairs when an argument holds lone surrogates.
pub fn maketrans(
    x: &PyStr,
    y: &PyStr,
    z: Option<&PyStr>,
) -> Result<Vec<(u32, Option<u32>)>, crate::text::TextError> {
    if x.len != y.len {
        return Err(crate::text::TextError::MaketransLengths);
    }
    let mut out: Vec<(u32, Option<u32>)> =
        x.s.code_points()
            .zip(y.s.code_points())
            .map(|(a, b)| (a, Some(b)))
            .collect();
    if let Some(z) = z {
        out.extend(z.s.code_points().map(|c| (c, None)));
    }
    Ok(out)
}

/// Builds a string a code point at a time: plain UTF-8 until a lone
/// surrogate arrives, then exact code points.
pub struct Builder {
    utf8: String,
    wide: Option<Vec<u32>>,
}

impl Builder {
    /// An empty builder with room for `bytes` bytes of UTF-8.
    pub fn with_capacity(bytes: usize) -> Builder {
        Builder {
            utf8: String::with_capacity(bytes),
            wide: None,
        }
    }

    fn widen(&mut self) -> &mut Vec<u32> {
        let utf8 = &self.utf8;
        self.wide
            .get_or_insert_with(|| utf8.chars().map(|c| c as u32).collect())
    }

    /// Appends one code point (`<= 0x10FFFF`).
    #[inline]
    pub fn push(&mut self, cp: u32) {
        match (&mut self.wide, char::from_u32(cp)) {
            (Some(w), _) => w.push(cp),
            (None, Some(c)) => self.utf8.push(c),
            (None, None) => self.widen().push(cp),
        }
    }

    /// Appends a string.
    pub fn push_str(&mut self, s: &PyStr) {
        if self.wide.is_none() && !s.is_wide() {
            self.utf8.push_str(s.as_str());
        } else {
            self.widen().extend(s.s.code_points());
        }
    }

    /// Appends text without surrogates.
    pub fn push_text(&mut self, s: &str) {
        match &mut self.wide {
            Some(w) => w.extend(s.chars().map(|c| c as u32)),
            None => self.utf8.push_str(s),
        }
    }

    /// The string built.
    pub fn finish(self) -> PyStr {
        match self.wide {
            Some(w) => PyStr::from_code_points(w),
            None => PyStr::from_string(self.utf8),
        }
    }
}

/// The string whose lossy form is `text`, with the U+FFFD at each byte
/// offset of `surrogates` standing for the surrogate recorded there.
pub fn from_lossy(text: String, surrogates: &[(usize, u32)]) -> PyStr {
    if surrogates.is_empty() {
        return PyStr::from_string(text);
    }
    let mut next = surrogates.iter().peekable();
    let cps = text
        .char_indices()
        .map(|(at, c)| match next.peek() {
            Some(&&(pos, cp)) if pos == at => {
                next.next();
                cp
            }
            _ => c as u32,
        })
        .collect();
    PyStr::from_code_points(cps)
}

/// Whether a `%` template uses (plain conversions, `r`/`a` conversions).
fn printf_conversions(t: &str) -> (bool, bool) {
    use crate::format::printf::PrintfPiece;
    let (pieces, _) = crate::format::printf::parse_printf_partial(t);
    let (mut plain, mut ra) = (false, false);
    for p in &pieces {
        if let PrintfPiece::Spec(s) = p {
            match s.conversion {
                'r' | 'a' => ra = true,
                _ => plain = true,
            }
        }
    }
    (plain, ra)
}

/// Whether a `str.format` template uses (plain fields, `!r`/`!a` fields);
/// nested fields in a spec count as plain.
fn format_conversions(t: &str) -> (bool, bool) {
    use crate::format::fields::FormatPiece;
    let (pieces, _) = crate::format::fields::parse_format_string_partial(t);
    let (mut plain, mut ra) = (false, false);
    for p in &pieces {
        if let FormatPiece::Field(f) = p {
            match f.conversion {
                Some('r') | Some('a') => ra = true,
                _ => plain = true,
            }
            plain |= f.spec_has_fields;
        }
    }
    (plain, ra)
}

fn refuse_format(vm: &mut Vm, what: &str) -> crate::vm::PyErr {
    let msg = format!(
        "Kaa does not support {what} mixing !r/!a (or %r/%a) with other fields when the arguments hold lone surrogates"
    );
    vm.new_error("NotImplementedError", &msg)
}

/// `fmt % args` when the template holds lone surrogates: the template and
/// the str arguments are escaped (see the module documentation) unless
/// `%r`/`%a` would show an escaped argument. `None` for a plain template
/// (the ordinary path, exact for wide arguments:
/// `builtins::strformat_exact`).
pub fn percent(vm: &mut Vm, fmt: &Rc<PyStr>, args: &Value) -> Option<PyResult<Value>> {
    if !fmt.is_wide() {
        return None;
    }
    let dict_values: Option<Vec<(Value, Value)>> = match args.payload() {
        Some(Payload::Dict(d)) => Some(
            d.borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect(),
        ),
        _ => None,
    };
    let wide_args = wide_value(args)
        || dict_values
            .as_ref()
            .is_some_and(|kv| kv.iter().any(|(_, v)| wide_value(v)));
    let (_, ra) = printf_conversions(fmt.as_str());
    if ra && wide_args {
        return Some(Err(refuse_format(vm, "%-formatting")));
    }
    let mut strs: Vec<Rc<PyStr>> = vec![fmt.clone()];
    strs.extend(str_operands(&Args::new(std::slice::from_ref(args))));
    if let Some(kv) = &dict_values {
        strs.extend(kv.iter().filter_map(|(_, v)| v.as_pystr().cloned()));
    }
    let Some(base) = free_block(strs.iter().map(|s| &**s)) else {
        return Some(Err(refuse_format(vm, "%-formatting")));
    };
    let efmt = escape(fmt, base);
    let eargs = match dict_values {
        Some(kv) => {
            let d = vm.new_dict();
            for (k, v) in kv {
                let v = escape_value(vm, &v, base);
                if let Err(e) = vm.dict_set(&d, k, v) {
                    return Some(Err(e));
                }
            }
            d
        }
        None => escape_value(vm, args, base),
    };
    let r = crate::builtins::strformat::percent_format(vm, &efmt, &eargs);
    Some(r.map(|v| unescape_value(vm, v, base)))
}

/// `template.format(...)` (the method `f`) when an operand holds lone
/// surrogates: escaped like [`percent`]. `None` for the ordinary path.
pub fn format_call(vm: &mut Vm, args: &Args<'_>, f: NativeFn) -> Option<PyResult<Value>> {
    let template = args.pos.first().and_then(|v| v.as_pystr()).cloned()?;
    if !template.is_wide() {
        // Wide arguments of a plain template are exact on the ordinary
        // path (`builtins::strformat_exact`).
        return None;
    }
    let is_wide = |v: &Value| v.as_pystr().is_some_and(|s| s.is_wide());
    let wide_args = args.pos[1..].iter().any(is_wide) || args.kw.iter().any(|(_, v)| is_wide(v));
    let (_, ra) = format_conversions(template.as_str());
    if ra && wide_args {
        return Some(Err(refuse_format(vm, "str.format")));
    }
    let strs: Vec<Rc<PyStr>> = args
        .pos
        .iter()
        .chain(args.kw.iter().map(|(_, v)| v))
        .filter_map(|v| v.as_pystr().cloned())
        .collect();
    let Some(base) = free_block(strs.iter().map(|s| &**s)) else {
        return Some(Err(refuse_format(vm, "str.format")));
    };
    let top = |v: &Value| match v.as_pystr() {
        Some(s) if s.is_wide() => Value::Str(escape(s, base)),
        _ => v.clone(),
    };
    let pos: Vec<Value> = args.pos.iter().map(top).collect();
    let kw: Vec<(Rc<PyStr>, Value)> = args.kw.iter().map(|(k, v)| (k.clone(), top(v))).collect();
    let r = f(vm, Args { pos: &pos, kw: &kw });
    Some(r.map(|v| unescape_value(vm, v, base)))
}

/// `template.format_map(mapping)` when the template holds lone surrogates:
/// escaped like [`percent`] (with the str keys and values of an exact dict
/// `mapping`). `None` for the ordinary path.
pub fn format_map_call(
    vm: &mut Vm,
    template: &Rc<PyStr>,
    mapping: &Value,
) -> Option<PyResult<Value>> {
    if !template.is_wide() {
        return None;
    }
    let exact_dict = mapping
        .as_obj()
        .is_some_and(|_| Rc::ptr_eq(vm.type_of(mapping), &vm.types.dict));
    let entries: Vec<(Value, Value)> = match mapping.payload() {
        Some(Payload::Dict(d)) if exact_dict => d
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect(),
        _ => Vec::new(),
    };
    let is_wide = |v: &Value| v.as_pystr().is_some_and(|s| s.is_wide());
    let (_, ra) = format_conversions(template.as_str());
    if ra && entries.iter().any(|(_, v)| is_wide(v)) {
        return Some(Err(refuse_format(vm, "str.format_map")));
    }
    let mut strs: Vec<Rc<PyStr>> = vec![template.clone()];
    for (k, v) in &entries {
        strs.extend(k.as_pystr().cloned());
        strs.extend(v.as_pystr().cloned());
    }
    let Some(base) = free_block(strs.iter().map(|s| &**s)) else {
        return Some(Err(refuse_format(vm, "str.format_map")));
    };
    let m = if exact_dict {
        let d = vm.new_dict();
        for (k, v) in entries {
            let (k, v) = (escape_value(vm, &k, base), escape_value(vm, &v, base));
            if let Err(e) = vm.dict_set(&d, k, v) {
                return Some(Err(e));
            }
        }
        d
    } else {
        mapping.clone()
    };
    let t = escape(template, base);
    let r = crate::builtins::strformat::str_format_map(vm, t.as_str(), &m);
    Some(r.map(|s| Value::Str(unescape_str(&Rc::new(s), base))))
}

/// `format(s, spec)` / `s.__format__(spec)` for a str with lone surrogates
/// (or a spec with them).
pub fn format_str(vm: &mut Vm, s: &Rc<PyStr>, spec: &Rc<PyStr>) -> PyResult<Value> {
    let Some(base) = free_block([&**s, &**spec].into_iter()) else {
        return Err(refuse_format(vm, "format()"));
    };
    let (es, espec) = (escape(s, base), escape(spec, base));
    let out = crate::builtins::strformat::format_value(vm, &Value::Str(es), espec.as_str())?;
    Ok(Value::Str(unescape_str(
        &Rc::new(PyStr::from_string(out)),
        base,
    )))
}

/// The message `head + s + tail` as an exact str (for error messages that
/// quote a name holding lone surrogates).
pub fn message_with(head: &str, s: &PyStr, tail: &str) -> Value {
    let mut b = Builder::with_capacity(head.len() + s.s.len() + tail.len());
    b.push_text(head);
    b.push_str(s);
    b.push_text(tail);
    Value::Str(Rc::new(b.finish()))
}

/// `s` with each lone surrogate written as `\udXXX` (the `backslashreplace`
/// form in which CPython's stderr shows them).
pub fn backslashed(s: &PyStr) -> String {
    let mut out = String::with_capacity(s.s.len());
    for cp in s.s.code_points() {
        match char::from_u32(cp) {
            Some(c) => out.push(c),
            None => out.push_str(&format!("\\u{cp:04x}")),
        }
    }
    out
}

/// For an exception whose only argument is a str with lone surrogates and
/// whose `str()` gave that argument's lossy text: the exact argument.
pub fn exact_exc_str(v: &Value, text: &str) -> Option<Rc<PyStr>> {
    let Some(Payload::Exception(d)) = v.payload() else {
        return None;
    };
    let args = d.borrow().args.clone();
    let Some(Payload::Tuple(items)) = args.payload() else {
        return None;
    };
    match &items[..] {
        [only] => only
            .as_pystr()
            .filter(|s| s.is_wide() && s.as_str() == text)
            .cloned(),
        _ => None,
    }
}
