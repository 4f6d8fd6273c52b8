//! Python node objects (instances of the `_ast` classes) back to the
//! interpreter's syntax tree, for `compile(tree, filename, mode)`.
//!
//! Reads fields as CPython 3.4's `obj2ast_*` functions do, with their
//! TypeError/ValueError messages (`required field "lineno" missing from
//! stmt`, `field value is required for Expr`, `Module field "body" must be a
//! list, not a Name`, `expected some sort of expr, but got ...`); the checks
//! of 3.4's `PyAST_Validate` follow in [`super::ast_validate`]. User trees
//! may be deep or cyclic, so the walk stops at [`MAX_DEPTH`] levels.

use crate::objects::class::is_subclass;
use crate::objects::{Obj, Payload, Value};
use crate::syntax::ast::*;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

/// Nesting of nodes a tree given to `compile()` may have.
pub const MAX_DEPTH: u32 = 1000;

/// Reads node objects, looking their classes up in the `_ast` namespace.
pub struct Reader<'v> {
    vm: &'v mut Vm,
    ns: Rc<Obj>,
    depth: u32,
}

const STMTS: &[&str] = &[
    "FunctionDef",
    "ClassDef",
    "Return",
    "Delete",
    "Assign",
    "AugAssign",
    "For",
    "While",
    "If",
    "With",
    "Raise",
    "Try",
    "Assert",
    "Import",
    "ImportFrom",
    "Global",
    "Nonlocal",
    "Expr",
    "Pass",
    "Break",
    "Continue",
];

const EXPRS: &[&str] = &[
    "BoolOp",
    "BinOp",
    "UnaryOp",
    "Lambda",
    "IfExp",
    "Dict",
    "Set",
    "ListComp",
    "SetComp",
    "DictComp",
    "GeneratorExp",
    "Yield",
    "YieldFrom",
    "Compare",
    "Call",
    "Num",
    "Str",
    "Bytes",
    "NameConstant",
    "Ellipsis",
    "Attribute",
    "Subscript",
    "Starred",
    "Name",
    "List",
    "Tuple",
];

impl<'v> Reader<'v> {
    /// A reader over the `_ast` namespace `ns`.
    pub fn new(vm: &'v mut Vm, ns: Rc<Obj>) -> Self {
        Reader { vm, ns, depth: 0 }
    }

    fn class(&mut self, name: &str) -> Option<Rc<Obj>> {
        let key = self.vm.intern(name);
        match self.vm.dict_get_str(&self.ns, &key) {
            Some(Value::Obj(c)) if c.as_class().is_some() => Some(c),
            _ => None,
        }
    }

    /// Whether `obj` is an instance of the `_ast` class `name`.
    pub fn is(&mut self, obj: &Value, name: &str) -> bool {
        match self.class(name) {
            Some(c) => is_subclass(self.vm.type_of(obj), &c),
            None => false,
        }
    }

