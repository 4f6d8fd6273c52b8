//! Python functions and native (built-in) functions.

use super::{Obj, PyStr, Value};
use crate::bytecode::Code;
use crate::vm::{Args, PyResult, Vm};
use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

/// A function defined by `def` or `lambda`.
pub struct Function {
    /// The compiled body.
    pub code: Rc<Code>,
    /// The module namespace (a dict object).
    pub globals: Rc<Obj>,
    /// Default values of the last positional parameters.
    pub defaults: RefCell<Vec<Value>>,
    /// Defaults of keyword-only parameters, by name.
    pub kwdefaults: RefCell<Vec<(Rc<PyStr>, Value)>>,
    /// The cells of the free variables.
    pub closure: Vec<Rc<Obj>>,
    /// `__name__`
    pub name: RefCell<Rc<PyStr>>,
    /// `__qualname__`
    pub qualname: RefCell<Rc<PyStr>>,
    /// `__doc__`
    pub doc: RefCell<Value>,
    /// `__annotations__` (a dict value or None).
    pub annotations: RefCell<Value>,
    /// `__module__`
    pub module: RefCell<Value>,
    /// The function's `__dict__`, made on first use (most functions never
    /// get an attribute): see [`Obj::inst_dict`] and
    /// [`crate::vm::Vm::instance_dict`]. The function object's own
    /// `Obj::dict` stays `None`.
    pub dict: OnceCell<Rc<Obj>>,
}

/// The signature every native function has. For methods, `args.pos[0]` is self.
pub type NativeFn = fn(&mut Vm, Args<'_>) -> PyResult<Value>;

/// A native function (`len`) or method descriptor (`list.append`).
pub struct Builtin {
    /// `__name__`
    pub name: &'static str,
    /// The implementation.
    pub func: NativeFn,
    /// The class it is a method of (None for functions).
    pub owner: Option<Rc<Obj>>,
    /// Called as `cls.method(...)` binds the class (classmethod-like, e.g. `dict.fromkeys`).
    pub class_method: bool,
    /// Needs the caller's frame (globals(), locals(), super(), exec, …).
    pub needs_frame: bool,
    /// Takes no arguments besides self (CPython's `METH_NOARGS`): calling
    /// it with more is `f() takes no arguments (N given)`.
    pub noargs: bool,
    /// Rejects keyword arguments (`f() takes no keyword arguments`).
    pub no_kw: bool,
}

/// What a native callable is, as CPython 3.4 shows it (`type(x)`, `repr(x)`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BuiltinKind {
    /// A module-level function (`len`): `builtin_function_or_method`.
    Function,
    /// A method of a built-in type (`list.append`): `method_descriptor`.
    Method,
    /// A special method implementing a type slot (`int.__add__`):
    /// `wrapper_descriptor`, shown as `<slot wrapper ...>`; bound, it is a
    /// `method-wrapper`.
    Slot,
    /// A class method of a built-in type (`dict.__dict__['fromkeys']`):
    /// `classmethod_descriptor`.
    ClassMethod,
    /// `T.__new__`: a built-in method already bound to its type
    /// (`<built-in method __new__ of type object at ...>`), never re-bound.
    New,
}

/// Special-method names CPython implements through type slots (its
/// `slotdefs` table): on a built-in type these are slot wrappers.
const SLOT_NAMES: &[&str] = &[
    "__getattribute__",
    "__setattr__",
    "__delattr__",
    "__repr__",
    "__hash__",
    "__call__",
    "__str__",
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
    "__iter__",
    "__next__",
    "__get__",
    "__set__",
    "__delete__",
    "__init__",
    "__del__",
    "__add__",
    "__radd__",
    "__sub__",
    "__rsub__",
    "__mul__",
    "__rmul__",
    "__mod__",
    "__rmod__",
    "__divmod__",
    "__rdivmod__",
    "__pow__",
    "__rpow__",
    "__neg__",
    "__pos__",
    "__abs__",
    "__bool__",
    "__invert__",
    "__lshift__",
    "__rlshift__",
    "__rshift__",
    "__rrshift__",
    "__and__",
    "__rand__",
    "__xor__",
    "__rxor__",
    "__or__",
    "__ror__",
    "__int__",
    "__float__",
    "__iadd__",
    "__isub__",
    "__imul__",
    "__imod__",
    "__ipow__",
    "__ilshift__",
    "__irshift__",
    "__iand__",
    "__ixor__",
    "__ior__",
    "__floordiv__",
    "__rfloordiv__",
    "__truediv__",
    "__rtruediv__",
    "__ifloordiv__",
    "__itruediv__",
    "__index__",
    "__len__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__contains__",
];

/// Slot names that some types define as ordinary methods as well
/// (CPython's `METH_COEXIST`), so that they show as method descriptors.
const COEXIST: &[(&str, &str)] = &[
    ("list", "__getitem__"),
    ("dict", "__getitem__"),
    ("dict", "__contains__"),
    ("set", "__contains__"),
    ("frozenset", "__contains__"),
];

