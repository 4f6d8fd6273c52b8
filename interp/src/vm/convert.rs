//! `repr()`, `str()`, `hash()`, `len()` and index conversion.

use super::ops::{num_of, Num};
use super::{Args, PyResult, Vm};
use crate::objects::class::lookup;
use crate::objects::int::{hash_big, hash_f64, hash_i64};
use crate::objects::{Obj, Payload, Value};
use num_traits::ToPrimitive;
use std::rc::Rc;

/// CPython's `repr()` of a float: the shared shortest-digits kernel of
/// `crate::format` (which breaks ties between two shortest candidates the
/// way CPython's dtoa does, e.g. `1e15 + 0.3` is `1000000000000000.2`).
pub fn float_repr(x: f64) -> String {
    crate::format::float_repr(x)
}

/// The component format of complex repr (no `.0` added).
fn complex_part(x: f64) -> String {
    let r = float_repr(x);
    match r.strip_suffix(".0") {
        Some(s) => s.to_string(),
        None => r,
    }
}

/// `repr()` of a complex number.
pub fn complex_repr(r: f64, i: f64) -> String {
    if r == 0.0 && r.is_sign_positive() {
        format!("{}j", complex_part(i))
    } else {
        let im = complex_part(i);
        let sign = if im.starts_with('-') { "" } else { "+" };
        format!("({}{}{}j)", complex_part(r), sign, im)
    }
}

/// `repr()` of bytes.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(quote);
    out
}

impl Vm {
    fn addr(&self, v: &Value) -> String {
        format!("0x{:x}", v.id())
    }

