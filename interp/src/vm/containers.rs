//! Dict and set operations (with Python equality for keys), subscripting and
//! slicing.

use super::ops::{num_of, Num};
use super::{PyErr, PyResult, Vm};
use crate::bytecode::{BinOp, CmpOp};
use crate::objects::class::lookup;
use crate::objects::{DictTable, Obj, Payload, PyStr, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// Whether equality of `v` with another simple key can be decided natively.
fn simple_key(v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            let heap = o
                .cls
                .as_ref()
                .and_then(|c| c.as_class())
                .map(|c| c.heap)
                .unwrap_or(false);
            !heap
                && match &o.payload {
                    Payload::Int(_)
                    | Payload::Float(_)
                    | Payload::Complex(..)
                    | Payload::Bytes(_) => true,
                    Payload::Str(_) => true,
                    Payload::Tuple(t) => t.iter().all(simple_key),
                    Payload::FrozenSet(_) => false,
                    Payload::Function(_)
                    | Payload::Class(_)
                    | Payload::Builtin(_)
                    | Payload::Module(..) => true,
                    Payload::Empty => true,
                    _ => false,
                }
        }
        _ => true,
    }
}

/// Native equality of two simple keys.
fn simple_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Rc::ptr_eq(x, y) || x.s == y.s,
        (Value::Int(x), Value::Int(y)) => x == y,
        _ => {
            if a.is(b) {
                return true;
            }
            if let (Some(x), Some(y)) = (a.as_pystr(), b.as_pystr()) {
                return x.s == y.s;
            }
            if let (Some(x), Some(y)) = (num_of(a), num_of(b)) {
                return match super::ops::num_cmp(&x, &y) {
                    Some(o) => o.is_eq(),
                    None => match (x, y) {
                        (Num::C(a, b), Num::C(c, d)) => a == c && b == d,
                        _ => false,
                    },
                };
            }
            match (a.payload(), b.payload()) {
                (Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) => {
                    x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| simple_eq(p, q))
                }
                (Some(Payload::Bytes(x)), Some(Payload::Bytes(y))) => x == y,
                _ => false,
            }
        }
    }
}

