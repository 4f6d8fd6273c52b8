//! The native JSON scanner behind `json.JSONDecoder.raw_decode`
//! (`_kaa_json.scan`).
//!
//! It accepts exactly the language of the Python scanner in
//! `interp/lib/json/decoder.py` and builds the same values, calling the
//! decoder's hooks in the same order. It does not word errors: on any
//! syntax error it reports [`Scan::Invalid`] and the Python module re-scans
//! the text without hooks to raise CPython's `ValueError` message (errors
//! depend only on the text, so the position and wording are the same).
//!
//! Nesting is kept on an explicit stack (no native recursion); its depth
//! counts against the recursion limit as CPython's C scanner does.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::objects::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// The decoder's optional callables (`None` = the built-in behaviour).
pub struct Hooks {
    /// `object_hook(dict)`.
    pub object: Option<Value>,
    /// `object_pairs_hook(list_of_pairs)` (wins over `object`).
    pub object_pairs: Option<Value>,
    /// `parse_float(text)`; `None` = `float`.
    pub parse_float: Option<Value>,
    /// `parse_int(text)`; `None` = `int`.
    pub parse_int: Option<Value>,
    /// `parse_constant(name)`; `None` = the float constants.
    pub parse_constant: Option<Value>,
}

/// The result of a scan.
pub enum Scan {
    /// The value and the byte offset just after it.
    Value(Value, usize),
    /// The text is not valid JSON at some point (the Python scanner words it).
    Invalid,
}

/// Why scanning stopped early.
enum Stop {
    Invalid,
    Raised(PyErr),
}

impl From<PyErr> for Stop {
    fn from(e: PyErr) -> Stop {
        Stop::Raised(e)
    }
}

/// An array or object still open.
enum Open {
    Array(Vec<Value>),
    /// Pairs so far and the key whose value is being scanned.
    Object(Vec<(Value, Value)>, Value),
}

/// FNV-1a, for the key memo (keys are short; SipHash dominated).
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Memo = HashMap<String, Value, BuildHasherDefault<Fnv>>;

/// Bytes scanned between two charges to the work budget.
const CHARGE_BYTES: usize = 1 << 15;

/// Scans one JSON value of `text` starting at byte offset `start`.
pub fn scan(vm: &mut Vm, text: &str, start: usize, strict: bool, hooks: &Hooks) -> PyResult<Scan> {
    let mut scanner = Scanner {
        vm,
        text,
        bytes: text.as_bytes(),
        strict,
        hooks,
        memo: Memo::default(),
        charged: start,
    };
    match scanner.document(start) {
        Ok((v, end)) => Ok(Scan::Value(v, end)),
        Err(Stop::Invalid) => Ok(Scan::Invalid),
        Err(Stop::Raised(e)) => Err(e),
    }
}

struct Scanner<'a, 'v> {
    vm: &'v mut Vm,
    text: &'a str,
    bytes: &'a [u8],
    strict: bool,
    hooks: &'a Hooks,
    /// Object keys seen so far, shared (as the Python scanner's memo).
    memo: Memo,
    /// Offset up to which work has been charged.
    charged: usize,
}

