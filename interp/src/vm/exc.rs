//! Exceptions: creating them, raising, matching, tracebacks, and printing
//! them exactly as CPython 3.4 does.

use super::{Frame, PyErr, PyResult, Vm};
use crate::objects::class::is_subclass;
use crate::objects::{ExcData, Obj, Payload, Value};
use std::cell::RefCell;
use std::rc::Rc;

impl Vm {
    /// The built-in exception class `name` (BaseException if unknown).
    pub fn exc_class(&self, name: &str) -> Rc<Obj> {
        self.types
            .exc
            .get(name)
            .cloned()
            .unwrap_or_else(|| self.types.base_exception.clone())
    }

    /// A new exception instance of class `cls` with `args`.
    pub fn new_exception(&mut self, cls: &Rc<Obj>, args: Vec<Value>) -> Rc<Obj> {
        let args = self.new_tuple(args);
        let d = self.new_dict_obj(crate::objects::DictTable::new());
        let o = Rc::new(Obj {
            cls: Some(cls.clone()),
            dict: std::cell::RefCell::new(Some(d)),
            payload: Payload::Exception(RefCell::new(ExcData {
                args,
                ..ExcData::default()
            })),
        });
        self.gc.track(&o);
        o
    }

    /// A built-in exception with a message, as an error to return.
    pub fn new_error(&mut self, name: &str, msg: &str) -> PyErr {
        let cls = self.exc_class(name);
        PyErr::Exc(self.new_exception(&cls, vec![Value::str(msg)]))
    }

    /// An exception with a value argument (KeyError(key), StopIteration(v)).
    pub fn new_error_value(&mut self, name: &str, v: Value) -> PyErr {
        let cls = self.exc_class(name);
        PyErr::Exc(self.new_exception(&cls, vec![v]))
    }

    /// `NameError: name 'x' is not defined`.
    pub fn name_error(&mut self, name: &crate::objects::PyStr) -> PyErr {
        self.new_error(
            "NameError",
            &format!("name '{}' is not defined", name.as_str()),
        )
    }

    /// The NameError of a failed global lookup (same text in 3.4).
    pub fn global_name_error(&mut self, name: &crate::objects::PyStr) -> PyErr {
        self.name_error(name)
    }

    /// Whether an exception object is an instance of the built-in class `name`.
    pub fn is_instance_of(&self, e: &Rc<Obj>, name: &str) -> bool {
        match (&e.cls, self.types.exc.get(name)) {
            (Some(c), Some(base)) => is_subclass(c, base),
            _ => false,
        }
    }

    /// Whether an error is the Python exception `name` (or a subclass).
    pub fn err_is(&self, e: &PyErr, name: &str) -> bool {
        match e {
            PyErr::Exc(x) => self.is_instance_of(x, name),
            PyErr::Limit(_) => false,
        }
    }

    /// `StopIteration.value` of an exception object.
    pub fn stop_iteration_value(&self, e: &Rc<Obj>) -> Value {
        if let Payload::Exception(d) = &e.payload {
            if let Some(Payload::Tuple(t)) = d.borrow().args.payload() {
                return t.first().cloned().unwrap_or_default();
            }
        }
        Value::None
    }

    /// The `args` tuple of an exception.
    pub fn exc_args(&self, e: &Rc<Obj>) -> Vec<Value> {
        if let Payload::Exception(d) = &e.payload {
            if let Some(Payload::Tuple(t)) = d.borrow().args.payload() {
                return t.to_vec();
            }
        }
        Vec::new()
    }

