//! The iteration protocol: `iter()`, `next()`, and the native iterators.

use super::{Args, PyErr, PyResult, Vm};
use crate::objects::class::lookup;
use crate::objects::{Obj, Payload, PyStr, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// The state of a native iterator.
pub enum IterState {
    /// Over a list, tuple, bytes or bytearray by index.
    Seq { seq: Value, idx: usize },
    /// Over a str by byte offset.
    Str { s: Rc<PyStr>, byte: usize },
    /// Over a range.
    Range { cur: i64, stop: i64, step: i64 },
    /// Over a dict: 0 keys, 1 values, 2 items.
    Dict {
        d: Rc<Obj>,
        pos: usize,
        kind: u8,
        len: usize,
    },
    /// Over a snapshot (frozensets).
    Items { items: Vec<Value>, idx: usize },
    /// Over `sys.stdin`: one line per step, read when asked for (so that
    /// `input()` and `readline()` after a `break` continue where it stopped).
    StdinLines,
    /// Over a snapshot of a mutable set, which must keep its size.
    SetItems {
        set: Rc<Obj>,
        items: Vec<Value>,
        idx: usize,
        len: usize,
    },
    /// `enumerate(it, start)`
    Enumerate { it: Value, n: Value },
    /// `zip(*its)`
    Zip { its: Vec<Value> },
    /// `map(f, *its)`
    Map { f: Value, its: Vec<Value> },
    /// `filter(f, it)`
    Filter { f: Value, it: Value },
    /// `reversed(seq)`
    Reversed { seq: Value, idx: i64 },
    /// The `__getitem__` protocol.
    GetItem { obj: Value, idx: i64 },
    /// `iter(callable, sentinel)`
    Callable { f: Value, sentinel: Value },
    /// itertools' permutations, combinations(_with_replacement) and product.
    Combinatoric(Box<crate::modules::itertools_native::Combinatoric>),
    /// Exhausted.
    Done,
}

impl IterState {
    /// The values this iterator keeps alive (for the cycle collector).
    pub fn children(&self, out: &mut Vec<Value>) {
        match self {
            IterState::Seq { seq, .. } => out.push(seq.clone()),
            IterState::Dict { d, .. } => out.push(Value::Obj(d.clone())),
            IterState::Items { items, .. } => out.extend(items.iter().cloned()),
            IterState::Combinatoric(c) => c.children(out),
            IterState::SetItems { set, items, .. } => {
                out.push(Value::Obj(set.clone()));
                out.extend(items.iter().cloned());
            }
            IterState::Enumerate { it, .. } => out.push(it.clone()),
            IterState::Zip { its } => out.extend(its.iter().cloned()),
            IterState::Map { f, its } => {
                out.push(f.clone());
                out.extend(its.iter().cloned());
            }
            IterState::Filter { f, it } => {
                out.push(f.clone());
                out.push(it.clone());
            }
            IterState::Reversed { seq, .. } | IterState::GetItem { obj: seq, .. } => {
                out.push(seq.clone())
            }
            IterState::Callable { f, sentinel } => {
                out.push(f.clone());
                out.push(sentinel.clone());
            }
            _ => {}
        }
    }
}

impl Vm {
    /// Wraps a native iterator state in an iterator object of class `cls`.
    pub fn new_iter(&mut self, cls: &Rc<Obj>, st: IterState) -> Value {
        self.alloc(cls, Payload::Iter(RefCell::new(st)))
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        let cls = self.type_of(v).clone();
        let heap = cls.as_class().map(|c| c.heap).unwrap_or(false)
            && !std::mem::replace(&mut self.in_slot, false);
        if heap {
            let it_name = self.names.iter.clone();
            if let Some(f) = lookup(&cls, &it_name) {
                if !matches!(f.payload(), Some(Payload::Builtin(_))) {
                    if f.is_none() {
                        return Err(self.not_iterable(v));
                    }
                    let r = self.call_special(v, &it_name, &[])?.unwrap_or_default();
                    let rcls = self.type_of(&r).clone();
                    let nn = self.names.next.clone();
                    if lookup(&rcls, &nn).is_none()
                        && !matches!(
                            r.payload(),
                            Some(Payload::Iter(_)) | Some(Payload::Generator(_))
                        )
                    {
                        let msg = format!(
                            "iter() returned non-iterator of type '{}'",
                            self.type_name(&r)
                        );
                        return Err(self.new_error("TypeError", &msg));
                    }
                    return Ok(r);
                }
            } else {
                let gi = self.names.getitem.clone();
                if lookup(&cls, &gi).is_some() && !matches!(v.payload(), Some(Payload::Dict(_))) {
                    let c = self.types.iterator.clone();
                    return Ok(self.new_iter(
                        &c,
                        IterState::GetItem {
                            obj: v.clone(),
                            idx: 0,
                        },
                    ));
                }
            }
        }
        if let Some(s) = v.as_pystr() {
            let c = self.types.str_iterator.clone();
            return Ok(self.new_iter(
                &c,
                IterState::Str {
                    s: s.clone(),
                    byte: 0,
                },
            ));
        }
        let o = match v {
            Value::Obj(o) => o.clone(),
            _ => return Err(self.not_iterable(v)),
        };
        let (c, st) = match &o.payload {
            Payload::List(_) => (
                self.types.list_iterator.clone(),
                IterState::Seq {
                    seq: v.clone(),
                    idx: 0,
                },
            ),
            Payload::Tuple(_) => (
                self.types.tuple_iterator.clone(),
                IterState::Seq {
                    seq: v.clone(),
                    idx: 0,
                },
            ),
            Payload::Bytes(_) | Payload::ByteArray(_) => (
                if matches!(o.payload, Payload::Bytes(_)) {
                    self.types.bytes_iterator.clone()
                } else {
                    self.types.bytearray_iterator.clone()
                },
                IterState::Seq {
                    seq: v.clone(),
                    idx: 0,
                },
            ),
            Payload::BigRange(_) => return Ok(crate::objects::range::big_iter(self, v)),
            Payload::Range(a, b, s) => (
                self.types.range_iterator.clone(),
                IterState::Range {
                    cur: *a,
                    stop: *b,
                    step: *s,
                },
            ),
            Payload::Dict(t) => {
                let len = t.borrow().len();
                (
                    self.types.dict_keyiterator.clone(),
                    IterState::Dict {
                        d: o.clone(),
                        pos: 0,
                        kind: 0,
                        len,
                    },
                )
            }
            Payload::DictView(d, kind) => {
                let len = d.table().map(|t| t.borrow().len()).unwrap_or(0);
                (
                    match kind {
                        0 => self.types.dict_keyiterator.clone(),
                        1 => self.types.dict_valueiterator.clone(),
                        _ => self.types.dict_itemiterator.clone(),
                    },
                    IterState::Dict {
                        d: d.clone(),
                        pos: 0,
                        kind: *kind,
                        len,
                    },
                )
            }
            Payload::Set(t) => {
                let items = t.borrow().set_order();
                let len = items.len();
                (
                    self.types.set_iterator.clone(),
                    IterState::SetItems {
                        set: o.clone(),
                        items,
                        idx: 0,
                        len,
                    },
                )
            }
            Payload::FrozenSet(t) => {
                let items = t.set_order();
                (
                    self.types.set_iterator.clone(),
                    IterState::Items { items, idx: 0 },
                )
            }
            Payload::Iter(_) | Payload::Generator(_) => return Ok(v.clone()),
            Payload::MemoryView(_) => {
                // 3.4's memoryview has no __iter__: the sequence protocol's
                // plain `iterator` walks it.
                let items = crate::objects::memoryview::tolist_value(self, v)?;
                (
                    self.types.iterator.clone(),
                    IterState::Seq { seq: items, idx: 0 },
                )
            }
            Payload::MappingProxy(t) => {
                let t = t.clone();
                let m = self.proxy_mapping(&t);
                return self.iter(&m);
            }
            Payload::Stream(0) => (self.types.iterator.clone(), IterState::StdinLines),
            _ => return Err(self.not_iterable(v)),
        };
        Ok(self.new_iter(&c, st))
    }

    fn not_iterable(&mut self, v: &Value) -> PyErr {
        let msg = format!("'{}' object is not iterable", self.type_name(v));
        self.new_error("TypeError", &msg)
    }

    /// `next(it)`, with exhaustion as `None`.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match self.next_raw(it) {
            Err(PyErr::Exc(e)) if self.is_instance_of(&e, "StopIteration") => Ok(None),
            r => r,
        }
    }

    /// `next(it)`; a StopIteration raised by user code is passed through.
    pub fn next_raw(&mut self, it: &Value) -> PyResult<Option<Value>> {
        let o = match it {
            Value::Obj(o) => o.clone(),
            _ => return Err(self.not_an_iterator(it)),
        };
        match &o.payload {
            Payload::Iter(st) => self.iter_step(st),
            Payload::Generator(_) => match self.gen_resume(&o, Value::None, None)? {
                super::generator::GenResult::Yield(v) => Ok(Some(v)),
                super::generator::GenResult::Return(_) => Ok(None),
            },
            _ => {
                let nn = self.names.next.clone();
                match self.call_special(it, &nn, &[])? {
                    Some(v) => Ok(Some(v)),
                    None => Err(self.not_an_iterator(it)),
                }
            }
        }
    }

    fn not_an_iterator(&mut self, v: &Value) -> PyErr {
        let msg = format!("'{}' object is not an iterator", self.type_name(v));
        self.new_error("TypeError", &msg)
    }

    fn iter_step(&mut self, st: &RefCell<IterState>) -> PyResult<Option<Value>> {
        // Simple states are advanced under the borrow; states that call
        // Python code take their operands out first.
        let mut s = st.borrow_mut();
        match &mut *s {
            IterState::Seq { seq, idx } => {
                let r = match seq.payload() {
                    Some(Payload::List(l)) => l.borrow().get(*idx).cloned(),
                    Some(Payload::Tuple(t)) => t.get(*idx).cloned(),
                    Some(Payload::Bytes(b)) => b.get(*idx).map(|x| Value::Int(*x as i64)),
                    Some(Payload::ByteArray(b)) => {
                        b.borrow().get(*idx).map(|x| Value::Int(*x as i64))
                    }
                    _ => None,
                };
                match r {
                    Some(v) => {
                        *idx += 1;
                        Ok(Some(v))
                    }
                    None => {
                        *s = IterState::Done;
                        Ok(None)
                    }
                }
            }
            IterState::Str { s: text, byte } if text.is_wide() => {
                // For a wide string `byte` counts code points.
                match text.code_point_at(*byte) {
                    Some(cp) => {
                        *byte += 1;
                        drop(s);
                        Ok(Some(crate::objects::str_wide::code_point_value(self, cp)))
                    }
                    None => Ok(None),
                }
            }
            IterState::Str { s: text, byte } => {
                let rest = &text.s[*byte..];
                match rest.chars().next() {
                    Some(c) => {
                        *byte += c.len_utf8();
                        drop(s);
                        Ok(Some(self.char_value(c)))
                    }
                    None => {
                        *s = IterState::Done;
                        Ok(None)
                    }
                }
            }
            IterState::Range { cur, stop, step } => {
                if (*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop) {
                    let v = *cur;
                    *cur = cur.saturating_add(*step);
                    Ok(Some(Value::Int(v)))
                } else {
                    Ok(None)
                }
            }
            IterState::Dict { d, pos, kind, len } => {
                let t = match d.table() {
                    Some(t) => t,
                    None => return Ok(None),
                };
                let tb = t.borrow();
                if tb.len() != *len {
                    *len = usize::MAX;
                    drop(tb);
                    drop(s);
                    return Err(
                        self.new_error("RuntimeError", "dictionary changed size during iteration")
                    );
                }
                match tb.next_from(*pos) {
                    Some((i, e)) => {
                        *pos = i + 1;
                        let (k, v) = (e.key.clone(), e.value.clone());
                        let kind = *kind;
                        drop(tb);
                        drop(s);
                        Ok(Some(match kind {
                            0 => k,
                            1 => v,
                            _ => self.new_tuple(vec![k, v]),
                        }))
                    }
                    None => Ok(None),
                }
            }
            IterState::Items { items, idx } => {
                let r = items.get(*idx).cloned();
                *idx += 1;
                Ok(r)
            }
            IterState::Combinatoric(c) => {
                let items = c.advance();
                drop(s);
                Ok(items.map(|v| self.new_tuple(v)))
            }
            IterState::StdinLines => {
                let line = self.stdin_readline();
                Ok(if line.is_empty() {
                    None
                } else {
                    Some(Value::string(line))
                })
            }
            IterState::SetItems {
                set,
                items,
                idx,
                len,
            } => {
                let now = set.table().map(|t| t.borrow().len()).unwrap_or(0);
                if now != *len {
                    *len = usize::MAX;
                    drop(s);
                    return Err(self.new_error("RuntimeError", "Set changed size during iteration"));
                }
                let r = items.get(*idx).cloned();
                *idx += 1;
                Ok(r)
            }
            IterState::Done => Ok(None),
            IterState::Enumerate { it, n } => {
                let inner = it.clone();
                let i = n.clone();
                // The count is an int of any size (`enumerate(x, 2**200)`).
                let step = match &i {
                    Value::Int(k) if *k < i64::MAX => {
                        *n = Value::Int(k + 1);
                        false
                    }
                    _ => true,
                };
                drop(s);
                if step {
                    let next = self.binary_op(&i, &Value::Int(1), crate::bytecode::BinOp::Add)?;
                    if let IterState::Enumerate { n, .. } = &mut *st.borrow_mut() {
                        *n = next;
                    }
                }
                match self.next_raw(&inner)? {
                    Some(v) => Ok(Some(self.new_tuple(vec![i, v]))),
                    None => Ok(None),
                }
            }
            IterState::Zip { its } => {
                let its = its.clone();
                drop(s);
                if its.is_empty() {
                    return Ok(None);
                }
                let mut out = Vec::with_capacity(its.len());
                for i in &its {
                    match self.next_raw(i)? {
                        Some(v) => out.push(v),
                        None => return Ok(None),
                    }
                }
                Ok(Some(self.new_tuple(out)))
            }
            IterState::Map { f, its } => {
                let (f, its) = (f.clone(), its.clone());
                drop(s);
                let mut args = Vec::with_capacity(its.len());
                for i in &its {
                    match self.next_raw(i)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(&f, Args::new(&args)).map(Some)
            }
            IterState::Filter { f, it } => {
                let (f, it) = (f.clone(), it.clone());
                drop(s);
                loop {
                    let v = match self.next_raw(&it)? {
                        Some(v) => v,
                        None => return Ok(None),
                    };
                    let keep = if f.is_none() {
                        self.truthy(&v)?
                    } else {
                        let r = self.call(&f, Args::new(std::slice::from_ref(&v)))?;
                        self.truthy(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
            }
            IterState::Reversed { seq, idx } => {
                if *idx < 0 {
                    return Ok(None);
                }
                let (seq, i) = (seq.clone(), *idx);
                *idx -= 1;
                drop(s);
                let n = self.len(&seq)? as i64;
                if i >= n {
                    return Ok(None);
                }
                self.getitem(&seq, &Value::Int(i)).map(Some)
            }
            IterState::GetItem { obj, idx } => {
                let (obj, i) = (obj.clone(), *idx);
                *idx += 1;
                drop(s);
                match self.getitem(&obj, &Value::Int(i)) {
                    Ok(v) => Ok(Some(v)),
                    Err(PyErr::Exc(e))
                        if self.is_instance_of(&e, "IndexError")
                            || self.is_instance_of(&e, "StopIteration") =>
                    {
                        *st.borrow_mut() = IterState::Done;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::Callable { f, sentinel } => {
                let (f, sentinel) = (f.clone(), sentinel.clone());
                drop(s);
                // A native callable never ticks by itself (`iter(int, 1)`).
                self.tick(1)?;
                let v = self.call(&f, Args::new(&[]))?;
                if self.eq(&v, &sentinel)? {
                    *st.borrow_mut() = IterState::Done;
                    return Ok(None);
                }
                Ok(Some(v))
            }
        }
    }

    /// Collects all items of an iterable.
    pub fn iterate(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v.payload() {
            Some(Payload::List(l))
                if !self.type_of(v).as_class().map(|c| c.heap).unwrap_or(false) =>
            {
                return self.copy_list_paced(l);
            }
            Some(Payload::Tuple(t))
                if !self.type_of(v).as_class().map(|c| c.heap).unwrap_or(false) =>
            {
                let mut out = Vec::with_capacity(t.len());
                self.extend_paced(&mut out, t)?;
                return Ok(out);
            }
            _ => {}
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        match self.collect_into(&it, &mut out) {
            Ok(()) => Ok(out),
            Err(e) => {
                // Stopped at a limit: the items go to the paced free (the
                // rest of a huge partial list waits for the teardown).
                super::release::release_items(out);
                Err(e)
            }
        }
    }

    /// The loop of [`Vm::iterate`]: appends the items of iterator `it`.
    fn collect_into(&mut self, it: &Value, out: &mut Vec<Value>) -> PyResult<()> {
        while let Some(x) = self.next(it)? {
            if out.len() == out.capacity() {
                self.reserve_growth(out.len(), out.capacity(), 1, 16)?;
            }
            out.push(x);
            if out.len().is_multiple_of(4096) {
                // Native iterators (`zip`, `map` of a builtin, ...) tick
                // nothing themselves: charge the items as work and read the
                // clock here, or `list(zip(range(10**8)))` ran 0.4 s past
                // a 0.3 s limit between two periodic checks.
                self.tick(4096 / crate::sandbox::WORK_PER_TICK)?;
                self.check_limits()?;
            } else if out.len().is_multiple_of(16) {
                // Items made without running an instruction (a generator
                // function's generators, found by fuzzing) hold memory that
                // no tick checks.
                self.check_memory(0)?;
            }
        }
        Ok(())
    }

    /// Items for `f(*args)`, with 3.4's message for non-iterables.
    pub fn iterate_star(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match self.iterate(v) {
            Err(PyErr::Exc(e)) if self.is_instance_of(&e, "TypeError") && self.iter(v).is_err() => {
                let msg = format!(
                    "argument after * must be a sequence, not {}",
                    self.type_name(v)
                );
                Err(self.new_error("TypeError", &msg))
            }
            r => r,
        }
    }

    /// The remaining stdin lines (for iterating over `sys.stdin`).
    pub fn stdin_lines(&mut self) -> Vec<Value> {
        let mut out = Vec::new();
        loop {
            let line = self.stdin_readline();
            if line.is_empty() {
                break;
            }
            out.push(Value::string(line));
        }
        out
    }

    /// Reads one line from stdin ("" at EOF).
    pub fn stdin_readline(&mut self) -> String {
        let (text, pos) = &mut self.stdin;
        let rest = &text[*pos..];
        let end = rest.find('\n').map(|i| i + 1).unwrap_or(rest.len());
        let line = rest[..end].to_string();
        *pos += end;
        line
    }
}