impl<'a> Scanner<'a, '_> {
    fn at(&self, pos: usize) -> Option<u8> {
        self.bytes.get(pos).copied()
    }

    fn skip_ws(&self, mut pos: usize) -> usize {
        while matches!(self.at(pos), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            pos += 1;
        }
        pos
    }

    fn charge(&mut self, pos: usize) -> Result<(), Stop> {
        if pos >= self.charged + CHARGE_BYTES {
            self.vm.charge_work(((pos - self.charged) / 8) as u64)?;
            self.charged = pos;
        }
        Ok(())
    }

    fn document(&mut self, start: usize) -> Result<(Value, usize), Stop> {
        let mut stack: Vec<Open> = Vec::new();
        let mut pos = start;
        'value: loop {
            self.charge(pos)?;
            let (mut v, next) = match self.at(pos) {
                Some(b'{') => {
                    let p = self.skip_ws(pos + 1);
                    match self.at(p) {
                        Some(b'}') => (self.finish_object(Vec::new())?, p + 1),
                        Some(b'"') => {
                            self.enter(stack.len(), "object")?;
                            let (key, p) = self.key(p + 1)?;
                            pos = self.colon(p)?;
                            stack.push(Open::Object(Vec::new(), key));
                            continue 'value;
                        }
                        _ => return Err(Stop::Invalid),
                    }
                }
                Some(b'[') => {
                    let p = self.skip_ws(pos + 1);
                    if self.at(p) == Some(b']') {
                        (self.vm.new_list(Vec::new()), p + 1)
                    } else {
                        self.enter(stack.len(), "array")?;
                        stack.push(Open::Array(Vec::new()));
                        pos = p;
                        continue 'value;
                    }
                }
                _ => self.scalar(pos)?,
            };
            pos = next;
            // Attach the finished value to the open containers, closing
            // those that end here.
            loop {
                match stack.last_mut() {
                    None => return Ok((v, pos)),
                    Some(Open::Array(items)) => {
                        items.push(v);
                        pos = self.skip_ws(pos);
                        match self.at(pos) {
                            Some(b',') => {
                                pos = self.skip_ws(pos + 1);
                                continue 'value;
                            }
                            Some(b']') => {
                                pos += 1;
                                let Some(Open::Array(items)) = stack.pop() else {
                                    return Err(Stop::Invalid);
                                };
                                v = self.vm.new_list(items);
                            }
                            _ => return Err(Stop::Invalid),
                        }
                    }
                    Some(Open::Object(pairs, key)) => {
                        pairs.push((std::mem::take(key), v));
                        pos = self.skip_ws(pos);
                        match self.at(pos) {
                            Some(b',') => {
                                pos = self.skip_ws(pos + 1);
                                if self.at(pos) != Some(b'"') {
                                    return Err(Stop::Invalid);
                                }
                                let (k, p) = self.key(pos + 1)?;
                                pos = self.colon(p)?;
                                if let Some(Open::Object(_, key)) = stack.last_mut() {
                                    *key = k;
                                }
                                continue 'value;
                            }
                            Some(b'}') => {
                                pos += 1;
                                let Some(Open::Object(pairs, _)) = stack.pop() else {
                                    return Err(Stop::Invalid);
                                };
                                v = self.finish_object(pairs)?;
                            }
                            _ => return Err(Stop::Invalid),
                        }
                    }
                }
            }
        }
    }

    /// Fails with CPython's RecursionError text when one more open
    /// container would pass the recursion limit.
    fn enter(&mut self, open: usize, what: &str) -> Result<(), Stop> {
        let depth = self.vm.depth as usize + open + 1;
        if depth >= self.vm.recursion_limit as usize {
            let msg = format!(
                "maximum recursion depth exceeded while decoding a JSON {} from a unicode string",
                what
            );
            return Err(Stop::Raised(self.vm.new_error("RuntimeError", &msg)));
        }
        Ok(())
    }

    /// After a key: optional whitespace, `:`, optional whitespace.
    fn colon(&self, pos: usize) -> Result<usize, Stop> {
        let p = self.skip_ws(pos);
        if self.at(p) != Some(b':') {
            return Err(Stop::Invalid);
        }
        Ok(self.skip_ws(p + 1))
    }

    fn finish_object(&mut self, pairs: Vec<(Value, Value)>) -> Result<Value, Stop> {
        if let Some(hook) = &self.hooks.object_pairs {
            let items = pairs
                .into_iter()
                .map(|(k, v)| self.vm.new_tuple(vec![k, v]))
                .collect();
            let list = self.vm.new_list(items);
            return Ok(self.vm.call(hook, Args::new(&[list]))?);
        }
        let d = self.vm.new_dict();
        for (k, v) in pairs {
            self.vm.dict_set(&d, k, v)?;
        }
        match &self.hooks.object {
            Some(hook) => Ok(self.vm.call(hook, Args::new(&[d]))?),
            None => Ok(d),
        }
    }

    fn scalar(&mut self, pos: usize) -> Result<(Value, usize), Stop> {
        let bytes = self.bytes;
        let rest = &bytes[pos.min(bytes.len())..];
        match rest.first() {
            Some(b'"') => {
                let (s, end) = self.string(pos + 1)?;
                Ok((Value::string(s.into_owned()), end))
            }
            Some(b'n') if rest.starts_with(b"null") => Ok((Value::None, pos + 4)),
            Some(b't') if rest.starts_with(b"true") => Ok((Value::Bool(true), pos + 4)),
            Some(b'f') if rest.starts_with(b"false") => Ok((Value::Bool(false), pos + 5)),
            Some(b'0'..=b'9' | b'-') => match self.number(pos)? {
                Some(found) => Ok(found),
                None if rest.starts_with(b"-Infinity") => self.constant("-Infinity", pos),
                None => Err(Stop::Invalid),
            },
            Some(b'N') if rest.starts_with(b"NaN") => self.constant("NaN", pos),
            Some(b'I') if rest.starts_with(b"Infinity") => self.constant("Infinity", pos),
            _ => Err(Stop::Invalid),
        }
    }

    fn constant(&mut self, name: &str, pos: usize) -> Result<(Value, usize), Stop> {
        let v = match &self.hooks.parse_constant {
            Some(hook) => self.vm.call(hook, Args::new(&[Value::str(name)]))?,
            None => Value::Float(match name {
                "NaN" => f64::NAN,
                "Infinity" => f64::INFINITY,
                _ => f64::NEG_INFINITY,
            }),
        };
        Ok((v, pos + name.len()))
    }

    /// A number at `pos`, `None` when none starts there (as the Python
    /// scanner's `number`).
    fn number(&mut self, pos: usize) -> Result<Option<(Value, usize)>, Stop> {
        let digit = |p: usize| matches!(self.at(p), Some(b'0'..=b'9'));
        let mut end = pos;
        if self.at(end) == Some(b'-') {
            end += 1;
        }
        match self.at(end) {
            Some(b'0') => end += 1,
            Some(b'1'..=b'9') => {
                while digit(end) {
                    end += 1;
                }
            }
            _ => return Ok(None),
        }
        let integer_end = end;
        let mut is_float = false;
        if self.at(end) == Some(b'.') && digit(end + 1) {
            end += 2;
            while digit(end) {
                end += 1;
            }
            is_float = true;
        }
        if matches!(self.at(end), Some(b'e' | b'E')) {
            let mut probe = end + 1;
            if matches!(self.at(probe), Some(b'+' | b'-')) {
                probe += 1;
            }
            if digit(probe) {
                while digit(probe) {
                    probe += 1;
                }
                end = probe;
                is_float = true;
            }
        }
        let text = self.text.get(pos..if is_float { end } else { integer_end });
        let Some(text) = text else {
            return Err(Stop::Invalid);
        };
        let v = if is_float {
            match &self.hooks.parse_float {
                Some(hook) => self.vm.call(hook, Args::new(&[Value::str(text)]))?,
                None => match crate::num::parse::parse_float_ascii(text.as_bytes()) {
                    Some(f) => Value::Float(f),
                    None => return Err(Stop::Invalid),
                },
            }
        } else {
            match &self.hooks.parse_int {
                Some(hook) => self.vm.call(hook, Args::new(&[Value::str(text)]))?,
                None => match text.parse::<i64>() {
                    Ok(i) if text.len() <= 18 => Value::Int(i),
                    // Long digit strings go through int() for its work
                    // accounting.
                    _ => {
                        let int = Value::Obj(self.vm.types.int.clone());
                        self.vm.call(&int, Args::new(&[Value::str(text)]))?
                    }
                },
            }
        };
        Ok(Some((v, if is_float { end } else { integer_end })))
    }

    /// An object key (the string after the opening quote at `pos - 1`),
    /// shared with earlier equal keys.
    fn key(&mut self, pos: usize) -> Result<(Value, usize), Stop> {
        let (s, end) = self.string(pos)?;
        if let Some(v) = self.memo.get(s.as_ref()) {
            return Ok((v.clone(), end));
        }
        let v = Value::str(&s);
        self.memo.insert(s.into_owned(), v.clone());
        Ok((v, end))
    }

    /// The string whose opening quote is at `pos - 1`, and the offset after
    /// its closing quote.
    fn string(&mut self, mut pos: usize) -> Result<(Cow<'a, str>, usize), Stop> {
        let text = self.text;
        let mut out = String::new();
        let mut escaped = false;
        loop {
            let chunk = pos;
            while let Some(c) = self.at(pos) {
                if c == b'"' || c == b'\\' || (c < 0x20 && self.strict) {
                    break;
                }
                pos += 1;
            }
            let piece = text.get(chunk..pos).ok_or(Stop::Invalid)?;
            match self.at(pos) {
                Some(b'"') => {
                    self.charge(pos)?;
                    if !escaped {
                        return Ok((Cow::Borrowed(piece), pos + 1));
                    }
                    out.push_str(piece);
                    return Ok((Cow::Owned(out), pos + 1));
                }
                Some(b'\\') => {
                    out.push_str(piece);
                    escaped = true;
                }
                // End of text or a control character (strict mode).
                _ => return Err(Stop::Invalid),
            }
            let simple = match self.at(pos + 1) {
                Some(b'"') => '"',
                Some(b'\\') => '\\',
                Some(b'/') => '/',
                Some(b'b') => '\u{8}',
                Some(b'f') => '\u{c}',
                Some(b'n') => '\n',
                Some(b'r') => '\r',
                Some(b't') => '\t',
                Some(b'u') => {
                    let mut code = self.hex4(pos + 2)?;
                    pos += 6;
                    if (0xd800..=0xdbff).contains(&code)
                        && self.bytes.get(pos..pos + 2) == Some(b"\\u")
                    {
                        let low = self.hex4(pos + 2)?;
                        if (0xdc00..=0xdfff).contains(&low) {
                            code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00));
                            pos += 6;
                        }
                    }
                    // A lone surrogate: the Python scanner reports it.
                    out.push(char::from_u32(code).ok_or(Stop::Invalid)?);
                    continue;
                }
                _ => return Err(Stop::Invalid),
            };
            out.push(simple);
            pos += 2;
        }
    }

    fn hex4(&self, pos: usize) -> Result<u32, Stop> {
        let digits = self.bytes.get(pos..pos + 4).ok_or(Stop::Invalid)?;
        let mut code = 0;
        for &d in digits {
            let v = (d as char).to_digit(16).ok_or(Stop::Invalid)?;
            code = code * 16 + v;
        }
        Ok(code)
    }
}