    /// Records that the exception passed through frame `f`, and chains it to
    /// the exception being handled.
    pub fn add_traceback(&mut self, e: &Rc<Obj>, f: &Frame) {
        if let Payload::Exception(d) = &e.payload {
            // Unwinding a deep recursion runs no instruction, so a growing
            // traceback is checked here: past the memory limit the outer
            // entries are not recorded (the limit ends the run at the next
            // check).
            let (len, cap) = d
                .try_borrow()
                .map(|d| (d.traceback.len(), d.traceback.capacity()))
                .unwrap_or((0, 1));
            if len == cap && len >= 1024 && self.reserve_growth(len, cap, 1, 32).is_err() {
                return;
            }
            let mut d = d.borrow_mut();
            d.traceback.push((f.code.clone(), f.line()));
            if d.context.is_none() {
                if let Some(Value::Obj(h)) = &self.handled {
                    if !Rc::ptr_eq(h, e) {
                        d.context = Value::Obj(h.clone());
                    }
                }
            }
        }
    }

    /// The `__traceback__` value of an exception.
    pub fn traceback_value(&mut self, e: &Value) -> Value {
        if let Some(Payload::Exception(d)) = e.payload() {
            let tb = d.borrow().traceback.clone();
            if tb.is_empty() {
                return Value::None;
            }
            let cls = self.types.traceback.clone();
            return self.alloc(&cls, Payload::Traceback(tb));
        }
        Value::None
    }

    /// Turns the operand of `raise` into an exception instance.
    pub fn make_raisable(&mut self, v: Value, what: &str) -> PyResult<Rc<Obj>> {
        if let Value::Obj(o) = &v {
            if let Payload::Class(_) = &o.payload {
                if is_subclass(o, &self.types.base_exception.clone()) {
                    let inst = self.call(&v, super::Args::new(&[]))?;
                    if let Value::Obj(io) = inst {
                        if matches!(io.payload, Payload::Exception(_)) {
                            return Ok(io);
                        }
                    }
                    return Err(self.new_error(
                        "TypeError",
                        &format!(
                            "calling {} should have returned an instance of BaseException",
                            self.type_name(&v)
                        ),
                    ));
                }
            }
            if let Payload::Exception(_) = &o.payload {
                return Ok(o.clone());
            }
        }
        Err(self.new_error("TypeError", what))
    }

    /// Executes `raise` with `n` operands on the stack.
    pub fn do_raise(&mut self, f: &mut Frame, n: u32) -> PyResult<PyErr> {
        match n {
            0 => match self.handled.clone() {
                Some(Value::Obj(e)) => {
                    self.reraise = true;
                    Ok(PyErr::Exc(e))
                }
                _ => Ok(self.new_error("RuntimeError", "No active exception to reraise")),
            },
            1 => {
                let v = f.regs.pop().unwrap_or_default();
                let e = self.make_raisable(v, "exceptions must derive from BaseException")?;
                Ok(PyErr::Exc(e))
            }
            _ => {
                let cause = f.regs.pop().unwrap_or_default();
                let v = f.regs.pop().unwrap_or_default();
                let e = self.make_raisable(v, "exceptions must derive from BaseException")?;
                let cause =
                    if cause.is_none() {
                        Value::None
                    } else {
                        Value::Obj(self.make_raisable(
                            cause,
                            "exception causes must derive from BaseException",
                        )?)
                    };
                if let Payload::Exception(d) = &e.payload {
                    let mut d = d.borrow_mut();
                    d.cause = cause;
                    d.suppress_context = true;
                }
                Ok(PyErr::Exc(e))
            }
        }
    }

