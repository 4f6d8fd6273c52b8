//! Attribute access: `getattr`/`setattr`/`delattr` with descriptors, the
//! `__getattr__`/`__getattribute__`/`__setattr__`/`__delattr__` hooks, and
//! method lookup without creating bound methods.

use super::{Args, PyErr, PyResult, Vm};
use crate::objects::class::{hooks, lookup, lookup_cached};
use crate::objects::{Obj, Payload, PyStr, Value};
use std::rc::Rc;

/// Whether `v` is a data descriptor (defines `__set__` or `__delete__`).
fn is_data_descr(vm: &Vm, v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Property(_)) | Some(Payload::Member(..)) => true,
        Some(Payload::Function(_)) | Some(Payload::Builtin(_)) => false,
        Some(_) => {
            let cls = vm.type_of(v);
            match cls.as_class() {
                Some(cd) if cd.heap => {
                    lookup(cls, &vm.names.set).is_some() || lookup(cls, &vm.names.delete).is_some()
                }
                _ => false,
            }
        }
        None => false,
    }
}

impl Vm {
    /// `getattr(obj, name)`.
    pub fn getattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        if let Some(v) = self.instance_getattr_fast(obj, name) {
            return Ok(v);
        }
        if let Some(Payload::Super(t, o)) = obj.payload() {
            let (t, o) = (t.clone(), o.clone());
            if let Some(v) = self.super_getattr(&t, &o, name)? {
                return Ok(v);
            }
        }
        let cls = self.type_of(obj).clone();
        let h = cls.as_class().map(|c| c.hooks.get()).unwrap_or(0);
        if h & hooks::GETATTRIBUTE != 0 {
            let ga = self.names.getattribute.clone();
            let r = self.call_special(obj, &ga, &[Value::Str(name.clone())]);
            return match r {
                Ok(Some(v)) => Ok(v),
                Ok(None) => Err(self.attribute_error(obj, name)),
                Err(PyErr::Exc(e))
                    if h & hooks::GETATTR != 0 && self.is_instance_of(&e, "AttributeError") =>
                {
                    let g = self.names.getattr.clone();
                    self.call_special(obj, &g, &[Value::Str(name.clone())])
                        .map(|v| v.unwrap_or_default())
                }
                Err(e) => Err(e),
            };
        }
        let r = match self.generic_getattr(obj, &cls, name) {
            Err(PyErr::Exc(e))
                if h & hooks::GETATTR != 0 && self.is_instance_of(&e, "AttributeError") =>
            {
                None
            }
            r => r?,
        };
        match r {
            Some(v) => Ok(v),
            None => {
                if h & hooks::GETATTR != 0 {
                    let g = self.names.getattr.clone();
                    if let Some(v) = self.call_special(obj, &g, &[Value::Str(name.clone())])? {
                        return Ok(v);
                    }
                }
                Err(self.attribute_error(obj, name))
            }
        }
    }

    /// The common case of `getattr` on a plain instance of a class without
    /// attribute hooks, decided without the general path: a `__slots__`
    /// member, an instance-dict value, or a function found on the class
    /// (bound here). `None` sends every other case (data descriptors other
    /// than members, properties, missing attributes, ...) to the general path,
    /// which gives the same answer in CPython's order.
    #[inline]
    fn instance_getattr_fast(&mut self, obj: &Value, name: &Rc<PyStr>) -> Option<Value> {
        let o = match obj {
            Value::Obj(o) if matches!(o.payload, Payload::Instance(_)) => o,
            _ => return None,
        };
        // type_of, not o.cls: `obj.__class__ = C` changes an instance's class.
        let cls = self.type_of(obj);
        let cd = cls.as_class()?;
        if cd.hooks.get() & (hooks::GETATTRIBUTE | hooks::GETATTR) != 0 || o.dict_mixed() {
            return None;
        }
        match lookup_cached(cls, name) {
            None => o.dict_get(name),
            Some(a) => match a.payload() {
                // A slot: its value lives in the instance dict under the member's name.
                Some(Payload::Member(n, _)) => o.dict_get(n),
                Some(Payload::Function(_)) => {
                    if let Some(v) = o.dict_get(name) {
                        return Some(v);
                    }
                    let m = self.types.method.clone();
                    Some(self.alloc(&m, Payload::Method(obj.clone(), a.clone())))
                }
                _ => None,
            },
        }
    }

    /// `getattr(obj, name, None)` without raising for a missing attribute.
    /// Without `__getattr__`/`__getattribute__` hooks a missing attribute
    /// costs no exception object.
    pub fn getattr_opt(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        if !matches!(obj.payload(), Some(Payload::Super(..))) {
            let cls = self.type_of(obj).clone();
            let h = cls.as_class().map(|c| c.hooks.get()).unwrap_or(0);
            if h & (hooks::GETATTRIBUTE | hooks::GETATTR) == 0 {
                return match self.generic_getattr(obj, &cls, name) {
                    Err(PyErr::Exc(e)) if self.is_instance_of(&e, "AttributeError") => Ok(None),
                    r => r,
                };
            }
        }
        match self.getattr(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(PyErr::Exc(e)) if self.is_instance_of(&e, "AttributeError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `super(t, o).name`: search the MRO of `o`'s type after `t`.
    fn super_getattr(&mut self, t: &Value, o: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        let t = match t {
            Value::Obj(x) => x.clone(),
            _ => return Ok(None),
        };
        let start = match o {
            Value::Obj(oo)
                if oo.as_class().is_some() && crate::objects::class::is_subclass(oo, &t) =>
            {
                oo.clone()
            }
            _ => self.type_of(o).clone(),
        };
        let mut mro = vec![start.clone()];
        if let Some(cd) = start.as_class() {
            mro.extend(cd.mro.borrow().iter().cloned());
        }
        let pos = match mro.iter().position(|c| Rc::ptr_eq(c, &t)) {
            Some(p) => p,
            None => return Ok(None),
        };
        for c in &mro[pos + 1..] {
            let found = c.as_class().and_then(|cd| cd.own(name));
            if let Some(a) = found {
                if o.is_none() {
                    return Ok(Some(a));
                }
                let is_class = matches!(o, Value::Obj(oo) if oo.as_class().is_some() && Rc::ptr_eq(oo, &start));
                if is_class {
                    return Ok(Some(match a.payload() {
                        Some(Payload::ClassMethod(f)) => {
                            let f = f.borrow().clone();
                            let m = self.types.method.clone();
                            self.alloc(&m, Payload::Method(o.clone(), f))
                        }
                        Some(Payload::StaticMethod(f)) => f.borrow().clone(),
                        Some(Payload::Builtin(b)) if b.class_method => {
                            let m = self.bound_class(&a);
                            self.alloc(&m, Payload::Method(o.clone(), a.clone()))
                        }
                        _ => a,
                    }));
                }
                return self.descr_get(&a, o, &start).map(Some);
            }
        }
        Ok(None)
    }

    /// The AttributeError for a missing attribute, worded as CPython 3.4 does.
    pub fn attribute_error(&mut self, obj: &Value, name: &PyStr) -> PyErr {
        if name.is_wide() {
            // The message holds the name's lone surrogates.
            let (head, tail) = match obj.payload() {
                Some(Payload::Class(cd)) => (
                    format!(
                        "type object '{}' has no attribute '",
                        cd.name.borrow().as_str()
                    ),
                    "'",
                ),
                _ => (
                    format!("'{}' object has no attribute '", self.type_name(obj)),
                    "'",
                ),
            };
            let msg = crate::objects::str_wide::message_with(&head, name, tail);
            return self.new_error_value("AttributeError", msg);
        }
        let msg = match obj.payload() {
            Some(Payload::Class(cd)) => format!(
                "type object '{}' has no attribute '{}'",
                cd.name.borrow().as_str(),
                name.as_str()
            ),
            _ => format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                name.as_str()
            ),
        };
        self.new_error("AttributeError", &msg)
    }

    /// `object.__getattribute__`: descriptors, the instance dict, the class.
    pub fn generic_getattr(
        &mut self,
        obj: &Value,
        cls: &Rc<Obj>,
        name: &Rc<PyStr>,
    ) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = obj {
            if let Payload::Class(_) = &o.payload {
                return self.type_getattr(o, name);
            }
        }
        let attr = lookup_cached(cls, name);
        if let Some(a) = &attr {
            if is_data_descr(self, a) {
                return self.descr_get(a, obj, cls).map(Some);
            }
        }
        if let Value::Obj(o) = obj {
            if let Some(v) = o.dict_get(name) {
                return Ok(Some(v));
            }
            if o.dict_mixed() {
                if let Some(d) = o.inst_dict() {
                    if let Some(v) = self.dict_get(&Value::Obj(d), &Value::Str(name.clone()))? {
                        return Ok(Some(v));
                    }
                }
            }
            if let Payload::Module(d, _) = &o.payload {
                if let Some(v) = self.dict_get_str(d, name) {
                    return Ok(Some(v));
                }
            }
        }
        if let Some(a) = attr {
            return self.descr_get(&a, obj, cls).map(Some);
        }
        self.special_attr(obj, name)
    }

    /// Applies the descriptor protocol to a class attribute found for `obj`.
    pub fn descr_get(&mut self, a: &Value, obj: &Value, cls: &Rc<Obj>) -> PyResult<Value> {
        match a.payload() {
            Some(Payload::Function(_)) => {
                let m = self.types.method.clone();
                Ok(self.alloc(&m, Payload::Method(obj.clone(), a.clone())))
            }
            Some(Payload::Builtin(b)) => {
                if b.binds() {
                    let target = if b.class_method {
                        Value::Obj(cls.clone())
                    } else {
                        obj.clone()
                    };
                    let m = self.bound_class(a);
                    Ok(self.alloc(&m, Payload::Method(target, a.clone())))
                } else {
                    Ok(a.clone())
                }
            }
            Some(Payload::StaticMethod(f)) => Ok(f.borrow().clone()),
            Some(Payload::ClassMethod(f)) => {
                let f = f.borrow().clone();
                let m = self.types.method.clone();
                Ok(self.alloc(&m, Payload::Method(Value::Obj(cls.clone()), f)))
            }
            Some(Payload::Property(p)) => {
                let fget = p.borrow()[0].clone();
                if fget.is_none() {
                    return Err(self.new_error("AttributeError", "unreadable attribute"));
                }
                self.call(&fget, Args::new(std::slice::from_ref(obj)))
            }
            Some(Payload::Member(..)) => self.member_get(a, obj),
            Some(Payload::Attr(n, _)) => {
                let n = n.clone();
                match self.special_attr(obj, &n)? {
                    Some(v) => Ok(v),
                    None => Err(self.attribute_error(obj, &n)),
                }
            }
            Some(_) => {
                let acls = self.type_of(a).clone();
                if acls.as_class().map(|c| c.heap).unwrap_or(false) {
                    let get = self.names.get.clone();
                    if let Some(g) = lookup(&acls, &get) {
                        return self.call(
                            &g,
                            Args::new(&[a.clone(), obj.clone(), Value::Obj(cls.clone())]),
                        );
                    }
                }
                Ok(a.clone())
            }
            None => Ok(a.clone()),
        }
    }

    /// Attribute lookup on a class object.
    fn type_getattr(&mut self, c: &Rc<Obj>, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        let meta = match &c.cls {
            Some(m) => m.clone(),
            None => self.types.type_.clone(),
        };
        let meta_attr = lookup(&meta, name);
        if let Some(a) = &meta_attr {
            if let Some(Payload::Attr(..)) = a.payload() {
                // type's own data descriptors (`__name__`, `__dict__`,
                // `__mro__`, ...) win over the class namespace.
                if let Some(v) = self.class_special_attr(c, name)? {
                    return Ok(Some(v));
                }
                if name.as_str() == "__abstractmethods__" {
                    return Err(self.new_error("AttributeError", "__abstractmethods__"));
                }
            }
            if is_data_descr(self, a) {
                return self.descr_get(a, &Value::Obj(c.clone()), &meta).map(Some);
            }
        }
        if let Some(a) = lookup(c, name) {
            let v = match a.payload() {
                Some(Payload::StaticMethod(f)) => f.borrow().clone(),
                Some(Payload::ClassMethod(f)) => {
                    let f = f.borrow().clone();
                    let m = self.types.method.clone();
                    self.alloc(&m, Payload::Method(Value::Obj(c.clone()), f))
                }
                Some(Payload::Builtin(b)) if b.class_method => {
                    let m = self.bound_class(&a);
                    self.alloc(&m, Payload::Method(Value::Obj(c.clone()), a.clone()))
                }
                Some(Payload::Function(_))
                | Some(Payload::Builtin(_))
                | Some(Payload::Property(_)) => a,
                Some(_) => {
                    let acls = self.type_of(&a).clone();
                    let get = self.names.get.clone();
                    match lookup(&acls, &get) {
                        Some(g) if acls.as_class().map(|x| x.heap).unwrap_or(false) => self.call(
                            &g,
                            Args::new(&[a.clone(), Value::None, Value::Obj(c.clone())]),
                        )?,
                        _ => a,
                    }
                }
                None => a,
            };
            return Ok(Some(v));
        }
        if let Some(a) = meta_attr {
            return self.descr_get(&a, &Value::Obj(c.clone()), &meta).map(Some);
        }
        self.class_special_attr(c, name)
    }

    /// `setattr(obj, name, value)`.
    pub fn setattr(&mut self, obj: &Value, name: &Rc<PyStr>, v: Value) -> PyResult<()> {
        let cls = self.type_of(obj).clone();
        let h = cls.as_class().map(|c| c.hooks.get()).unwrap_or(0);
        if h & hooks::SETATTR != 0 {
            let sa = self.names.setattr.clone();
            self.call_special(obj, &sa, &[Value::Str(name.clone()), v])?;
            return Ok(());
        }
        if let Some(d) = self.instance_store_target(obj, &cls, name) {
            return self.store_in_instance_dict(&d, v);
        }
        self.generic_setattr(obj, &cls, name, v)
    }

    /// For `obj.name = v` on a plain instance: the dict that takes the value
    /// and the key it goes under, when no descriptor other than a `__slots__`
    /// member is involved (a member's value lives in the instance dict under
    /// its own name). `None` leaves the assignment to `generic_setattr`.
    #[inline]
    fn instance_store_target(
        &mut self,
        obj: &Value,
        cls: &Rc<Obj>,
        name: &Rc<PyStr>,
    ) -> Option<(Rc<Obj>, Rc<PyStr>)> {
        let o = match obj {
            Value::Obj(o) if matches!(o.payload, Payload::Instance(_)) => o,
            _ => return None,
        };
        let d = o.dict.borrow().clone()?;
        let cd = cls.as_class()?;
        if matches!(name.as_str(), "__class__" | "__dict__") {
            return None;
        }
        match lookup_cached(cls, name) {
            None if cd.slots.is_none() => Some((d.clone(), name.clone())),
            Some(a) => match a.payload() {
                Some(Payload::Member(n, _)) => Some((d.clone(), n.clone())),
                Some(Payload::Function(_)) if cd.slots.is_none() => Some((d.clone(), name.clone())),
                _ => None,
            },
            None => None,
        }
    }

    /// Stores `v` in an instance dict under a str key (`target`): an existing
    /// key is overwritten in place; a new key goes through `dict_set` (which
    /// also finds equal non-str keys and charges the table's growth).
    pub(super) fn store_in_instance_dict(
        &mut self,
        target: &(Rc<Obj>, Rc<PyStr>),
        v: Value,
    ) -> PyResult<()> {
        let (d, key) = target;
        if let Payload::Dict(t) = &d.payload {
            let h = key.hash();
            // A non-str key with the same hash could equal `key` through its
            // own `__eq__`: only `dict_set` may decide that.
            let mut other_key = false;
            let ix = t.borrow().find(h, |k| match k {
                Value::Str(s) => Rc::ptr_eq(s, key) || s.s == key.s,
                _ => {
                    other_key = true;
                    true
                }
            });
            match ix {
                Some(ix) if !other_key => {
                    let old = t.borrow_mut().set_value(ix, v);
                    drop(old);
                    return Ok(());
                }
                None => {
                    // A new str key: no key of the table can equal it.
                    let grow = t.borrow().growth_bytes();
                    if grow > 0 {
                        self.reserve(grow as u64)?;
                    }
                    t.borrow_mut().push_new(h, Value::Str(key.clone()), v);
                    return Ok(());
                }
                Some(_) => {}
            }
        }
        self.dict_set(&Value::Obj(d.clone()), Value::Str(key.clone()), v)
    }

    /// `obj.__dict__ = v` for an instance with a visible `__dict__` (`None`:
    /// the object has none, the attribute is handled as any other). As in
    /// CPython's `subtype_setdict`, `v` itself (a dict or dict subclass
    /// instance) becomes the instance dict, shared with the caller.
    fn set_instance_dict(&mut self, obj: &Value, v: &Value) -> Option<PyResult<()>> {
        let Value::Obj(o) = obj else { return None };
        if let Payload::Function(_) = &o.payload {
            // A function's dict is made once; it takes `v`'s items.
            let items = match v.payload() {
                Some(Payload::Dict(t)) => t.borrow().clone(),
                _ => {
                    let msg = format!(
                        "__dict__ must be set to a dictionary, not a '{}'",
                        self.type_name(v)
                    );
                    return Some(Err(self.new_error("TypeError", &msg)));
                }
            };
            let d = self.instance_dict(o)?;
            if let Payload::Dict(t) = &d.payload {
                let old = std::mem::replace(&mut *t.borrow_mut(), items);
                drop(old);
            }
            return Some(Ok(()));
        }
        if !o.has_dict_slot() || o.dict_hidden() {
            return None;
        }
        match v {
            Value::Obj(d) if matches!(d.payload, Payload::Dict(_)) => {
                let old = o.dict.replace(Some(d.clone()));
                drop(old);
                Some(Ok(()))
            }
            _ => {
                let msg = format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    self.type_name(v)
                );
                Some(Err(self.new_error("TypeError", &msg)))
            }
        }
    }

    /// `object.__setattr__`.
    pub fn generic_setattr(
        &mut self,
        obj: &Value,
        cls: &Rc<Obj>,
        name: &Rc<PyStr>,
        v: Value,
    ) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            if let Payload::Class(cd) = &o.payload {
                if !cd.heap {
                    let msg = format!(
                        "can't set attributes of built-in/extension type '{}'",
                        cd.name.borrow().as_str()
                    );
                    return Err(self.new_error("TypeError", &msg));
                }
                if matches!(name.as_str(), "__name__" | "__qualname__") && v.as_pystr().is_none() {
                    let msg = format!(
                        "can only assign string to {}.{}, not '{}'",
                        cd.name.borrow().as_str(),
                        name.as_str(),
                        self.type_name(&v)
                    );
                    return Err(self.new_error("TypeError", &msg));
                }
                if name.as_str() == "__bases__" {
                    return self.set_bases(o, &v);
                }
                self.check_class_name(name, &v)?;
                let meta = o.cls.clone().unwrap_or_else(|| self.types.type_.clone());
                if let Some(a) = lookup(&meta, name) {
                    if is_data_descr(self, &a) {
                        return self.descr_set(&a, obj, Some(v));
                    }
                }
                self.class_set(o, name, Some(v));
                return Ok(());
            }
        }
        if name.as_str() == "__class__" {
            return self.set_class(obj, v);
        }
        if name.as_str() == "__dict__" {
            if let Some(r) = self.set_instance_dict(obj, &v) {
                return r;
            }
        }
        if let Some(a) = lookup_cached(cls, name) {
            if is_data_descr(self, &a) {
                return self.descr_set(&a, obj, Some(v));
            }
        }
        if let Value::Obj(o) = obj {
            if let Some(cd) = cls.as_class() {
                if let Some(slots) = &cd.slots {
                    if !slots.iter().any(|s| s.as_str() == name.as_str()) {
                        return Err(self.attribute_error(obj, name));
                    }
                }
            }
            if let Payload::Function(f) = &o.payload {
                match name.as_str() {
                    "__name__" => {
                        let Some(s) = v.as_pystr() else {
                            let msg = "__name__ must be set to a string object";
                            return Err(self.new_error("TypeError", msg));
                        };
                        *f.name.borrow_mut() = s.clone();
                        return Ok(());
                    }
                    "__qualname__" => {
                        let Some(s) = v.as_pystr() else {
                            let msg = "__qualname__ must be set to a string object";
                            return Err(self.new_error("TypeError", msg));
                        };
                        *f.qualname.borrow_mut() = s.clone();
                        return Ok(());
                    }
                    "__doc__" => {
                        *f.doc.borrow_mut() = v;
                        return Ok(());
                    }
                    "__module__" => {
                        *f.module.borrow_mut() = v;
                        return Ok(());
                    }
                    "__annotations__" => {
                        if !matches!(v.payload(), Some(Payload::Dict(_))) {
                            let msg = "__annotations__ must be set to a dict object";
                            return Err(self.new_error("TypeError", msg));
                        }
                        *f.annotations.borrow_mut() = v;
                        return Ok(());
                    }
                    "__defaults__" => {
                        let items = match v.payload() {
                            Some(Payload::Tuple(t)) => t.to_vec(),
                            _ => Vec::new(),
                        };
                        *f.defaults.borrow_mut() = items;
                        return Ok(());
                    }
                    _ => {}
                }
            }
            // The exception's own fields win over its instance dict (they
            // are data descriptors in CPython).
            if let Payload::Exception(e) = &o.payload {
                match name.as_str() {
                    "__cause__" => {
                        let mut e = e.borrow_mut();
                        e.cause = v;
                        e.suppress_context = true;
                        return Ok(());
                    }
                    "__context__" => {
                        e.borrow_mut().context = v;
                        return Ok(());
                    }
                    "__suppress_context__" => {
                        e.borrow_mut().suppress_context = matches!(v, Value::Bool(true));
                        return Ok(());
                    }
                    "args" => {
                        let t = match v.payload() {
                            Some(Payload::Tuple(_)) => v,
                            _ => {
                                let items = self.iterate(&v)?;
                                self.new_tuple(items)
                            }
                        };
                        e.borrow_mut().args = t;
                        return Ok(());
                    }
                    "__traceback__" => return Ok(()),
                    _ => {}
                }
            }
            if let Some(d) = self.instance_dict(o) {
                let d = Value::Obj(d);
                return self.dict_set(&d, Value::Str(name.clone()), v);
            }
            if let Payload::Module(d, _) = &o.payload {
                let d = Value::Obj(d.clone());
                return self.dict_set(&d, Value::Str(name.clone()), v);
            }
        }
        let readonly = lookup(cls, name).is_some() || self.special_attr(obj, name)?.is_some();
        let msg = if readonly {
            format!(
                "attribute '{}' of '{}' objects is not writable",
                name.as_str(),
                self.type_name(obj)
            )
        } else {
            format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                name.as_str()
            )
        };
        Err(self.new_error("AttributeError", &msg))
    }

    /// Sets (or deletes) a name in a class namespace and refreshes caches.
    pub fn class_set(&mut self, c: &Rc<Obj>, name: &Rc<PyStr>, v: Option<Value>) {
        if let Some(cd) = c.as_class() {
            // The names the class object itself keeps (repr, error messages).
            if let Some(s) = v.as_ref().and_then(|v| v.as_pystr()) {
                match name.as_str() {
                    "__name__" => {
                        *cd.name.borrow_mut() = s.clone();
                        return;
                    }
                    "__qualname__" => {
                        *cd.qualname.borrow_mut() = s.clone();
                        return;
                    }
                    "__module__" => *cd.module.borrow_mut() = s.clone(),
                    _ => {}
                }
            }
            {
                let mut d = cd.dict.borrow_mut();
                let h = name.hash();
                let ix = d.find(
                    h,
                    |k| matches!(k, Value::Str(s) if s.as_str() == name.as_str()),
                );
                match (ix, v) {
                    (Some(ix), Some(v)) => {
                        d.set_value(ix, v);
                    }
                    (None, Some(v)) => d.push_new(h, Value::Str(name.clone()), v),
                    (Some(ix), None) => {
                        d.remove_at(ix);
                    }
                    (None, None) => {}
                }
            }
            crate::objects::class::invalidate(c);
            const HOOK_NAMES: [&str; 5] = [
                "__getattribute__",
                "__getattr__",
                "__setattr__",
                "__delattr__",
                "__del__",
            ];
            if HOOK_NAMES.contains(&name.as_str()) {
                // Subclasses inherit the hook (or lose it) too.
                for k in crate::objects::class::with_subclasses(c) {
                    self.refresh_hooks(&k);
                }
            }
        }
    }

    /// Recomputes which attribute hooks a class has.
    pub fn refresh_hooks(&mut self, c: &Rc<Obj>) {
        let mut h = 0;
        let checks = [
            (self.names.getattribute.clone(), hooks::GETATTRIBUTE),
            (self.names.getattr.clone(), hooks::GETATTR),
            (self.names.setattr.clone(), hooks::SETATTR),
            (self.names.delattr.clone(), hooks::DELATTR),
            (self.names.del.clone(), hooks::DEL),
        ];
        for (n, bit) in checks {
            if let Some(v) = lookup(c, &n) {
                if !matches!(v.payload(), Some(Payload::Builtin(_))) {
                    h |= bit;
                }
            }
        }
        if h & hooks::DEL != 0 {
            super::finalize::note_del_class();
        }
        if let Some(cd) = c.as_class() {
            cd.hooks.set(h);
        }
    }

    /// Sets the hooks of a new class `c` with the single base `base`: a hook
    /// the class's own namespace defines decides its bit, otherwise the bit is
    /// the base's (whose hooks are kept current). Same result as
    /// [`Vm::refresh_hooks`] without walking the MRO five times.
    pub fn refresh_hooks_single_base(&mut self, c: &Rc<Obj>, base: &Rc<Obj>) {
        let (Some(cd), Some(bd)) = (c.as_class(), base.as_class()) else {
            self.refresh_hooks(c);
            return;
        };
        let inherited = bd.hooks.get();
        let mut h = 0;
        {
            let table = cd.dict.borrow();
            let checks = [
                (&self.names.getattribute, hooks::GETATTRIBUTE),
                (&self.names.getattr, hooks::GETATTR),
                (&self.names.setattr, hooks::SETATTR),
                (&self.names.delattr, hooks::DELATTR),
                (&self.names.del, hooks::DEL),
            ];
            for (n, bit) in checks {
                match table.get_str(n) {
                    Some(v) => {
                        if !matches!(v.payload(), Some(Payload::Builtin(_))) {
                            h |= bit;
                        }
                    }
                    None => h |= inherited & bit,
                }
            }
        }
        if h & hooks::DEL != 0 {
            super::finalize::note_del_class();
        }
        cd.hooks.set(h);
    }

    fn descr_set(&mut self, a: &Value, obj: &Value, v: Option<Value>) -> PyResult<()> {
        if let Some(Payload::Member(..)) = a.payload() {
            return self.member_set(a, obj, v);
        }
        if let Some(Payload::Property(p)) = a.payload() {
            let (f, what) = match &v {
                Some(_) => (p.borrow()[1].clone(), "can't set attribute"),
                None => (p.borrow()[2].clone(), "can't delete attribute"),
            };
            if f.is_none() {
                return Err(self.new_error("AttributeError", what));
            }
            let mut args = vec![obj.clone()];
            if let Some(v) = v {
                args.push(v);
            }
            self.call(&f, Args::new(&args))?;
            return Ok(());
        }
        let acls = self.type_of(a).clone();
        match v {
            Some(v) => {
                let set = self.names.set.clone();
                match lookup(&acls, &set) {
                    Some(s) => self
                        .call(&s, Args::new(&[a.clone(), obj.clone(), v]))
                        .map(|_| ()),
                    None => Err(self.new_error("AttributeError", "__set__")),
                }
            }
            None => {
                let del = self.names.delete.clone();
                match lookup(&acls, &del) {
                    Some(s) => self
                        .call(&s, Args::new(&[a.clone(), obj.clone()]))
                        .map(|_| ()),
                    None => Err(self.new_error("AttributeError", "__delete__")),
                }
            }
        }
    }

    /// `delattr(obj, name)`.
    pub fn delattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        let cls = self.type_of(obj).clone();
        let h = cls.as_class().map(|c| c.hooks.get()).unwrap_or(0);
        if h & hooks::DELATTR != 0 {
            let da = self.names.delattr.clone();
            self.call_special(obj, &da, &[Value::Str(name.clone())])?;
            return Ok(());
        }
        self.generic_delattr(obj, &cls, name)
    }

    /// `object.__delattr__`.
    pub fn generic_delattr(
        &mut self,
        obj: &Value,
        cls: &Rc<Obj>,
        name: &Rc<PyStr>,
    ) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            if let Payload::Class(cd) = &o.payload {
                if !cd.heap {
                    let msg = format!(
                        "can't set attributes of built-in/extension type '{}'",
                        cd.name.borrow().as_str()
                    );
                    return Err(self.new_error("TypeError", &msg));
                }
                self.refuse_special_delete(o, name)?;
                if lookup(o, name).is_none()
                    || o.as_class().map(|c| c.own(name).is_none()).unwrap_or(true)
                {
                    return Err(self.attribute_error(obj, name));
                }
                self.class_set(o, name, None);
                return Ok(());
            }
        }
        if name.as_str() == "__dict__" {
            // 3.4's subtype_setdict allows deleting `__dict__`: the instance
            // is left with no attributes.
            let empty = self.new_dict();
            if let Some(r) = self.set_instance_dict(obj, &empty) {
                return r;
            }
        }
        if name.as_str() == "__class__" {
            return Err(self.new_error("TypeError", "can't delete __class__ attribute"));
        }
        if let Some(a) = lookup(cls, name) {
            if is_data_descr(self, &a) {
                return self.descr_set(&a, obj, None);
            }
        }
        if let Value::Obj(o) = obj {
            let d = match (o.inst_dict(), &o.payload) {
                (Some(d), _) => Some(d.clone()),
                (None, Payload::Module(d, _)) => Some(d.clone()),
                _ => None,
            };
            if let Some(d) = d {
                if self.dict_del_str(&d, name)? {
                    return Ok(());
                }
            }
        }
        Err(self.attribute_error(obj, name))
    }

    /// For `obj.name(...)`: the plain function found on the class when it can
    /// be called with `obj` prepended (no bound method needed).
    pub fn load_method(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        let cls = self.type_of(obj);
        let cd = match cls.as_class() {
            Some(cd) => cd,
            None => return Ok(None),
        };
        if cd.hooks.get() & hooks::GETATTRIBUTE != 0 {
            return Ok(None);
        }
        if let Value::Obj(o) = obj {
            if matches!(
                o.payload,
                Payload::Class(_) | Payload::Module(..) | Payload::Super(..)
            ) {
                return Ok(None);
            }
        }
        let attr = match lookup_cached(cls, name) {
            Some(a) => a,
            None => return Ok(None),
        };
        let plain = match attr.payload() {
            Some(Payload::Function(_)) => true,
            Some(Payload::Builtin(b)) => b.binds() && !b.class_method,
            _ => false,
        };
        if !plain {
            return Ok(None);
        }
        if let Value::Obj(o) = obj {
            if o.dict_get(name).is_some() || o.dict_mixed() {
                return Ok(None);
            }
        }
        Ok(Some(attr))
    }

    /// Looks up a special method on the type and binds it to `obj`.
    pub fn lookup_special(&mut self, obj: &Value, name: &Rc<PyStr>) -> Option<Value> {
        let cls = self.type_of(obj).clone();
        let a = lookup(&cls, name)?;
        self.descr_get(&a, obj, &cls).ok()
    }

    /// For `call_special`: `Some(callable)` when the attribute must be bound
    /// first, `None` when it can be called with `obj` prepended.
    pub fn bind_descriptor(
        &mut self,
        m: &Value,
        obj: &Value,
        cls: &Rc<Obj>,
    ) -> PyResult<Option<Value>> {
        match m.payload() {
            Some(Payload::Function(_)) => Ok(None),
            Some(Payload::Builtin(b)) if b.binds() && !b.class_method => Ok(None),
            _ => self.descr_get(m, obj, cls).map(Some),
        }
    }
}