    /// Which of `names` `obj` is an instance of (its own class first).
    fn which(&mut self, obj: &Value, names: &'static [&'static str]) -> Option<&'static str> {
        let own = self
            .vm
            .type_of(obj)
            .as_class()
            .map(|c| c.name.borrow().as_str().to_string());
        if let Some(own) = own {
            if let Some(n) = names.iter().find(|n| **n == own) {
                if let Some(c) = self.class(n) {
                    if Rc::ptr_eq(self.vm.type_of(obj), &c) {
                        return Some(n);
                    }
                }
            }
        }
        names.iter().copied().find(|n| self.is(obj, n))
    }

    fn type_error(&mut self, msg: &str) -> crate::vm::PyErr {
        self.vm.new_error("TypeError", msg)
    }

    fn sort_error(&mut self, kind: &str, obj: &Value) -> crate::vm::PyErr {
        let r = self.vm.repr(obj).unwrap_or_else(|_| "?".to_string());
        let msg = format!("expected some sort of {}, but got {}", kind, r);
        self.type_error(&msg)
    }

    /// `getattr(obj, name)` or CPython's "required field" TypeError.
    fn field(&mut self, obj: &Value, name: &str, owner: &str) -> PyResult<Value> {
        let n = self.vm.intern(name);
        match self.vm.getattr_opt(obj, &n)? {
            Some(v) => Ok(v),
            None => {
                let msg = format!("required field \"{}\" missing from {}", name, owner);
                Err(self.type_error(&msg))
            }
        }
    }

    /// An optional field: absent and None both give None.
    fn opt_field(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let n = self.vm.intern(name);
        Ok(self.vm.getattr_opt(obj, &n)?.filter(|v| !v.is_none()))
    }

    fn seq(&mut self, obj: &Value, name: &str, owner: &str) -> PyResult<Vec<Value>> {
        let v = self.field(obj, name, owner)?;
        match v.payload() {
            Some(Payload::List(items)) => Ok(items.borrow().clone()),
            _ => {
                let msg = format!(
                    "{} field \"{}\" must be a list, not a {}",
                    owner,
                    name,
                    self.vm.type_name(&v)
                );
                Err(self.type_error(&msg))
            }
        }
    }

    fn required(&mut self, obj: &Value, name: &str, owner: &str) -> PyResult<Value> {
        let v = self.field(obj, name, owner)?;
        if v.is_none() {
            let msg = format!("field {} is required for {}", name, owner);
            return Err(self.vm.new_error("ValueError", &msg));
        }
        Ok(v)
    }

    fn ident(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            _ => Err(self.type_error("AST identifier must be of type str")),
        }
    }

    fn req_ident(&mut self, obj: &Value, name: &str, owner: &str) -> PyResult<String> {
        let v = self.required(obj, name, owner)?;
        self.ident(&v)
    }

    fn opt_ident(&mut self, obj: &Value, name: &str) -> PyResult<Option<String>> {
        match self.opt_field(obj, name)? {
            Some(v) => self.ident(&v).map(Some),
            None => Ok(None),
        }
    }

    fn int(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            _ => {
                let r = self.vm.repr(v).unwrap_or_default();
                let msg = format!("invalid integer value: {}", r);
                Err(self.vm.new_error("ValueError", &msg))
            }
        }
    }

    fn loc(&mut self, obj: &Value, owner: &str) -> PyResult<Loc> {
        let l = self.field(obj, "lineno", owner)?;
        let line = self.int(&l)?;
        let c = self.field(obj, "col_offset", owner)?;
        let col = self.int(&c)?;
        Ok(Loc {
            line: line.clamp(0, u32::MAX as i64) as u32,
            col: col.clamp(0, u32::MAX as i64) as u32,
        })
    }

    fn enter(&mut self) -> PyResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.vm.new_error(
                "RuntimeError",
                "maximum recursion depth exceeded during compilation",
            ));
        }
        self.vm.check_limits()
    }

    /// The tree of a `mod` node, which must be `expected` (`Module`,
    /// `Expression` or `Interactive`, after the compile mode).
    pub fn module(&mut self, obj: &Value, expected: &str) -> PyResult<Mod> {
        let kind = self.which(obj, &["Module", "Interactive", "Expression", "Suite"]);
        let kind = match kind {
            Some(k) => k,
            None => return Err(self.sort_error("mod", obj)),
        };
        if kind != expected {
            let msg = format!("expected {} node, got {}", expected, kind);
            return Err(self.type_error(&msg));
        }
        Ok(match kind {
            "Module" => Mod::Module {
                body: self.stmts(obj, "body", kind)?,
            },
            "Interactive" => Mod::Interactive {
                body: self.stmts(obj, "body", kind)?,
            },
            _ => Mod::Expression {
                body: Box::new(self.req_expr(obj, "body", kind)?),
            },
        })
    }

    fn stmts(&mut self, obj: &Value, name: &str, owner: &str) -> PyResult<Vec<Stmt>> {
        let items = self.seq(obj, name, owner)?;
        items.iter().map(|v| self.stmt(v)).collect()
    }

    fn exprs(&mut self, obj: &Value, name: &str, owner: &str) -> PyResult<Vec<Expr>> {
        let items = self.seq(obj, name, owner)?;
        items
            .iter()
            .map(|v| self.expr_value(v, name, owner))
            .collect()
    }

    /// One element of an expression list (None is refused, as in 3.4's
    /// validator).
    fn expr_value(&mut self, v: &Value, _name: &str, _owner: &str) -> PyResult<Expr> {
        if v.is_none() {
            return Err(self
                .vm
                .new_error("ValueError", "None disallowed in expression list"));
        }
        self.expr(v)
    }

    fn req_expr(&mut self, obj: &Value, name: &str, owner: &str) -> PyResult<Expr> {
        let v = self.required(obj, name, owner)?;
        self.expr(&v)
    }

    fn opt_expr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Box<Expr>>> {
        match self.opt_field(obj, name)? {
            Some(v) => Ok(Some(Box::new(self.expr(&v)?))),
            None => Ok(None),
        }
    }

    fn stmt(&mut self, obj: &Value) -> PyResult<Stmt> {
        self.enter()?;
        let r = self.stmt_inner(obj);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, obj: &Value) -> PyResult<Stmt> {
        if obj.is_none() {
            return Err(self
                .vm
                .new_error("ValueError", "None disallowed in statement list"));
        }
        let loc = self.loc(obj, "stmt")?;
        let k = match self.which(obj, STMTS) {
            Some(k) => k,
            None => return Err(self.sort_error("stmt", obj)),
        };
        let kind = match k {
            "FunctionDef" => StmtKind::FunctionDef {
                name: self.req_ident(obj, "name", k)?,
                args: Box::new(self.req_arguments(obj, k)?),
                body: self.stmts(obj, "body", k)?,
                decorator_list: self.exprs(obj, "decorator_list", k)?,
                returns: self.opt_expr(obj, "returns")?,
            },
            "ClassDef" => StmtKind::ClassDef {
                name: self.req_ident(obj, "name", k)?,
                bases: self.exprs(obj, "bases", k)?,
                keywords: self.keywords(obj, k)?,
                starargs: self.opt_expr(obj, "starargs")?,
                kwargs: self.opt_expr(obj, "kwargs")?,
                body: self.stmts(obj, "body", k)?,
                decorator_list: self.exprs(obj, "decorator_list", k)?,
            },
            "Return" => StmtKind::Return {
                value: self.opt_expr(obj, "value")?,
            },
            "Delete" => StmtKind::Delete {
                targets: self.exprs(obj, "targets", k)?,
            },
            "Assign" => StmtKind::Assign {
                targets: self.exprs(obj, "targets", k)?,
                value: Box::new(self.req_expr(obj, "value", k)?),
            },
            "AugAssign" => StmtKind::AugAssign {
                target: Box::new(self.req_expr(obj, "target", k)?),
                op: self.operator(obj, k)?,
                value: Box::new(self.req_expr(obj, "value", k)?),
            },
            "For" => StmtKind::For {
                target: Box::new(self.req_expr(obj, "target", k)?),
                iter: Box::new(self.req_expr(obj, "iter", k)?),
                body: self.stmts(obj, "body", k)?,
                orelse: self.stmts(obj, "orelse", k)?,
            },
            "While" | "If" => {
                let test = Box::new(self.req_expr(obj, "test", k)?);
                let body = self.stmts(obj, "body", k)?;
                let orelse = self.stmts(obj, "orelse", k)?;
                if k == "While" {
                    StmtKind::While { test, body, orelse }
                } else {
                    StmtKind::If { test, body, orelse }
                }
            }
            "With" => {
                let items = self.seq(obj, "items", k)?;
                let mut out = Vec::with_capacity(items.len());
                for it in &items {
                    out.push(WithItem {
                        context_expr: self.req_expr(it, "context_expr", "withitem")?,
                        optional_vars: self.opt_expr(it, "optional_vars")?,
                    });
                }
                StmtKind::With {
                    items: out,
                    body: self.stmts(obj, "body", k)?,
                }
            }
            "Raise" => StmtKind::Raise {
                exc: self.opt_expr(obj, "exc")?,
                cause: self.opt_expr(obj, "cause")?,
            },
            "Try" => {
                let body = self.stmts(obj, "body", k)?;
                let hs = self.seq(obj, "handlers", k)?;
                let mut handlers = Vec::with_capacity(hs.len());
                for h in &hs {
                    handlers.push(self.handler(h)?);
                }
                StmtKind::Try {
                    body,
                    handlers,
                    orelse: self.stmts(obj, "orelse", k)?,
                    finalbody: self.stmts(obj, "finalbody", k)?,
                }
            }
            "Assert" => StmtKind::Assert {
                test: Box::new(self.req_expr(obj, "test", k)?),
                msg: self.opt_expr(obj, "msg")?,
            },
            "Import" => StmtKind::Import {
                names: self.aliases(obj, k)?,
            },
            "ImportFrom" => {
                let module = self.opt_ident(obj, "module")?;
                let names = self.aliases(obj, k)?;
                let level = match self.opt_field(obj, "level")? {
                    Some(v) => self.int(&v)?,
                    None => 0,
                };
                if level < 0 {
                    return Err(self.vm.new_error("ValueError", "Negative ImportFrom level"));
                }
                StmtKind::ImportFrom {
                    module,
                    names,
                    level: level.min(u32::MAX as i64) as u32,
                }
            }
            "Global" | "Nonlocal" => {
                let items = self.seq(obj, "names", k)?;
                let mut names = Vec::with_capacity(items.len());
                for v in &items {
                    names.push(self.ident(v)?);
                }
                if k == "Global" {
                    StmtKind::Global { names }
                } else {
                    StmtKind::Nonlocal { names }
                }
            }
            "Expr" => StmtKind::Expr {
                value: Box::new(self.req_expr(obj, "value", k)?),
            },
            "Pass" => StmtKind::Pass,
            "Break" => StmtKind::Break,
            _ => StmtKind::Continue,
        };
        Ok(Stmt { loc, kind })
    }

    fn handler(&mut self, obj: &Value) -> PyResult<ExceptHandler> {
        let loc = self.loc(obj, "excepthandler")?;
        if !self.is(obj, "ExceptHandler") {
            return Err(self.sort_error("excepthandler", obj));
        }
        Ok(ExceptHandler {
            loc,
            type_: self.opt_expr(obj, "type")?,
            name: self.opt_ident(obj, "name")?,
            body: self.stmts(obj, "body", "ExceptHandler")?,
        })
    }

    fn aliases(&mut self, obj: &Value, owner: &str) -> PyResult<Vec<Alias>> {
        let items = self.seq(obj, "names", owner)?;
        let mut out = Vec::with_capacity(items.len());
        for a in &items {
            out.push(Alias {
                name: self.req_ident(a, "name", "alias")?,
                asname: self.opt_ident(a, "asname")?,
            });
        }
        Ok(out)
    }

    fn keywords(&mut self, obj: &Value, owner: &str) -> PyResult<Vec<Keyword>> {
        let items = self.seq(obj, "keywords", owner)?;
        let mut out = Vec::with_capacity(items.len());
        for kw in &items {
            out.push(Keyword {
                arg: self.req_ident(kw, "arg", "keyword")?,
                value: self.req_expr(kw, "value", "keyword")?,
            });
        }
        Ok(out)
    }

    fn arg(&mut self, obj: &Value) -> PyResult<Arg> {
        let name = self.req_ident(obj, "arg", "arg")?;
        let annotation = self.opt_expr(obj, "annotation")?;
        let loc = self.loc(obj, "arg")?;
        Ok(Arg {
            loc,
            arg: name,
            annotation,
        })
    }

    fn opt_arg(&mut self, obj: &Value, name: &str) -> PyResult<Option<Arg>> {
        match self.opt_field(obj, name)? {
            Some(v) => self.arg(&v).map(Some),
            None => Ok(None),
        }
    }

    fn args(&mut self, obj: &Value, name: &str) -> PyResult<Vec<Arg>> {
        let items = self.seq(obj, name, "arguments")?;
        items.iter().map(|a| self.arg(a)).collect()
    }

    fn req_arguments(&mut self, obj: &Value, owner: &str) -> PyResult<Arguments> {
        let a = self.required(obj, "args", owner)?;
        let args = self.args(&a, "args")?;
        let vararg = self.opt_arg(&a, "vararg")?;
        let kwonlyargs = self.args(&a, "kwonlyargs")?;
        let kwd = self.seq(&a, "kw_defaults", "arguments")?;
        let mut kw_defaults = Vec::with_capacity(kwd.len());
        for d in &kwd {
            kw_defaults.push(if d.is_none() {
                None
            } else {
                Some(self.expr(d)?)
            });
        }
        let kwarg = self.opt_arg(&a, "kwarg")?;
        let defaults = self.exprs(&a, "defaults", "arguments")?;
        Ok(Arguments {
            args,
            vararg,
            kwonlyargs,
            kw_defaults,
            kwarg,
            defaults,
        })
    }

    fn enum_field<T: Copy>(
        &mut self,
        obj: &Value,
        name: &str,
        owner: &str,
        kind: &str,
        table: &[(T, &str)],
    ) -> PyResult<T> {
        let v = self.required(obj, name, owner)?;
        self.enum_value(&v, kind, table)
    }

    fn enum_value<T: Copy>(&mut self, v: &Value, kind: &str, table: &[(T, &str)]) -> PyResult<T> {
        for (op, n) in table {
            if self.is(v, n) {
                return Ok(*op);
            }
        }
        Err(self.sort_error(kind, v))
    }

    fn operator(&mut self, obj: &Value, owner: &str) -> PyResult<Operator> {
        self.enum_field(obj, "op", owner, "operator", super::ast_build::OPERATORS)
    }

    fn ctx(&mut self, obj: &Value, owner: &str) -> PyResult<ExprContext> {
        self.enum_field(
            obj,
            "ctx",
            owner,
            "expr_context",
            super::ast_build::CONTEXTS,
        )
    }

    fn comprehensions(&mut self, obj: &Value, owner: &str) -> PyResult<Vec<Comprehension>> {
        let items = self.seq(obj, "generators", owner)?;
        let mut out = Vec::with_capacity(items.len());
        for c in &items {
            out.push(Comprehension {
                target: self.req_expr(c, "target", "comprehension")?,
                iter: self.req_expr(c, "iter", "comprehension")?,
                ifs: self.exprs(c, "ifs", "comprehension")?,
            });
        }
        Ok(out)
    }

    fn expr(&mut self, obj: &Value) -> PyResult<Expr> {
        self.enter()?;
        let r = self.expr_inner(obj);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, obj: &Value) -> PyResult<Expr> {
        let loc = self.loc(obj, "expr")?;
        let k = match self.which(obj, EXPRS) {
            Some(k) => k,
            None => return Err(self.sort_error("expr", obj)),
        };
        let kind = match k {
            "BoolOp" => {
                let op = self.enum_field(
                    obj,
                    "op",
                    k,
                    "boolop",
                    &[(BoolOp::And, "And"), (BoolOp::Or, "Or")],
                )?;
                ExprKind::BoolOp {
                    op,
                    values: self.exprs(obj, "values", k)?,
                }
            }
            "BinOp" => ExprKind::BinOp {
                left: Box::new(self.req_expr(obj, "left", k)?),
                op: self.operator(obj, k)?,
                right: Box::new(self.req_expr(obj, "right", k)?),
            },
            "UnaryOp" => ExprKind::UnaryOp {
                op: self.enum_field(obj, "op", k, "unaryop", super::ast_build::UNARY)?,
                operand: Box::new(self.req_expr(obj, "operand", k)?),
            },
            "Lambda" => ExprKind::Lambda {
                args: Box::new(self.req_arguments(obj, k)?),
                body: Box::new(self.req_expr(obj, "body", k)?),
            },
            "IfExp" => ExprKind::IfExp {
                test: Box::new(self.req_expr(obj, "test", k)?),
                body: Box::new(self.req_expr(obj, "body", k)?),
                orelse: Box::new(self.req_expr(obj, "orelse", k)?),
            },
            "Dict" => ExprKind::Dict {
                keys: self.exprs(obj, "keys", k)?,
                values: self.exprs(obj, "values", k)?,
            },
            "Set" => ExprKind::Set {
                elts: self.exprs(obj, "elts", k)?,
            },
            "ListComp" | "SetComp" | "GeneratorExp" => {
                let elt = Box::new(self.req_expr(obj, "elt", k)?);
                let generators = self.comprehensions(obj, k)?;
                match k {
                    "ListComp" => ExprKind::ListComp { elt, generators },
                    "SetComp" => ExprKind::SetComp { elt, generators },
                    _ => ExprKind::GeneratorExp { elt, generators },
                }
            }
            "DictComp" => ExprKind::DictComp {
                key: Box::new(self.req_expr(obj, "key", k)?),
                value: Box::new(self.req_expr(obj, "value", k)?),
                generators: self.comprehensions(obj, k)?,
            },
            "Yield" => ExprKind::Yield {
                value: self.opt_expr(obj, "value")?,
            },
            "YieldFrom" => ExprKind::YieldFrom {
                value: Box::new(self.req_expr(obj, "value", k)?),
            },
            "Compare" => {
                let left = Box::new(self.req_expr(obj, "left", k)?);
                let opv = self.seq(obj, "ops", k)?;
                let mut ops = Vec::with_capacity(opv.len());
                for o in &opv {
                    ops.push(self.enum_value(o, "cmpop", super::ast_build::CMPOPS)?);
                }
                ExprKind::Compare {
                    left,
                    ops,
                    comparators: self.exprs(obj, "comparators", k)?,
                }
            }
            "Call" => ExprKind::Call {
                func: Box::new(self.req_expr(obj, "func", k)?),
                args: self.exprs(obj, "args", k)?,
                keywords: self.keywords(obj, k)?,
                starargs: self.opt_expr(obj, "starargs")?,
                kwargs: self.opt_expr(obj, "kwargs")?,
            },
            "Num" => {
                let v = self.required(obj, "n", k)?;
                ExprKind::Num {
                    n: self.number(&v)?,
                }
            }
            "Str" => {
                let v = self.required(obj, "s", k)?;
                match &v {
                    Value::Str(s) => ExprKind::Str {
                        s: s.as_str().to_string(),
                        wide: s.s.wide().map(Box::from),
                    },
                    _ => return Err(self.type_error("AST string must be of type str")),
                }
            }
            "Bytes" => {
                let v = self.required(obj, "s", k)?;
                let exact = Rc::ptr_eq(self.vm.type_of(&v), &self.vm.types.bytes);
                match v.payload() {
                    Some(Payload::Bytes(b)) if exact => ExprKind::Bytes { s: b.to_vec() },
                    _ => return Err(self.type_error("AST bytes must be of type bytes")),
                }
            }
            "NameConstant" => {
                let v = self.field(obj, "value", k)?;
                let value = match v {
                    Value::None => Singleton::None,
                    Value::Bool(true) => Singleton::True,
                    Value::Bool(false) => Singleton::False,
                    _ => {
                        return Err(self
                            .vm
                            .new_error("ValueError", "AST singleton must be True, False, or None"))
                    }
                };
                ExprKind::NameConstant { value }
            }
            "Ellipsis" => ExprKind::Ellipsis,
            "Attribute" => ExprKind::Attribute {
                value: Box::new(self.req_expr(obj, "value", k)?),
                attr: self.req_ident(obj, "attr", k)?,
                ctx: self.ctx(obj, k)?,
            },
            "Subscript" => {
                let value = Box::new(self.req_expr(obj, "value", k)?);
                let s = self.required(obj, "slice", k)?;
                ExprKind::Subscript {
                    value,
                    slice: Box::new(self.slice(&s)?),
                    ctx: self.ctx(obj, k)?,
                }
            }
            "Starred" => ExprKind::Starred {
                value: Box::new(self.req_expr(obj, "value", k)?),
                ctx: self.ctx(obj, k)?,
            },
            "Name" => ExprKind::Name {
                id: self.req_ident(obj, "id", k)?,
                ctx: self.ctx(obj, k)?,
            },
            "List" => ExprKind::List {
                elts: self.exprs(obj, "elts", k)?,
                ctx: self.ctx(obj, k)?,
            },
            _ => ExprKind::Tuple {
                elts: self.exprs(obj, "elts", k)?,
                ctx: self.ctx(obj, k)?,
            },
        };
        Ok(Expr { loc, kind })
    }

    fn number(&mut self, v: &Value) -> PyResult<Number> {
        let t = self.vm.type_of(v).clone();
        let types = &self.vm.types;
        if Rc::ptr_eq(&t, &types.int) {
            if let Some(i) = crate::builtins::to_int(v) {
                return Ok(Number::Int(i.to_bigint()));
            }
        } else if Rc::ptr_eq(&t, &types.float) {
            if let Value::Float(f) = v {
                return Ok(Number::Float(*f));
            }
        } else if Rc::ptr_eq(&t, &types.complex) {
            if let Some(Payload::Complex(re, im)) = v.payload() {
                if *re == 0.0 && re.is_sign_positive() {
                    return Ok(Number::Complex { imag: *im });
                }
                return Err(self.vm.new_error(
                    "ValueError",
                    "complex constants with a real part cannot be compiled by Kaa",
                ));
            }
        }
        Err(self.type_error("non-numeric type in Num"))
    }

    fn slice(&mut self, obj: &Value) -> PyResult<Slice> {
        self.enter()?;
        let r = self.slice_inner(obj);
        self.depth -= 1;
        r
    }

    fn slice_inner(&mut self, obj: &Value) -> PyResult<Slice> {
        match self.which(obj, &["Slice", "ExtSlice", "Index"]) {
            Some("Slice") => Ok(Slice::Slice {
                lower: self.opt_expr(obj, "lower")?,
                upper: self.opt_expr(obj, "upper")?,
                step: self.opt_expr(obj, "step")?,
            }),
            Some("ExtSlice") => {
                let items = self.seq(obj, "dims", "ExtSlice")?;
                let mut dims = Vec::with_capacity(items.len());
                for d in &items {
                    dims.push(self.slice(d)?);
                }
                Ok(Slice::ExtSlice { dims })
            }
            Some(_) => Ok(Slice::Index {
                value: Box::new(self.req_expr(obj, "value", "Index")?),
            }),
            None => Err(self.sort_error("slice", obj)),
        }
    }
}
