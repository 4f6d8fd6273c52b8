//! Finalization: `__del__` methods and weak-reference callbacks.
//!
//! Objects die inside `Drop for Obj` (see [`super::gc`]), where no VM is at
//! hand. So a dying instance whose class defines `__del__` is *resurrected*:
//! its class, dict and payload move into a fresh `Rc<Obj>` that is queued
//! here, and the VM calls `__del__` on it at the next safe point (every call
//! and backward jump checks [`has_pending`], so `del x; print(...)` runs the
//! finalizer before the print, as CPython's reference counting does). Each
//! object is finalized once (PEP 442): the resurrected object is remembered
//! in a "finalized" set by address until it dies for good.
//!
//! Weak references to a dying object queue their callbacks the same way.
//! Finalizers run under the run's budget; an exception escaping one is
//! printed as `Exception ignored in: ...` on stderr, as CPython does.

use super::{PyErr, PyResult, Vm};
use crate::objects::class::hooks;
use crate::objects::{Obj, Payload, Value};
use std::cell::{Cell, RefCell};
use std::collections::{HashSet, VecDeque};
use std::rc::Rc;

/// Work queued for the VM by dying objects.
pub enum Pending {
    /// Call `__del__` on this (resurrected) object.
    Del(Rc<Obj>),
    /// Call `callback(weakref)`.
    Callback(Value, Value),
    /// Close this (resurrected) generator, which was suspended inside a
    /// `try` or `with` block.
    Close(Rc<Obj>),
}

thread_local! {
    static PENDING: RefCell<VecDeque<Pending>> = const { RefCell::new(VecDeque::new()) };
    static HAS_PENDING: Cell<bool> = const { Cell::new(false) };
    static FINALIZED: RefCell<HashSet<usize>> = RefCell::new(HashSet::new());
    /// Objects whose class defines `__del__` get their finalizer run only
    /// while a VM is running (not during teardown).
    static ENABLED: Cell<bool> = const { Cell::new(false) };
    /// A class with `__del__` was created in this run.
    static DEL_SEEN: Cell<bool> = const { Cell::new(false) };
}

/// Whether finalization is on (a run is going on).
pub fn enabled() -> bool {
    ENABLED.try_with(|e| e.get()).unwrap_or(false)
}

/// Records that some class of this run defines `__del__`.
pub fn note_del_class() {
    let _ = DEL_SEEN.try_with(|d| d.set(true));
}

/// Whether finalizers are waiting to run.
#[inline]
pub fn has_pending() -> bool {
    HAS_PENDING.try_with(|p| p.get()).unwrap_or(false)
}

/// Queues work for the VM.
pub fn push(p: Pending) {
    let _ = PENDING.try_with(|q| q.borrow_mut().push_back(p));
    let _ = HAS_PENDING.try_with(|h| h.set(true));
}

/// Turns finalization on (a run started) or off (teardown); turning it off
/// drops whatever is still queued without running it.
pub fn set_enabled(on: bool) {
    let _ = ENABLED.try_with(|e| e.set(on));
    if !on {
        // Dropping queued work can queue more (weakref callbacks of what
        // dies), so drain until nothing is left.
        loop {
            let q = PENDING
                .try_with(|q| std::mem::take(&mut *q.borrow_mut()))
                .unwrap_or_default();
            if q.is_empty() {
                break;
            }
            drop(q);
        }
        let _ = HAS_PENDING.try_with(|h| h.set(false));
        let _ = FINALIZED.try_with(|f| f.borrow_mut().clear());
        let _ = DEL_SEEN.try_with(|d| d.set(false));
    }
}

/// Whether `o`'s class defines `__del__`.
#[inline]
pub fn has_del(o: &Obj) -> bool {
    let cls = match &o.payload {
        Payload::Instance(chain) => chain.current().or(o.cls.as_ref()),
        _ => o.cls.as_ref(),
    };
    match cls.and_then(|c| c.as_class()) {
        Some(cd) => cd.hooks.get() & hooks::DEL != 0,
        None => false,
    }
}

/// Marks an object as finalized (its `__del__` will not run again).
pub fn mark_finalized(o: &Obj) {
    let addr = o as *const Obj as usize;
    let _ = FINALIZED.try_with(|f| f.borrow_mut().insert(addr));
}

/// Whether the object was finalized already.
pub fn is_finalized(o: &Obj) -> bool {
    let addr = o as *const Obj as usize;
    FINALIZED
        .try_with(|f| f.borrow().contains(&addr))
        .unwrap_or(true)
}

/// Called by `Drop for Obj` first: queues weakref callbacks and, for an
/// instance with `__del__` or a generator paused inside a `try`/`with`
/// block, not finalized yet, moves the object's contents into a
/// resurrected object queued for `__del__` or `close()`. Returns `true` when
/// the object was resurrected (its contents are gone).
pub fn on_drop(o: &mut Obj) -> bool {
    super::weakref::on_referent_drop(o);
    if suspended_in_handler(o) {
        return revive(o, Pending::Close);
    }
    if !has_del(o) {
        return false;
    }
    revive(o, Pending::Del)
}

/// Whether `o` is a generator paused at a `yield` that a `try` or `with`
/// block covers. CPython closes every paused generator it frees; closing
/// one with no handler around its `yield` runs no code, so only these need
/// the trip through the queue.
fn suspended_in_handler(o: &Obj) -> bool {
    let st = match &o.payload {
        Payload::Generator(st) => st,
        _ => return false,
    };
    let Ok(s) = st.try_borrow() else {
        return false;
    };
    if s.running || s.finished {
        return false;
    }
    match &s.frame {
        Some(f) if f.ip > 0 => f.code.handler_for(f.ip as u32 - 1).is_some(),
        _ => false,
    }
}

