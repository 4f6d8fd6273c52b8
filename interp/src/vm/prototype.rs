//! The built-in part of a VM, built once per thread and shared by every
//! evaluation that thread runs.
//!
//! Creating the built-in classes, their method tables and the `builtins`
//! namespace costs far more than running a small program, so a thread builds
//! them once ([`current`]) and each new [`Vm`] starts from them. What is
//! shared is immutable to Python code: built-in classes (non-heap: their
//! attributes cannot be set or deleted, `__bases__`/`__name__` included),
//! built-in functions and method descriptors (no instance dict), the
//! singletons (`NotImplemented`, `Ellipsis`, `()`), interned strings and the
//! cached one-character strings. Everything a program can change is fresh
//! per run: the `builtins` module namespace is a copy of the prototype's
//! table, `sys.modules` is new, every module is imported anew.
//!
//! The mutable bookkeeping inside shared classes is reset when a run ends
//! ([`Prototype::reset_after_run`]): the lookup caches are emptied (their keys
//! are the run's interned names) and the `__subclasses__` lists are cut back
//! to the built-in subclasses, so no object of one run is reachable from
//! another.

use super::types::{Names, Types};
use super::Vm;
use crate::bytecode::Code;
use crate::objects::{DictTable, Obj, PyStr, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// The shared built-in state of one thread's evaluations.
pub struct Prototype {
    /// The built-in classes.
    pub types: Rc<Types>,
    /// Frequently used names.
    pub names: Names,
    /// The `builtins` namespace each run copies.
    pub builtins: DictTable,
    /// Strings interned while building the built-ins.
    pub interned: Rc<super::NameMap<Rc<PyStr>>>,
    /// `NotImplemented`
    pub not_implemented: Value,
    /// `Ellipsis`
    pub ellipsis: Value,
    /// The unbound-local marker.
    pub undef: Rc<Obj>,
    /// The placeholder code object.
    pub placeholder_code: Rc<Code>,
    /// Cached one-character ASCII strings.
    pub char_cache: Vec<Rc<PyStr>>,
    /// `object.__new__`
    pub object_new: Value,
    /// `object.__init__`
    pub object_init: Value,
    /// Every shared class with the length of its `__subclasses__` list once
    /// the built-ins were complete.
    classes: Vec<(Rc<Obj>, usize)>,
}

thread_local! {
    static CURRENT: RefCell<Option<Rc<Prototype>>> = const { RefCell::new(None) };
}

/// This thread's prototype, built on first use.
pub fn current() -> Rc<Prototype> {
    if let Some(p) = CURRENT.with(|c| c.borrow().clone()) {
        return p;
    }
    let p = Rc::new(build());
    CURRENT.with(|c| *c.borrow_mut() = Some(p.clone()));
    p
}

/// Forgets this thread's prototype (after a panic: a run that did not tear
/// down may have left its objects in the shared classes); the next run
/// builds a new one.
pub fn discard() {
    let old = CURRENT.with(|c| c.borrow_mut().take());
    drop(old);
}

/// Builds the built-ins in a throw-away VM and keeps its shared parts.
fn build() -> Prototype {
    let mut vm = Vm::bare(
        &crate::api::Limits::unlimited(),
        crate::api::CancelHandle::default(),
    );
    crate::builtins::install(&mut vm);
    // `sys.stdout`'s class gets its methods here, not at the first
    // `import sys` of some run.
    crate::modules::sys::install_stream_class(&mut vm);
    let builtins = vm
        .builtins
        .table()
        .map(|t| t.borrow().clone())
        .unwrap_or_default();
    let mut all = vm.types.all();
    all.extend(vm.types.exc.values().cloned());
    let t = &vm.types;
    all.extend([
        t.function.clone(),
        t.builtin_function.clone(),
        t.method_descriptor.clone(),
        t.wrapper_descriptor.clone(),
        t.method_wrapper.clone(),
        t.classmethod_descriptor.clone(),
        t.method.clone(),
        t.module.clone(),
        t.generator.clone(),
        t.cell.clone(),
        t.none_type.clone(),
        t.not_implemented_type.clone(),
        t.ellipsis_type.clone(),
        t.code.clone(),
        t.traceback.clone(),
        t.iterator.clone(),
        t.list_iterator.clone(),
        t.tuple_iterator.clone(),
        t.str_iterator.clone(),
        t.range_iterator.clone(),
        t.dict_keyiterator.clone(),
        t.set_iterator.clone(),
        t.bytes_iterator.clone(),
        t.bytearray_iterator.clone(),
        t.longrange_iterator.clone(),
        t.dict_valueiterator.clone(),
        t.dict_itemiterator.clone(),
        t.list_reverseiterator.clone(),
        t.callable_iterator.clone(),
        t.dict_keys.clone(),
        t.dict_values.clone(),
        t.dict_items.clone(),
        t.stream.clone(),
        t.weakref.clone(),
        t.member_descriptor.clone(),
        t.mappingproxy.clone(),
        t.getset_descriptor.clone(),
        t.frame.clone(),
    ]);
    // Classes made while installing (the stream buffers' classes) hang off
    // the built-in ones' subclass lists.
    let mut seen: Vec<*const Obj> = Vec::new();
    let mut classes = Vec::new();
    let mut stack = all;
    while let Some(c) = stack.pop() {
        if seen.contains(&Rc::as_ptr(&c)) {
            continue;
        }
        seen.push(Rc::as_ptr(&c));
        if let Some(cd) = c.as_class() {
            let subs: Vec<Rc<Obj>> = cd
                .subclasses
                .borrow()
                .iter()
                .filter_map(|w| w.upgrade())
                .collect();
            cd.subclasses.borrow_mut().retain(|w| w.strong_count() > 0);
            let n = cd.subclasses.borrow().len();
            stack.extend(subs);
            classes.push((c.clone(), n));
        }
    }
    let proto = Prototype {
        types: vm.types.clone(),
        names: std::mem::take(&mut vm.names),
        builtins,
        interned: Rc::new(std::mem::take(&mut vm.interned)),
        not_implemented: vm.not_implemented.clone(),
        ellipsis: vm.ellipsis.clone(),
        undef: vm.undef.clone(),
        placeholder_code: vm.placeholder_code.clone(),
        char_cache: std::mem::take(&mut vm.char_cache),
        object_new: vm.object_new.clone(),
        object_init: vm.object_init.clone(),
        classes,
    };
    // The throw-away VM's own namespace dicts go; the shared objects stay
    // (its collector registry is dropped without clearing anything).
    super::gc::clear(&vm.builtins);
    super::gc::clear(&vm.modules);
    vm.object_new = Value::None;
    vm.object_init = Value::None;
    proto.reset_after_run();
    proto
}

impl Prototype {
    /// Forgets what a run left in the shared classes: lookup caches and the
    /// run's subclasses (all dead once the run's objects are freed).
    pub fn reset_after_run(&self) {
        for (c, n) in &self.classes {
            if let Some(cd) = c.as_class() {
                if let Ok(mut cache) = cd.cache.try_borrow_mut() {
                    cache.clear();
                }
                if let Ok(mut subs) = cd.subclasses.try_borrow_mut() {
                    subs.truncate(*n);
                    // A run that made many subclasses leaves no big buffer.
                    if subs.capacity() > 2 * *n + 16 {
                        subs.shrink_to(*n + 8);
                    }
                }
            }
        }
    }
}

impl Drop for Prototype {
    /// Breaks the class ↔ method-descriptor cycles when the thread ends.
    fn drop(&mut self) {
        for (c, _) in &self.classes {
            super::gc::clear(c);
        }
        self.builtins = DictTable::new();
        self.object_new = Value::None;
        self.object_init = Value::None;
    }
}