impl Builtin {
    /// The name of the owning class (`""` for functions).
    pub fn owner_name(&self) -> String {
        self.owner
            .as_ref()
            .and_then(|o| o.as_class())
            .map(|c| c.name.borrow().as_str().to_string())
            .unwrap_or_default()
    }

    /// What kind of native callable this is.
    pub fn kind(&self) -> BuiltinKind {
        if self.owner.is_none() {
            return BuiltinKind::Function;
        }
        if self.class_method {
            return BuiltinKind::ClassMethod;
        }
        if self.name == "__new__" {
            return BuiltinKind::New;
        }
        if slot_kind(&self.owner_name(), self.name) {
            BuiltinKind::Slot
        } else {
            BuiltinKind::Method
        }
    }

    /// Whether looking the builtin up on an instance binds it (everything
    /// except functions and `__new__`).
    pub fn binds(&self) -> bool {
        self.owner.is_some() && self.name != "__new__"
    }
}

/// Whether method `name` of built-in class `owner` is a slot wrapper.
pub fn slot_kind(owner: &str, name: &str) -> bool {
    SLOT_NAMES.contains(&name) && !COEXIST.contains(&(owner, name))
}

/// `repr()` of a native callable, as CPython 3.4 prints it.
pub fn builtin_repr(b: &Builtin) -> String {
    match b.kind() {
        BuiltinKind::Function => format!("<built-in function {}>", b.name),
        BuiltinKind::Method | BuiltinKind::ClassMethod => {
            format!("<method '{}' of '{}' objects>", b.name, b.owner_name())
        }
        BuiltinKind::Slot => format!(
            "<slot wrapper '{}' of '{}' objects>",
            b.name,
            b.owner_name()
        ),
        BuiltinKind::New => {
            let addr = b
                .owner
                .as_ref()
                .map(|o| Rc::as_ptr(o) as usize)
                .unwrap_or(0);
            format!("<built-in method __new__ of type object at 0x{:x}>", addr)
        }
    }
}

/// `repr()` of a native callable bound to `this` (whose type name and
/// address are given): a method-wrapper for slots, a built-in method otherwise.
pub fn bound_builtin_repr(b: &Builtin, type_name: &str, addr: &str) -> String {
    if b.kind() == BuiltinKind::Slot {
        format!(
            "<method-wrapper '{}' of {} object at {}>",
            b.name, type_name, addr
        )
    } else {
        format!(
            "<built-in method {} of {} object at {}>",
            b.name, type_name, addr
        )
    }
}

