//! Python objects: the [`Value`] representation and one file per built-in type.
//!
//! # Representation
//! Small values are unboxed in [`Value`]: `None`, `bool`, ints that fit in
//! `i64`, floats, and strings behind their own `Rc<PyStr>` (the most common
//! heap value gets the shortest path). Everything else is an [`Obj`] behind
//! `Rc`: a class pointer, an optional instance `__dict__`, and a [`Payload`]
//! saying what kind of built-in object it is. An instance of a user subclass
//! of a built-in type (e.g. `class L(list)`) is an `Obj` whose class is the
//! subclass and whose payload is the built-in's (`Payload::List`), so native
//! code works on it unchanged.
//!
//! Mutable payloads use `RefCell`; the VM never holds a borrow across a call
//! back into Python code, so user code cannot observe a borrow conflict.
//! Reference cycles are broken by the collector in [`crate::vm::gc`].

pub mod buffer;
pub mod bytearray_methods;
pub mod bytes_ctor;
pub mod bytes_methods;
pub mod class;
pub mod codec_glue;
pub mod dict;
pub mod dict_methods;
pub mod docs;
pub mod exception;
pub mod function;
pub mod int;
pub mod list_methods;
pub mod memoryview;
pub mod memoryview_data;
pub mod misc_methods;
pub mod num_methods;
pub mod range;
pub mod str;
pub mod str_methods;
pub mod str_text;
pub mod str_wide;

/// All method tables.
pub mod methods {
    pub use super::misc_methods::install;
}

use num_bigint::BigInt;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub use self::class::ClassData;
pub use self::dict::DictTable;
pub use self::exception::ExcData;
pub use self::function::{Builtin, Function, NativeFn};
pub use self::str::PyStr;

/// A Python value.
#[derive(Clone, Default)]
pub enum Value {
    /// `None`
    #[default]
    None,
    /// `True` / `False`
    Bool(bool),
    /// An int that fits in 64 bits (larger ones are `Payload::Int`).
    Int(i64),
    /// A float.
    Float(f64),
    /// A `str` (exact type; subclass instances are `Payload::Str`).
    Str(Rc<PyStr>),
    /// Any other object.
    Obj(Rc<Obj>),
}

/// A heap object.
pub struct Obj {
    /// The object's class (`type(x)`); `None` means `type` itself (built-in
    /// classes and classes whose metaclass is `type`).
    pub cls: Option<Rc<Obj>>,
    /// The instance `__dict__` (a dict object), for objects that have one.
    /// A cell because `obj.__dict__ = d` makes `d` itself the instance dict
    /// (shared, as in CPython: later `obj.x = 1` shows up in `d`).
    pub dict: std::cell::RefCell<Option<Rc<Obj>>>,
    /// The built-in part of the object.
    pub payload: Payload,
}

