//! A thread-safe copy of a compiled code object, so that the embedded
//! modules are parsed and compiled once per process although [`Code`] is
//! `Rc`-based and every evaluation runs on its own thread.
//!
//! [`FrozenCode::freeze`] copies a code object tree into owned, `Send + Sync`
//! data; [`FrozenCode::thaw`] rebuilds the `Rc` tree, which costs a few
//! allocations per name and constant (no parsing, no compiling).

use crate::bytecode::{Code, Const, Handler, Instr};
use crate::objects::PyStr;
use num_bigint::BigInt;
use std::rc::Rc;
use std::sync::Arc;

/// A [`Const`] without `Rc`s.
#[derive(Debug)]
enum FrozenConst {
    None,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(Box<str>),
    /// A str with lone surrogates: its code points.
    WideStr(Box<[u32]>),
    Bytes(Box<[u8]>),
    Tuple(Box<[FrozenConst]>),
    Ellipsis,
    Names(Box<[Box<str>]>),
    Code(Box<FrozenCode>),
}

/// A [`Code`] tree without `Rc`s: shareable between threads.
#[derive(Debug)]
pub struct FrozenCode {
    instrs: Box<[Instr]>,
    lines: Box<[u32]>,
    consts: Box<[FrozenConst]>,
    doc: Option<Box<str>>,
    names: Box<[Box<str>]>,
    varnames: Box<[Box<str>]>,
    cellvars: Box<[Box<str>]>,
    freevars: Box<[Box<str>]>,
    cell_params: Box<[(u32, u32)]>,
    argcount: u32,
    kwonlyargcount: u32,
    flags: u32,
    stacksize: u32,
    handlers: Box<[Handler]>,
    name: Box<str>,
    qualname: Box<str>,
    filename: Box<str>,
    firstlineno: u32,
    /// The source text, shared by the whole tree.
    source: Arc<str>,
}

fn freeze_strs(v: &[Rc<PyStr>]) -> Box<[Box<str>]> {
    v.iter().map(|s| Box::from(s.as_str())).collect()
}

fn thaw_strs(v: &[Box<str>]) -> Vec<Rc<PyStr>> {
    v.iter().map(|s| Rc::new(PyStr::new(s))).collect()
}

impl FrozenConst {
    fn freeze(c: &Const, source: &Arc<str>) -> FrozenConst {
        match c {
            Const::None => FrozenConst::None,
            Const::Bool(b) => FrozenConst::Bool(*b),
            Const::Int(i) => FrozenConst::Int(*i),
            Const::BigInt(b) => FrozenConst::BigInt((**b).clone()),
            Const::Float(f) => FrozenConst::Float(*f),
            Const::Complex(r, i) => FrozenConst::Complex(*r, *i),
            Const::Str(s) => match s.s.wide() {
                Some(w) => FrozenConst::WideStr(Box::from(w)),
                None => FrozenConst::Str(Box::from(s.as_str())),
            },
            Const::Bytes(b) => FrozenConst::Bytes(Box::from(&b[..])),
            Const::Tuple(t) => {
                FrozenConst::Tuple(t.iter().map(|c| FrozenConst::freeze(c, source)).collect())
            }
            Const::Ellipsis => FrozenConst::Ellipsis,
            Const::Names(n) => FrozenConst::Names(freeze_strs(n)),
            Const::Code(c) => FrozenConst::Code(Box::new(FrozenCode::freeze_with(c, source))),
        }
    }

    fn thaw(&self, source: &Rc<str>) -> Const {
        match self {
            FrozenConst::None => Const::None,
            FrozenConst::Bool(b) => Const::Bool(*b),
            FrozenConst::Int(i) => Const::Int(*i),
            FrozenConst::BigInt(b) => Const::BigInt(Rc::new(b.clone())),
            FrozenConst::Float(f) => Const::Float(*f),
            FrozenConst::Complex(r, i) => Const::Complex(*r, *i),
            FrozenConst::Str(s) => Const::Str(Rc::new(PyStr::new(s))),
            FrozenConst::WideStr(w) => Const::Str(Rc::new(PyStr::from_code_points(w.to_vec()))),
            FrozenConst::Bytes(b) => Const::Bytes(Rc::from(&b[..])),
            FrozenConst::Tuple(t) => Const::Tuple(t.iter().map(|c| c.thaw(source)).collect()),
            FrozenConst::Ellipsis => Const::Ellipsis,
            FrozenConst::Names(n) => Const::Names(thaw_strs(n).into()),
            FrozenConst::Code(c) => Const::Code(Rc::new(c.thaw_with(source))),
        }
    }
}

impl FrozenCode {
    /// Copies `code` and everything it contains.
    pub fn freeze(code: &Code) -> FrozenCode {
        let source: Arc<str> = Arc::from(&*code.source);
        FrozenCode::freeze_with(code, &source)
    }

    fn freeze_with(code: &Code, source: &Arc<str>) -> FrozenCode {
        FrozenCode {
            instrs: code.instrs.iter().copied().collect(),
            lines: code.lines.iter().copied().collect(),
            consts: code
                .consts
                .iter()
                .map(|c| FrozenConst::freeze(c, source))
                .collect(),
            doc: code.doc.as_ref().map(|d| Box::from(d.as_str())),
            names: freeze_strs(&code.names),
            varnames: freeze_strs(&code.varnames),
            cellvars: freeze_strs(&code.cellvars),
            freevars: freeze_strs(&code.freevars),
            cell_params: code.cell_params.iter().copied().collect(),
            argcount: code.argcount,
            kwonlyargcount: code.kwonlyargcount,
            flags: code.flags,
            stacksize: code.stacksize,
            handlers: code.handlers.iter().copied().collect(),
            name: Box::from(code.name.as_str()),
            qualname: Box::from(code.qualname.as_str()),
            filename: Box::from(code.filename.as_str()),
            firstlineno: code.firstlineno,
            source: source.clone(),
        }
    }

    /// Rebuilds an `Rc`-based code object for the current thread.
    pub fn thaw(&self) -> Rc<Code> {
        let source: Rc<str> = Rc::from(&*self.source);
        Rc::new(self.thaw_with(&source))
    }

    fn thaw_with(&self, source: &Rc<str>) -> Code {
        Code {
            instrs: self.instrs.to_vec(),
            lines: self.lines.to_vec(),
            consts: self.consts.iter().map(|c| c.thaw(source)).collect(),
            doc: self.doc.as_ref().map(|d| Rc::new(PyStr::new(d))),
            names: thaw_strs(&self.names),
            varnames: thaw_strs(&self.varnames),
            cellvars: thaw_strs(&self.cellvars),
            freevars: thaw_strs(&self.freevars),
            cell_params: self.cell_params.to_vec(),
            argcount: self.argcount,
            kwonlyargcount: self.kwonlyargcount,
            flags: self.flags,
            stacksize: self.stacksize,
            handlers: self.handlers.to_vec(),
            name: Rc::new(PyStr::new(&self.name)),
            qualname: Rc::new(PyStr::new(&self.qualname)),
            filename: Rc::new(PyStr::new(&self.filename)),
            firstlineno: self.firstlineno,
            source: source.clone(),
        }
    }
}