/// The `($self, value, /)` signature and the docstring CPython 3.4's slot
/// table gives a slot wrapper, for the names whose text is the same in 3.4
/// and later versions.
pub fn slot_doc(name: &str) -> Option<(&'static str, &'static str)> {
    const UNARY: &str = "($self, /)";
    const BINARY: &str = "($self, value, /)";
    Some(match name {
        "__getattribute__" => ("($self, name, /)", "Return getattr(self, name)."),
        "__setattr__" => (
            "($self, name, value, /)",
            "Implement setattr(self, name, value).",
        ),
        "__delattr__" => ("($self, name, /)", "Implement delattr(self, name)."),
        "__repr__" => (UNARY, "Return repr(self)."),
        "__hash__" => (UNARY, "Return hash(self)."),
        "__str__" => (UNARY, "Return str(self)."),
        "__call__" => ("($self, /, *args, **kwargs)", "Call self as a function."),
        "__lt__" => (BINARY, "Return self<value."),
        "__le__" => (BINARY, "Return self<=value."),
        "__eq__" => (BINARY, "Return self==value."),
        "__ne__" => (BINARY, "Return self!=value."),
        "__gt__" => (BINARY, "Return self>value."),
        "__ge__" => (BINARY, "Return self>=value."),
        "__iter__" => (UNARY, "Implement iter(self)."),
        "__next__" => (UNARY, "Implement next(self)."),
        "__get__" => (
            "($self, instance, owner, /)",
            "Return an attribute of instance, which is of type owner.",
        ),
        "__set__" => (
            "($self, instance, value, /)",
            "Set an attribute of instance to value.",
        ),
        "__delete__" => ("($self, instance, /)", "Delete an attribute of instance."),
        "__init__" => (
            "($self, /, *args, **kwargs)",
            "Initialize self.  See help(type(self)) for accurate signature.",
        ),
        "__add__" => (BINARY, "Return self+value."),
        "__radd__" => (BINARY, "Return value+self."),
        "__sub__" => (BINARY, "Return self-value."),
        "__rsub__" => (BINARY, "Return value-self."),
        "__mod__" => (BINARY, "Return self%value."),
        "__rmod__" => (BINARY, "Return value%self."),
        "__divmod__" => (BINARY, "Return divmod(self, value)."),
        "__rdivmod__" => (BINARY, "Return divmod(value, self)."),
        "__pow__" => (
            "($self, value, mod=None, /)",
            "Return pow(self, value, mod).",
        ),
        "__rpow__" => (
            "($self, value, mod=None, /)",
            "Return pow(value, self, mod).",
        ),
        "__mul__" => (BINARY, "Compute self*value."),
        "__rmul__" => (BINARY, "Compute value*self."),
        "__index__" => (UNARY, "The integer self stands for when used as an index."),
        "__iadd__" => (BINARY, "Compute self += value in place."),
        "__isub__" => (BINARY, "Compute self -= value in place."),
        "__imul__" => (BINARY, "Compute self *= value in place."),
        "__iand__" => (BINARY, "Compute self &= value in place."),
        "__ior__" => (BINARY, "Compute self |= value in place."),
        "__ixor__" => (BINARY, "Compute self ^= value in place."),
        "__neg__" => (UNARY, "-self"),
        "__pos__" => (UNARY, "+self"),
        "__abs__" => (UNARY, "abs(self)"),
        "__bool__" => (UNARY, "self != 0"),
        "__invert__" => (UNARY, "~self"),
        "__lshift__" => (BINARY, "Return self<<value."),
        "__rlshift__" => (BINARY, "Return value<<self."),
        "__rshift__" => (BINARY, "Return self>>value."),
        "__rrshift__" => (BINARY, "Return value>>self."),
        "__and__" => (BINARY, "Return self&value."),
        "__rand__" => (BINARY, "Return value&self."),
        "__xor__" => (BINARY, "Return self^value."),
        "__rxor__" => (BINARY, "Return value^self."),
        "__or__" => (BINARY, "Return self|value."),
        "__ror__" => (BINARY, "Return value|self."),
        "__int__" => (UNARY, "int(self)"),
        "__float__" => (UNARY, "float(self)"),
        "__floordiv__" => (BINARY, "Return self//value."),
        "__rfloordiv__" => (BINARY, "Return value//self."),
        "__truediv__" => (BINARY, "Return self/value."),
        "__rtruediv__" => (BINARY, "Return value/self."),
        "__len__" => (UNARY, "Return len(self)."),
        "__getitem__" => ("($self, key, /)", "Return self[key]."),
        "__setitem__" => ("($self, key, value, /)", "Set self[key] to value."),
        "__delitem__" => ("($self, key, /)", "Delete self[key]."),
        "__contains__" => ("($self, key, /)", "Return key in self."),
        _ => return None,
    })
}

/// The attributes of a native callable (`__name__`, `__qualname__`,
/// `__self__`, `__objclass__`, `__doc__`, `__text_signature__`,
/// `__module__`); `None` when it has no such attribute.
pub fn builtin_attr(vm: &mut Vm, b: &Builtin, name: &str) -> PyResult<Option<Value>> {
    let kind = b.kind();
    let owner = b.owner.clone().map(Value::Obj);
    Ok(match name {
        "__name__" => Some(Value::str(b.name)),
        "__qualname__" => Some(match kind {
            BuiltinKind::Function => Value::str(b.name),
            _ => Value::string(format!("{}.{}", b.owner_name(), b.name)),
        }),
        "__doc__" => Some(match (kind, slot_doc(b.name)) {
            (BuiltinKind::Slot, Some((_, doc))) => Value::str(doc),
            (BuiltinKind::Function, _) => super::docs::function_doc(b.name)
                .map(Value::str)
                .unwrap_or_default(),
            _ => super::docs::method_doc(&b.owner_name(), b.name)
                .map(Value::str)
                .unwrap_or_default(),
        }),
        "__text_signature__" => Some(match (kind, slot_doc(b.name)) {
            (BuiltinKind::Slot, Some((sig, _))) => Value::str(sig),
            _ => Value::None,
        }),
        "__module__" => match kind {
            BuiltinKind::Function => Some(Value::str("builtins")),
            BuiltinKind::New => Some(Value::None),
            _ => None,
        },
        "__self__" => match kind {
            BuiltinKind::Function => {
                let n = vm.intern("builtins");
                Some(vm.import_module(&n, &Value::None)?)
            }
            BuiltinKind::New => owner,
            _ => None,
        },
        "__objclass__" => match kind {
            BuiltinKind::Method | BuiltinKind::Slot | BuiltinKind::ClassMethod => owner,
            _ => None,
        },
        _ => None,
    })
}

/// The attributes of a native callable bound to `this` (`[].append`,
/// `(1).__add__`): `__self__`, then those of the unbound callable (a bound
/// built-in method has no `__objclass__`, and no `__func__`).
pub fn bound_builtin_attr(
    vm: &mut Vm,
    this: &Value,
    b: &Builtin,
    name: &str,
) -> PyResult<Option<Value>> {
    match name {
        "__self__" => Ok(Some(this.clone())),
        "__module__" => Ok(Some(Value::None)),
        "__objclass__" if b.kind() != BuiltinKind::Slot => Ok(None),
        _ => builtin_attr(vm, b, name),
    }
}
