//! `_kaa_re`: the native half of `re`, exposing [`crate::regex`] to `lib/re.py`.
//!
//! Patterns are passed by value (str or bytes plus the flags) and compiled
//! programs are kept in a small per-thread cache, so no opaque handle type is
//! needed. Functions:
//! - `compile(pattern, flags)` → `(flags, groups, groupindex)` or `(exc_name, message)`
//! - `match(pattern, flags, string, pos, endpos, mode)` → `(lastindex, s0, e0, s1, e1, ...)` or None;
//!   mode 0 = match, 1 = search, 2 = fullmatch; -1 marks an unset group or lastindex
//! - `scan(pattern, flags, string, pos, endpos, limit, mode)` → list of such tuples;
//!   mode 0 = findall/finditer, 1 = sub, 2 = split (CPython 3.4's empty-match rules); limit 0 = all
//! - `template(pattern, flags, repl)` → list of str/bytes literals and int group numbers,
//!   or `(exc_name, message)`
//! - `findall(pattern, flags, string, pos, endpos)` → the list `findall` returns
//! - `split(pattern, flags, string, maxsplit)` → the list `split` returns
//! - `sub(pattern, flags, repl, string, count)` (template `repl`) → `(new_string, n)`,
//!   or `[exc_name, message]`

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::{add_functions, namespace, set};
use crate::builtins::Method;
use crate::objects::{Payload, Value};
use crate::regex::scan::{scan as scan_matches, ScanMode};
use crate::regex::template::{self, Piece};
use crate::regex::{wide, Anchor, Captures, MatchError, Regex, RegexError, Stop, Unit};
use crate::vm::{Args, PyErr, PyResult, Vm};

/// Compiled patterns kept per thread (cleared when full, like CPython's `re` cache).
const CACHE_SIZE: usize = 256;

/// (bytes pattern?, flags) → pattern text (UTF-8 or raw bytes) → program.
type Cache = HashMap<(bool, i64), HashMap<Vec<u8>, Rc<Regex>>>;

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(HashMap::new());
}

fn cached(is_bytes: bool, flags: i64, text: &[u8]) -> Option<Rc<Regex>> {
    CACHE.with(|c| {
        c.borrow()
            .get(&(is_bytes, flags))
            .and_then(|m| m.get(text))
            .cloned()
    })
}

/// A pattern or subject argument, as code units.
enum Units {
    Bytes(Vec<u8>),
    Ascii(Rc<crate::objects::PyStr>),
    Chars(Vec<char>),
    /// The exact code points of a str holding lone surrogates.
    Wide(Vec<u32>),
}

fn units_of(v: &Value) -> Option<(Units, bool)> {
    if let Some(s) = v.as_pystr() {
        return Some(if s.is_wide() {
            (Units::Wide(s.s.to_code_points()), false)
        } else if s.is_ascii() {
            (Units::Ascii(s.clone()), false)
        } else {
            (Units::Chars(s.as_str().chars().collect()), false)
        });
    }
    match v.payload()? {
        Payload::Bytes(b) => Some((Units::Bytes(b.to_vec()), true)),
        Payload::ByteArray(b) => Some((Units::Bytes(b.borrow().clone()), true)),
        _ => None,
    }
}

fn arg<'a>(vm: &mut Vm, args: &Args<'a>, i: usize) -> PyResult<&'a Value> {
    args.get(i)
        .ok_or_else(|| vm.new_error("TypeError", "_kaa_re: missing argument"))
}

fn int_arg(vm: &mut Vm, args: &Args<'_>, i: usize) -> PyResult<i64> {
    let v = arg(vm, args, i)?.clone();
    vm.index_value(&v)
}

