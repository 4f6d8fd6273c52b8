//! Symbol tables: which scope every name belongs to.
//!
//! A first pass over the AST builds one [`Scope`] per module, class,
//! function, lambda and comprehension (comprehensions are functions, as in
//! CPython 3.4), recording how each name is used. [`analyze`] then decides,
//! like CPython's `symtable.c`, whether each name is local, global, free
//! (captured from an enclosing function) or a cell (captured by an inner
//! function). Code generation walks the AST in the same order and takes the
//! child scopes one by one.

use crate::syntax::ast::*;
use crate::syntax::SyntaxError;
use std::collections::{HashMap, HashSet};

/// The kind of a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    /// The module (or an exec/eval body).
    Module,
    /// A class body.
    Class,
    /// A function, lambda or comprehension.
    Function,
}

/// Where a name lives, once analysed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    /// A fast local of a function.
    Local,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound anywhere visible: module globals, then builtins.
    GlobalImplicit,
    /// Captured from an enclosing function.
    Free,
    /// A local captured by an inner function.
    Cell,
    /// A class body or module name (namespace dict).
    Name,
}

const DEF_LOCAL: u8 = 1;
const DEF_PARAM: u8 = 2;
const DEF_GLOBAL: u8 = 4;
const DEF_NONLOCAL: u8 = 8;
const USE: u8 = 16;

/// One scope of the program.
#[derive(Debug)]
pub struct Scope {
    /// Module, class or function.
    pub kind: ScopeKind,
    /// The scope's name (function or class name, `<lambda>`, `<listcomp>`, …).
    pub name: String,
    flags: HashMap<String, u8>,
    /// Order in which names were first seen (deterministic slot numbering).
    order: Vec<String>,
    /// Parameter names in order.
    pub params: Vec<String>,
    /// Nested scopes in source order.
    pub children: Vec<Scope>,
    /// The resolution of every name.
    pub names: HashMap<String, NameScope>,
    /// Whether the function contains `yield`.
    pub generator: bool,
    /// A method that uses `super` or `__class__` (needs the `__class__` cell).
    pub uses_class_cell: bool,
    /// A class whose methods need `__class__`.
    pub needs_class_cell: bool,
    /// Free variables, in order.
    pub freevars: Vec<String>,
    /// Cell variables, in order.
    pub cellvars: Vec<String>,
    /// Whether the scope is nested in a function (qualname `<locals>`).
    pub nested: bool,
    /// Line of the definition.
    pub line: u32,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, line: u32) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            flags: HashMap::new(),
            order: Vec::new(),
            params: Vec::new(),
            children: Vec::new(),
            names: HashMap::new(),
            generator: false,
            uses_class_cell: false,
            needs_class_cell: false,
            freevars: Vec::new(),
            cellvars: Vec::new(),
            nested: false,
            line,
        }
    }

    /// How `name` is resolved in this scope.
    pub fn lookup(&self, name: &str) -> NameScope {
        match self.names.get(name) {
            Some(s) => *s,
            None => match self.kind {
                ScopeKind::Function => NameScope::GlobalImplicit,
                _ => NameScope::Name,
            },
        }
    }

    /// Local variable names of a function in slot order (parameters first).
    pub fn locals(&self) -> Vec<String> {
        let mut out = self.params.clone();
        for n in &self.order {
            if matches!(self.names.get(n), Some(NameScope::Local)) && !out.contains(n) {
                out.push(n.clone());
            }
        }
        out
    }
}

/// Applies private name mangling (`__x` inside class `C` becomes `_C__x`).
pub fn mangle(class: Option<&str>, name: &str) -> String {
    match class {
        Some(c) if name.starts_with("__") && !name.ends_with("__") && !name.contains('.') => {
            let c = c.trim_start_matches('_');
            if c.is_empty() {
                name.to_string()
            } else {
                format!("_{}{}", c, name)
            }
        }
        _ => name.to_string(),
    }
}

struct Builder {
    stack: Vec<Scope>,
    class_names: Vec<Option<String>>,
}