/// What kind of built-in object an [`Obj`] is.
pub enum Payload {
    /// A plain instance of a user class (all state is in `dict`); the chain
    /// holds the classes later assigned to `obj.__class__`.
    Instance(class::ClassChain),
    /// `object()` itself and other payload-less objects (NotImplemented, Ellipsis).
    Empty,
    /// An int too large for `Value::Int`, or an int subclass instance.
    Int(BigInt),
    /// A float subclass instance.
    Float(f64),
    /// A complex number.
    Complex(f64, f64),
    /// A str subclass instance.
    Str(Rc<PyStr>),
    /// `bytes`
    Bytes(Rc<[u8]>),
    /// `bytearray`
    ByteArray(RefCell<Vec<u8>>),
    /// `tuple`
    Tuple(Box<[Value]>),
    /// `list`
    List(RefCell<Vec<Value>>),
    /// `dict`
    Dict(RefCell<DictTable>),
    /// `set`
    Set(RefCell<DictTable>),
    /// `frozenset`
    FrozenSet(DictTable),
    /// `range(start, stop, step)`
    Range(i64, i64, i64),
    /// A range whose bounds or length do not fit in `i64`.
    BigRange(Box<range::BigRange>),
    /// `slice(start, stop, step)`
    Slice(Value, Value, Value),
    /// A Python function.
    Function(Box<Function>),
    /// A native function or method descriptor.
    Builtin(Builtin),
    /// A bound method (`obj.method`).
    Method(Value, Value),
    /// A class (type object).
    Class(Box<ClassData>),
    /// A module.
    Module(Rc<Obj>, Rc<PyStr>),
    /// A closure cell.
    Cell(RefCell<Value>),
    /// A generator object.
    Generator(RefCell<crate::vm::generator::GenState>),
    /// An exception instance.
    Exception(RefCell<ExcData>),
    /// `property(fget, fset, fdel, doc)`
    Property(RefCell<[Value; 4]>),
    /// `staticmethod(f)`
    StaticMethod(RefCell<Value>),
    /// `classmethod(f)`
    ClassMethod(RefCell<Value>),
    /// `super(type, obj)`
    Super(Value, Value),
    /// A native iterator.
    Iter(RefCell<crate::vm::iter::IterState>),
    /// A code object (from `compile()`).
    Code(Rc<crate::bytecode::Code>),
    /// A traceback entry list (`__traceback__`).
    Traceback(Vec<(Rc<crate::bytecode::Code>, u32)>),
    /// A view of a dict: 0 keys, 1 values, 2 items.
    DictView(Rc<Obj>, u8),
    /// A file-like object of the sandbox (sys.stdin/stdout/stderr).
    Stream(u8),
    /// `memoryview(obj)`.
    MemoryView(Box<memoryview_data::MemoryViewData>),
    /// A `__slots__` member descriptor: (attribute name, owner class name).
    Member(Rc<PyStr>, Rc<PyStr>),
    /// A descriptor for an attribute the VM computes (`FunctionType.__code__`):
    /// (attribute name, owner class name).
    Attr(Rc<PyStr>, Rc<PyStr>),
    /// A read-only view of a mapping (`type.__dict__`, `types.MappingProxyType`).
    MappingProxy(Value),
    /// A weak reference (`weakref.ref`).
    WeakRef(crate::vm::weakref::WeakRefData),
}

impl Value {
    /// `True` when the value is `None`.
    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity comparison (`is`).
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Str(a), Value::Str(b)) => Rc::ptr_eq(a, b),
            (Value::Obj(a), Value::Obj(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// A new str value.
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }

    /// A new str value from an owned String.
    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::from_string(s)))
    }

    /// The object behind the value, if it is a heap object.
    #[inline]
    pub fn as_obj(&self) -> Option<&Rc<Obj>> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// The payload of a heap object.
    #[inline]
    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }

    /// The string, for exact str values and str subclass instances.
    pub fn as_pystr(&self) -> Option<&Rc<PyStr>> {
        match self {
            Value::Str(s) => Some(s),
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }

    /// The class data, when the value is a class.
    pub fn as_class(&self) -> Option<&ClassData> {
        match self {
            Value::Obj(o) => o.as_class(),
            _ => None,
        }
    }

    /// A stable identity number (`id()`).
    pub fn id(&self) -> i64 {
        match self {
            Value::None => 0x1000,
            Value::Bool(b) => 0x1010 + *b as i64 * 16,
            Value::Int(i) => i.wrapping_mul(16) ^ 0x5555_0000,
            Value::Float(f) => f.to_bits() as i64,
            Value::Str(s) => Rc::as_ptr(s) as *const u8 as usize as i64,
            Value::Obj(o) => Rc::as_ptr(o) as *const u8 as usize as i64,
        }
    }

    /// A value from a BigInt, normalised to `Value::Int` when it fits.
    pub fn from_bigint(b: BigInt, int_cls: &Rc<Obj>) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::Obj(Rc::new(Obj {
                cls: Some(int_cls.clone()),
                dict: std::cell::RefCell::new(None),
                payload: Payload::Int(b),
            })),
        }
    }
}