/// The compiled form of `(pattern, flags)`, from the cache or freshly compiled.
fn regex_of(vm: &mut Vm, pattern: &Value, flags: i64) -> PyResult<Result<Rc<Regex>, RegexError>> {
    // Fast path: a cached str or bytes pattern, looked up without copying it.
    let hit = match (pattern.as_pystr(), pattern.payload()) {
        (Some(p), _) if !p.is_wide() => cached(false, flags, p.as_str().as_bytes()),
        (None, Some(Payload::Bytes(b))) => cached(true, flags, b),
        _ => None,
    };
    if let Some(re) = hit {
        return Ok(Ok(re));
    }
    let (units, is_bytes) = units_of(pattern).ok_or_else(|| {
        vm.new_error(
            "TypeError",
            "first argument must be string or compiled pattern",
        )
    })?;
    let key: Vec<u8> = match &units {
        Units::Bytes(b) => b.clone(),
        Units::Ascii(s) => s.as_str().as_bytes().to_vec(),
        Units::Chars(c) => c.iter().collect::<String>().into_bytes(),
        Units::Wide(c) => wide_key(c),
    };
    if let Some(re) = cached(is_bytes, flags, &key) {
        return Ok(Ok(re));
    }
    let flags_key = flags;
    let flags = u32::try_from(flags).unwrap_or(0);
    let compiled = match units {
        Units::Bytes(b) => {
            let chars: Vec<char> = b.iter().map(|&x| x as char).collect();
            Regex::new(&chars, flags, true)
        }
        Units::Ascii(s) => Regex::new(&s.as_str().chars().collect::<Vec<_>>(), flags, false),
        Units::Chars(c) => Regex::new(&c, flags, false),
        Units::Wide(c) => Regex::from_code_points(&c, flags),
    };
    match compiled {
        Ok(re) => {
            let re = Rc::new(re);
            CACHE.with(|c| {
                let mut c = c.borrow_mut();
                if c.values().map(HashMap::len).sum::<usize>() >= CACHE_SIZE {
                    c.clear();
                }
                c.entry((is_bytes, flags_key))
                    .or_default()
                    .insert(key, re.clone());
            });
            Ok(Ok(re))
        }
        Err(e) => Ok(Err(e)),
    }
}

fn error_pair(vm: &mut Vm, e: &RegexError) -> Value {
    vm.new_tuple(vec![
        Value::str(e.kind.py_name()),
        Value::string(e.message.clone()),
    ])
}

fn compiled(vm: &mut Vm, args: &Args<'_>) -> PyResult<Rc<Regex>> {
    let pattern = arg(vm, args, 0)?.clone();
    let flags = int_arg(vm, args, 1)?;
    match regex_of(vm, &pattern, flags)? {
        Ok(re) => Ok(re),
        Err(e) => Err(vm.new_error("ValueError", &e.message)),
    }
}

fn compile(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pattern = arg(vm, &args, 0)?.clone();
    let flags = int_arg(vm, &args, 1)?;
    match regex_of(vm, &pattern, flags)? {
        Err(e) => Ok(error_pair(vm, &e)),
        Ok(re) => {
            let d = vm.new_dict();
            for (name, g) in &re.names {
                vm.dict_set(&d, Value::str(name), Value::Int(*g as i64))?;
            }
            Ok(vm.new_tuple(vec![
                Value::Int(re.flags as i64),
                Value::Int(re.groups as i64),
                d,
            ]))
        }
    }
}

fn caps_tuple(vm: &mut Vm, c: &Captures) -> Value {
    let mut items = Vec::with_capacity(c.slots.len() + 1);
    items.push(Value::Int(c.lastindex as i64));
    items.extend(c.slots.iter().map(|&s| Value::Int(s as i64)));
    vm.new_tuple(items)
}

/// Clamps pos/endpos as `_sre` does.
fn bounds(len: usize, pos: i64, endpos: i64) -> (usize, usize) {
    let clamp = |v: i64| v.clamp(0, len as i64) as usize;
    (clamp(pos), clamp(endpos))
}

/// Runs `f` over the subject's code units with a budget that ticks the VM.
fn with_subject<R>(
    vm: &mut Vm,
    subject: &Value,
    f: &mut dyn FnMut(&mut Vm, &dyn Subject) -> Result<R, MatchError>,
    stopped: &RefCell<Option<PyErr>>,
) -> PyResult<R> {
    let (units, _) =
        units_of(subject).ok_or_else(|| vm.new_error("TypeError", "expected string or buffer"))?;
    let r = match &units {
        Units::Bytes(b) => f(vm, &b.as_slice()),
        Units::Ascii(s) => f(vm, &s.as_str().as_bytes()),
        Units::Chars(c) => f(vm, &c.as_slice()),
        Units::Wide(c) => f(vm, &c.as_slice()),
    };
    match r {
        Ok(v) => Ok(v),
        Err(MatchError::Stopped) => Err(stopped
            .borrow_mut()
            .take()
            .unwrap_or_else(|| vm.new_error("RuntimeError", "regex stopped"))),
        Err(MatchError::TooDeep) => {
            Err(vm.new_error("RuntimeError", "maximum recursion limit exceeded"))
        }
    }
}

