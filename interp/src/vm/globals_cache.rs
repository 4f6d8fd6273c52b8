//! A cache for `LoadGlobal`: where a global name was found (which dict, at
//! which entry position), keyed by the name, the globals dict and the
//! contents states of the globals and builtins tables
//! ([`DictTable::state`]). Any change to either table gives it a new state,
//! so a rebound, deleted or newly shadowing global (or a monkeypatched
//! builtin) misses the cache and is looked up again.
//!
//! The cache holds no values (only positions), so it never keeps an object
//! alive, and it holds the names it was asked for, so a name's address
//! cannot be reused by another string while an entry mentions it.

use super::{PyResult, Vm};
use crate::objects::{DictTable, Obj, Payload, PyStr, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// Number of cache slots (a power of two).
const SLOTS: usize = 256;

/// One remembered lookup.
#[derive(Clone, Default)]
pub struct GlobalSlot {
    name: Option<Rc<PyStr>>,
    /// Address of the globals dict object.
    globals: usize,
    /// Its table's state when the name was looked up.
    globals_state: u64,
    /// The builtins table's state (when found there), else 0.
    builtins_state: u64,
    /// Found in the builtins (else in the globals).
    in_builtins: bool,
    /// The entry position in the table it was found in.
    ix: usize,
}

/// The cache (one per VM).
pub struct GlobalsCache {
    slots: Vec<GlobalSlot>,
}

impl Default for GlobalsCache {
    fn default() -> GlobalsCache {
        GlobalsCache {
            slots: vec![GlobalSlot::default(); SLOTS],
        }
    }
}

#[inline]
fn slot_of(name: &Rc<PyStr>, globals: &Rc<Obj>) -> usize {
    let a = Rc::as_ptr(name) as usize;
    let g = Rc::as_ptr(globals) as usize;
    ((a >> 4) ^ (a >> 12) ^ (g >> 5)) & (SLOTS - 1)
}

#[inline]
fn table(d: &Rc<Obj>) -> Option<&RefCell<DictTable>> {
    match &d.payload {
        Payload::Dict(t) => Some(t),
        _ => None,
    }
}

impl Vm {
    /// `globals[name]`, else `builtins[name]`, else NameError: the value of
    /// a `LoadGlobal`.
    #[inline]
    pub(super) fn load_global(&mut self, globals: &Rc<Obj>, name: &Rc<PyStr>) -> PyResult<Value> {
        if let Some(v) = self.load_global_cached(globals, name) {
            return Ok(v);
        }
        self.load_global_slow(globals, name)
    }

    #[inline]
    fn load_global_cached(&self, globals: &Rc<Obj>, name: &Rc<PyStr>) -> Option<Value> {
        let s = self.globals_cache.slots.get(slot_of(name, globals))?;
        if s.globals != Rc::as_ptr(globals) as usize
            || !s.name.as_ref().is_some_and(|n| Rc::ptr_eq(n, name))
        {
            return None;
        }
        let g = table(globals)?.try_borrow().ok()?;
        if g.state() != s.globals_state {
            return None;
        }
        if !s.in_builtins {
            return g.entry(s.ix).map(|e| e.value.clone());
        }
        if !self.restricted.is_empty() {
            return None;
        }
        let b = table(&self.builtins)?.try_borrow().ok()?;
        if b.state() != s.builtins_state {
            return None;
        }
        b.entry(s.ix).map(|e| e.value.clone())
    }

    fn load_global_slow(&mut self, globals: &Rc<Obj>, name: &Rc<PyStr>) -> PyResult<Value> {
        let find = |d: &Rc<Obj>| -> Option<(u64, usize, Value)> {
            let t = table(d)?.try_borrow().ok()?;
            let ix = t.find(name.hash(), |k| match k {
                Value::Str(s) => Rc::ptr_eq(s, name) || s.s == name.s,
                _ => false,
            })?;
            t.entry(ix).map(|e| (t.state(), ix, e.value.clone()))
        };
        let gstate = table(globals).and_then(|t| t.try_borrow().ok().map(|t| t.state()));
        let (slot, v) = match find(globals) {
            Some((state, ix, v)) => (
                GlobalSlot {
                    name: Some(name.clone()),
                    globals: Rc::as_ptr(globals) as usize,
                    globals_state: state,
                    builtins_state: 0,
                    in_builtins: false,
                    ix,
                },
                v,
            ),
            None => {
                let restricted = !self.restricted.is_empty();
                let b = self.builtins_for(globals);
                match find(&b) {
                    Some((bstate, ix, v)) if !restricted => match gstate {
                        Some(gstate) => (
                            GlobalSlot {
                                name: Some(name.clone()),
                                globals: Rc::as_ptr(globals) as usize,
                                globals_state: gstate,
                                builtins_state: bstate,
                                in_builtins: true,
                                ix,
                            },
                            v,
                        ),
                        None => return Ok(v),
                    },
                    Some((_, _, v)) => return Ok(v),
                    None => return self.load_global_uncached(globals, name),
                }
            }
        };
        if let Some(s) = self.globals_cache.slots.get_mut(slot_of(name, globals)) {
            *s = slot;
        }
        Ok(v)
    }

    /// The lookup as it was before the cache (non-str keys equal to the
    /// name, a missing name).
    fn load_global_uncached(&mut self, globals: &Rc<Obj>, name: &Rc<PyStr>) -> PyResult<Value> {
        match self.dict_get_str(globals, name) {
            Some(v) => Ok(v),
            None => match self.dict_get_str(&self.builtins_for(globals), name) {
                Some(v) => Ok(v),
                None => Err(self.global_name_error(name)),
            },
        }
    }
}
