//! The compiler: symbol tables ([`symtable`]), code generation ([`stmt`],
//! [`expr`]) and assembly into [`Code`] objects.
//!
//! Each function, class body, lambda and comprehension becomes one [`Unit`]
//! while it is compiled. Jumps name labels; [`Unit::finish`] resolves them.
//! The compiler tracks the stack depth as it emits, which gives each
//! exception handler the depth to cut the stack back to and the code its
//! maximum stack size.

pub mod expr;
pub mod stmt;
pub mod symtable;

use crate::bytecode::{flags, Code, Const, Handler, Instr};
use crate::objects::PyStr;
use crate::syntax::ast::{Mod, Stmt};
use crate::syntax::SyntaxError;
use std::collections::HashMap;
use std::rc::Rc;
use symtable::{NameScope, Scope, ScopeKind};

/// A jump target, resolved to an instruction index when the unit finishes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(usize);

/// An exception handler being built: its target and protected segments.
struct HandlerRec {
    target: Label,
    depth: i32,
    segs: Vec<(u32, u32)>,
    open: Option<u32>,
}

/// A control-flow block that `break`, `continue` and `return` must unwind.
#[derive(Clone)]
enum Block<'a> {
    /// A loop; `for_loop` means an iterator sits on the stack.
    Loop {
        cont: Label,
        brk: Label,
        for_loop: bool,
    },
    /// A try body protected by `handler`.
    Try { handler: usize },
    /// A try body with a finally clause to run on the way out.
    Finally { handler: usize, body: &'a [Stmt] },
    /// An except clause body (the previous exception is on the stack).
    Except {
        cleanup: usize,
        name: Option<String>,
    },
    /// The exceptional copy of a finally body (prev and exc on the stack).
    FinallyBody { cleanup: usize },
    /// A with body (the exit method is on the stack).
    With { handler: usize },
}

/// The code being generated for one scope.
pub struct Unit<'a> {
    scope: Scope,
    children: Vec<Scope>,
    instrs: Vec<Instr>,
    lines: Vec<u32>,
    consts: Vec<Const>,
    names: Vec<Rc<PyStr>>,
    name_ix: HashMap<String, u32>,
    varnames: Vec<String>,
    slot_ix: HashMap<String, u32>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    labels: Vec<Option<u32>>,
    label_depth: Vec<Option<i32>>,
    handlers: Vec<HandlerRec>,
    blocks: Vec<Block<'a>>,
    depth: i32,
    max_depth: i32,
    reachable: bool,
    line: u32,
    class_name: Option<String>,
    qualname: String,
    argcount: u32,
    kwonly: u32,
    code_flags: u32,
    in_finally: u32,
}

/// The compiler state: a stack of units and what is shared by all of them.
pub struct Compiler<'a> {
    units: Vec<Unit<'a>>,
    filename: Rc<PyStr>,
    source: Rc<str>,
    interactive: bool,
    strs: HashMap<String, Rc<PyStr>>,
}

/// What a compilation is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileMode {
    /// A module; the value of a final expression statement is returned
    /// (the notebook-style "result").
    Exec,
    /// One expression; its value is returned.
    Eval,
    /// An interactive cell: expression statements are echoed.
    Single,
}

fn syntax_err(msg: &str, line: u32, col: u32) -> SyntaxError {
    SyntaxError::new(msg, line, col + 1)
}

/// Compiles a parsed module into its code object.
pub fn compile(
    tree: &Mod,
    filename: &str,
    source: &str,
    mode: CompileMode,
) -> Result<Rc<Code>, SyntaxError> {
    let mut c = Compiler {
        units: Vec::new(),
        filename: Rc::new(PyStr::new(filename)),
        source: Rc::from(source),
        interactive: mode == CompileMode::Single,
        strs: HashMap::new(),
    };
    match tree {
        Mod::Module { body } | Mod::Interactive { body } => {
            let scope = symtable::build(body, ScopeKind::Module)?;
            c.push_unit(scope, "<module>".into(), None, 1);
            c.unit().code_flags |= flags::MODULE;
            c.module_body(body, mode == CompileMode::Exec)?;
        }
        Mod::Expression { body } => {
            let scope = symtable::build_expr(body)?;
            c.push_unit(scope, "<module>".into(), None, 1);
            c.unit().code_flags |= flags::MODULE;
            c.expr(body)?;
            c.emit(Instr::ReturnValue);
        }
    }
    let unit = c
        .units
        .pop()
        .ok_or_else(|| syntax_err("internal compiler error", 1, 0))?;
    Ok(c.finish(unit, "<module>"))
}