/// A subject text of either unit type, so the VM glue is written once.
trait Subject {
    fn len(&self) -> usize;
    fn exec(
        &self,
        re: &Regex,
        start: usize,
        end: usize,
        anchor: Anchor,
        budget: crate::regex::Budget<'_>,
    ) -> Result<Option<Captures>, MatchError>;
    fn scan(
        &self,
        re: &Regex,
        start: usize,
        end: usize,
        limit: usize,
        mode: ScanMode,
        budget: crate::regex::Budget<'_>,
    ) -> Result<Vec<Captures>, MatchError>;
}

impl<T: Unit> Subject for &[T] {
    fn len(&self) -> usize {
        <[T]>::len(self)
    }
    fn exec(
        &self,
        re: &Regex,
        start: usize,
        end: usize,
        anchor: Anchor,
        budget: crate::regex::Budget<'_>,
    ) -> Result<Option<Captures>, MatchError> {
        re.exec(self.get(..end).unwrap_or(self), start, anchor, budget)
    }
    fn scan(
        &self,
        re: &Regex,
        start: usize,
        end: usize,
        limit: usize,
        mode: ScanMode,
        budget: crate::regex::Budget<'_>,
    ) -> Result<Vec<Captures>, MatchError> {
        scan_matches(
            re,
            self.get(..end).unwrap_or(self),
            start,
            limit,
            mode,
            budget,
        )
    }
}

fn ticker<'a>(
    vm: &'a mut Vm,
    stopped: &'a RefCell<Option<PyErr>>,
) -> impl FnMut(u64) -> Result<(), Stop> + 'a {
    move |n| {
        vm.tick(n).map_err(|e| {
            *stopped.borrow_mut() = Some(e);
            Stop
        })
    }
}

fn match_(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let re = compiled(vm, &args)?;
    let subject = arg(vm, &args, 2)?.clone();
    let pos = int_arg(vm, &args, 3)?;
    let endpos = int_arg(vm, &args, 4)?;
    let anchor = match int_arg(vm, &args, 5)? {
        0 => Anchor::Start,
        1 => Anchor::Search,
        _ => Anchor::Full,
    };
    let stopped = RefCell::new(None);
    let r = with_subject(
        vm,
        &subject,
        &mut |vm, s| {
            let (start, end) = bounds(s.len(), pos, endpos);
            if start > end {
                return Ok(None);
            }
            let mut budget = ticker(vm, &stopped);
            s.exec(&re, start, end, anchor, &mut budget)
        },
        &stopped,
    )?;
    Ok(match r {
        Some(c) => caps_tuple(vm, &c),
        None => Value::None,
    })
}

/// Successive matches of `re` in `subject` (see [`ScanMode`]).
fn run_scan(
    vm: &mut Vm,
    re: &Regex,
    subject: &Value,
    pos: i64,
    endpos: i64,
    limit: usize,
    mode: ScanMode,
) -> PyResult<Vec<Captures>> {
    let stopped = RefCell::new(None);
    with_subject(
        vm,
        subject,
        &mut |vm, s| {
            let (start, end) = bounds(s.len(), pos, endpos);
            if start > end {
                return Ok(Vec::new());
            }
            let mut budget = ticker(vm, &stopped);
            s.scan(re, start, end, limit, mode, &mut budget)
        },
        &stopped,
    )
}

fn scan(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let re = compiled(vm, &args)?;
    let subject = arg(vm, &args, 2)?.clone();
    let pos = int_arg(vm, &args, 3)?;
    let endpos = int_arg(vm, &args, 4)?;
    let limit = int_arg(vm, &args, 5)?.max(0) as usize;
    let mode = match int_arg(vm, &args, 6)? {
        0 => ScanMode::FindAll,
        1 => ScanMode::Sub,
        _ => ScanMode::Split,
    };
    let found = run_scan(vm, &re, &subject, pos, endpos, limit, mode)?;
    let items: Vec<Value> = found.iter().map(|c| caps_tuple(vm, c)).collect();
    Ok(vm.new_list(items))
}

/// `subject[s:e]` as a str or bytes value (None for an unset group).
fn slice_value(vm: &mut Vm, units: &Units, s: isize, e: isize) -> Value {
    if s < 0 || e < s {
        return Value::None;
    }
    let (s, e) = (s as usize, e as usize);
    match units {
        Units::Ascii(p) => Value::str(p.as_str().get(s..e).unwrap_or("")),
        Units::Chars(c) => Value::string(c.get(s..e).unwrap_or(&[]).iter().collect()),
        Units::Wide(c) => wide_value(c.get(s..e).unwrap_or(&[]).to_vec()),
        Units::Bytes(b) => vm.new_bytes(b.get(s..e).unwrap_or(&[]).to_vec()),
    }
}