impl Vm {
    fn table_of<'a>(&self, d: &'a Value) -> Option<&'a RefCell<DictTable>> {
        match d {
            Value::Obj(o) => o.table(),
            _ => None,
        }
    }

    /// Finds the entry index of `key` in a table.
    pub fn table_find(
        &mut self,
        t: &RefCell<DictTable>,
        key: &Value,
        hash: i64,
    ) -> PyResult<Option<usize>> {
        if simple_key(key) {
            let r = t
                .borrow()
                .find(hash, |k| simple_key(k) && simple_eq(k, key));
            if r.is_some() {
                return Ok(r);
            }
            // A stored key with a user-defined __eq__ may still match.
            let cands = t.borrow().candidates(hash);
            self.charge_probes(cands.len())?;
            for (ix, k) in cands {
                if !simple_key(&k) && self.eq(&k, key)? {
                    return Ok(Some(ix));
                }
            }
            return Ok(None);
        }
        let cands = t.borrow().candidates(hash);
        self.charge_probes(cands.len())?;
        for (ix, k) in cands {
            if k.is(key) || self.eq(&k, key)? {
                return Ok(Some(ix));
            }
        }
        Ok(None)
    }

    /// `d[key]` without `__missing__` (None when absent).
    pub fn dict_get(&mut self, d: &Value, key: &Value) -> PyResult<Option<Value>> {
        let t = match self.table_of(d) {
            Some(t) => t,
            None => return Ok(None),
        };
        let h = self.hash(key)?;
        let ix = self.table_find(t, key, h)?;
        Ok(ix.and_then(|i| t.borrow().entry(i).map(|e| e.value.clone())))
    }

    /// `d[key] = value`.
    pub fn dict_set(&mut self, d: &Value, key: Value, value: Value) -> PyResult<()> {
        let t = match self.table_of(d) {
            Some(t) => t,
            None => return Ok(()),
        };
        let h = self.hash(&key)?;
        match self.table_find(t, &key, h)? {
            Some(ix) => {
                let old = t.borrow_mut().set_value(ix, value);
                drop(old);
            }
            None => {
                let grow = t.borrow().growth_bytes();
                if grow > 0 {
                    self.reserve(grow as u64)?;
                }
                t.borrow_mut().push_new(h, key, value);
            }
        }
        Ok(())
    }

    /// `del d[key]`; returns the removed value.
    pub fn dict_del(&mut self, d: &Value, key: &Value) -> PyResult<Option<Value>> {
        let t = match self.table_of(d) {
            Some(t) => t,
            None => return Ok(None),
        };
        let h = self.hash(key)?;
        match self.table_find(t, key, h)? {
            Some(ix) => {
                let e = t.borrow_mut().remove_at(ix);
                Ok(e.map(|e| e.value))
            }
            None => Ok(None),
        }
    }

    /// Looks up a str key in a dict object.
    #[inline]
    pub fn dict_get_str(&self, d: &Rc<Obj>, name: &PyStr) -> Option<Value> {
        match &d.payload {
            Payload::Dict(t) => t.borrow().get_str(name).cloned(),
            _ => None,
        }
    }

    /// Deletes a str key from a dict object; false if absent.
    pub fn dict_del_str(&mut self, d: &Rc<Obj>, name: &Rc<PyStr>) -> PyResult<bool> {
        let dv = Value::Obj(d.clone());
        Ok(self.dict_del(&dv, &Value::Str(name.clone()))?.is_some())
    }

    /// Stores a name in a namespace (module globals, class body).
    #[inline]
    pub fn ns_store(&mut self, ns: &Rc<Obj>, name: Rc<PyStr>, v: Value) -> PyResult<()> {
        let exact = match &ns.cls {
            Some(c) => Rc::ptr_eq(c, &self.types.dict),
            None => false,
        };
        if let (Payload::Dict(t), true) = (&ns.payload, exact) {
            let h = name.hash();
            let ix = t.borrow().find(h, |k| match k {
                Value::Str(s) => Rc::ptr_eq(s, &name) || s.s == name.s,
                _ => false,
            });
            match ix {
                Some(ix) => {
                    let old = t.borrow_mut().set_value(ix, v);
                    drop(old);
                }
                None => t.borrow_mut().push_new(h, Value::Str(name), v),
            }
            return Ok(());
        }
        self.setitem(&Value::Obj(ns.clone()), Value::Str(name), v)
    }

    /// Loads a name from a namespace mapping.
    pub fn ns_load(&mut self, ns: &Rc<Obj>, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        if let Payload::Dict(_) = &ns.payload {
            if ns
                .cls
                .as_ref()
                .map(|c| Rc::ptr_eq(c, &self.types.dict))
                .unwrap_or(true)
            {
                return Ok(self.dict_get_str(ns, name));
            }
        }
        match self.getitem(&Value::Obj(ns.clone()), &Value::Str(name.clone())) {
            Ok(v) => Ok(Some(v)),
            Err(PyErr::Exc(e)) if self.is_instance_of(&e, "KeyError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Whether two dicts are equal (huge ones copied and compared with the
    /// work charged, stopping at a limit).
    pub fn dict_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let Some(ta) = self.table_of(a) else {
            return Ok(false);
        };
        let n = ta.borrow().len();
        if n != self.table_of(b).map(|t| t.borrow().len()).unwrap_or(0) {
            return Ok(false);
        }
        self.charge_copy(n)?;
        let pairs = match self.table_of(a) {
            Some(t) => t.borrow().pairs_paced(),
            None => return Ok(false),
        };
        let pairs = self.paced(pairs)?;
        for (i, (k, v)) in pairs.into_iter().enumerate() {
            self.charge_every(i)?;
            match self.dict_get(b, &k)? {
                Some(w) => {
                    if !(v.is(&w) || self.eq(&v, &w)?) {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// A new set from items.
    pub fn new_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let cls = self.types.set.clone();
        let s = self.alloc(&cls, Payload::Set(RefCell::new(DictTable::new())));
        for (i, it) in items.into_iter().enumerate() {
            self.set_add(&s, it)?;
            self.charge_every(i)?;
        }
        Ok(s)
    }

    /// A new frozenset from items.
    pub fn new_frozenset(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let tmp = RefCell::new(DictTable::new());
        for (i, it) in items.into_iter().enumerate() {
            self.charge_every(i)?;
            let h = self.hash(&it)?;
            if self.table_find(&tmp, &it, h)?.is_none() {
                tmp.borrow_mut().push_new(h, it, Value::None);
            }
        }
        let cls = self.types.frozenset.clone();
        Ok(self.alloc(&cls, Payload::FrozenSet(tmp.into_inner())))
    }

    /// `s.add(v)`.
    pub fn set_add(&mut self, s: &Value, v: Value) -> PyResult<()> {
        let t = match self.table_of(s) {
            Some(t) => t,
            None => return Ok(()),
        };
        let h = self.hash(&v)?;
        if self.table_find(t, &v, h)?.is_none() {
            let grow = t.borrow().growth_bytes();
            if grow > 0 {
                self.reserve(grow as u64)?;
            }
            t.borrow_mut().push_new(h, v, Value::None);
        }
        Ok(())
    }

    /// Removes `v` from the set `s` (nothing when absent).
    fn set_remove_present(&mut self, s: &Value, v: &Value) -> PyResult<()> {
        let t = match self.table_of(s) {
            Some(t) => t,
            None => return Ok(()),
        };
        let h = self.hash(v)?;
        if let Some(ix) = self.table_find(t, v, h)? {
            let old = t.borrow_mut().remove_at(ix);
            drop(old);
        }
        Ok(())
    }

    /// `v in s` for sets and frozensets.
    pub fn set_contains(&mut self, s: &Value, v: &Value) -> PyResult<bool> {
        let h = match self.hash(v) {
            Ok(h) => h,
            Err(e) => {
                // `{1} in {frozenset(...)}`-style lookups of sets use frozenset semantics.
                if let Some(Payload::Set(t)) = v.payload() {
                    let items: Vec<Value> = t.borrow().iter().map(|e| e.key.clone()).collect();
                    let fs = self.new_frozenset(items)?;
                    return self.set_contains(s, &fs);
                }
                return Err(e);
            }
        };
        match s.payload() {
            Some(Payload::Set(t)) => Ok(self.table_find(t, v, h)?.is_some()),
            Some(Payload::FrozenSet(t)) => Ok(self.frozen_find(t, v, h)?.is_some()),
            _ => Ok(false),
        }
    }

    /// [`Vm::table_find`] in a frozenset's table (immutable: no cell, no copy).
    fn frozen_find(&mut self, t: &DictTable, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        let simple = simple_key(key);
        if simple {
            if let Some(ix) = t.find(hash, |k| simple_key(k) && simple_eq(k, key)) {
                return Ok(Some(ix));
            }
        }
        let cands = t.candidates(hash);
        self.charge_probes(cands.len())?;
        for (ix, k) in cands {
            let hit = if simple {
                !simple_key(&k) && self.eq(&k, key)?
            } else {
                k.is(key) || self.eq(&k, key)?
            };
            if hit {
                return Ok(Some(ix));
            }
        }
        Ok(None)
    }

    /// [`Vm::set_items`], with the copy of a huge set or frozenset charged as
    /// work and stopping at the deadline.
    pub fn set_items_paced(&mut self, v: &Value) -> PyResult<Option<Vec<Value>>> {
        let n = match v.payload() {
            Some(Payload::Set(t)) => t.borrow().len(),
            Some(Payload::FrozenSet(t)) => t.len(),
            _ => return Ok(self.set_items(v)),
        };
        self.charge_copy(n)?;
        let r = match v.payload() {
            Some(Payload::Set(t)) => t.borrow().set_order_paced(),
            Some(Payload::FrozenSet(t)) => t.set_order_paced(),
            _ => return Ok(self.set_items(v)),
        };
        self.paced(r).map(Some)
    }

    /// The elements of a set-like value.
    pub fn set_items(&mut self, v: &Value) -> Option<Vec<Value>> {
        match v.payload() {
            Some(Payload::Set(t)) => Some(t.borrow().set_order()),
            Some(Payload::FrozenSet(t)) => Some(t.set_order()),
            Some(Payload::DictView(d, k)) if *k == 0 => Some(self.view_items(d, 0)),
            Some(Payload::DictView(d, k)) if *k == 2 => Some(self.view_items(d, 2)),
            _ => None,
        }
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` for sets.
    pub fn set_binary(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        let (x, y) = match (self.set_items(a), self.set_items(b)) {
            (Some(x), Some(y)) => (x, y),
            _ => return Ok(None),
        };
        let frozen = matches!(a.payload(), Some(Payload::FrozenSet(_)));
        let bset = self.new_set(y.clone())?;
        let aset = self.new_set(x.clone())?;
        let mut out = Vec::new();
        match op {
            BinOp::Or => {
                out.extend(x);
                out.extend(y);
            }
            BinOp::And => {
                for it in x {
                    if self.set_contains(&bset, &it)? {
                        out.push(it);
                    }
                }
            }
            BinOp::Sub => {
                for it in x {
                    if !self.set_contains(&bset, &it)? {
                        out.push(it);
                    }
                }
            }
            BinOp::Xor => {
                for it in x {
                    if !self.set_contains(&bset, &it)? {
                        out.push(it);
                    }
                }
                for it in y {
                    if !self.set_contains(&aset, &it)? {
                        out.push(it);
                    }
                }
            }
            _ => return Ok(None),
        }
        if frozen {
            self.new_frozenset(out).map(Some)
        } else {
            self.new_set(out).map(Some)
        }
    }

    /// `a |= b` etc. for sets, in place. `|=`, `-=` and `^=` touch only the
    /// elements of `b` (O(len b), as CPython), so `s |= {x}` in a loop stays
    /// linear; `&=` rebuilds `a`.
    pub fn set_inplace(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        if matches!(op, BinOp::Or | BinOp::Sub | BinOp::Xor)
            && matches!(a.payload(), Some(Payload::Set(_)))
        {
            let items = match self.set_items(b) {
                Some(y) => y,
                None => return Ok(None),
            };
            for (i, it) in items.into_iter().enumerate() {
                let present = op != BinOp::Or && self.set_contains(a, &it)?;
                if op == BinOp::Or || (op == BinOp::Xor && !present) {
                    self.set_add(a, it)?;
                } else if present {
                    self.set_remove_present(a, &it)?;
                }
                self.charge_every(i)?;
            }
            return Ok(Some(a.clone()));
        }
        let r = match self.set_binary(a, b, op)? {
            Some(r) => r,
            None => return Ok(None),
        };
        let items = self.set_items(&r).unwrap_or_default();
        if let Some(t) = self.table_of(a) {
            let old = t.borrow_mut().take_all();
            drop(old);
        }
        for it in items {
            self.set_add(a, it)?;
        }
        Ok(Some(a.clone()))
    }

    /// Set comparisons (subset/superset/equality): the sizes first, then
    /// each item of one side looked up in the other (a set is used as it
    /// is, a dict view is made a set first), with the work charged.
    pub fn set_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
        let x = self.set_items_paced(a)?.unwrap_or_default();
        let y = self.set_items_paced(b)?.unwrap_or_default();
        let (lx, ly) = (x.len(), y.len());
        let (size_ok, forward) = match op {
            CmpOp::Eq | CmpOp::Ne => (lx == ly, true),
            CmpOp::Le => (lx <= ly, true),
            CmpOp::Lt => (lx < ly, true),
            CmpOp::Ge => (lx >= ly, false),
            CmpOp::Gt => (lx > ly, false),
        };
        let mut all = size_ok;
        if size_ok {
            let (items, other, other_items) = if forward { (x, b, y) } else { (y, a, x) };
            let target = match other.payload() {
                Some(Payload::Set(_) | Payload::FrozenSet(_)) => other.clone(),
                _ => self.new_set(other_items)?,
            };
            for (i, it) in items.iter().enumerate() {
                self.charge_every(i)?;
                if !self.set_contains(&target, it)? {
                    all = false;
                    break;
                }
            }
        }
        Ok(if op == CmpOp::Ne { !all } else { all })
    }

    /// The items of a dict view (keys, values, or (k, v) tuples).
    pub fn view_items(&mut self, d: &Rc<Obj>, kind: u8) -> Vec<Value> {
        let pairs: Vec<(Value, Value)> = match d.table() {
            Some(t) => t
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect(),
            None => Vec::new(),
        };
        match kind {
            0 => pairs.into_iter().map(|(k, _)| k).collect(),
            1 => pairs.into_iter().map(|(_, v)| v).collect(),
            _ => pairs
                .into_iter()
                .map(|(k, v)| self.new_tuple(vec![k, v]))
                .collect(),
        }
    }

    /// A dict view as a set (for comparisons).
    pub fn view_to_set(&mut self, d: &Rc<Obj>, kind: u8) -> PyResult<Value> {
        let items = self.view_items(d, kind);
        self.new_set(items)
    }

    /// Normalises a slice against a length: (start, stop, step, count).
    pub fn slice_indices(&mut self, s: &Value, len: i64) -> PyResult<(i64, i64, i64, usize)> {
        let (a, b, c) = match s.payload() {
            Some(Payload::Slice(a, b, c)) => (a.clone(), b.clone(), c.clone()),
            _ => return Err(self.new_error("TypeError", "expected a slice")),
        };
        let conv = |vm: &mut Vm, v: &Value| -> PyResult<Option<i64>> {
            if v.is_none() {
                return Ok(None);
            }
            match vm.index_value(v) {
                Ok(i) => Ok(Some(i)),
                Err(_) => Err(vm.new_error(
                    "TypeError",
                    "slice indices must be integers or None or have an __index__ method",
                )),
            }
        };
        let step = conv(self, &c)?.unwrap_or(1);
        if step == 0 {
            return Err(self.new_error("ValueError", "slice step cannot be zero"));
        }
        // CPython clamps a huge negative step to -PY_SSIZE_T_MAX, so that
        // `-step` cannot overflow (`x[::-2**100]`).
        let step = step.max(-i64::MAX);
        let start = conv(self, &a)?;
        let stop = conv(self, &b)?;
        let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let fix = |v: Option<i64>, default: i64| -> i64 {
            match v {
                None => default,
                Some(x) => {
                    let x = if x < 0 { x.saturating_add(len) } else { x };
                    x.clamp(lo, hi)
                }
            }
        };
        let start = fix(start, if step < 0 { hi } else { lo });
        let stop = fix(stop, if step < 0 { lo } else { hi });
        let count = if step > 0 {
            if stop > start {
                ((stop - start - 1) / step + 1) as usize
            } else {
                0
            }
        } else if start > stop {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        };
        // Every slice copies (or moves) `count` items natively.
        self.charge_copy(count)?;
        Ok((start, stop, step, count))
    }

    fn seq_index(&mut self, k: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match num_of(k) {
            Some(Num::I(i)) => i,
            Some(Num::B(_)) => {
                return Err(
                    self.new_error("IndexError", "cannot fit 'int' into an index-sized integer")
                )
            }
            _ => match self.index_value(k) {
                Ok(i) => i,
                Err(e) => {
                    // An `__index__` that failed keeps its own error.
                    let ix = self.intern("__index__");
                    if crate::objects::class::lookup(self.type_of(k), &ix).is_some() {
                        return Err(e);
                    }
                    let msg = if what == "string" {
                        "string indices must be integers".to_string()
                    } else {
                        format!(
                            "{} indices must be integers, not {}",
                            what,
                            self.type_name(k)
                        )
                    };
                    return Err(self.new_error("TypeError", &msg));
                }
            },
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            let msg = match what {
                "string" => "string index out of range".to_string(),
                "byte" => "index out of range".to_string(),
                "range object" => "range object index out of range".to_string(),
                w => format!("{} index out of range", w),
            };
            return Err(self.new_error("IndexError", &msg));
        }
        Ok(j as usize)
    }

    /// `o[k]`.
    pub fn getitem(&mut self, o: &Value, k: &Value) -> PyResult<Value> {
        let _is_slice = matches!(k.payload(), Some(Payload::Slice(..)));
        let heap = self.type_of(o).as_class().map(|c| c.heap).unwrap_or(false);
        if heap {
            let gi = self.names.getitem.clone();
            if let Some(r) = self.call_special(o, &gi, std::slice::from_ref(k))? {
                return Ok(r);
            }
        }
        self.getitem_builtin(o, k)
    }

    /// The built-in `__getitem__` (no dispatch to user overrides).
    pub fn getitem_builtin(&mut self, o: &Value, k: &Value) -> PyResult<Value> {
        let is_slice = matches!(k.payload(), Some(Payload::Slice(..)));
        let heap = self.type_of(o).as_class().map(|c| c.heap).unwrap_or(false);
        if let Some(s) = o.as_pystr() {
            let s = s.clone();
            if is_slice {
                let (start, _, step, n) = self.slice_indices(k, s.len as i64)?;
                if s.is_wide() {
                    let r = crate::objects::str_wide::slice_step(&s, start, step, n);
                    return Ok(Value::Str(Rc::new(r)));
                }
                if step == 1 {
                    return Ok(Value::str(s.substring(start as usize, start as usize + n)));
                }
                let chars: Vec<char> = s.s.chars().collect();
                let mut out = String::with_capacity(n);
                let mut i = start;
                for _ in 0..n {
                    out.push(chars[i as usize]);
                    i += step;
                }
                return Ok(Value::string(out));
            }
            let i = self.seq_index(k, s.len, "string")?;
            if s.is_wide() {
                let cp = s.code_point_at(i).unwrap_or(0x20);
                return Ok(crate::objects::str_wide::code_point_value(self, cp));
            }
            let c = s.char_at(i).unwrap_or(' ');
            return Ok(self.char_value(c));
        }
        match o.payload() {
            Some(Payload::List(items)) => {
                if is_slice {
                    let len = items.borrow().len() as i64;
                    let (start, _, step, n) = self.slice_indices(k, len)?;
                    let out = self.slice_list_paced(items, start, step, n)?;
                    return Ok(self.new_list(out));
                }
                let len = items.borrow().len();
                let i = self.seq_index(k, len, "list")?;
                return Ok(items.borrow()[i].clone());
            }
            Some(Payload::Tuple(items)) => {
                if is_slice {
                    let (start, _, step, n) = self.slice_indices(k, items.len() as i64)?;
                    let out = self.slice_items_paced(items, start, step, n)?;
                    return Ok(self.new_tuple(out));
                }
                let i = self.seq_index(k, items.len(), "tuple")?;
                return Ok(items[i].clone());
            }
            Some(Payload::Dict(_)) => {
                if let Some(v) = self.dict_get(o, k)? {
                    return Ok(v);
                }
                if heap {
                    let mn = self.names.missing.clone();
                    if let Some(r) = self.call_special(o, &mn, std::slice::from_ref(k))? {
                        return Ok(r);
                    }
                }
                return Err(self.new_error_value("KeyError", k.clone()));
            }
            Some(Payload::Bytes(b)) => {
                if is_slice {
                    let (start, _, step, n) = self.slice_indices(k, b.len() as i64)?;
                    let out: Vec<u8> = (0..n)
                        .map(|j| b[(start + j as i64 * step) as usize])
                        .collect();
                    return Ok(self.new_bytes(out));
                }
                let i = self.seq_index(k, b.len(), "byte")?;
                return Ok(Value::Int(b[i] as i64));
            }
            Some(Payload::ByteArray(b)) => {
                if is_slice {
                    let len = b.borrow().len() as i64;
                    let (start, _, step, n) = self.slice_indices(k, len)?;
                    let out: Vec<u8> = (0..n)
                        .map(|j| b.borrow()[(start + j as i64 * step) as usize])
                        .collect();
                    let cls = self.types.bytearray.clone();
                    return Ok(self.alloc(&cls, Payload::ByteArray(RefCell::new(out))));
                }
                let len = b.borrow().len();
                let i = self.seq_index(k, len, "bytearray")?;
                return Ok(Value::Int(b.borrow()[i] as i64));
            }
            Some(p @ (Payload::Range(..) | Payload::BigRange(_))) => {
                return crate::objects::range::subscript(self, p, k);
            }
            Some(Payload::MemoryView(_)) => return crate::objects::memoryview::getitem(self, o, k),
            Some(Payload::Class(_)) => {
                let msg = "'type' object is not subscriptable".to_string();
                return Err(self.new_error("TypeError", &msg));
            }
            Some(Payload::MappingProxy(t)) => {
                let t = t.clone();
                return self.proxy_getitem(&t, k);
            }
            _ => {}
        }
        let msg = format!("'{}' object is not subscriptable", self.type_name(o));
        Err(self.new_error("TypeError", &msg))
    }

    /// A one-character string (ASCII ones are cached).
    pub fn char_value(&mut self, c: char) -> Value {
        if (c as u32) < 128 {
            if let Some(v) = self.char_cache.get(c as usize) {
                return Value::Str(v.clone());
            }
        }
        Value::string(c.to_string())
    }

    /// `o[k] = v`.
    pub fn setitem(&mut self, o: &Value, k: Value, v: Value) -> PyResult<()> {
        let heap = self.type_of(o).as_class().map(|c| c.heap).unwrap_or(false);
        if heap {
            let si = self.names.setitem.clone();
            let cls = self.type_of(o).clone();
            if lookup(&cls, &si)
                .map(|f| !matches!(f.payload(), Some(Payload::Builtin(_))))
                .unwrap_or(false)
            {
                self.call_special(o, &si, &[k, v])?;
                return Ok(());
            }
        }
        self.setitem_builtin(o, k, v)
    }

    /// The built-in `__setitem__`.
    pub fn setitem_builtin(&mut self, o: &Value, k: Value, v: Value) -> PyResult<()> {
        match o.payload() {
            Some(Payload::List(items)) => {
                if let Some(Payload::Slice(..)) = k.payload() {
                    let len = items.borrow().len() as i64;
                    let (start, stop, step, n) = self.slice_indices(&k, len)?;
                    let new_items = self.iterate(&v)?;
                    if step == 1 {
                        let stop = stop.max(start);
                        items
                            .borrow_mut()
                            .splice(start as usize..stop as usize, new_items);
                        return Ok(());
                    }
                    if new_items.len() != n {
                        let msg = format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            new_items.len(),
                            n
                        );
                        return Err(self.new_error("ValueError", &msg));
                    }
                    let mut l = items.borrow_mut();
                    for (j, it) in new_items.into_iter().enumerate() {
                        l[(start + j as i64 * step) as usize] = it;
                    }
                    return Ok(());
                }
                let len = items.borrow().len();
                let i = match self.seq_index(&k, len, "list") {
                    Ok(i) => i,
                    Err(e) => {
                        // A too-big int keeps its "cannot fit" message.
                        let out_of_range = !matches!(num_of(&k), Some(Num::B(_)));
                        if out_of_range && self.err_is(&e, "IndexError") {
                            return Err(
                                self.new_error("IndexError", "list assignment index out of range")
                            );
                        }
                        return Err(e);
                    }
                };
                let old = std::mem::replace(&mut items.borrow_mut()[i], v);
                drop(old);
                Ok(())
            }
            Some(Payload::Dict(_)) => self.dict_set(o, k, v),
            Some(Payload::ByteArray(_)) => {
                crate::objects::bytearray_methods::setitem(self, o, &k, &v)
            }
            Some(Payload::MemoryView(_)) => crate::objects::memoryview::setitem(self, o, &k, &v),
            _ => {
                let msg = format!(
                    "'{}' object does not support item assignment",
                    self.type_name(o)
                );
                Err(self.new_error("TypeError", &msg))
            }
        }
    }

    /// `del o[k]`.
    pub fn delitem(&mut self, o: &Value, k: &Value) -> PyResult<()> {
        let heap = self.type_of(o).as_class().map(|c| c.heap).unwrap_or(false);
        if heap {
            let di = self.names.delitem.clone();
            let cls = self.type_of(o).clone();
            if lookup(&cls, &di)
                .map(|f| !matches!(f.payload(), Some(Payload::Builtin(_))))
                .unwrap_or(false)
            {
                self.call_special(o, &di, std::slice::from_ref(k))?;
                return Ok(());
            }
        }
        self.delitem_builtin(o, k)
    }

    /// The built-in `__delitem__`.
    pub fn delitem_builtin(&mut self, o: &Value, k: &Value) -> PyResult<()> {
        match o.payload() {
            Some(Payload::List(items)) => {
                if let Some(Payload::Slice(..)) = k.payload() {
                    let len = items.borrow().len() as i64;
                    let (start, _, step, n) = self.slice_indices(k, len)?;
                    // one pass, not one remove() per item (that was quadratic)
                    let mut l = items.borrow_mut();
                    let removed: Vec<Value> = if n == 0 {
                        Vec::new()
                    } else if step == 1 || n == 1 {
                        let lo = (start.max(0) as usize).min(l.len());
                        let hi = (lo + n).min(l.len());
                        l.drain(lo..hi).collect()
                    } else {
                        let mut drop_at = vec![false; l.len()];
                        for j in 0..n {
                            if let Some(d) = drop_at.get_mut((start + j as i64 * step) as usize) {
                                *d = true;
                            }
                        }
                        let old = std::mem::take(&mut *l);
                        let mut gone = Vec::with_capacity(n);
                        for (v, d) in old.into_iter().zip(drop_at) {
                            if d {
                                gone.push(v);
                            } else {
                                l.push(v);
                            }
                        }
                        gone
                    };
                    drop(l);
                    drop(removed);
                    return Ok(());
                }
                let len = items.borrow().len();
                let i = match self.seq_index(k, len, "list") {
                    Ok(i) => i,
                    Err(e) => {
                        if self.err_is(&e, "IndexError") {
                            return Err(
                                self.new_error("IndexError", "list assignment index out of range")
                            );
                        }
                        return Err(e);
                    }
                };
                let old = items.borrow_mut().remove(i);
                drop(old);
                Ok(())
            }
            Some(Payload::Dict(_)) => match self.dict_del(o, k)? {
                Some(_) => Ok(()),
                None => Err(self.new_error_value("KeyError", k.clone())),
            },
            Some(Payload::ByteArray(_)) => crate::objects::bytearray_methods::delitem(self, o, k),
            Some(Payload::MemoryView(_)) => {
                Err(self.new_error("TypeError", "cannot delete memory"))
            }
            _ => {
                let msg = format!(
                    "'{}' object doesn't support item deletion",
                    self.type_name(o)
                );
                Err(self.new_error("TypeError", &msg))
            }
        }
    }
}
