//! The native JSON encoder behind `json.JSONEncoder.encode` /
//! `iterencode` (`_kaa_json.encode`).
//!
//! It writes the same text as the Python encoder in
//! `interp/lib/json/encoder.py` (CPython 3.4's output and messages: the C
//! encoder's wording when `indent` is None, the Python encoder's when it is
//! set), calling `default` for other objects and the `sort_items` callable
//! for keys that are not all strings.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::rc::Rc;

use crate::objects::{Payload, PyStr, Value};
use crate::vm::{Args, PyResult, Vm, NATIVE_DEPTH_LIMIT};

/// How to encode: the encoder's settings.
pub struct Settings {
    /// The indent string (`None` = one line).
    pub indent: Option<String>,
    /// Between items (`', '` or `','`).
    pub item_separator: String,
    /// Between a key and its value (`': '`).
    pub key_separator: String,
    /// Escape every non-ASCII character.
    pub ensure_ascii: bool,
    /// Allow NaN and the infinities.
    pub allow_nan: bool,
    /// Sort object keys.
    pub sort_keys: bool,
    /// Skip keys that are not str, int, float, bool or None.
    pub skip_keys: bool,
    /// Detect reference cycles.
    pub check_circular: bool,
    /// `default(o)` for other objects.
    pub default: Value,
    /// `sort_items(list_of_pairs)`: sorts pairs by key, for mixed keys.
    pub sort_items: Value,
}

/// Output bytes between two charges to the work budget.
const CHARGE_BYTES: usize = 1 << 15;

/// Encodes `v` as JSON text.
pub fn encode(vm: &mut Vm, v: &Value, settings: &Settings) -> PyResult<crate::objects::PyStr> {
    let mut enc = Encoder {
        vm,
        s: settings,
        out: String::new(),
        surrogates: Vec::new(),
        charged: 0,
        markers: HashSet::new(),
        level: 0,
    };
    let depth = enc.vm.native_depth;
    let r = enc.value(v);
    enc.vm.native_depth = depth;
    r.map(|()| crate::objects::str_wide::from_lossy(enc.out, &enc.surrogates))
}

struct Encoder<'s, 'v> {
    vm: &'v mut Vm,
    s: &'s Settings,
    out: String,
    /// Lone surrogates written raw (`ensure_ascii=False`): byte offsets in
    /// `out` of the U+FFFD standing for each, and the code point.
    surrogates: Vec<(usize, u32)>,
    charged: usize,
    /// Ids of the containers being encoded (with `check_circular`).
    markers: HashSet<i64>,
    level: usize,
}

impl Encoder<'_, '_> {
    fn charge(&mut self) -> PyResult<()> {
        if self.out.len() >= self.charged + CHARGE_BYTES {
            self.vm
                .charge_work(((self.out.len() - self.charged) / 8) as u64)?;
            self.charged = self.out.len();
        }
        Ok(())
    }

