//! Restricted builtins: `exec`/`eval` with a globals dict whose
//! `__builtins__` is not the real `builtins` module (`eval(src,
//! {'__builtins__': {}})`). As in CPython, code running in such globals
//! resolves built-in names in that `__builtins__` only, so an empty one
//! hides `__import__`, `open`, everything.
//!
//! The eval loop's fast path is untouched: it asks [`Vm::builtins_for`] only
//! after a global lookup missed, and that is a length check while no
//! restricted namespace exists.

use crate::objects::{Obj, Payload, Value};
use std::rc::{Rc, Weak};

/// Globals dicts with their own `__builtins__` (keyed by address; the weak
/// reference tells a live entry from a reused address).
#[derive(Default)]
pub struct RestrictedGlobals {
    entries: Vec<(Weak<Obj>, Rc<Obj>)>,
}

impl RestrictedGlobals {
    /// Whether no globals have their own builtins (every name resolves in
    /// the VM's builtins).
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The builtins namespace registered for `globals`, if any.
    fn get(&self, globals: &Rc<Obj>) -> Option<Rc<Obj>> {
        self.entries
            .iter()
            .find(|(g, _)| std::ptr::eq(g.as_ptr(), Rc::as_ptr(globals)) && g.strong_count() > 0)
            .map(|(_, b)| b.clone())
    }
}

impl crate::vm::Vm {
    /// The namespace built-in names resolve in for code whose globals are
    /// `globals`: the VM's `builtins`, unless `globals` was registered by
    /// [`Vm::register_globals_builtins`].
    #[inline]
    pub fn builtins_for(&self, globals: &Rc<Obj>) -> Rc<Obj> {
        if self.restricted.entries.is_empty() {
            return self.builtins.clone();
        }
        self.restricted
            .get(globals)
            .unwrap_or_else(|| self.builtins.clone())
    }

    /// Called when `exec`/`eval` starts code in `globals`: when its
    /// `__builtins__` is not the real builtins (a dict or a module), code in
    /// those globals will resolve built-in names there.
    pub fn register_globals_builtins(&mut self, globals: &Rc<Obj>) {
        let name = self.names.builtins.clone();
        let b = match self.dict_get_str(globals, &name) {
            Some(Value::Obj(b)) => b,
            _ => return,
        };
        if Rc::ptr_eq(&b, &self.builtins) {
            return;
        }
        let ns = match &b.payload {
            Payload::Dict(_) => b.clone(),
            Payload::Module(d, _) => d.clone(),
            _ => return,
        };
        if Rc::ptr_eq(&ns, &self.builtins) {
            return;
        }
        self.restricted
            .entries
            .retain(|(g, _)| g.strong_count() > 0);
        self.restricted
            .entries
            .retain(|(g, _)| !std::ptr::eq(g.as_ptr(), Rc::as_ptr(globals)));
        self.restricted.entries.push((Rc::downgrade(globals), ns));
    }
}