fn slot(c: &Captures, i: usize) -> isize {
    c.slots.get(i).copied().unwrap_or(-1)
}

/// `findall(pattern, flags, string, pos, endpos)`: the list `Pattern.findall` returns.
fn findall(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let re = compiled(vm, &args)?;
    let subject = arg(vm, &args, 2)?.clone();
    let pos = int_arg(vm, &args, 3)?;
    let endpos = int_arg(vm, &args, 4)?;
    let found = run_scan(vm, &re, &subject, pos, endpos, 0, ScanMode::FindAll)?;
    let (units, _) =
        units_of(&subject).ok_or_else(|| vm.new_error("TypeError", "expected string or buffer"))?;
    let mut out = Vec::with_capacity(found.len());
    for c in &found {
        let item = |vm: &mut Vm, g: usize| match slice_value(
            vm,
            &units,
            slot(c, 2 * g),
            slot(c, 2 * g + 1),
        ) {
            Value::None => slice_value(vm, &units, 0, 0),
            v => v,
        };
        out.push(match re.groups {
            0 => item(vm, 0),
            1 => item(vm, 1),
            n => {
                let parts: Vec<Value> = (1..=n).map(|g| item(vm, g)).collect();
                vm.new_tuple(parts)
            }
        });
    }
    Ok(vm.new_list(out))
}

/// `split(pattern, flags, string, maxsplit)`: the list `Pattern.split` returns.
fn split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let re = compiled(vm, &args)?;
    let subject = arg(vm, &args, 2)?.clone();
    let maxsplit = int_arg(vm, &args, 3)?;
    let found = if maxsplit < 0 {
        Vec::new()
    } else {
        run_scan(
            vm,
            &re,
            &subject,
            0,
            i64::MAX,
            maxsplit as usize,
            ScanMode::Split,
        )?
    };
    let (units, _) =
        units_of(&subject).ok_or_else(|| vm.new_error("TypeError", "expected string or buffer"))?;
    let len = units.len() as isize;
    let mut out = Vec::new();
    let mut last = 0isize;
    for c in &found {
        out.push(slice_value(vm, &units, last, slot(c, 0)));
        for g in 1..=re.groups {
            out.push(slice_value(vm, &units, slot(c, 2 * g), slot(c, 2 * g + 1)));
        }
        last = slot(c, 1);
    }
    out.push(slice_value(vm, &units, last, len));
    Ok(vm.new_list(out))
}

/// `sub(pattern, flags, repl, string, count)` for a template `repl`: `(new, n)`,
/// or `[exc_name, message]` for a bad template or group reference.
fn sub(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let re = compiled(vm, &args)?;
    let repl = arg(vm, &args, 2)?.clone();
    let subject = arg(vm, &args, 3)?.clone();
    let count = int_arg(vm, &args, 4)?;
    let (repl_units, _) = units_of(&repl)
        .ok_or_else(|| vm.new_error("TypeError", "expected str or bytes-like object"))?;
    let pieces = match template_pieces(&repl_units, &re) {
        Ok(p) => p,
        Err(e) => {
            let items = vec![
                Value::str(e.kind.py_name()),
                Value::string(e.message.clone()),
            ];
            return Ok(vm.new_list(items));
        }
    };
    let found = if count < 0 {
        Vec::new()
    } else {
        run_scan(
            vm,
            &re,
            &subject,
            0,
            i64::MAX,
            count as usize,
            ScanMode::Sub,
        )?
    };
    let (units, _) =
        units_of(&subject).ok_or_else(|| vm.new_error("TypeError", "expected string or buffer"))?;
    let mut out: Vec<u32> = Vec::with_capacity(units.len());
    let mut last = 0usize;
    for c in &found {
        let b = slot(c, 0).max(0) as usize;
        units.push_range(&mut out, last, b);
        for p in &pieces {
            match p {
                Piece::Literal(cs) => out.extend_from_slice(cs),
                Piece::Group(g) => {
                    let err = if *g > re.groups {
                        Some("invalid group reference")
                    } else if slot(c, 2 * g) < 0 {
                        Some("unmatched group")
                    } else {
                        None
                    };
                    if let Some(msg) = err {
                        let items = vec![Value::str("error"), Value::str(msg)];
                        return Ok(vm.new_list(items));
                    }
                    units.push_range(
                        &mut out,
                        slot(c, 2 * g) as usize,
                        slot(c, 2 * g + 1) as usize,
                    );
                }
            }
        }
        last = slot(c, 1).max(0) as usize;
    }
    units.push_range(&mut out, last, units.len());
    vm.tick(out.len() as u64 / 16)?;
    let text = match units {
        Units::Bytes(_) => vm.new_bytes(out.iter().map(|&c| c as u8).collect()),
        _ => wide_value(out),
    };
    Ok(vm.new_tuple(vec![text, Value::Int(found.len() as i64)]))
}

