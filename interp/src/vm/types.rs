//! The built-in classes of one run, and frequently used interned names.

use crate::objects::class::{c3_mro, Layout};
use crate::objects::{ClassData, DictTable, Obj, Payload, PyStr, Value};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

/// Every built-in class a run needs.
pub struct Types {
    pub object: Rc<Obj>,
    pub type_: Rc<Obj>,
    pub int: Rc<Obj>,
    pub bool_: Rc<Obj>,
    pub float: Rc<Obj>,
    pub complex: Rc<Obj>,
    pub str_: Rc<Obj>,
    pub bytes: Rc<Obj>,
    pub bytearray: Rc<Obj>,
    pub tuple: Rc<Obj>,
    pub list: Rc<Obj>,
    pub dict: Rc<Obj>,
    pub set: Rc<Obj>,
    pub frozenset: Rc<Obj>,
    pub range: Rc<Obj>,
    pub slice: Rc<Obj>,
    pub function: Rc<Obj>,
    pub builtin_function: Rc<Obj>,
    pub method_descriptor: Rc<Obj>,
    /// `wrapper_descriptor` (slot wrappers: `int.__add__`).
    pub wrapper_descriptor: Rc<Obj>,
    /// `method-wrapper` (a slot wrapper bound to an object: `(1).__add__`).
    pub method_wrapper: Rc<Obj>,
    /// `classmethod_descriptor` (`dict.__dict__['fromkeys']`).
    pub classmethod_descriptor: Rc<Obj>,
    pub method: Rc<Obj>,
    pub module: Rc<Obj>,
    pub generator: Rc<Obj>,
    pub cell: Rc<Obj>,
    pub property: Rc<Obj>,
    pub staticmethod: Rc<Obj>,
    pub classmethod: Rc<Obj>,
    pub super_: Rc<Obj>,
    pub none_type: Rc<Obj>,
    pub not_implemented_type: Rc<Obj>,
    pub ellipsis_type: Rc<Obj>,
    pub code: Rc<Obj>,
    pub traceback: Rc<Obj>,
    pub iterator: Rc<Obj>,
    pub list_iterator: Rc<Obj>,
    pub tuple_iterator: Rc<Obj>,
    pub str_iterator: Rc<Obj>,
    pub range_iterator: Rc<Obj>,
    pub dict_keyiterator: Rc<Obj>,
    pub set_iterator: Rc<Obj>,
    /// `bytes_iterator`
    pub bytes_iterator: Rc<Obj>,
    /// `bytearray_iterator`
    pub bytearray_iterator: Rc<Obj>,
    /// `longrange_iterator`
    pub longrange_iterator: Rc<Obj>,
    /// `dict_valueiterator`
    pub dict_valueiterator: Rc<Obj>,
    /// `dict_itemiterator`
    pub dict_itemiterator: Rc<Obj>,
    /// `list_reverseiterator`
    pub list_reverseiterator: Rc<Obj>,
    /// `callable_iterator`
    pub callable_iterator: Rc<Obj>,
    pub enumerate: Rc<Obj>,
    pub zip: Rc<Obj>,
    pub map: Rc<Obj>,
    pub filter: Rc<Obj>,
    pub reversed: Rc<Obj>,
    pub dict_keys: Rc<Obj>,
    pub dict_values: Rc<Obj>,
    pub dict_items: Rc<Obj>,
    pub stream: Rc<Obj>,
    pub memoryview: Rc<Obj>,
    /// `weakref` (`weakref.ref`, `_weakref.ReferenceType`).
    pub weakref: Rc<Obj>,
    /// `member_descriptor` (the `__slots__` descriptors).
    pub member_descriptor: Rc<Obj>,
    /// `getset_descriptor` (`types.GetSetDescriptorType`).
    pub getset_descriptor: Rc<Obj>,
    /// `mappingproxy` (`type.__dict__`, `types.MappingProxyType`).
    pub mappingproxy: Rc<Obj>,
    /// `frame` (`sys._getframe()`).
    pub frame: Rc<Obj>,
    pub base_exception: Rc<Obj>,
    /// The built-in exception classes by name (foldhash: looked up on
    /// every raised error and frame an exception leaves).
    pub exc: HashMap<&'static str, Rc<Obj>, foldhash::fast::FixedState>,
    /// The exception class names in definition order.
    pub exc_order: Vec<&'static str>,
    /// `()`
    pub empty_tuple: Value,
    /// `frozenset()` (the empty frozenset is a singleton).
    pub empty_frozenset: Value,
}