    /// `except T:` matching.
    pub fn exception_matches(&mut self, e: &Value, t: &Value) -> PyResult<bool> {
        let ecls = self.type_of(e).clone();
        let check = |vm: &mut Vm, t: &Value| -> PyResult<bool> {
            match t {
                Value::Obj(c) if matches!(c.payload, Payload::Class(_)) => {
                    if !is_subclass(c, &vm.types.base_exception.clone()) {
                        return Err(vm.new_error(
                            "TypeError",
                            "catching classes that do not inherit from BaseException is not allowed",
                        ));
                    }
                    Ok(is_subclass(&ecls, c))
                }
                _ => Err(vm.new_error(
                    "TypeError",
                    "catching classes that do not inherit from BaseException is not allowed",
                )),
            }
        };
        if let Some(Payload::Tuple(items)) = t.payload() {
            for it in items.iter() {
                if check(self, it)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        check(self, t)
    }

    /// The class name as printed on the last traceback line (`__main__.E`).
    pub fn exc_type_name(&self, e: &Rc<Obj>) -> String {
        let cls = match &e.cls {
            Some(c) => c.clone(),
            None => return "type".to_string(),
        };
        match cls.as_class() {
            Some(cd) => {
                let name = cd.name.borrow().as_str().to_string();
                let module = cd.module.borrow().as_str().to_string();
                if module == "builtins" {
                    name
                } else {
                    format!("{}.{}", module, name)
                }
            }
            None => "?".to_string(),
        }
    }

    /// `str(exception)` without failing (an error gives `None`).
    pub fn exc_str(&mut self, e: &Rc<Obj>) -> Option<String> {
        let v = Value::Obj(e.clone());
        let text = self.str(&v).ok()?;
        // A lone-surrogate message: stderr writes it with backslashreplace,
        // as CPython's does.
        if let Payload::Exception(d) = &e.payload {
            let args = d.borrow().args.clone();
            if let Some(Payload::Tuple(items)) = args.payload() {
                if let [only] = &items[..] {
                    if let Some(s) = only
                        .as_pystr()
                        .filter(|s| s.is_wide() && s.as_str() == text)
                    {
                        return Some(crate::objects::str_wide::backslashed(s));
                    }
                }
            }
        }
        Some(text)
    }

    /// The frames of an exception's traceback, outermost first: the
    /// innermost 1000 only, as CPython prints an uncaught exception
    /// (`PyTraceBack_LIMIT`; a 10^5-deep RecursionError would print 6 MB).
    pub fn traceback_frames(&self, e: &Rc<Obj>) -> Vec<crate::api::TraceFrame> {
        const TRACEBACK_LIMIT: usize = 1000;
        let mut out = Vec::new();
        if let Payload::Exception(d) = &e.payload {
            let d = d.borrow();
            let skip = d.traceback.len().saturating_sub(TRACEBACK_LIMIT);
            for (code, line) in d.traceback.iter().rev().skip(skip) {
                out.push(crate::api::TraceFrame {
                    filename: code.filename.as_str().to_string(),
                    line: *line,
                    function: code.name.as_str().to_string(),
                    source_line: code.source_line(*line),
                });
            }
        }
        out
    }

    /// The full text CPython prints for an uncaught exception, chains included.
    pub fn format_exception(&mut self, e: &Rc<Obj>) -> String {
        let mut chain: Vec<(Rc<Obj>, &'static str)> = Vec::new();
        let mut cur = e.clone();
        let mut seen: Vec<*const Obj> = vec![Rc::as_ptr(&cur)];
        let mut link: &'static str = "";
        loop {
            chain.push((cur.clone(), link));
            let next = match &cur.payload {
                Payload::Exception(d) => {
                    let d = d.borrow();
                    if let Value::Obj(c) = &d.cause {
                        Some((c.clone(), "\nThe above exception was the direct cause of the following exception:\n\n"))
                    } else if let (Value::Obj(c), false) = (&d.context, d.suppress_context) {
                        Some((c.clone(), "\nDuring handling of the above exception, another exception occurred:\n\n"))
                    } else {
                        None
                    }
                }
                _ => None,
            };
            match next {
                Some((n, l)) if !seen.contains(&Rc::as_ptr(&n)) && chain.len() < 100 => {
                    seen.push(Rc::as_ptr(&n));
                    link = l;
                    cur = n;
                }
                _ => break,
            }
        }
        let mut out = String::new();
        for (exc, link) in chain.iter().rev() {
            out.push_str(&self.format_one(exc));
            out.push_str(link);
        }
        out
    }

    fn format_one(&mut self, e: &Rc<Obj>) -> String {
        let mut out = String::new();
        let frames = self.traceback_frames(e);
        if !frames.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            for fr in &frames {
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    fr.filename, fr.line, fr.function
                ));
                // CPython reads source lines from the file; pseudo-files
                // such as `<string>` and `<stdin>` have none to show.
                let pseudo_file = fr.filename.starts_with('<') && fr.filename.ends_with('>');
                if let (Some(src), false) = (&fr.source_line, pseudo_file) {
                    out.push_str("    ");
                    out.push_str(src);
                    out.push('\n');
                }
            }
        }
        let name = self.exc_type_name(e);
        let mut text = None;
        if self.is_instance_of(e, "SyntaxError") {
            out.push_str(&self.format_syntax_error_body(e));
            let k = self.intern("msg");
            if let Some(m) = e.dict_get(&k) {
                text = self.str(&m).ok();
            }
        }
        let text = match text {
            Some(t) => Some(t),
            None => self.exc_str(e),
        };
        match text {
            Some(s) if s.is_empty() => {
                out.push_str(&name);
                out.push('\n');
            }
            Some(s) => {
                out.push_str(&name);
                out.push_str(": ");
                out.push_str(&s);
                out.push('\n');
            }
            // 3.4's PyErr_Display when str() of the exception fails.
            None => {
                out.push_str(&name);
                out.push_str(": <exception str() failed>\n");
            }
        }
        out
    }

