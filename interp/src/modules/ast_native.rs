//! The native half of `ast`, reached through the builtin `compile()`:
//! [`parse_object`] (flag `PyCF_ONLY_AST`) returns the tree as instances of
//! the `_ast` classes ([`super::ast_build`]); [`compile_object`] turns such a
//! tree back into code ([`super::ast_read`], checked by
//! [`super::ast_validate`]).

use crate::bytecode::Code;
use crate::objects::{Obj, Payload, Value};
use crate::syntax::{Mode, SyntaxErrorKind};
use crate::vm::{PyErr, PyResult, Vm};
use std::rc::Rc;

/// The namespace of `_ast`, imported if need be.
fn ast_namespace(vm: &mut Vm) -> PyResult<Rc<Obj>> {
    let name = vm.intern_static("_ast");
    let m = vm.import_module(&name, &Value::None)?;
    match m.payload() {
        Some(Payload::Module(ns, _)) => Ok(ns.clone()),
        _ => Err(vm.new_error("SystemError", "_ast is not a module")),
    }
}

fn parse_mode(vm: &mut Vm, mode: &str) -> PyResult<Mode> {
    match mode {
        "exec" => Ok(Mode::Exec),
        "eval" => Ok(Mode::Eval),
        "single" => Ok(Mode::Single),
        _ => Err(vm.new_error(
            "ValueError",
            "compile() arg 3 must be 'exec', 'eval' or 'single'",
        )),
    }
}

/// `compile(text, filename, mode, PyCF_ONLY_AST)`: the tree as node objects,
/// with the SyntaxError `compile()` would raise.
pub fn parse_object(vm: &mut Vm, text: &str, filename: &str, mode: &str) -> PyResult<Value> {
    let pmode = parse_mode(vm, mode)?;
    let tree = match crate::syntax::parse(text, pmode) {
        Ok(t) => t,
        Err(e) if e.kind == SyntaxErrorKind::TimeLimit => return Err(vm.interrupted()),
        Err(e) => {
            let e = e.with_source(text);
            return Err(PyErr::Exc(vm.syntax_error_value(&e, filename)));
        }
    };
    let ns = ast_namespace(vm)?;
    super::ast_build::Builder::new(vm, ns).module(&tree)
}

/// Whether `v` is an instance of `_ast.AST` (only possible once `_ast` has
/// been imported).
pub fn is_ast(vm: &Vm, v: &Value) -> bool {
    match super::native_util::module_attr(vm, "_ast", "AST") {
        Some(Value::Obj(base)) => crate::objects::class::is_subclass(vm.type_of(v), &base),
        _ => false,
    }
}

/// `compile(tree, filename, mode)` for a tree of node objects.
pub fn compile_object(vm: &mut Vm, tree: &Value, filename: &str, mode: &str) -> PyResult<Rc<Code>> {
    let (expected, cmode) = match mode {
        "exec" => ("Module", crate::compile::CompileMode::Exec),
        "eval" => ("Expression", crate::compile::CompileMode::Eval),
        "single" => ("Interactive", crate::compile::CompileMode::Single),
        _ => {
            return Err(vm.new_error(
                "ValueError",
                "compile() arg 3 must be 'exec', 'eval' or 'single'",
            ))
        }
    };
    let ns = ast_namespace(vm)?;
    let m = super::ast_read::Reader::new(vm, ns).module(tree, expected)?;
    if let Err(msg) = super::ast_validate::module(&m) {
        return Err(vm.new_error("ValueError", &msg));
    }
    match crate::compile::compile(&m, filename, "", cmode) {
        Ok(c) => Ok(c),
        Err(e) if e.kind == SyntaxErrorKind::TimeLimit => Err(vm.interrupted()),
        Err(e) => Err(PyErr::Exc(vm.syntax_error_value(&e, filename))),
    }
}
