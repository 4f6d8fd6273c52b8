//! Python functions and native (built-in) functions.

use super::{Obj, PyStr, Value};
use crate::bytecode::Code;
use crate::vm::{Args, PyResult, Vm};
use std::cell::RefCell;
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
    pub module: Value,
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
}
