//! The instance layout of classes, as far as Python code can see it: the
//! `__dict__` and `__weakref__` descriptors a class statement adds, whether
//! instances can be weakly referenced, and the layout check behind
//! `C.__bases__ = (...)` (see `bases.rs`).
//!
//! CPython decides these from the C struct of the "best base" (the base
//! whose instance layout is the most derived): a class adds a `__dict__`
//! getset descriptor when that base's instances have no dict, and a
//! `__weakref__` one when they cannot be weakly referenced and the base is
//! not variable-sized (int, tuple, bytes); `__slots__` without those names
//! adds neither.

use super::objmodel::SlotLayout;
use crate::objects::class::Layout;
use crate::objects::{ClassData, DictTable, Obj, Payload, PyStr, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// The base whose instance layout a new class extends (CPython's
/// `best_base`, simplified: the first base with a built-in payload, else
/// the first base).
pub fn best_base(bases: &[Rc<Obj>]) -> Option<&Rc<Obj>> {
    bases
        .iter()
        .find(|b| b.as_class().is_some_and(|c| c.layout != Layout::Object))
        .or_else(|| bases.first())
}

/// Whether instances of `cls` carry a visible `__dict__`.
pub fn instances_have_dict(cls: &Rc<Obj>) -> bool {
    cls.as_class()
        .map(|c| (c.heap && !c.hide_dict) || (!c.heap && c.has_dict))
        .unwrap_or(false)
}

/// Whether instances of `cls` can be weakly referenced.
pub fn instances_weakrefable(vm: &Vm, cls: &Rc<Obj>) -> bool {
    match cls.as_class() {
        Some(c) if c.heap => c.weakrefable,
        Some(_) => {
            let t = &vm.types;
            [&t.type_, &t.set, &t.frozenset]
                .iter()
                .any(|b| Rc::ptr_eq(b, cls))
        }
        None => false,
    }
}

/// Whether `cls` is int, tuple or bytes or derives from one of them
/// (CPython's variable-sized instances, nonzero `__itemsize__`).
pub fn is_varsize(vm: &Vm, cls: &Rc<Obj>) -> bool {
    let t = &vm.types;
    let sized = [&t.int, &t.tuple, &t.bytes, &t.type_];
    let hit = |c: &Rc<Obj>| sized.iter().any(|s| Rc::ptr_eq(s, c));
    hit(cls)
        || cls
            .as_class()
            .is_some_and(|c| c.mro.borrow().iter().any(hit))
}

impl Vm {
    /// Adds the `__dict__`/`__weakref__` getset descriptors a new class
    /// gets (`<attribute '__dict__' of 'C' objects>`) to its namespace and
    /// returns whether its instances can be weakly referenced.
    pub fn add_layout_descriptors(
        &mut self,
        name: &Rc<PyStr>,
        bases: &[Rc<Obj>],
        sl: &SlotLayout,
        table: &mut DictTable,
    ) -> bool {
        let Some(base) = best_base(bases).cloned() else {
            return true;
        };
        let base_weak = instances_weakrefable(self, &base);
        let add_dict = !instances_have_dict(&base) && (!sl.declared || sl.dict_slot);
        let add_weak = !base_weak && !is_varsize(self, &base) && (!sl.declared || sl.weakref_slot);
        let getset = self.types.getset_descriptor.clone();
        for (wanted, attr) in [(add_dict, "__dict__"), (add_weak, "__weakref__")] {
            let key = self.intern(attr);
            if !wanted || table.get_str(&key).is_some() {
                continue;
            }
            let d = self.alloc(&getset, Payload::Attr(key.clone(), name.clone()));
            table.push_new(key.hash(), Value::Str(key), d);
        }
        base_weak || add_weak
    }
}

/// `(__basicsize__, __itemsize__, __dictoffset__, __weakrefoffset__)` of
/// the built-in types whose 64-bit CPython 3.4 layout is known; others get
/// an object header only. These are implementation details: programs may
/// compare them, not rely on them.
fn builtin_sizes(name: &str) -> (i64, i64, i64, i64) {
    match name {
        "int" => (24, 4, 0, 0),
        "bool" => (32, 4, 0, 0),
        "float" => (24, 0, 0, 0),
        "complex" => (32, 0, 0, 0),
        "str" => (80, 0, 0, 0),
        "bytes" => (33, 1, 0, 0),
        "bytearray" => (56, 0, 0, 0),
        "tuple" => (24, 8, 0, 0),
        "list" => (40, 0, 0, 0),
        "dict" => (48, 0, 0, 0),
        "set" | "frozenset" => (200, 0, 0, 192),
        "range" => (48, 0, 0, 0),
        "slice" => (40, 0, 0, 0),
        "type" => (864, 40, 264, 368),
        "property" => (56, 0, 0, 0),
        "memoryview" => (184, 0, 0, 176),
        "function" => (128, 0, 104, 112),
        "module" => (40, 0, 16, 32),
        "staticmethod" | "classmethod" => (32, 0, 24, 0),
        _ => (16, 0, 0, 0),
    }
}

/// Built-in types instances of which the collector tracks (`Py_TPFLAGS_HAVE_GC`).
const GC_TYPES: &[&str] = &[
    "tuple",
    "list",
    "dict",
    "set",
    "frozenset",
    "type",
    "property",
    "memoryview",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
    "staticmethod",
    "classmethod",
    "super",
    "function",
    "module",
];

/// Built-in types that cannot be subclassed (no `Py_TPFLAGS_BASETYPE`).
pub(crate) const FINAL_TYPES: &[&str] = &[
    "bool",
    "range",
    "slice",
    "function",
    "NoneType",
    "generator",
    "method",
    "memoryview",
    "builtin_function_or_method",
    "NotImplementedType",
    "ellipsis",
];

/// The "fast subclass" bits of `__flags__`: (built-in name, bit).
const SUBCLASS_BITS: &[(&str, u32)] = &[
    ("int", 24),
    ("list", 25),
    ("tuple", 26),
    ("bytes", 27),
    ("str", 28),
    ("dict", 29),
    ("BaseException", 30),
    ("type", 31),
];

/// Whether the class statement that made heap class `cls` added the
/// descriptor `attr` (`__dict__` or `__weakref__`) to its namespace.
fn adds(cls: &ClassData, attr: &str) -> bool {
    cls.own(&PyStr::new(attr))
        .is_some_and(|v| matches!(v.payload(), Some(Payload::Attr(..))))
}

/// `__basicsize__`, `__itemsize__`, `__dictoffset__`, `__weakrefoffset__`
/// and `__flags__` of class `c`, computed as 64-bit CPython 3.4 lays its
/// objects out (heap classes: the best base's size plus one pointer per
/// slot and for an added `__dict__` and `__weakref__`).
pub fn type_number(c: &Rc<Obj>, name: &str) -> Option<i64> {
    let cd = c.as_class()?;
    if !cd.heap {
        let tname = cd.name.borrow().as_str().to_string();
        let (basic, item, dictoff, weakoff) = if cd.layout == Layout::Exception {
            (64, 0, 16, 0)
        } else {
            builtin_sizes(&tname)
        };
        return Some(match name {
            "__basicsize__" => basic,
            "__itemsize__" => item,
            "__dictoffset__" => dictoff,
            "__weakrefoffset__" => weakoff,
            "__flags__" => flags(c, &tname),
            _ => return None,
        });
    }
    let base = best_base(&cd.bases.borrow()).cloned()?;
    let (mut basic, item, mut dictoff, mut weakoff) = (
        type_number(&base, "__basicsize__")?,
        type_number(&base, "__itemsize__")?,
        type_number(&base, "__dictoffset__")?,
        type_number(&base, "__weakrefoffset__")?,
    );
    let own_slots = cd
        .dict
        .borrow()
        .iter()
        .filter(|e| matches!(e.value.payload(), Some(Payload::Member(..))))
        .count() as i64;
    basic += 8 * own_slots;
    if adds(cd, "__dict__") {
        // Variable-sized instances keep the dict pointer at the end
        // (CPython's negative offset).
        dictoff = if item > 0 { -(8) } else { basic };
        basic += 8;
    }
    if adds(cd, "__weakref__") {
        weakoff = basic;
        basic += 8;
    }
    Some(match name {
        "__basicsize__" => basic,
        "__itemsize__" => item,
        "__dictoffset__" => dictoff,
        "__weakrefoffset__" => weakoff,
        "__flags__" => flags(c, ""),
        _ => return None,
    })
}

/// `__flags__`: ready, version tag, heap type, base type, GC and the fast
/// subclass bits along the MRO.
fn flags(c: &Rc<Obj>, builtin_name: &str) -> i64 {
    let Some(cd) = c.as_class() else { return 0 };
    let mut f: u32 = (1 << 12) | (1 << 18);
    if cd.heap {
        f |= (1 << 9) | (1 << 10) | (1 << 14);
    } else {
        if !FINAL_TYPES.contains(&builtin_name) {
            f |= 1 << 10;
        }
        if GC_TYPES.contains(&builtin_name) || cd.layout == Layout::Exception {
            f |= 1 << 14;
        }
    }
    let mut chain = vec![c.clone()];
    chain.extend(cd.mro.borrow().iter().cloned());
    for k in chain
        .iter()
        .filter_map(|k| k.as_class())
        .filter(|k| !k.heap)
    {
        let kn = k.name.borrow();
        if let Some((_, bit)) = SUBCLASS_BITS.iter().find(|(n, _)| *n == kn.as_str()) {
            f |= 1 << bit;
        }
    }
    f as i64
}

/// The data descriptors of `type` (`type.__dict__['__name__']`, ...) and
/// `object.__dict__['__class__']`: the values come from
/// `Vm::class_special_attr`; the descriptors make `type.__dict__`,
/// `dir(type)` and `type.__name__.__get__(C)` look as in CPython.
pub fn install_type_attrs(vm: &mut Vm) {
    let getset = vm.types.getset_descriptor.clone();
    let member = vm.types.member_descriptor.clone();
    let ty = vm.types.type_.clone();
    let object = vm.types.object.clone();
    let type_owner = vm.intern("type");
    let getsets = [
        "__name__",
        "__qualname__",
        "__bases__",
        "__module__",
        "__abstractmethods__",
        "__dict__",
        "__doc__",
        "__text_signature__",
    ];
    let members = [
        "__basicsize__",
        "__itemsize__",
        "__flags__",
        "__weakrefoffset__",
        "__base__",
        "__dictoffset__",
        "__mro__",
    ];
    let all = getsets
        .iter()
        .map(|n| (n, &getset))
        .chain(members.iter().map(|n| (n, &member)));
    for (n, kind) in all {
        let key = vm.intern(n);
        let d = vm.alloc(kind, Payload::Attr(key.clone(), type_owner.clone()));
        vm.class_set_quiet(&ty, key, d);
    }
    let key = vm.intern("__class__");
    let owner = vm.intern("object");
    let d = vm.alloc(&getset, Payload::Attr(key.clone(), owner));
    vm.class_set_quiet(&object, key, d);
}