fn err(msg: String, loc: Loc) -> SyntaxError {
    SyntaxError::new(msg, loc.line, loc.col + 1)
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let n = self.stack.len() - 1;
        &mut self.stack[n]
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.class_names.last().and_then(|c| c.as_deref()), name)
    }

    fn add(&mut self, name: &str, flag: u8, loc: Loc) -> Result<(), SyntaxError> {
        let name = self.mangled(name);
        let scope = self.cur();
        let old = *scope.flags.get(&name).unwrap_or(&0);
        if flag == DEF_GLOBAL || flag == DEF_NONLOCAL {
            let what = if flag == DEF_GLOBAL {
                "global"
            } else {
                "nonlocal"
            };
            if old & DEF_PARAM != 0 {
                return Err(err(
                    format!("name '{}' is parameter and {}", name, what),
                    loc,
                ));
            }
            if flag == DEF_NONLOCAL && old & DEF_GLOBAL != 0 {
                return Err(err(format!("name '{}' is nonlocal and global", name), loc));
            }
            if flag == DEF_GLOBAL && old & DEF_NONLOCAL != 0 {
                return Err(err(format!("name '{}' is nonlocal and global", name), loc));
            }
        }
        if flag == DEF_PARAM && old & DEF_PARAM != 0 {
            return Err(err(
                format!("duplicate argument '{}' in function definition", name),
                loc,
            ));
        }
        if old == 0 {
            scope.order.push(name.clone());
        }
        scope.flags.insert(name.clone(), old | flag);
        if flag == DEF_PARAM {
            scope.params.push(name);
        }
        Ok(())
    }

    fn push(&mut self, kind: ScopeKind, name: &str, line: u32) {
        let nested = self.stack.iter().any(|s| s.kind == ScopeKind::Function);
        let mut s = Scope::new(kind, name, line);
        s.nested = nested;
        self.stack.push(s);
    }

    fn pop(&mut self) {
        if let Some(s) = self.stack.pop() {
            self.cur().children.push(s);
        }
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn args(&mut self, a: &Arguments) -> Result<(), SyntaxError> {
        for x in &a.args {
            self.add(&x.arg, DEF_PARAM, x.loc)?;
        }
        for x in &a.kwonlyargs {
            self.add(&x.arg, DEF_PARAM, x.loc)?;
        }
        if let Some(x) = &a.vararg {
            self.add(&x.arg, DEF_PARAM, x.loc)?;
        }
        if let Some(x) = &a.kwarg {
            self.add(&x.arg, DEF_PARAM, x.loc)?;
        }
        Ok(())
    }

    fn arg_annotations_and_defaults(&mut self, a: &Arguments) -> Result<(), SyntaxError> {
        for d in &a.defaults {
            self.expr(d)?;
        }
        for d in a.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        for x in a.args.iter().chain(a.kwonlyargs.iter()) {
            if let Some(an) = &x.annotation {
                self.expr(an)?;
            }
        }
        for x in a.vararg.iter().chain(a.kwarg.iter()) {
            if let Some(an) = &x.annotation {
                self.expr(an)?;
            }
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        match &s.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
            } => {
                for d in decorator_list {
                    self.expr(d)?;
                }
                self.arg_annotations_and_defaults(args)?;
                if let Some(r) = returns {
                    self.expr(r)?;
                }
                self.add(name, DEF_LOCAL, s.loc)?;
                self.push(ScopeKind::Function, name, s.loc.line);
                self.args(args)?;
                self.stmts(body)?;
                self.pop();
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                starargs,
                kwargs,
                body,
                decorator_list,
            } => {
                for d in decorator_list {
                    self.expr(d)?;
                }
                for b in bases {
                    self.expr(b)?;
                }
                for k in keywords {
                    self.expr(&k.value)?;
                }
                if let Some(e) = starargs {
                    self.expr(e)?;
                }
                if let Some(e) = kwargs {
                    self.expr(e)?;
                }
                self.add(name, DEF_LOCAL, s.loc)?;
                self.push(ScopeKind::Class, name, s.loc.line);
                self.class_names.push(Some(name.clone()));
                self.stmts(body)?;
                self.class_names.pop();
                self.pop();
            }
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.expr(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.expr(t)?;
                }
                self.expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                if let ExprKind::Name { id, .. } = &target.kind {
                    self.add(id, USE, target.loc)?;
                }
                self.expr(value)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body } => {
                for it in items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(e) = cause {
                    self.expr(e)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.type_ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add(n, DEF_LOCAL, h.loc)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import { names } => {
                for a in names {
                    let bound = match &a.asname {
                        Some(n) => n.clone(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.add(&bound, DEF_LOCAL, s.loc)?;
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            return Err(err(
                                "import * only allowed at module level".to_string(),
                                s.loc,
                            ));
                        }
                        continue;
                    }
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.add(&bound, DEF_LOCAL, s.loc)?;
                }
            }
            StmtKind::Global { names } => {
                for n in names {
                    self.add(n, DEF_GLOBAL, s.loc)?;
                }
            }
            StmtKind::Nonlocal { names } => {
                if self.cur().kind == ScopeKind::Module {
                    return Err(err(
                        "nonlocal declaration not allowed at module level".to_string(),
                        s.loc,
                    ));
                }
                for n in names {
                    self.add(n, DEF_NONLOCAL, s.loc)?;
                }
            }
            StmtKind::Expr { value } => self.expr(value)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        name: &str,
        generators: &[Comprehension],
        elts: &[&Expr],
        loc: Loc,
    ) -> Result<(), SyntaxError> {
        let first = match generators.first() {
            Some(g) => g,
            None => return Ok(()),
        };
        self.expr(&first.iter)?;
        self.push(ScopeKind::Function, name, loc.line);
        if name == "<genexpr>" {
            self.cur().generator = true;
        }
        self.add(".0", DEF_PARAM, loc)?;
        for (i, g) in generators.iter().enumerate() {
            self.expr(&g.target)?;
            if i > 0 {
                self.expr(&g.iter)?;
            }
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.pop();
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.arg_annotations_and_defaults(args)?;
                self.push(ScopeKind::Function, "<lambda>", e.loc.line);
                self.args(args)?;
                self.expr(body)?;
                self.pop();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    self.expr(k)?;
                    self.expr(v)?;
                }
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                for x in elts {
                    self.expr(x)?;
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension("<listcomp>", generators, &[elt], e.loc)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension("<setcomp>", generators, &[elt], e.loc)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension("<genexpr>", generators, &[elt], e.loc)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension("<dictcomp>", generators, &[key, value], e.loc)?,
            ExprKind::Yield { value } => {
                if self.cur().kind != ScopeKind::Function {
                    return Err(err("'yield' outside function".to_string(), e.loc));
                }
                self.cur().generator = true;
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            ExprKind::YieldFrom { value } => {
                if self.cur().kind != ScopeKind::Function {
                    return Err(err("'yield' outside function".to_string(), e.loc));
                }
                self.cur().generator = true;
                self.expr(value)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                for c in comparators {
                    self.expr(c)?;
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
                starargs,
                kwargs,
            } => {
                self.expr(func)?;
                for a in args {
                    self.expr(a)?;
                }
                for k in keywords {
                    self.expr(&k.value)?;
                }
                if let Some(x) = starargs {
                    self.expr(x)?;
                }
                if let Some(x) = kwargs {
                    self.expr(x)?;
                }
            }
            ExprKind::Num { .. }
            | ExprKind::Str { .. }
            | ExprKind::Bytes { .. }
            | ExprKind::NameConstant { .. }
            | ExprKind::Ellipsis => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.slice(slice)?;
            }
            ExprKind::Starred { value, .. } => self.expr(value)?,
            ExprKind::Name { id, ctx } => {
                let flag = match ctx {
                    ExprContext::Load => USE,
                    _ => DEF_LOCAL,
                };
                self.add(id, flag, e.loc)?;
                if id == "super"
                    && *ctx == ExprContext::Load
                    && self.cur().kind == ScopeKind::Function
                {
                    self.cur().uses_class_cell = true;
                    self.add("__class__", USE, e.loc)?;
                }
            }
        }
        Ok(())
    }

    fn slice(&mut self, s: &Slice) -> Result<(), SyntaxError> {
        match s {
            Slice::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
            Slice::ExtSlice { dims } => {
                for d in dims {
                    self.slice(d)?;
                }
            }
            Slice::Index { value } => self.expr(value)?,
        }
        Ok(())
    }
}

/// Builds and analyses the symbol table of a module body.
pub fn build(body: &[Stmt], kind: ScopeKind) -> Result<Scope, SyntaxError> {
    let mut b = Builder {
        stack: vec![Scope::new(kind, "<module>", 1)],
        class_names: vec![None],
    };
    b.stmts(body)?;
    let mut top = b
        .stack
        .pop()
        .unwrap_or_else(|| Scope::new(kind, "<module>", 1));
    analyze(&mut top, &HashSet::new(), &mut HashSet::new())?;
    Ok(top)
}

/// Builds the symbol table of a single expression (eval mode).
pub fn build_expr(e: &Expr) -> Result<Scope, SyntaxError> {
    let mut b = Builder {
        stack: vec![Scope::new(ScopeKind::Module, "<module>", 1)],
        class_names: vec![None],
    };
    b.expr(e)?;
    let mut top = b
        .stack
        .pop()
        .unwrap_or_else(|| Scope::new(ScopeKind::Module, "<module>", 1));
    analyze(&mut top, &HashSet::new(), &mut HashSet::new())?;
    Ok(top)
}

/// Resolves the names of `scope` given the names `bound` in enclosing
/// functions; adds the scope's free names to `free_out`.
fn analyze(
    scope: &mut Scope,
    bound: &HashSet<String>,
    free_out: &mut HashSet<String>,
) -> Result<(), SyntaxError> {
    let mut local: HashSet<String> = HashSet::new();
    let order = scope.order.clone();
    for name in &order {
        let f = scope.flags[name];
        let res = if f & DEF_GLOBAL != 0 {
            NameScope::GlobalExplicit
        } else if f & DEF_NONLOCAL != 0 {
            if !bound.contains(name) {
                return Err(SyntaxError::new(
                    format!("no binding for nonlocal '{}' found", name),
                    scope.line,
                    1,
                ));
            }
            NameScope::Free
        } else if f & (DEF_LOCAL | DEF_PARAM) != 0 {
            local.insert(name.clone());
            match scope.kind {
                ScopeKind::Function => NameScope::Local,
                _ => NameScope::Name,
            }
        } else if bound.contains(name) && scope.kind != ScopeKind::Module {
            NameScope::Free
        } else {
            match scope.kind {
                ScopeKind::Function => NameScope::GlobalImplicit,
                _ => NameScope::Name,
            }
        };
        scope.names.insert(name.clone(), res);
    }
    // What children may capture.
    let mut child_bound = bound.clone();
    if scope.kind == ScopeKind::Function {
        for n in &local {
            child_bound.insert(n.clone());
        }
        for (n, s) in &scope.names {
            if *s == NameScope::Free {
                child_bound.insert(n.clone());
            }
        }
    }
    if scope.kind == ScopeKind::Class {
        child_bound.insert("__class__".to_string());
    }
    let mut child_free: HashSet<String> = HashSet::new();
    for child in scope.children.iter_mut() {
        let mut cf = HashSet::new();
        analyze(child, &child_bound, &mut cf)?;
        child_free.extend(cf);
    }
    for n in child_free {
        if scope.kind == ScopeKind::Class && n == "__class__" {
            scope.needs_class_cell = true;
            continue;
        }
        match scope.names.get(&n) {
            Some(NameScope::Local) if scope.kind == ScopeKind::Function => {
                scope.names.insert(n.clone(), NameScope::Cell);
                if !scope.cellvars.contains(&n) {
                    scope.cellvars.push(n);
                }
            }
            Some(NameScope::Cell) | Some(NameScope::Free) => {}
            _ => {
                if bound.contains(&n) {
                    if scope.kind != ScopeKind::Class || !scope.names.contains_key(&n) {
                        scope.names.insert(n.clone(), NameScope::Free);
                    }
                    if !scope.freevars.contains(&n) {
                        scope.freevars.push(n.clone());
                    }
                    free_out.insert(n);
                }
            }
        }
    }
    if scope.needs_class_cell {
        scope.cellvars.push("__class__".to_string());
    }
    let mut frees: Vec<String> = Vec::new();
    for name in &scope.order {
        if scope.names.get(name) == Some(&NameScope::Free) && !frees.contains(name) {
            frees.push(name.clone());
        }
    }
    for f in &scope.freevars {
        if !frees.contains(f) {
            frees.push(f.clone());
        }
    }
    for f in &frees {
        free_out.insert(f.clone());
    }
    scope.freevars = frees;
    // Cells of a function in slot order.
    if scope.kind == ScopeKind::Function {
        let mut cells: Vec<String> = Vec::new();
        for n in &scope.order {
            if scope.names.get(n) == Some(&NameScope::Cell) {
                cells.push(n.clone());
            }
        }
        scope.cellvars = cells;
    }
    Ok(())
}
