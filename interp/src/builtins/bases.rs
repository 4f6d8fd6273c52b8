//! Assignments to the special attributes of heap classes:
//! `C.__bases__ = (...)` (checked as CPython 3.4's `type_set_bases` does,
//! MROs of the class and its subclasses recomputed, lookup caches
//! emptied), and the checks on `C.__name__`/`__qualname__` values and on
//! deleting them.

use super::layout::best_base;
use crate::objects::class::{c3_mro, invalidate, is_subclass, with_subclasses};
use crate::objects::{Obj, Payload, PyStr, Value};
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

/// The class name CPython's messages show (`tp_name`).
fn cname(c: &Rc<Obj>) -> String {
    c.as_class()
        .map(|cd| cd.name.borrow().as_str().to_string())
        .unwrap_or_default()
}

/// What a heap class adds to its best base's instance layout: its own slot
/// names (sorted), and whether it adds `__dict__` and `__weakref__`.
fn added(c: &Rc<Obj>) -> Option<(Vec<String>, bool, bool)> {
    let cd = c.as_class().filter(|cd| cd.heap)?;
    let d = cd.dict.borrow();
    let mut slots = Vec::new();
    let (mut dict, mut weak) = (false, false);
    for e in d.iter() {
        match (e.key.as_pystr().map(|s| s.as_str()), e.value.payload()) {
            (Some(k), Some(Payload::Member(..))) => slots.push(k.to_string()),
            (Some("__dict__"), Some(Payload::Attr(..))) => dict = true,
            (Some("__weakref__"), Some(Payload::Attr(..))) => weak = true,
            _ => {}
        }
    }
    slots.sort();
    Some((slots, dict, weak))
}

/// The class whose instance layout `c`'s instances have (CPython walks up
/// while the struct stays the same): `c` itself when it adds slots, a dict
/// or weak references to its base, else its base's.
fn solid(c: &Rc<Obj>) -> Rc<Obj> {
    let mut cur = c.clone();
    loop {
        let next = match added(&cur) {
            Some((s, d, w)) if s.is_empty() && !d && !w => cur
                .as_class()
                .and_then(|cd| best_base(&cd.bases.borrow()).cloned()),
            _ => None,
        };
        match next {
            Some(n) => cur = n,
            None => return cur,
        }
    }
}

/// The direct base CPython calls `tp_base`.
fn base_of(c: &Rc<Obj>) -> Option<Rc<Obj>> {
    c.as_class()
        .and_then(|cd| best_base(&cd.bases.borrow()).cloned())
}

impl Vm {
    /// `C.__bases__ = value` for a heap class `c`.
    pub fn set_bases(&mut self, c: &Rc<Obj>, value: &Value) -> PyResult<()> {
        let name = cname(c);
        let items = match value.payload() {
            Some(Payload::Tuple(t)) if Rc::ptr_eq(self.type_of(value), &self.types.tuple) => {
                t.to_vec()
            }
            _ => {
                let msg = format!(
                    "can only assign tuple to {}.__bases__, not {}",
                    name,
                    self.type_name(value)
                );
                return Err(self.new_error("TypeError", &msg));
            }
        };
        if items.is_empty() {
            let msg = format!(
                "can only assign non-empty tuple to {}.__bases__, not ()",
                name
            );
            return Err(self.new_error("TypeError", &msg));
        }
        let mut new_bases = Vec::with_capacity(items.len());
        for it in &items {
            match it {
                Value::Obj(b) if b.as_class().is_some() => {
                    if is_subclass(b, c) {
                        return Err(self.new_error(
                            "TypeError",
                            "a __bases__ item causes an inheritance cycle",
                        ));
                    }
                    new_bases.push(b.clone());
                }
                _ => {
                    let msg = format!(
                        "{}.__bases__ must be tuple of classes, not '{}'",
                        name,
                        self.type_name(it)
                    );
                    return Err(self.new_error("TypeError", &msg));
                }
            }
        }
        for (i, b) in new_bases.iter().enumerate() {
            if new_bases[..i].iter().any(|x| Rc::ptr_eq(x, b)) {
                let msg = format!("duplicate base class {}", cname(b));
                return Err(self.new_error("TypeError", &msg));
            }
        }
        let old_base = base_of(c);
        let new_base = best_base(&new_bases).cloned();
        if let (Some(o), Some(n)) = (&old_base, &new_base) {
            self.check_compatible(o, n)?;
        }
        self.replace_bases(c, new_bases)
    }