impl Units {
    fn len(&self) -> usize {
        match self {
            Units::Bytes(b) => b.len(),
            Units::Ascii(s) => s.as_str().len(),
            Units::Chars(c) => c.len(),
            Units::Wide(c) => c.len(),
        }
    }

    fn chars(&self) -> Vec<char> {
        match self {
            Units::Bytes(b) => b.iter().map(|&x| x as char).collect(),
            Units::Ascii(s) => s.as_str().chars().collect(),
            Units::Chars(c) => c.clone(),
            Units::Wide(c) => c.iter().filter_map(|&x| char::from_u32(x)).collect(),
        }
    }

    fn push_range(&self, out: &mut Vec<u32>, s: usize, e: usize) {
        match self {
            Units::Bytes(b) => out.extend(b.get(s..e).unwrap_or(&[]).iter().map(|&x| x as u32)),
            Units::Ascii(p) => out.extend(
                p.as_str()
                    .as_bytes()
                    .get(s..e)
                    .unwrap_or(&[])
                    .iter()
                    .map(|&x| x as u32),
            ),
            Units::Chars(c) => out.extend(c.get(s..e).unwrap_or(&[]).iter().map(|&x| x as u32)),
            Units::Wide(c) => out.extend_from_slice(c.get(s..e).unwrap_or(&[])),
        }
    }
}

/// A str built from code points (exact for lone surrogates).
fn wide_value(cps: Vec<u32>) -> Value {
    Value::Str(Rc::new(crate::objects::PyStr::from_code_points(cps)))
}

/// The cache key of a pattern with lone surrogates: its code points in
/// UTF-8 with surrogates encoded as `surrogatepass` does (bytes that valid
/// UTF-8, the key of every other str pattern, never holds).
fn wide_key(cps: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(cps.len() * 3);
    for &cp in cps {
        match char::from_u32(cp) {
            Some(c) => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
            None => out.extend_from_slice(&[
                0xe0 | (cp >> 12) as u8,
                0x80 | ((cp >> 6) & 0x3f) as u8,
                0x80 | (cp & 0x3f) as u8,
            ]),
        }
    }
    out
}

/// The parsed replacement template `repl` (exact when it holds lone
/// surrogates: parsed escaped, see `regex::wide`).
fn template_pieces(repl: &Units, re: &Regex) -> Result<Vec<Piece>, RegexError> {
    let Units::Wide(cps) = repl else {
        return template::parse(&repl.chars(), re);
    };
    let base = wide::free_base(cps).ok_or_else(wide::no_free_block)?;
    let mut pieces = template::parse(&wide::escape(cps, base), re)?;
    for p in &mut pieces {
        if let Piece::Literal(cs) = p {
            cs.iter_mut().for_each(|c| *c = wide::unescape(*c, base));
        }
    }
    Ok(pieces)
}

fn template_(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let re = compiled(vm, &args)?;
    let repl = arg(vm, &args, 2)?.clone();
    let (units, is_bytes) = units_of(&repl)
        .ok_or_else(|| vm.new_error("TypeError", "expected str or bytes-like object"))?;
    match template_pieces(&units, &re) {
        Err(e) => Ok(error_pair(vm, &e)),
        Ok(pieces) => {
            let mut items = Vec::with_capacity(pieces.len());
            for p in pieces {
                items.push(match p {
                    Piece::Group(g) => Value::Int(g as i64),
                    Piece::Literal(cs) if is_bytes => {
                        vm.new_bytes(cs.iter().map(|&c| c as u8).collect())
                    }
                    Piece::Literal(cs) => wide_value(cs),
                });
            }
            Ok(vm.new_list(items))
        }
    }
}

const FUNCTIONS: &[Method] = &[
    ("compile", compile),
    ("match", match_),
    ("scan", scan),
    ("template", template_),
    ("findall", findall),
    ("split", split),
    ("sub", sub),
];

/// Creates `_kaa_re`.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let ns = namespace(vm);
    add_functions(vm, &ns, FUNCTIONS);
    set(
        vm,
        &ns,
        "MAXREPEAT",
        Value::Int(crate::regex::ast::MAXREPEAT as i64),
    );
    Ok(vm.new_module("_kaa_re", ns))
}