    /// The text of a heap class's own `__repr__` for `v` (`None` when the
    /// class does not override it); a non-str result is a TypeError naming
    /// `what` (`__repr__` for repr(), `__str__` when object.__str__ called it).
    fn user_repr_text(&mut self, v: &Value, what: &str) -> PyResult<Option<String>> {
        let cls = self.type_of(v).clone();
        if !cls.as_class().is_some_and(|c| c.heap) {
            return Ok(None);
        }
        let rn = self.names.repr.clone();
        let Some(f) = lookup(&cls, &rn) else {
            return Ok(None);
        };
        if !overrides_native(&f) {
            return Ok(None);
        }
        let r = self.guarded_call(&f, v)?;
        match r.as_pystr() {
            Some(s) => Ok(Some(s.as_str().to_string())),
            None => {
                let msg = format!("{what} returned non-string (type {})", self.type_name(&r));
                Err(self.new_error("TypeError", &msg))
            }
        }
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::None => return Ok("None".into()),
            Value::Bool(b) => return Ok(if *b { "True" } else { "False" }.into()),
            Value::Int(i) => return Ok(i.to_string()),
            Value::Float(f) => return Ok(float_repr(*f)),
            Value::Str(s) => return Ok(crate::objects::str_wide::repr(s)),
            Value::Obj(_) => {}
        }
        if let Some(text) = self.user_repr_text(v, "__repr__")? {
            return Ok(text);
        }
        self.native_repr(v)
    }

    fn guarded_call(&mut self, f: &Value, this: &Value) -> PyResult<Value> {
        let cls = self.type_of(this).clone();
        match self.bind_descriptor(f, this, &cls)? {
            Some(b) => self.call(&b, Args::new(&[])),
            None => self.call(f, Args::new(std::slice::from_ref(this))),
        }
    }

    /// The built-in `repr` of an object, ignoring user overrides.
    pub fn native_repr(&mut self, v: &Value) -> PyResult<String> {
        let o = match v {
            Value::Obj(o) => o.clone(),
            _ => return self.repr(v),
        };
        if self.native_depth > super::NATIVE_DEPTH_LIMIT * 4 {
            return Err(self.new_error(
                "RuntimeError",
                "maximum recursion depth exceeded while getting the repr of a list",
            ));
        }
        Ok(match &o.payload {
            Payload::Int(b) => self.big_decimal(b)?,
            Payload::Float(f) => float_repr(*f),
            Payload::Complex(r, i) => complex_repr(*r, *i),
            Payload::Str(s) => crate::objects::str_wide::repr(s),
            Payload::Bytes(b) => bytes_repr(b),
            Payload::ByteArray(b) => format!("{}({})", self.type_name(v), bytes_repr(&b.borrow())),
            Payload::MemoryView(_) => crate::objects::memoryview::repr(v),
            Payload::Tuple(items) => {
                let items = items.to_vec();
                if items.is_empty() {
                    return Ok("()".into());
                }
                // A tuple reached again through a list, dict or set inside it.
                if self.repr_enter(&o) {
                    return Ok("(...)".into());
                }
                let r = if items.len() == 1 {
                    self.repr_nested(&items[0]).map(|s| format!("({},)", s))
                } else {
                    self.repr_join(&items).map(|s| format!("({})", s))
                };
                self.repr_leave();
                r?
            }
            Payload::List(items) => {
                if self.repr_enter(&o) {
                    return Ok("[...]".into());
                }
                let n = items.borrow().len() as u64;
                if let Err(e) = self.reserve(n * 16) {
                    self.repr_leave();
                    return Err(e);
                }
                let items = items.borrow().clone();
                let r = self.repr_join(&items);
                self.repr_leave();
                format!("[{}]", r?)
            }
            Payload::Dict(d) => {
                if self.repr_enter(&o) {
                    return Ok("{...}".into());
                }
                let pairs: Vec<(Value, Value)> = d
                    .borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect();
                let mut parts = Vec::with_capacity(pairs.len());
                for (k, val) in &pairs {
                    let ks = match self.repr_nested(k) {
                        Ok(s) => s,
                        Err(e) => {
                            self.repr_leave();
                            return Err(e);
                        }
                    };
                    let vs = match self.repr_nested(val) {
                        Ok(s) => s,
                        Err(e) => {
                            self.repr_leave();
                            return Err(e);
                        }
                    };
                    parts.push(format!("{}: {}", ks, vs));
                }
                self.repr_leave();
                format!("{{{}}}", parts.join(", "))
            }
            Payload::Set(d) => {
                let items: Vec<Value> = d.borrow().set_order();
                let name = self.type_name(v);
                if self.repr_enter(&o) {
                    return Ok(format!("{}(...)", name));
                }
                let r = if items.is_empty() {
                    Ok(format!("{}()", name))
                } else if name == "set" {
                    self.repr_join(&items).map(|s| format!("{{{}}}", s))
                } else {
                    self.repr_join(&items)
                        .map(|s| format!("{}({{{}}})", name, s))
                };
                self.repr_leave();
                r?
            }
            Payload::FrozenSet(d) => {
                let items: Vec<Value> = d.set_order();
                let name = self.type_name(v);
                if self.repr_enter(&o) {
                    return Ok(format!("{}(...)", name));
                }
                let r = if items.is_empty() {
                    Ok(format!("{}()", name))
                } else {
                    self.repr_join(&items)
                        .map(|s| format!("{}({{{}}})", name, s))
                };
                self.repr_leave();
                r?
            }
            Payload::Range(..) | Payload::BigRange(_) => crate::objects::range::repr(&o.payload),
            Payload::Slice(a, b, c) => {
                format!(
                    "slice({}, {}, {})",
                    self.repr(a)?,
                    self.repr(b)?,
                    self.repr(c)?
                )
            }
            Payload::Function(f) => format!(
                "<function {} at {}>",
                f.qualname.borrow().as_str(),
                self.addr(v)
            ),
            Payload::Builtin(b) => crate::objects::function::builtin_repr(b),
            Payload::Method(this, f) => match f.payload() {
                Some(Payload::Builtin(b)) => {
                    let tn = self.type_name(this);
                    crate::objects::function::bound_builtin_repr(b, &tn, &self.addr(this))
                }
                _ => {
                    let fname = match f.payload() {
                        Some(Payload::Function(pf)) => pf.name.borrow().as_str().to_string(),
                        _ => "?".to_string(),
                    };
                    let tn = self.type_name(this);
                    let r = self.repr(this)?;
                    format!("<bound method {}.{} of {}>", tn, fname, r)
                }
            },
            Payload::Class(cd) => {
                let m = cd.module.borrow().as_str().to_string();
                let q = cd.qualname.borrow().as_str().to_string();
                if m == "builtins" {
                    format!("<class '{}'>", q)
                } else {
                    format!("<class '{}.{}'>", m, q)
                }
            }
            Payload::Module(ns, name) => {
                let file = self.dict_get_str(ns, &crate::objects::PyStr::new("__file__"));
                let loader = self.dict_get_str(ns, &crate::objects::PyStr::new("__loader__"));
                if name.as_str() == "__main__" {
                    format!("<module '__main__' from '{}'>", self.filename)
                } else if loader.is_some() && file.is_none() {
                    // Made by types.ModuleType(name): no loader, no file.
                    format!("<module '{}'>", name.as_str())
                } else {
                    format!("<module '{}' (built-in)>", name.as_str())
                }
            }
            Payload::Exception(d) => {
                let args = d.borrow().args.clone();
                let name = self.type_name(v);
                let items = match args.payload() {
                    Some(Payload::Tuple(t)) => t.to_vec(),
                    _ => Vec::new(),
                };
                if items.len() == 1 {
                    format!("{}({},)", name, self.repr(&items[0])?)
                } else {
                    format!("{}({})", name, self.repr_join(&items)?)
                }
            }
            Payload::Super(t, o) => {
                let tname = match t.as_class() {
                    Some(c) => c.name.borrow().as_str().to_string(),
                    None => "NULL".to_string(),
                };
                if o.is_none() {
                    format!("<super: <class '{}'>, NULL>", tname)
                } else {
                    // CPython's obj_type: the object itself when it is a
                    // subclass of the type, else its class.
                    let oname = match o.as_class() {
                        Some(c) => c.name.borrow().as_str().to_string(),
                        None => self.type_name(o),
                    };
                    format!("<super: <class '{}'>, <{} object>>", tname, oname)
                }
            }
            Payload::Generator(g) => {
                let q = g.borrow().qualname.clone();
                format!("<generator object {} at {}>", q.as_str(), self.addr(v))
            }
            Payload::DictView(d, kind) => {
                let name = ["dict_keys", "dict_values", "dict_items"][(*kind as usize).min(2)];
                let items = self.view_items(d, *kind);
                format!("{}([{}])", name, self.repr_join(&items)?)
            }
            Payload::Empty => {
                if v.is(&self.not_implemented) {
                    "NotImplemented".into()
                } else if v.is(&self.ellipsis) {
                    "Ellipsis".into()
                } else {
                    self.default_repr(v)
                }
            }
            Payload::Cell(_) => format!("<cell at {}>", self.addr(v)),
            Payload::Code(c) => format!(
                "<code object {} at {}, file \"{}\", line {}>",
                c.name.as_str(),
                self.addr(v),
                c.filename.as_str(),
                c.firstlineno
            ),
            Payload::Stream(n) => {
                let name = match n {
                    0 => "<stdin>",
                    1 => "<stdout>",
                    _ => "<stderr>",
                };
                let mode = if *n == 0 { "r" } else { "w" };
                format!(
                    "<_io.TextIOWrapper name='{}' mode='{}' encoding='UTF-8'>",
                    name, mode
                )
            }
            Payload::WeakRef(_) => self.weakref_repr(v),
            Payload::Member(n, owner) => {
                format!("<member '{}' of '{}' objects>", n.as_str(), owner.as_str())
            }
            Payload::Attr(n, owner) => {
                let member = self
                    .type_of(v)
                    .as_class()
                    .map(|c| c.name.borrow().as_str() == "member_descriptor")
                    .unwrap_or(false);
                let kind = if member { "member" } else { "attribute" };
                format!(
                    "<{} '{}' of '{}' objects>",
                    kind,
                    n.as_str(),
                    owner.as_str()
                )
            }
            Payload::MappingProxy(t) => {
                let t = t.clone();
                let m = self.proxy_mapping(&t);
                format!("mappingproxy({})", self.repr(&m)?)
            }
            _ => self.default_repr(v),
        })
    }

    /// `<__main__.C object at 0x...>`.
    pub fn default_repr(&self, v: &Value) -> String {
        let cls = self.type_of(v);
        let (m, q) = match cls.as_class() {
            Some(cd) => (
                cd.module.borrow().as_str().to_string(),
                cd.qualname.borrow().as_str().to_string(),
            ),
            None => (String::new(), "object".into()),
        };
        if m == "builtins" {
            format!("<{} object at {}>", q, self.addr(v))
        } else {
            format!("<{}.{} object at {}>", m, q, self.addr(v))
        }
    }

    fn repr_enter(&mut self, o: &Rc<Obj>) -> bool {
        let p = Rc::as_ptr(o) as usize;
        if self.repr_stack.contains(&p) {
            return true;
        }
        self.repr_stack.push(p);
        false
    }

    fn repr_leave(&mut self) {
        self.repr_stack.pop();
    }

    fn repr_nested(&mut self, v: &Value) -> PyResult<String> {
        self.native_depth += 1;
        let r = self.repr(v);
        self.native_depth -= 1;
        r
    }

    fn repr_join(&mut self, items: &[Value]) -> PyResult<String> {
        self.reserve(items.len() as u64 * std::mem::size_of::<String>() as u64)?;
        let mut parts = Vec::with_capacity(items.len());
        let mut total = 0u64;
        for (i, it) in items.iter().enumerate() {
            if i % crate::sandbox::work::WORK_CHUNK == crate::sandbox::work::WORK_CHUNK - 1 {
                // The join at the end needs as much again as the parts so far.
                self.charge_work(crate::sandbox::work::WORK_CHUNK as u64)?;
                self.reserve(total)?;
            }
            let p = self.repr_nested(it)?;
            total += p.len() as u64 + 2;
            parts.push(p);
        }
        self.reserve(total)?;
        Ok(parts.join(", "))
    }

    /// `str(v)`.
    pub fn str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => return Ok(s.as_str().to_string()),
            Value::Obj(_) => {}
            _ => return self.repr(v),
        }
        let cls = self.type_of(v).clone();
        if cls.as_class().map(|c| c.heap).unwrap_or(false) {
            let sn = self.names.str_.clone();
            if let Some(f) = lookup(&cls, &sn) {
                if overrides_native(&f) {
                    let r = self.guarded_call(&f, v)?;
                    return match r.as_pystr() {
                        Some(s) => Ok(s.as_str().to_string()),
                        None => {
                            let msg = format!(
                                "__str__ returned non-string (type {})",
                                self.type_name(&r)
                            );
                            Err(self.new_error("TypeError", &msg))
                        }
                    };
                }
            }
        }
        self.native_str(v)
    }

    /// The built-in `str` of an object.
    pub fn native_str(&mut self, v: &Value) -> PyResult<String> {
        if let Some(s) = v.as_pystr() {
            return Ok(s.as_str().to_string());
        }
        if let Some(Payload::MappingProxy(t)) = v.payload() {
            let t = t.clone();
            let m = self.proxy_mapping(&t);
            return self.str(&m);
        }
        if let Some(Payload::Exception(d)) = v.payload() {
            let args = d.borrow().args.clone();
            let items = match args.payload() {
                Some(Payload::Tuple(t)) => t.to_vec(),
                _ => Vec::new(),
            };
            let o = match v.as_obj() {
                Some(o) => o.clone(),
                None => return Ok(String::new()),
            };
            if let Some(s) = crate::objects::codec_glue::unicode_error_str(self, &o, &items) {
                return Ok(s);
            }
            if self.is_instance_of(&o, "KeyError") && items.len() == 1 {
                return self.repr(&items[0]);
            }
            if self.is_instance_of(&o, "OSError") {
                let field = |vm: &Vm, n: &str| {
                    o.inst_dict()
                        .as_ref()
                        .and_then(|d| vm.dict_get_str(d, &crate::objects::PyStr::new(n)))
                        .unwrap_or_default()
                };
                let (n, s) = (field(self, "errno"), field(self, "strerror"));
                let (f, f2) = (field(self, "filename"), field(self, "filename2"));
                if !f.is_none() {
                    let (n, s, f) = (self.str(&n)?, self.str(&s)?, self.repr(&f)?);
                    return Ok(if f2.is_none() {
                        format!("[Errno {}] {}: {}", n, s, f)
                    } else {
                        format!("[Errno {}] {}: {} -> {}", n, s, f, self.repr(&f2)?)
                    });
                }
                if !n.is_none() && !s.is_none() {
                    return Ok(format!("[Errno {}] {}", self.str(&n)?, self.str(&s)?));
                }
            }
            if self.is_instance_of(&o, "SyntaxError") {
                let msg = self.intern("msg");
                let lineno = self.intern("lineno");
                let filename = self.intern("filename");
                if let (Some(m), Some(Value::Int(l))) = (o.dict_get(&msg), o.dict_get(&lineno)) {
                    let ms = self.str(&m)?;
                    return Ok(
                        match o.dict_get(&filename).and_then(|f| f.as_pystr().cloned()) {
                            Some(f) => format!("{} ({}, line {})", ms, f.as_str(), l),
                            None => format!("{} (line {})", ms, l),
                        },
                    );
                }
            }
            return match items.len() {
                0 => Ok(String::new()),
                1 => self.str(&items[0]),
                _ => self.repr(&args),
            };
        }
        // object.__str__ calls the type's __repr__ directly and str() checks
        // the result, so a bad __repr__ is reported as "__str__ returned ...".
        if let Some(text) = self.user_repr_text(v, "__str__")? {
            return Ok(text);
        }
        self.repr(v)
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::None => return Ok(0x4d2_0000),
            Value::Bool(b) => return Ok(*b as i64),
            Value::Int(i) => return Ok(hash_i64(*i)),
            Value::Float(f) => return Ok(hash_f64(*f)),
            Value::Str(s) => return self.hash_str(s),
            Value::Obj(_) => {}
        }
        let o = match v.as_obj() {
            Some(o) => o.clone(),
            None => return Ok(0),
        };
        let cls = self.type_of(v).clone();
        if cls.as_class().map(|c| c.heap).unwrap_or(false)
            && !std::mem::replace(&mut self.in_slot, false)
        {
            let hn = self.names.hash.clone();
            match lookup(&cls, &hn) {
                Some(Value::None) => return Err(self.unhashable(v)),
                Some(f) if !matches!(f.payload(), Some(Payload::Builtin(_))) => {
                    let r = self.guarded_call(&f, v)?;
                    // CPython's slot_tp_hash: a result that fits a hash is
                    // used as it is (-1 becomes -2), a bigger one is hashed.
                    return match num_of(&r) {
                        Some(Num::I(i)) => Ok(if i == -1 { -2 } else { i }),
                        Some(Num::B(b)) => Ok(hash_big(&b)),
                        _ => {
                            Err(self
                                .new_error("TypeError", "__hash__ method should return an integer"))
                        }
                    };
                }
                _ => {}
            }
        }
        Ok(match &o.payload {
            Payload::Int(b) => match b.to_i64() {
                Some(i) => hash_i64(i),
                None => hash_big(b),
            },
            Payload::Float(f) => hash_f64(*f),
            Payload::Complex(r, i) => {
                let h = hash_f64(*r).wrapping_add(1000003i64.wrapping_mul(hash_f64(*i)));
                if h == -1 {
                    -2
                } else {
                    h
                }
            }
            Payload::Str(s) => return self.hash_str(s),
            Payload::Range(..) | Payload::BigRange(_) => {
                crate::objects::range::hash(self, &o.payload)?
            }
            Payload::Bytes(b) => return self.hash_bytes(b),
            Payload::Tuple(items) => {
                let items = items.to_vec();
                self.enter_native_walk("maximum recursion depth exceeded")?;
                let h = self.tuple_hash(&items);
                self.native_depth -= 1;
                h?
            }
            Payload::FrozenSet(t) => {
                let mut h: u64 = 1927868237u64.wrapping_mul(t.len() as u64 + 1);
                for e in t.iter() {
                    let x = e.hash as u64;
                    h ^= (x ^ (x << 16) ^ 89869747).wrapping_mul(3644798167);
                }
                h = h.wrapping_mul(69069).wrapping_add(907133923);
                let h = h as i64;
                if h == -1 {
                    590923713
                } else {
                    h
                }
            }
            Payload::List(_) | Payload::Dict(_) | Payload::Set(_) | Payload::ByteArray(_) => {
                return Err(self.unhashable(v))
            }
            Payload::Slice(..) | Payload::MappingProxy(_) => return Err(self.unhashable(v)),
            // keys and items views are set-like, hence unhashable; values views hash by id.
            Payload::DictView(_, kind) if *kind as usize != 1 => return Err(self.unhashable(v)),
            Payload::MemoryView(_) => return crate::objects::memoryview::hash(self, v),
            Payload::WeakRef(d) => self.weakref_hash(d)?,
            Payload::Method(this, f) => {
                let a = self.hash(this).unwrap_or(0);
                a ^ (f.id() >> 4)
            }
            _ => v.id() >> 4,
        })
    }

    /// `hash(s)` of a str: long ones are charged as work, and huge ones are
    /// hashed a chunk at a time, stopping at the deadline.
    #[inline]
    pub fn hash_str(&mut self, s: &crate::objects::PyStr) -> PyResult<i64> {
        let n = s.s.len();
        if n <= 4096 {
            return Ok(s.hash());
        }
        if let Some(h) = s.cached_hash() {
            return Ok(h);
        }
        self.charge_work(n as u64 / 8)?;
        if n <= crate::sandbox::deadline::CHUNK_BYTES {
            return Ok(s.hash());
        }
        s.hash_paced().map_err(|_| self.interrupted())
    }

    /// `hash(b)` of bytes (not cached): as [`Vm::hash_str`].
    pub fn hash_bytes(&mut self, b: &[u8]) -> PyResult<i64> {
        if b.len() <= 4096 {
            return Ok(crate::objects::buffer::hash_bytes(b));
        }
        self.charge_work(b.len() as u64 / 8)?;
        crate::objects::buffer::hash_bytes_paced(b).map_err(|_| self.interrupted())
    }

    /// CPython 3.4's tuple hash.
    pub fn tuple_hash(&mut self, items: &[Value]) -> PyResult<i64> {
        let mut x: u64 = 0x345678;
        let mut mult: u64 = 1000003;
        let mut len = items.len() as u64;
        for it in items {
            len -= 1;
            let y = self.hash(it)? as u64;
            x = (x ^ y).wrapping_mul(mult);
            mult = mult.wrapping_add(82520u64.wrapping_add(len).wrapping_add(len));
        }
        x = x.wrapping_add(97531);
        let r = x as i64;
        Ok(if r == -1 { -2 } else { r })
    }

    fn unhashable(&mut self, v: &Value) -> super::PyErr {
        let msg = format!("unhashable type: '{}'", self.type_name(v));
        self.new_error("TypeError", &msg)
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Value::Str(s) = v {
            return Ok(s.len);
        }
        if let Some(o) = v.as_obj() {
            let heap = o
                .cls
                .as_ref()
                .and_then(|c| c.as_class())
                .map(|c| c.heap)
                .unwrap_or(false)
                && !self.in_slot;
            if heap {
                let ln = self.names.len.clone();
                if let Some(r) = self.call_special(v, &ln, &[])? {
                    return match num_of(&r) {
                        Some(Num::I(i)) if i >= 0 => Ok(i as usize),
                        Some(Num::I(_)) => {
                            Err(self.new_error("ValueError", "__len__() should return >= 0"))
                        }
                        Some(Num::B(_)) => Err(self.new_error(
                            "OverflowError",
                            "cannot fit 'int' into an index-sized integer",
                        )),
                        _ => {
                            let msg = format!(
                                "'{}' object cannot be interpreted as an integer",
                                self.type_name(&r)
                            );
                            Err(self.new_error("TypeError", &msg))
                        }
                    };
                }
            }
            let n = match &o.payload {
                Payload::Str(s) => Some(s.len),
                Payload::Bytes(b) => Some(b.len()),
                Payload::ByteArray(b) => Some(b.borrow().len()),
                Payload::MemoryView(_) => Some(crate::objects::memoryview::len(self, v)?),
                Payload::Tuple(t) => Some(t.len()),
                Payload::List(l) => Some(l.borrow().len()),
                Payload::Dict(d) | Payload::Set(d) => Some(d.borrow().len()),
                Payload::FrozenSet(d) => Some(d.len()),
                Payload::Range(..) | Payload::BigRange(_) => {
                    Some(crate::objects::range::len(self, &o.payload)?)
                }
                Payload::DictView(d, _) => d.table().map(|t| t.borrow().len()),
                Payload::MappingProxy(t) => {
                    let t = t.clone();
                    let m = self.proxy_mapping(&t);
                    return self.len(&m);
                }
                _ => None,
            };
            if let Some(n) = n {
                return Ok(n);
            }
        }
        let msg = format!("object of type '{}' has no len()", self.type_name(v));
        Err(self.new_error("TypeError", &msg))
    }

    /// An integer for indexing (`__index__`), as i64 (saturating for big ints).
    pub fn index_value(&mut self, v: &Value) -> PyResult<i64> {
        match num_of(v) {
            Some(Num::I(i)) => return Ok(i),
            Some(Num::B(b)) => {
                return Ok(if b.sign() == num_bigint::Sign::Minus {
                    i64::MIN
                } else {
                    i64::MAX
                })
            }
            _ => {}
        }
        if self.type_of(v).as_class().map(|c| c.heap).unwrap_or(false) {
            let ix = self.names.index.clone();
            if let Some(r) = self.call_special(v, &ix, &[])? {
                return match num_of(&r) {
                    Some(Num::I(i)) => Ok(i),
                    Some(Num::B(_)) => self.index_value(&r),
                    _ => {
                        let msg =
                            format!("__index__ returned non-int (type {})", self.type_name(&r));
                        Err(self.new_error("TypeError", &msg))
                    }
                };
            }
        }
        let msg = format!(
            "'{}' object cannot be interpreted as an integer",
            self.type_name(v)
        );
        Err(self.new_error("TypeError", &msg))
    }
}

/// Whether a `__repr__`/`__str__` found on a heap class replaces the native
/// conversion: Python functions do, and so do builtins defined on a heap
/// class itself (native modules' classes such as `time.struct_time`), while
/// builtins inherited from a built-in type do not.
pub(crate) fn overrides_native(f: &Value) -> bool {
    match f.payload() {
        Some(Payload::Builtin(b)) => b
            .owner
            .as_ref()
            .and_then(|o| o.as_class())
            .map(|c| c.heap)
            .unwrap_or(false),
        _ => true,
    }
}