/// Moves a dying object's contents into a resurrected object and queues
/// `work` for it, once per object (PEP 442) and only while a run is going
/// on. Returns `true` when it was queued (the dying object is now empty).
fn revive(o: &mut Obj, work: fn(Rc<Obj>) -> Pending) -> bool {
    let addr = o as *const Obj as usize;
    let was_finalized = FINALIZED
        .try_with(|f| f.borrow_mut().remove(&addr))
        .unwrap_or(true);
    if was_finalized || !ENABLED.try_with(|e| e.get()).unwrap_or(false) {
        return false;
    }
    let revived = Rc::new(Obj {
        cls: o.cls.take(),
        dict: std::cell::RefCell::new(o.dict.get_mut().take()),
        payload: std::mem::replace(&mut o.payload, Payload::Empty),
    });
    push(work(revived));
    true
}

impl Vm {
    /// Runs queued finalizers if there are any (after `del` and name stores,
    /// so that `del x` finalizes before the next statement).
    #[inline]
    pub fn poll_finalizers(&mut self) -> PyResult<()> {
        if has_pending() {
            self.run_finalizers()
        } else {
            Ok(())
        }
    }

    /// Runs queued finalizers and weakref callbacks (nested ones included).
    pub fn run_finalizers(&mut self) -> PyResult<()> {
        if self.finalizing {
            return Ok(());
        }
        self.finalizing = true;
        let r = self.run_finalizers_inner();
        self.finalizing = false;
        r
    }

    fn run_finalizers_inner(&mut self) -> PyResult<()> {
        loop {
            let next = PENDING
                .try_with(|q| q.borrow_mut().pop_front())
                .ok()
                .flatten();
            let item = match next {
                Some(p) => p,
                None => {
                    let _ = HAS_PENDING.try_with(|h| h.set(false));
                    return Ok(());
                }
            };
            match item {
                Pending::Del(o) => {
                    mark_finalized(&o);
                    if o.is_container() {
                        self.gc.track(&o);
                    }
                    let v = Value::Obj(o);
                    let name = self.intern("__del__");
                    let cls = self.type_of(&v).clone();
                    if let Some(f) = crate::objects::class::lookup(&cls, &name) {
                        let r = self.call(&f, super::Args::new(std::slice::from_ref(&v)));
                        if let Err(e) = r {
                            let what = match self.getattr(&v, &name) {
                                Ok(m) => m,
                                Err(PyErr::Limit(l)) => return Err(PyErr::Limit(l)),
                                Err(_) => f.clone(),
                            };
                            self.report_unraisable(&what, e)?;
                        }
                    }
                }
                Pending::Close(g) => {
                    mark_finalized(&g);
                    self.gc.track(&g);
                    let saved = self.handled.clone();
                    let r = self.gen_close(&g);
                    self.handled = saved;
                    if let Err(e) = r {
                        self.report_unraisable(&Value::Obj(g), e)?;
                    }
                }
                Pending::Callback(cb, r) => {
                    if let Err(e) = self.call(&cb, super::Args::new(std::slice::from_ref(&r))) {
                        self.report_unraisable(&cb, e)?;
                    }
                }
            }
        }
    }

    /// Prints `Exception ignored in: <obj>` and the traceback on stderr
    /// (CPython's `PyErr_WriteUnraisable`); limit errors propagate.
    pub fn report_unraisable(&mut self, obj: &Value, err: PyErr) -> PyResult<()> {
        let e = match err {
            PyErr::Exc(e) => e,
            PyErr::Limit(l) => return Err(PyErr::Limit(l)),
        };
        let what = match self.repr(obj) {
            Ok(s) => s,
            Err(PyErr::Limit(l)) => return Err(PyErr::Limit(l)),
            Err(_) => self.default_repr(obj),
        };
        let tb = self.format_exception(&e);
        self.write_out(2, &format!("Exception ignored in: {}\n{}", what, tb))
    }
}

impl Vm {
    /// Interpreter shutdown: the main module's names are set to None
    /// (single-underscore names first, as CPython 3.4's module cleanup
    /// does), running the finalizers of what dies; then cyclic garbage is
    /// collected and finalized.
    pub fn shutdown_finalizers(&mut self, globals: &Rc<Obj>) -> PyResult<()> {
        self.run_finalizers()?;
        let keys: Vec<Value> = match globals.table() {
            Some(t) => t.borrow().iter().map(|e| e.key.clone()).collect(),
            None => return Ok(()),
        };
        let private = |k: &Value| {
            k.as_pystr()
                .map(|s| s.as_str().starts_with('_') && !s.as_str().starts_with("__"))
                .unwrap_or(false)
        };
        let mut order: Vec<&Value> = keys.iter().filter(|k| private(k)).collect();
        order.extend(keys.iter().filter(|k| !private(k)));
        let g = Value::Obj(globals.clone());
        for k in order {
            if matches!(k.as_pystr(), Some(s) if s.as_str() == "__builtins__") {
                continue;
            }
            let old = match globals.table() {
                Some(t) => {
                    let mut t = t.borrow_mut();
                    let h = match k.as_pystr() {
                        Some(s) => s.hash(),
                        None => continue,
                    };
                    t.find(h, |x| x.is(k))
                        .map(|ix| t.set_value(ix, Value::None))
                }
                None => None,
            };
            drop(old);
            self.run_finalizers()?;
        }
        let _ = g;
        // Cyclic garbage only needs collecting here when something in it
        // could run code (a `__del__` or a weakref callback).
        let needed =
            DEL_SEEN.try_with(|d| d.get()).unwrap_or(false) || super::weakref::has_entries();
        if needed {
            self.collect_garbage();
            self.run_finalizers()?;
            self.collect_garbage();
        }
        self.run_finalizers()
    }
}
