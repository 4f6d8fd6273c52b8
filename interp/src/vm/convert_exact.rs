//! `str(v)` and `repr(v)` as exact strings: [`Vm::str`] and [`Vm::repr`]
//! give Rust `String`s, in which a lone surrogate returned by a user's
//! `__str__`/`__repr__` (or held by a str) is the lossy U+FFFD. The
//! user-visible conversions (`str()`, `repr()`, `ascii()`, `print`, `%s`,
//! `{}`/`{!r}`) use these instead. The common case costs one pointer check:
//! only a heap class's override or a wide str takes the exact path.

use super::{PyResult, Vm};
use crate::objects::class::lookup;
use crate::objects::{PyStr, Value};
use std::rc::Rc;

impl Vm {
    /// The result of `v`'s own `__str__` or `__repr__` (`special`) when
    /// `v`'s class is a heap class that overrides it; `None` otherwise.
    fn user_conversion(&mut self, v: &Value, special: &Rc<PyStr>) -> PyResult<Option<Value>> {
        let cls = self.type_of(v).clone();
        if !cls.as_class().is_some_and(|c| c.heap) {
            return Ok(None);
        }
        let Some(f) = lookup(&cls, special) else {
            return Ok(None);
        };
        if !super::convert::overrides_native(&f) {
            return Ok(None);
        }
        let r = match self.bind_descriptor(&f, v, &cls)? {
            Some(b) => self.call(&b, super::Args::new(&[]))?,
            None => self.call(&f, super::Args::new(std::slice::from_ref(v)))?,
        };
        Ok(Some(r))
    }

    /// The str a `__str__`/`__repr__` (`what`) returned, or its TypeError.
    fn returned_str(&mut self, r: &Value, what: &str) -> PyResult<Rc<PyStr>> {
        match r.as_pystr() {
            Some(s) => Ok(s.clone()),
            None => {
                let msg = format!("{what} returned non-string (type {})", self.type_name(r));
                Err(self.new_error("TypeError", &msg))
            }
        }
    }

    /// `str(v)`, exact (lone surrogates kept).
    pub fn str_exact(&mut self, v: &Value) -> PyResult<Rc<PyStr>> {
        match v {
            Value::Str(s) => return Ok(s.clone()),
            Value::Obj(_) => {}
            _ => return Ok(Rc::new(PyStr::from_string(self.repr(v)?))),
        }
        let name = self.names.str_.clone();
        if let Some(r) = self.user_conversion(v, &name)? {
            return self.returned_str(&r, "__str__");
        }
        if let Some(s) = v.as_pystr() {
            return Ok(s.clone());
        }
        if !matches!(
            v.payload(),
            Some(crate::objects::Payload::MappingProxy(_) | crate::objects::Payload::Exception(_))
        ) {
            // `native_str` of anything else is the repr (object.__str__,
            // which calls tp_repr directly: a non-str result is reported
            // as `__str__`'s, as CPython's PyObject_Str does).
            let name = self.names.repr.clone();
            if let Some(r) = self.user_conversion(v, &name)? {
                return self.returned_str(&r, "__str__");
            }
            return Ok(Rc::new(PyStr::from_string(self.native_repr(v)?)));
        }
        let text = self.native_str(v)?;
        Ok(crate::objects::str_wide::exact_exc_str(v, &text)
            .unwrap_or_else(|| Rc::new(PyStr::from_string(text))))
    }

    /// `repr(v)`, exact (a user `__repr__`'s lone surrogates kept).
    pub fn repr_exact(&mut self, v: &Value) -> PyResult<Rc<PyStr>> {
        if let Value::Obj(_) = v {
            let name = self.names.repr.clone();
            if let Some(r) = self.user_conversion(v, &name)? {
                return self.returned_str(&r, "__repr__");
            }
            return Ok(Rc::new(PyStr::from_string(self.native_repr(v)?)));
        }
        Ok(Rc::new(PyStr::from_string(self.repr(v)?)))
    }

    /// `ascii(v)`: the exact repr with non-ASCII code points escaped.
    pub fn ascii_exact(&mut self, v: &Value) -> PyResult<String> {
        let r = self.repr_exact(v)?;
        Ok(match r.s.wide() {
            None => crate::text::ascii_escape(r.as_str()),
            Some(w) => {
                let mut out = String::with_capacity(w.len());
                for &cp in w {
                    match char::from_u32(cp) {
                        Some(c) if cp < 0x80 => out.push(c),
                        Some(c) => {
                            out.push_str(&crate::text::ascii_escape(c.encode_utf8(&mut [0; 4])))
                        }
                        None => out.push_str(&format!("\\u{cp:04x}")),
                    }
                }
                out
            }
        })
    }
}