impl Obj {
    /// The table of a dict (or set) object.
    #[inline]
    pub fn table(&self) -> Option<&RefCell<DictTable>> {
        match &self.payload {
            Payload::Dict(t) | Payload::Set(t) => Some(t),
            _ => None,
        }
    }

    /// Looks a name up in the instance dict.
    #[inline]
    pub fn dict_get(&self, name: &PyStr) -> Option<Value> {
        if let Payload::Function(f) = &self.payload {
            let t = f.dict.get()?.table()?;
            let r = t.borrow().get_str(name).cloned();
            return r;
        }
        let d = self.dict.borrow();
        let t = d.as_ref()?.table()?;
        let r = t.borrow().get_str(name).cloned();
        r
    }

    /// Whether the instance dict may hold a key that is not an exact `str`
    /// (then [`Obj::dict_get`] can miss a `str`-subclass key equal to the
    /// name, and readers must also look up by `==`).
    #[inline]
    pub fn dict_mixed(&self) -> bool {
        let mixed = |d: &Rc<Obj>| d.table().is_some_and(|t| t.borrow().has_mixed_keys());
        if let Some(d) = self.dict.borrow().as_ref() {
            return mixed(d);
        }
        match &self.payload {
            Payload::Function(f) => f.dict.get().is_some_and(mixed),
            _ => false,
        }
    }

    /// The instance `__dict__` object as it is now: `Obj::dict`, or a
    /// function's dict once something made it (a function without one has
    /// no attributes of its own; [`crate::vm::Vm::instance_dict`] makes it).
    #[inline]
    pub fn inst_dict(&self) -> Option<Rc<Obj>> {
        if let Some(d) = self.dict.borrow().as_ref() {
            return Some(d.clone());
        }
        match &self.payload {
            Payload::Function(f) => f.dict.get().cloned(),
            _ => None,
        }
    }

    /// Whether the object has an instance dict slot filled (`Obj::dict`).
    #[inline]
    pub fn has_dict_slot(&self) -> bool {
        self.dict.borrow().is_some()
    }

    /// Whether the object's class hides its instance dict from `__dict__`
    /// (see `ClassData::hide_dict`).
    pub fn dict_hidden(&self) -> bool {
        self.cls
            .as_ref()
            .and_then(|c| c.as_class())
            .map(|c| c.hide_dict)
            .unwrap_or(false)
    }

    /// The class data, when this object is a class.
    #[inline]
    pub fn as_class(&self) -> Option<&ClassData> {
        match &self.payload {
            Payload::Class(c) => Some(c),
            _ => None,
        }
    }

    /// Whether the object takes part in reference cycles (the collector
    /// tracks it).
    pub fn is_container(&self) -> bool {
        self.dict.borrow().is_some()
            || matches!(
                self.payload,
                Payload::Tuple(_)
                    | Payload::List(_)
                    | Payload::Dict(_)
                    | Payload::Set(_)
                    | Payload::Function(_)
                    | Payload::Method(..)
                    | Payload::Class(_)
                    | Payload::Cell(_)
                    | Payload::Generator(_)
                    | Payload::Exception(_)
                    | Payload::Property(_)
                    | Payload::StaticMethod(_)
                    | Payload::ClassMethod(_)
                    | Payload::Super(..)
                    | Payload::Iter(_)
                    | Payload::Slice(..)
                    | Payload::MappingProxy(_)
                    | Payload::WeakRef(_)
            )
    }
}

/// A counter shared by everything that needs a fresh number (class versions).
pub fn next_serial() -> u64 {
    thread_local! { static SERIAL: Cell<u64> = const { Cell::new(1) }; }
    SERIAL.with(|s| {
        let v = s.get();
        s.set(v + 1);
        v
    })
}