/// Creates a class object.
pub fn new_class(
    name: &str,
    bases: &[Rc<Obj>],
    layout: Layout,
    heap: bool,
    meta: Option<Rc<Obj>>,
) -> Rc<Obj> {
    let mro = c3_mro(bases).unwrap_or_else(|_| bases.to_vec());
    let has_dict = layout == Layout::Exception || heap;
    let cls = Rc::new(Obj {
        cls: meta,
        dict: std::cell::RefCell::new(None),
        payload: Payload::Class(Box::new(ClassData {
            name: RefCell::new(Rc::new(PyStr::new(name))),
            qualname: RefCell::new(Rc::new(PyStr::new(name))),
            module: RefCell::new(Rc::new(PyStr::new("builtins"))),
            bases: RefCell::new(bases.to_vec()),
            mro: RefCell::new(mro),
            dict: RefCell::new(DictTable::new()),
            layout,
            heap,
            version: Cell::new(crate::objects::next_serial()),
            slots: None,
            has_dict,
            hide_dict: false,
            weakrefable: heap,
            subclasses: RefCell::new(Vec::new()),
            hooks: Cell::new(0),
            cache: RefCell::default(),
            cache_epoch: Cell::new(0),
        })),
    });
    for b in bases {
        if let Some(bd) = b.as_class() {
            bd.subclasses.borrow_mut().push(Rc::downgrade(&cls));
        }
    }
    cls
}

const EXCEPTIONS: &[(&str, &str)] = &[
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
];

impl Types {
    /// Creates the built-in classes (their methods are added by `builtins::install`).
    pub fn new() -> Types {
        let object = new_class("object", &[], Layout::Object, false, None);
        let o = || vec![object.clone()];
        let c = |name: &str, layout: Layout| new_class(name, &o(), layout, false, None);
        let type_ = c("type", Layout::Type);
        let int = c("int", Layout::Int);
        let bool_ = new_class(
            "bool",
            std::slice::from_ref(&int),
            Layout::Bool,
            false,
            None,
        );
        let tuple = c("tuple", Layout::Tuple);
        let base_exception = c("BaseException", Layout::Exception);
        let mut exc = HashMap::default();
        let mut exc_order = vec!["BaseException"];
        exc.insert("BaseException", base_exception.clone());
        for (name, base) in EXCEPTIONS {
            let b = exc
                .get(base)
                .cloned()
                .unwrap_or_else(|| base_exception.clone());
            exc.insert(*name, new_class(name, &[b], Layout::Exception, false, None));
            exc_order.push(name);
        }
        let empty_tuple = Value::Obj(Rc::new(Obj {
            cls: Some(tuple.clone()),
            dict: std::cell::RefCell::new(None),
            payload: Payload::Tuple(Box::new([])),
        }));
        let frozenset = c("frozenset", Layout::FrozenSet);
        let empty_frozenset = Value::Obj(Rc::new(Obj {
            cls: Some(frozenset.clone()),
            dict: std::cell::RefCell::new(None),
            payload: Payload::FrozenSet(DictTable::new()),
        }));
        Types {
            float: c("float", Layout::Float),
            complex: c("complex", Layout::Complex),
            str_: c("str", Layout::Str),
            bytes: c("bytes", Layout::Bytes),
            bytearray: c("bytearray", Layout::ByteArray),
            list: c("list", Layout::List),
            dict: c("dict", Layout::Dict),
            set: c("set", Layout::Set),
            frozenset,
            range: c("range", Layout::Opaque),
            slice: c("slice", Layout::Opaque),
            function: c("function", Layout::Opaque),
            builtin_function: c("builtin_function_or_method", Layout::Opaque),
            method_descriptor: c("method_descriptor", Layout::Opaque),
            wrapper_descriptor: c("wrapper_descriptor", Layout::Opaque),
            method_wrapper: c("method-wrapper", Layout::Opaque),
            classmethod_descriptor: c("classmethod_descriptor", Layout::Opaque),
            method: c("method", Layout::Opaque),
            module: c("module", Layout::Object),
            generator: c("generator", Layout::Opaque),
            cell: c("cell", Layout::Opaque),
            property: c("property", Layout::Opaque),
            staticmethod: c("staticmethod", Layout::Opaque),
            classmethod: c("classmethod", Layout::Opaque),
            super_: c("super", Layout::Opaque),
            none_type: c("NoneType", Layout::Opaque),
            not_implemented_type: c("NotImplementedType", Layout::Opaque),
            ellipsis_type: c("ellipsis", Layout::Opaque),
            code: c("code", Layout::Opaque),
            traceback: c("traceback", Layout::Opaque),
            iterator: c("iterator", Layout::Opaque),
            list_iterator: c("list_iterator", Layout::Opaque),
            tuple_iterator: c("tuple_iterator", Layout::Opaque),
            str_iterator: c("str_iterator", Layout::Opaque),
            range_iterator: c("range_iterator", Layout::Opaque),
            dict_keyiterator: c("dict_keyiterator", Layout::Opaque),
            set_iterator: c("set_iterator", Layout::Opaque),
            bytes_iterator: c("bytes_iterator", Layout::Opaque),
            bytearray_iterator: c("bytearray_iterator", Layout::Opaque),
            longrange_iterator: c("longrange_iterator", Layout::Opaque),
            dict_valueiterator: c("dict_valueiterator", Layout::Opaque),
            dict_itemiterator: c("dict_itemiterator", Layout::Opaque),
            list_reverseiterator: c("list_reverseiterator", Layout::Opaque),
            callable_iterator: c("callable_iterator", Layout::Opaque),
            enumerate: c("enumerate", Layout::Opaque),
            zip: c("zip", Layout::Opaque),
            map: c("map", Layout::Opaque),
            filter: c("filter", Layout::Opaque),
            reversed: c("reversed", Layout::Opaque),
            dict_keys: c("dict_keys", Layout::Opaque),
            dict_values: c("dict_values", Layout::Opaque),
            dict_items: c("dict_items", Layout::Opaque),
            stream: c("TextIOWrapper", Layout::Opaque),
            memoryview: c("memoryview", Layout::Opaque),
            weakref: c("weakref", Layout::Opaque),
            member_descriptor: c("member_descriptor", Layout::Opaque),
            mappingproxy: c("mappingproxy", Layout::Opaque),
            getset_descriptor: c("getset_descriptor", Layout::Opaque),
            frame: c("frame", Layout::Opaque),
            object,
            type_,
            int,
            bool_,
            tuple,
            base_exception,
            exc,
            exc_order,
            empty_tuple,
            empty_frozenset,
        }
    }