    fn format_syntax_error_body(&mut self, e: &Rc<Obj>) -> String {
        let get = |vm: &mut Vm, n: &str| -> Value {
            let k = vm.intern(n);
            e.dict_get(&k).unwrap_or_default()
        };
        let filename = get(self, "filename");
        let lineno = get(self, "lineno");
        let text = get(self, "text");
        let offset = get(self, "offset");
        let mut out = String::new();
        if let (Some(f), Value::Int(l)) = (filename.as_pystr(), &lineno) {
            out.push_str(&format!("  File \"{}\", line {}\n", f.as_str(), l));
        }
        if let Some(t) = text.as_pystr() {
            let raw = t.as_str();
            let trimmed = raw.trim_start_matches([' ', '\t', '\x0c']);
            let removed = raw.chars().count() - trimmed.chars().count();
            let trimmed = trimmed.trim_end_matches(['\n', '\r']);
            out.push_str("    ");
            out.push_str(trimmed);
            out.push('\n');
            if let Value::Int(off) = offset {
                let caret = (off as usize).saturating_sub(1 + removed);
                out.push_str("    ");
                out.push_str(&" ".repeat(caret.min(trimmed.chars().count())));
                out.push_str("^\n");
            }
        }
        out
    }

    /// A SyntaxError exception object from a front-end error.
    pub fn syntax_error_value(
        &mut self,
        err: &crate::syntax::SyntaxError,
        filename: &str,
    ) -> Rc<Obj> {
        let cls = self.exc_class(err.kind.name());
        let text = match &err.text {
            Some(t) => Value::str(t),
            None => Value::None,
        };
        let details = self.new_tuple(vec![
            Value::str(filename),
            Value::Int(err.line as i64),
            Value::Int(err.offset as i64),
            text.clone(),
        ]);
        let e = self.new_exception(&cls, vec![Value::str(&err.msg), details]);
        for (k, v) in [
            ("msg", Value::str(&err.msg)),
            ("filename", Value::str(filename)),
            ("lineno", Value::Int(err.line as i64)),
            ("offset", Value::Int(err.offset as i64)),
            ("text", text),
        ] {
            let key = self.intern(k);
            if let Some(d) = &*e.dict.borrow() {
                let d = Value::Obj(d.clone());
                let _ = self.dict_set(&d, Value::Str(key), v);
            }
        }
        e
    }
}