/// Compiles `source` as a module and returns the `dis`-style listing of its
/// code objects (what `kaa dis FILE` prints).
pub fn disassemble(source: &str, filename: &str) -> Result<String, SyntaxError> {
    let tree = crate::syntax::parse(source, crate::syntax::Mode::Exec)
        .map_err(|e| e.with_source(source))?;
    let code =
        compile(&tree, filename, source, CompileMode::Exec).map_err(|e| e.with_source(source))?;
    Ok(crate::bytecode::dis::disassemble(&code))
}

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit<'a> {
        let n = self.units.len() - 1;
        &mut self.units[n]
    }

    fn ustr(&mut self, s: &str) -> Rc<PyStr> {
        if let Some(r) = self.strs.get(s) {
            return r.clone();
        }
        let r = Rc::new(PyStr::new(s));
        self.strs.insert(s.to_string(), r.clone());
        r
    }

    /// Starts compiling a new scope.
    fn push_unit(
        &mut self,
        mut scope: Scope,
        qualname: String,
        class_name: Option<String>,
        line: u32,
    ) {
        let mut children = std::mem::take(&mut scope.children);
        children.reverse();
        let mut u = Unit {
            children,
            instrs: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_ix: HashMap::new(),
            varnames: Vec::new(),
            slot_ix: HashMap::new(),
            cellvars: scope.cellvars.clone(),
            freevars: scope.freevars.clone(),
            labels: Vec::new(),
            label_depth: Vec::new(),
            handlers: Vec::new(),
            blocks: Vec::new(),
            depth: 0,
            max_depth: 0,
            reachable: true,
            line,
            class_name,
            qualname,
            argcount: 0,
            kwonly: 0,
            code_flags: 0,
            in_finally: 0,
            scope,
        };
        if u.scope.kind == ScopeKind::Function {
            u.varnames = u.scope.locals();
        }
        let mut i = 0u32;
        for n in u.varnames.iter().chain(u.cellvars.iter()) {
            u.slot_ix.entry(n.clone()).or_insert(i);
            i += 1;
        }
        // Cells shadow same-named locals for Deref access: index cells separately.
        for n in u.freevars.iter() {
            u.slot_ix.entry(format!("\0free:{}", n)).or_insert(i);
            i += 1;
        }
        if u.scope.generator {
            u.code_flags |= flags::GENERATOR;
        }
        if u.scope.nested {
            u.code_flags |= flags::IN_FUNCTION;
        }
        self.units.push(u);
    }

    /// Takes the next child scope of the current unit.
    fn next_child(&mut self) -> Result<Scope, SyntaxError> {
        self.unit()
            .children
            .pop()
            .ok_or_else(|| syntax_err("internal compiler error: scope mismatch", 1, 0))
    }

    /// Finishes a unit into a code object.
    fn finish(&mut self, mut u: Unit<'a>, name: &str) -> Rc<Code> {
        for h in u.handlers.iter_mut() {
            if let Some(s) = h.open.take() {
                let end = u.instrs.len() as u32;
                if end > s {
                    h.segs.push((s, end));
                }
            }
        }
        let labels = u.labels.clone();
        let resolve = |l: u32| labels.get(l as usize).copied().flatten().unwrap_or(0);
        for ins in u.instrs.iter_mut() {
            if let Some(t) = ins.jump_target() {
                *ins = ins.with_target(resolve(t));
            }
        }
        Instr::fuse_pairs(&mut u.instrs);
        let mut handlers = Vec::new();
        for h in &u.handlers {
            let target = resolve(h.target.0 as u32);
            for &(s, e) in &h.segs {
                handlers.push(Handler {
                    start: s,
                    end: e,
                    target,
                    depth: h.depth.max(0) as u32,
                });
            }
        }
        let doc = match u.consts.first() {
            Some(Const::Str(s)) if u.code_flags & flags::MODULE == 0 && self.has_doc(&u) => {
                Some(s.clone())
            }
            _ => None,
        };
        let strs: Vec<Rc<PyStr>> = u.varnames.iter().map(|n| self.ustr(n)).collect();
        let cells: Vec<Rc<PyStr>> = u.cellvars.iter().map(|n| self.ustr(n)).collect();
        let frees: Vec<Rc<PyStr>> = u.freevars.iter().map(|n| self.ustr(n)).collect();
        let mut cell_params = Vec::new();
        for (ci, c) in u.cellvars.iter().enumerate() {
            if let Some(pi) = u.varnames.iter().position(|v| v == c) {
                cell_params.push((pi as u32, ci as u32));
            }
        }
        let qual = self.ustr(&u.qualname);
        let nm = self.ustr(name);
        Rc::new(Code {
            instrs: u.instrs,
            lines: u.lines,
            consts: u.consts,
            doc,
            names: u.names,
            varnames: strs,
            cellvars: cells,
            freevars: frees,
            cell_params,
            argcount: u.argcount,
            kwonlyargcount: u.kwonly,
            flags: u.code_flags,
            stacksize: u.max_depth.max(0) as u32 + 4,
            handlers,
            name: nm,
            qualname: qual,
            filename: self.filename.clone(),
            firstlineno: u.scope.line,
            source: self.source.clone(),
        })
    }

    fn has_doc(&self, u: &Unit) -> bool {
        u.code_flags & 0x100 != 0
    }

    // ---- emission -------------------------------------------------------

    /// Emits an instruction at the current line.
    fn emit(&mut self, ins: Instr) {
        let u = self.unit();
        u.instrs.push(ins);
        u.lines.push(u.line);
        u.depth += ins.stack_effect();
        if u.depth > u.max_depth {
            u.max_depth = u.depth;
        }
        match ins {
            Instr::Jump(_) | Instr::ReturnValue | Instr::Raise(_) | Instr::PopExceptReraise => {
                u.reachable = false
            }
            _ => {}
        }
        if let Some(t) = ins.jump_target() {
            let d = u.depth
                + match ins {
                    Instr::JumpIfFalseOrPop(_) | Instr::JumpIfTrueOrPop(_) => 1,
                    Instr::ForIter(_) => -2,
                    Instr::Send(_) => -1,
                    _ => 0,
                };
            if let Some(slot) = u.label_depth.get_mut(t as usize) {
                if slot.is_none() {
                    *slot = Some(d);
                }
            }
        }
    }

    /// Emits a jump-type instruction to a label.
    fn emit_jump(&mut self, ins: Instr, l: Label) {
        self.emit(ins.with_target(l.0 as u32));
    }

    fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        u.label_depth.push(None);
        Label(u.labels.len() - 1)
    }

    /// Places a label at the next instruction.
    fn mark(&mut self, l: Label) {
        let u = self.unit();
        let here = u.instrs.len() as u32;
        if let Some(slot) = u.labels.get_mut(l.0) {
            *slot = Some(here);
        }
        if let Some(Some(d)) = u.label_depth.get(l.0) {
            if !u.reachable {
                u.depth = *d;
            }
        }
        u.reachable = true;
    }

    /// Places a label whose stack depth is known (handler targets).
    fn mark_with_depth(&mut self, l: Label, depth: i32) {
        self.mark(l);
        let u = self.unit();
        u.depth = depth;
        if depth > u.max_depth {
            u.max_depth = depth;
        }
    }

    fn new_handler(&mut self, target: Label, depth: i32) -> usize {
        let u = self.unit();
        u.handlers.push(HandlerRec {
            target,
            depth,
            segs: Vec::new(),
            open: None,
        });
        u.handlers.len() - 1
    }

    fn open_handler(&mut self, h: usize) {
        let u = self.unit();
        let here = u.instrs.len() as u32;
        if let Some(r) = u.handlers.get_mut(h) {
            r.open = Some(here);
        }
    }

    fn close_handler(&mut self, h: usize) {
        let u = self.unit();
        let here = u.instrs.len() as u32;
        if let Some(r) = u.handlers.get_mut(h) {
            if let Some(s) = r.open.take() {
                if here > s {
                    r.segs.push((s, here));
                }
            }
        }
    }

    fn add_const(&mut self, c: Const) -> u32 {
        let u = self.unit();
        // Reuse identical simple constants.
        for (i, k) in u.consts.iter().enumerate() {
            let same = match (k, &c) {
                (Const::None, Const::None) => true,
                (Const::Bool(a), Const::Bool(b)) => a == b,
                (Const::Int(a), Const::Int(b)) => a == b,
                (Const::Str(a), Const::Str(b)) => a.s == b.s,
                (Const::Float(a), Const::Float(b)) => a.to_bits() == b.to_bits(),
                _ => false,
            };
            if same {
                return i as u32;
            }
        }
        u.consts.push(c);
        (u.consts.len() - 1) as u32
    }

    fn load_const(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit(Instr::LoadConst(i));
    }

    fn str_const(&mut self, s: &str) -> Const {
        Const::Str(self.ustr(s))
    }

    fn name_index(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.unit().name_ix.get(name) {
            return i;
        }
        let r = self.ustr(name);
        let u = self.unit();
        u.names.push(r);
        let i = (u.names.len() - 1) as u32;
        u.name_ix.insert(name.to_string(), i);
        i
    }

    fn set_line(&mut self, line: u32) {
        self.unit().line = line;
    }

    fn bump_line(&mut self, line: u32) {
        let u = self.unit();
        if line > u.line {
            u.line = line;
        }
    }

    fn mangle(&mut self, name: &str) -> String {
        let cls = self.class_name();
        symtable::mangle(cls.as_deref(), name)
    }

    fn class_name(&self) -> Option<String> {
        self.units.iter().rev().find_map(|u| u.class_name.clone())
    }

    /// Emits the load, store or delete of a variable.
    fn name_op(&mut self, raw: &str, op: NameOp) {
        let name = self.mangle(raw);
        let kind = self.unit().scope.kind;
        let scope = self.unit().scope.lookup(&name);
        let interactive_module = kind == ScopeKind::Module;
        match scope {
            NameScope::Local if kind == ScopeKind::Function => {
                let i = self.unit().slot_ix[&name];
                self.emit(match op {
                    NameOp::Load => Instr::LoadFast(i),
                    NameOp::Store => Instr::StoreFast(i),
                    NameOp::Delete => Instr::DeleteFast(i),
                });
            }
            NameScope::Cell => {
                let ci = self
                    .unit()
                    .cellvars
                    .iter()
                    .position(|c| *c == name)
                    .unwrap_or(0) as u32;
                let i = self.unit().varnames.len() as u32 + ci;
                self.emit(match op {
                    NameOp::Load => Instr::LoadDeref(i),
                    NameOp::Store => Instr::StoreDeref(i),
                    NameOp::Delete => Instr::DeleteDeref(i),
                });
            }
            NameScope::Free => {
                let i = self.unit().slot_ix[&format!("\0free:{}", name)];
                if kind == ScopeKind::Class && op == NameOp::Load {
                    self.emit(Instr::LoadClassDeref(i));
                } else {
                    self.emit(match op {
                        NameOp::Load => Instr::LoadDeref(i),
                        NameOp::Store => Instr::StoreDeref(i),
                        NameOp::Delete => Instr::DeleteDeref(i),
                    });
                }
            }
            NameScope::GlobalExplicit | NameScope::GlobalImplicit
                if kind == ScopeKind::Function || scope == NameScope::GlobalExplicit =>
            {
                let i = self.name_index(&name);
                self.emit(match op {
                    NameOp::Load => Instr::LoadGlobal(i),
                    NameOp::Store => Instr::StoreGlobal(i),
                    NameOp::Delete => Instr::DeleteGlobal(i),
                });
            }
            _ => {
                let _ = interactive_module;
                let i = self.name_index(&name);
                self.emit(match op {
                    NameOp::Load => Instr::LoadName(i),
                    NameOp::Store => Instr::StoreName(i),
                    NameOp::Delete => Instr::DeleteName(i),
                });
            }
        }
    }

    /// Pushes the closure cells a child scope needs, and returns whether it needs any.
    fn load_closure(&mut self, freevars: &[String]) -> bool {
        if freevars.is_empty() {
            return false;
        }
        for f in freevars.iter().cloned() {
            let u = self.unit();
            let slot = if let Some(ci) = u.cellvars.iter().position(|c| *c == f) {
                u.varnames.len() as u32 + ci as u32
            } else {
                match u.slot_ix.get(&format!("\0free:{}", f)) {
                    Some(&i) => i,
                    None => 0,
                }
            };
            self.emit(Instr::LoadClosure(slot));
        }
        self.emit(Instr::BuildTuple(freevars.len() as u32));
        true
    }

    /// The qualified name of a definition named `name` in the current unit.
    fn qualname_for(&self, name: &str) -> String {
        match self.units.last() {
            Some(u) if u.code_flags & flags::MODULE != 0 => name.to_string(),
            Some(u) if u.scope.kind == ScopeKind::Function => {
                format!("{}.<locals>.{}", u.qualname, name)
            }
            Some(u) => format!("{}.{}", u.qualname, name),
            None => name.to_string(),
        }
    }
}

/// What a name instruction does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameOp {
    /// Read the variable.
    Load,
    /// Assign it.
    Store,
    /// `del` it.
    Delete,
}