    /// Every built-in class with its `builtins` name, for installation.
    pub fn all(&self) -> Vec<Rc<Obj>> {
        vec![
            self.object.clone(),
            self.type_.clone(),
            self.int.clone(),
            self.bool_.clone(),
            self.float.clone(),
            self.complex.clone(),
            self.str_.clone(),
            self.bytes.clone(),
            self.bytearray.clone(),
            self.tuple.clone(),
            self.list.clone(),
            self.dict.clone(),
            self.set.clone(),
            self.frozenset.clone(),
            self.range.clone(),
            self.slice.clone(),
            self.property.clone(),
            self.staticmethod.clone(),
            self.classmethod.clone(),
            self.super_.clone(),
            self.enumerate.clone(),
            self.zip.clone(),
            self.map.clone(),
            self.filter.clone(),
            self.reversed.clone(),
            self.memoryview.clone(),
        ]
    }
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}

macro_rules! names {
    ($($field:ident = $text:expr),* $(,)?) => {
        /// Interned names the VM looks up often.
        #[derive(Clone)]
        pub struct Names { $(pub $field: Rc<PyStr>,)* }
        impl Names {
            /// Creates the names.
            pub fn new() -> Names { Names { $($field: Rc::new(PyStr::new($text)),)* } }
        }
        impl Default for Names { fn default() -> Self { Names::new() } }
    };
}

names! {
    init = "__init__", new = "__new__", call = "__call__", repr = "__repr__", str_ = "__str__",
    hash = "__hash__", eq = "__eq__", ne = "__ne__", lt = "__lt__", le = "__le__", gt = "__gt__",
    ge = "__ge__", len = "__len__", bool_ = "__bool__", iter = "__iter__", next = "__next__",
    getitem = "__getitem__", setitem = "__setitem__", delitem = "__delitem__",
    contains = "__contains__", get = "__get__", set = "__set__", delete = "__delete__",
    getattr = "__getattr__", getattribute = "__getattribute__", setattr = "__setattr__",
    delattr = "__delattr__", enter = "__enter__", exit = "__exit__", name = "__name__",
    qualname = "__qualname__", module = "__module__", doc = "__doc__", dict = "__dict__",
    class = "__class__", slots = "__slots__", format = "__format__", index = "__index__",
    int_ = "__int__", float_ = "__float__", neg = "__neg__", pos = "__pos__",
    invert = "__invert__", abs = "__abs__", round = "__round__", main = "__main__",
    builtins = "__builtins__", file = "__file__", metaclass = "metaclass",
    prepare = "__prepare__", instancecheck = "__instancecheck__",
    subclasscheck = "__subclasscheck__", missing = "__missing__", reversed = "__reversed__",
    send = "send", throw = "throw", close = "close", init_subclass = "__init_subclass__",
    empty = "", args = "args", value = "value", dir = "__dir__", bytes_ = "__bytes__",
    complex_ = "__complex__", trunc = "__trunc__", ceil = "__ceil__", floor = "__floor__",
    length_hint = "__length_hint__", sizeof = "__sizeof__", del = "__del__",
    abstractmethods = "__abstractmethods__", subclasshook = "__subclasshook__",
    isabstractmethod = "__isabstractmethod__",
}