    fn value(&mut self, v: &Value) -> PyResult<()> {
        self.charge()?;
        match v {
            Value::None => self.out.push_str("null"),
            Value::Bool(true) => self.out.push_str("true"),
            Value::Bool(false) => self.out.push_str("false"),
            Value::Int(i) => {
                let _ = write!(self.out, "{}", i);
            }
            Value::Float(f) => self.float(*f)?,
            Value::Str(s) => self.string(s),
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => self.string(s),
                Payload::Int(b) => {
                    let text = self.vm.big_decimal(b)?;
                    self.out.push_str(&text);
                }
                Payload::Float(f) => self.float(*f)?,
                Payload::List(_) | Payload::Tuple(_) => {
                    // A snapshot of the items (through `__iter__` for a
                    // subclass, as CPython's PySequence_Fast).
                    let items = self.vm.iterate(v)?;
                    self.array(v, &items)?;
                }
                Payload::Dict(_) => self.object(v)?,
                _ => self.other(v)?,
            },
        }
        Ok(())
    }

    /// Enters a nested container: the circular-reference marker and the
    /// native depth guard.
    fn enter(&mut self, v: &Value) -> PyResult<()> {
        if self.vm.native_depth > NATIVE_DEPTH_LIMIT * 4
            || self.vm.depth + self.vm.native_depth >= self.vm.recursion_limit
        {
            return Err(self.vm.new_error(
                "RuntimeError",
                "maximum recursion depth exceeded while encoding a JSON object",
            ));
        }
        if self.s.check_circular && !self.markers.insert(v.id()) {
            return Err(self
                .vm
                .new_error("ValueError", "Circular reference detected"));
        }
        self.vm.native_depth += 1;
        Ok(())
    }

    fn leave(&mut self, v: &Value) {
        self.vm.native_depth -= 1;
        if self.s.check_circular {
            self.markers.remove(&v.id());
        }
    }

    fn other(&mut self, v: &Value) -> PyResult<()> {
        self.enter(v)?;
        let default = self.s.default.clone();
        let replacement = self.vm.call(&default, Args::new(std::slice::from_ref(v)))?;
        self.value(&replacement)?;
        self.leave(v);
        Ok(())
    }

    /// Starts a nested block (`[` or `{`) and returns the separator
    /// between its items.
    fn open(&mut self, bracket: char) -> String {
        self.out.push(bracket);
        match &self.s.indent {
            Some(indent) => {
                self.level += 1;
                let mut newline = String::from("\n");
                for _ in 0..self.level {
                    newline.push_str(indent);
                }
                self.out.push_str(&newline);
                format!("{}{}", self.s.item_separator, newline)
            }
            None => self.s.item_separator.clone(),
        }
    }

    fn close(&mut self, bracket: char) {
        if let Some(indent) = &self.s.indent {
            self.level -= 1;
            self.out.push('\n');
            for _ in 0..self.level {
                self.out.push_str(indent);
            }
        }
        self.out.push(bracket);
    }

    fn array(&mut self, v: &Value, items: &[Value]) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        self.enter(v)?;
        let separator = self.open('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(&separator);
            }
            self.value(item)?;
        }
        self.close(']');
        self.leave(v);
        Ok(())
    }

    /// The (key, value) pairs of a dict: its entries, or `items()` for a
    /// subclass (which may override it, as OrderedDict does).
    fn pairs(&mut self, d: &Value) -> PyResult<Vec<(Value, Value)>> {
        let exact = Rc::ptr_eq(self.vm.type_of(d), &self.vm.types.dict);
        if exact {
            if let Some(Payload::Dict(t)) = d.payload() {
                let t = t.borrow();
                return Ok(t.iter().map(|e| (e.key.clone(), e.value.clone())).collect());
            }
        }
        let name = self.vm.intern("items");
        let items = self.vm.call_method(d, &name, &[])?;
        let items = self.vm.iterate(&items)?;
        self.split_pairs(items)
    }

    fn split_pairs(&mut self, items: Vec<Value>) -> PyResult<Vec<(Value, Value)>> {
        let mut pairs = Vec::with_capacity(items.len());
        for item in items {
            match item.payload() {
                Some(Payload::Tuple(kv)) if kv.len() == 2 => {
                    pairs.push((kv[0].clone(), kv[1].clone()));
                }
                _ => {
                    return Err(self
                        .vm
                        .new_error("ValueError", "items must return 2-tuples"))
                }
            }
        }
        Ok(pairs)
    }

    fn sorted(&mut self, mut pairs: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
        let all_str = pairs.iter().all(|(k, _)| matches!(k, Value::Str(_)));
        if all_str {
            // Code point order is UTF-8 byte order.
            pairs.sort_by(|(a, _), (b, _)| match (a, b) {
                (Value::Str(a), Value::Str(b)) => a.as_str().cmp(b.as_str()),
                _ => std::cmp::Ordering::Equal,
            });
            self.vm.charge_work(pairs.len() as u64 * 4)?;
            return Ok(pairs);
        }
        let tuples = pairs
            .into_iter()
            .map(|(k, v)| self.vm.new_tuple(vec![k, v]))
            .collect();
        let list = self.vm.new_list(tuples);
        let sort = self.s.sort_items.clone();
        let sorted = self.vm.call(&sort, Args::new(&[list]))?;
        let items = self.vm.iterate(&sorted)?;
        self.split_pairs(items)
    }

    fn object(&mut self, d: &Value) -> PyResult<()> {
        let mut pairs = self.pairs(d)?;
        if pairs.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        self.enter(d)?;
        if self.s.sort_keys {
            pairs = self.sorted(pairs)?;
        }
        let separator = self.open('{');
        let mut first = true;
        for (key, value) in &pairs {
            let Some(text) = self.key(key)? else {
                continue;
            };
            let key = (key, text);
            if !first {
                self.out.push_str(&separator);
            }
            first = false;
            match key.0.as_pystr().filter(|s| s.is_wide()) {
                Some(s) => self.string(s),
                None => self.string_text(&key.1),
            }
            self.out.push_str(&self.s.key_separator);
            self.value(value)?;
        }
        self.close('}');
        self.leave(d);
        Ok(())
    }

    /// The text of a key, `None` to skip it.
    fn key(&mut self, key: &Value) -> PyResult<Option<String>> {
        let text = match key {
            Value::Str(s) => s.as_str().to_string(),
            Value::Float(f) => self.float_text(*f)?,
            Value::Bool(true) => "true".into(),
            Value::Bool(false) => "false".into(),
            Value::None => "null".into(),
            Value::Int(i) => i.to_string(),
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => s.as_str().to_string(),
                Payload::Float(f) => self.float_text(*f)?,
                Payload::Int(b) => self.vm.big_decimal(b)?,
                _ => return self.bad_key(key),
            },
        };
        Ok(Some(text))
    }

    fn bad_key(&mut self, key: &Value) -> PyResult<Option<String>> {
        if self.s.skip_keys {
            return Ok(None);
        }
        let msg = match self.s.indent {
            None => "keys must be a string".to_string(),
            Some(_) => format!("key {} is not a string", self.vm.repr(key)?),
        };
        Err(self.vm.new_error("TypeError", &msg))
    }

    fn float(&mut self, f: f64) -> PyResult<()> {
        let text = self.float_text(f)?;
        self.out.push_str(&text);
        Ok(())
    }

    fn float_text(&mut self, f: f64) -> PyResult<String> {
        if f.is_finite() {
            return Ok(crate::vm::convert::float_repr(f));
        }
        if !self.s.allow_nan {
            let mut msg = "Out of range float values are not JSON compliant".to_string();
            if self.s.indent.is_some() {
                msg.push_str(": ");
                msg.push_str(&crate::vm::convert::float_repr(f));
            }
            return Err(self.vm.new_error("ValueError", &msg));
        }
        Ok(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .into())
    }

    fn string(&mut self, s: &PyStr) {
        let Some(cps) = s.s.wide() else {
            return self.string_text(s.as_str());
        };
        self.out.push('"');
        let mut one = String::new();
        for &cp in cps {
            match char::from_u32(cp) {
                Some(c) => {
                    one.clear();
                    escape_into(&mut one, c.encode_utf8(&mut [0; 4]), self.s.ensure_ascii);
                    self.out
                        .push_str(one.get(1..one.len() - 1).unwrap_or_default());
                }
                None if self.s.ensure_ascii => {
                    let _ = write!(self.out, "\\u{cp:04x}");
                }
                None => {
                    self.surrogates.push((self.out.len(), cp));
                    self.out.push('\u{fffd}');
                }
            }
        }
        self.out.push('"');
    }

    fn string_text(&mut self, s: &str) {
        escape_into(&mut self.out, s, self.s.ensure_ascii);
    }
}