    /// CPython's `compatible_for_assignment(old, new, "__bases__")`.
    fn check_compatible(&mut self, old: &Rc<Obj>, new: &Rc<Obj>) -> PyResult<()> {
        let heap = |c: &Rc<Obj>| c.as_class().is_some_and(|cd| cd.heap);
        let same_dealloc = if heap(old) || heap(new) {
            heap(old) == heap(new)
        } else {
            Rc::ptr_eq(old, new)
        };
        if !same_dealloc {
            let msg = format!(
                "__bases__ assignment: '{}' deallocator differs from '{}'",
                cname(new),
                cname(old)
            );
            return Err(self.new_error("TypeError", &msg));
        }
        let (so, sn) = (solid(old), solid(new));
        let same_layout = Rc::ptr_eq(&so, &sn)
            || match (base_of(&so), base_of(&sn)) {
                (Some(a), Some(b)) => Rc::ptr_eq(&a, &b) && added(&so) == added(&sn),
                _ => false,
            };
        if !same_layout {
            let msg = format!(
                "__bases__ assignment: '{}' object layout differs from '{}'",
                cname(new),
                cname(old)
            );
            return Err(self.new_error("TypeError", &msg));
        }
        Ok(())
    }

    /// Installs the new bases of `c`, recomputes the MRO of `c` and of every
    /// class deriving from it (all restored when one cannot be linearised),
    /// moves `c` between the bases' subclass lists and empties the caches.
    fn replace_bases(&mut self, c: &Rc<Obj>, new_bases: Vec<Rc<Obj>>) -> PyResult<()> {
        let Some(cd) = c.as_class() else {
            return Ok(());
        };
        let old_bases = std::mem::replace(&mut *cd.bases.borrow_mut(), new_bases.clone());
        let affected = with_subclasses(c);
        let saved: Vec<Vec<Rc<Obj>>> = affected
            .iter()
            .map(|k| {
                k.as_class()
                    .map(|kd| kd.mro.borrow().clone())
                    .unwrap_or_default()
            })
            .collect();
        for k in &affected {
            let Some(kd) = k.as_class() else { continue };
            let bases = kd.bases.borrow().clone();
            match c3_mro(&bases) {
                Ok(m) => *kd.mro.borrow_mut() = m,
                Err(heads) => {
                    for (k2, m) in affected.iter().zip(saved) {
                        if let Some(kd2) = k2.as_class() {
                            *kd2.mro.borrow_mut() = m;
                        }
                    }
                    *cd.bases.borrow_mut() = old_bases;
                    let names: Vec<String> = heads.iter().map(cname).collect();
                    let msg = format!(
                        "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                        names.join(", ")
                    );
                    return Err(self.new_error("TypeError", &msg));
                }
            }
        }
        for b in &old_bases {
            if let Some(bd) = b.as_class() {
                bd.subclasses
                    .borrow_mut()
                    .retain(|w| w.upgrade().is_some_and(|s| !Rc::ptr_eq(&s, c)));
            }
        }
        for b in &new_bases {
            if let Some(bd) = b.as_class() {
                bd.subclasses.borrow_mut().push(Rc::downgrade(c));
            }
        }
        crate::objects::class::bump_epoch();
        invalidate(c);
        for k in &affected {
            self.refresh_hooks(k);
        }
        Ok(())
    }

    /// The checks of `C.__name__ = v` / `C.__qualname__ = v` on a heap
    /// class beyond the type of `v`: a `__name__` must not contain NUL.
    pub fn check_class_name(&mut self, name: &PyStr, v: &Value) -> PyResult<()> {
        if name.as_str() == "__name__" && v.as_pystr().is_some_and(|s| s.as_str().contains('\0')) {
            return Err(self.new_error("ValueError", "__name__ must not contain null characters"));
        }
        Ok(())
    }

    /// `del C.__name__` (and `__qualname__`, `__bases__`): refused with
    /// CPython 3.4's message.
    pub fn refuse_special_delete(&mut self, c: &Rc<Obj>, name: &PyStr) -> PyResult<()> {
        if matches!(name.as_str(), "__name__" | "__qualname__" | "__bases__") {
            let msg = format!("can't delete {}.{}", cname(c), name.as_str());
            return Err(self.new_error("TypeError", &msg));
        }
        Ok(())
    }
}