/// Appends the JSON string literal of `s` to `out`.
pub fn escape_into(out: &mut String, s: &str, ensure_ascii: bool) {
    out.reserve(s.len() + 2);
    out.push('"');
    let mut start = 0;
    for (i, c) in s.char_indices() {
        let plain = if ensure_ascii {
            (' '..='~').contains(&c) && c != '"' && c != '\\'
        } else {
            c >= ' ' && c != '"' && c != '\\'
        };
        if plain {
            continue;
        }
        out.push_str(&s[start..i]);
        start = i + c.len_utf8();
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            _ => {
                let code = c as u32;
                if code < 0x10000 {
                    let _ = write!(out, "\\u{:04x}", code);
                } else {
                    let v = code - 0x10000;
                    let _ = write!(
                        out,
                        "\\u{:04x}\\u{:04x}",
                        0xd800 | (v >> 10),
                        0xdc00 | (v & 0x3ff)
                    );
                }
            }
        }
    }
    out.push_str(&s[start..]);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::escape_into;

    fn esc(s: &str, ascii: bool) -> String {
        let mut out = String::new();
        escape_into(&mut out, s, ascii);
        out
    }

    #[test]
    fn escapes_like_cpython() {
        assert_eq!(
            esc("a\"b\\c\n\u{7f}é😀", true),
            "\"a\\\"b\\\\c\\n\\u007f\\u00e9\\ud83d\\ude00\""
        );
        assert_eq!(esc("a\u{1}\u{7f}é", false), "\"a\\u0001\u{7f}é\"");
        assert_eq!(esc("\u{8}\u{c}\r\t", true), "\"\\b\\f\\r\\t\"");
    }
}
