//! The interpreter's syntax tree as Python objects: instances of the node
//! classes of `_ast` (`interp/lib/_ast.py`), what `ast.parse` returns.
//!
//! Nodes are made as `object.__new__` would make them, with their fields and
//! `lineno`/`col_offset` written straight into the instance dict (no
//! `__init__` call per node). The operator and context nodes are shared, one
//! instance per class, as CPython shares them. The recursion follows
//! the tree, whose height the parser bounds.

use crate::objects::{Obj, Payload, Value};
use crate::syntax::ast::*;
use crate::vm::{PyResult, Vm};
use std::collections::HashMap;
use std::rc::Rc;

/// Builds node objects from the classes of one `_ast` module namespace.
pub struct Builder<'v> {
    vm: &'v mut Vm,
    ns: Rc<Obj>,
    classes: HashMap<&'static str, Rc<Obj>>,
    singletons: HashMap<&'static str, Value>,
}

type Fields = Vec<(&'static str, Value)>;

impl<'v> Builder<'v> {
    /// A builder over the `_ast` namespace `ns`.
    pub fn new(vm: &'v mut Vm, ns: Rc<Obj>) -> Self {
        Builder {
            vm,
            ns,
            classes: HashMap::new(),
            singletons: HashMap::new(),
        }
    }

    fn class(&mut self, name: &'static str) -> PyResult<Rc<Obj>> {
        if let Some(c) = self.classes.get(name) {
            return Ok(c.clone());
        }
        let key = self.vm.intern_static(name);
        match self.vm.dict_get_str(&self.ns, &key) {
            Some(Value::Obj(c)) if c.as_class().is_some() => {
                self.classes.insert(name, c.clone());
                Ok(c)
            }
            _ => {
                let msg = format!("_ast has no node class {}", name);
                Err(self.vm.new_error("SystemError", &msg))
            }
        }
    }

    fn node(&mut self, name: &'static str, fields: Fields, loc: Option<Loc>) -> PyResult<Value> {
        let cls = self.class(name)?;
        let obj = self.vm.instantiate(&cls, &[])?;
        let dict = match obj.as_obj().and_then(|o| o.inst_dict()) {
            Some(d) => d.clone(),
            None => {
                return Err(self
                    .vm
                    .new_error("SystemError", "AST node without __dict__"))
            }
        };
        for (k, v) in fields {
            let k = self.vm.intern_static(k);
            self.vm.ns_store(&dict, k, v)?;
        }
        if let Some(loc) = loc {
            let k = self.vm.intern_static("lineno");
            self.vm.ns_store(&dict, k, Value::Int(loc.line as i64))?;
            let k = self.vm.intern_static("col_offset");
            self.vm.ns_store(&dict, k, Value::Int(loc.col as i64))?;
        }
        Ok(obj)
    }

    /// The shared instance of an operator or context class: one per
    /// process-side `_ast` module, kept in its `_singletons` dict (as CPython
    /// shares `Load()` & co. between trees).
    fn singleton(&mut self, name: &'static str) -> PyResult<Value> {
        if let Some(v) = self.singletons.get(name) {
            return Ok(v.clone());
        }
        let key = self.vm.intern_static("_singletons");
        let shared = match self.vm.dict_get_str(&self.ns, &key) {
            Some(Value::Obj(d)) if matches!(d.payload, Payload::Dict(_)) => Some(d),
            _ => None,
        };
        let n = self.vm.intern_static(name);
        let found = shared.as_ref().and_then(|d| self.vm.dict_get_str(d, &n));
        let v = match found {
            Some(v) => v,
            None => {
                let v = self.node(name, Vec::new(), None)?;
                if let Some(d) = &shared {
                    self.vm.ns_store(d, n, v.clone())?;
                }
                v
            }
        };
        self.singletons.insert(name, v.clone());
        Ok(v)
    }

    fn list<T>(
        &mut self,
        items: &[T],
        mut f: impl FnMut(&mut Self, &T) -> PyResult<Value>,
    ) -> PyResult<Value> {
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            out.push(f(self, item)?);
        }
        Ok(self.vm.new_list(out))
    }

    fn stmts(&mut self, body: &[Stmt]) -> PyResult<Value> {
        self.list(body, |b, s| b.stmt(s))
    }

    fn exprs(&mut self, items: &[Expr]) -> PyResult<Value> {
        self.list(items, |b, e| b.expr(e))
    }

    fn opt_expr(&mut self, e: Option<&Expr>) -> PyResult<Value> {
        match e {
            Some(e) => self.expr(e),
            None => Ok(Value::None),
        }
    }

    fn opt_str(s: Option<&str>) -> Value {
        s.map_or(Value::None, Value::str)
    }

    /// The node for a whole tree (`Module`, `Interactive`, `Expression`).
    pub fn module(&mut self, tree: &Mod) -> PyResult<Value> {
        match tree {
            Mod::Module { body } => {
                let b = self.stmts(body)?;
                self.node("Module", vec![("body", b)], None)
            }
            Mod::Interactive { body } => {
                let b = self.stmts(body)?;
                self.node("Interactive", vec![("body", b)], None)
            }
            Mod::Expression { body } => {
                let b = self.expr(body)?;
                self.node("Expression", vec![("body", b)], None)
            }
        }
    }

    fn stmt(&mut self, s: &Stmt) -> PyResult<Value> {
        let (name, fields): (&'static str, Fields) = match &s.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
            } => (
                "FunctionDef",
                vec![
                    ("name", Value::str(name)),
                    ("args", self.arguments(args)?),
                    ("body", self.stmts(body)?),
                    ("decorator_list", self.exprs(decorator_list)?),
                    ("returns", self.opt_expr(returns.as_deref())?),
                ],
            ),
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                starargs,
                kwargs,
                body,
                decorator_list,
            } => (
                "ClassDef",
                vec![
                    ("name", Value::str(name)),
                    ("bases", self.exprs(bases)?),
                    ("keywords", self.keywords(keywords)?),
                    ("starargs", self.opt_expr(starargs.as_deref())?),
                    ("kwargs", self.opt_expr(kwargs.as_deref())?),
                    ("body", self.stmts(body)?),
                    ("decorator_list", self.exprs(decorator_list)?),
                ],
            ),
            StmtKind::Return { value } => {
                ("Return", vec![("value", self.opt_expr(value.as_deref())?)])
            }
            StmtKind::Delete { targets } => ("Delete", vec![("targets", self.exprs(targets)?)]),
            StmtKind::Assign { targets, value } => (
                "Assign",
                vec![
                    ("targets", self.exprs(targets)?),
                    ("value", self.expr(value)?),
                ],
            ),
            StmtKind::AugAssign { target, op, value } => (
                "AugAssign",
                vec![
                    ("target", self.expr(target)?),
                    ("op", self.singleton(operator_name(*op))?),
                    ("value", self.expr(value)?),
                ],
            ),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => (
                "For",
                vec![
                    ("target", self.expr(target)?),
                    ("iter", self.expr(iter)?),
                    ("body", self.stmts(body)?),
                    ("orelse", self.stmts(orelse)?),
                ],
            ),
            StmtKind::While { test, body, orelse } => (
                "While",
                vec![
                    ("test", self.expr(test)?),
                    ("body", self.stmts(body)?),
                    ("orelse", self.stmts(orelse)?),
                ],
            ),
            StmtKind::If { test, body, orelse } => (
                "If",
                vec![
                    ("test", self.expr(test)?),
                    ("body", self.stmts(body)?),
                    ("orelse", self.stmts(orelse)?),
                ],
            ),
            StmtKind::With { items, body } => (
                "With",
                vec![
                    ("items", self.list(items, |b, w| b.withitem(w))?),
                    ("body", self.stmts(body)?),
                ],
            ),
            StmtKind::Raise { exc, cause } => (
                "Raise",
                vec![
                    ("exc", self.opt_expr(exc.as_deref())?),
                    ("cause", self.opt_expr(cause.as_deref())?),
                ],
            ),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => (
                "Try",
                vec![
                    ("body", self.stmts(body)?),
                    ("handlers", self.list(handlers, |b, h| b.handler(h))?),
                    ("orelse", self.stmts(orelse)?),
                    ("finalbody", self.stmts(finalbody)?),
                ],
            ),
            StmtKind::Assert { test, msg } => (
                "Assert",
                vec![
                    ("test", self.expr(test)?),
                    ("msg", self.opt_expr(msg.as_deref())?),
                ],
            ),
            StmtKind::Import { names } => ("Import", vec![("names", self.aliases(names)?)]),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => (
                "ImportFrom",
                vec![
                    ("module", Self::opt_str(module.as_deref())),
                    ("names", self.aliases(names)?),
                    ("level", Value::Int(*level as i64)),
                ],
            ),
            StmtKind::Global { names } => ("Global", vec![("names", self.names(names))]),
            StmtKind::Nonlocal { names } => ("Nonlocal", vec![("names", self.names(names))]),
            StmtKind::Expr { value } => ("Expr", vec![("value", self.expr(value)?)]),
            StmtKind::Pass => ("Pass", Vec::new()),
            StmtKind::Break => ("Break", Vec::new()),
            StmtKind::Continue => ("Continue", Vec::new()),
        };
        self.node(name, fields, Some(s.loc))
    }

    fn names(&mut self, names: &[String]) -> Value {
        let items = names.iter().map(|n| Value::str(n)).collect();
        self.vm.new_list(items)
    }

    fn aliases(&mut self, names: &[Alias]) -> PyResult<Value> {
        self.list(names, |b, a| {
            let fields = vec![
                ("name", Value::str(&a.name)),
                ("asname", Self::opt_str(a.asname.as_deref())),
            ];
            b.node("alias", fields, None)
        })
    }

    fn withitem(&mut self, w: &WithItem) -> PyResult<Value> {
        let fields = vec![
            ("context_expr", self.expr(&w.context_expr)?),
            ("optional_vars", self.opt_expr(w.optional_vars.as_deref())?),
        ];
        self.node("withitem", fields, None)
    }

    fn handler(&mut self, h: &ExceptHandler) -> PyResult<Value> {
        let fields = vec![
            ("type", self.opt_expr(h.type_.as_deref())?),
            ("name", Self::opt_str(h.name.as_deref())),
            ("body", self.stmts(&h.body)?),
        ];
        self.node("ExceptHandler", fields, Some(h.loc))
    }

    fn keywords(&mut self, kws: &[Keyword]) -> PyResult<Value> {
        self.list(kws, |b, k| {
            let fields = vec![("arg", Value::str(&k.arg)), ("value", b.expr(&k.value)?)];
            b.node("keyword", fields, None)
        })
    }

    fn arg(&mut self, a: &Arg) -> PyResult<Value> {
        let fields = vec![
            ("arg", Value::str(&a.arg)),
            ("annotation", self.opt_expr(a.annotation.as_deref())?),
        ];
        self.node("arg", fields, Some(a.loc))
    }

    fn opt_arg(&mut self, a: Option<&Arg>) -> PyResult<Value> {
        match a {
            Some(a) => self.arg(a),
            None => Ok(Value::None),
        }
    }

    fn arguments(&mut self, a: &Arguments) -> PyResult<Value> {
        let fields = vec![
            ("args", self.list(&a.args, |b, x| b.arg(x))?),
            ("vararg", self.opt_arg(a.vararg.as_ref())?),
            ("kwonlyargs", self.list(&a.kwonlyargs, |b, x| b.arg(x))?),
            (
                "kw_defaults",
                self.list(&a.kw_defaults, |b, d| b.opt_expr(d.as_ref()))?,
            ),
            ("kwarg", self.opt_arg(a.kwarg.as_ref())?),
            ("defaults", self.exprs(&a.defaults)?),
        ];
        self.node("arguments", fields, None)
    }

    fn comprehensions(&mut self, gens: &[Comprehension]) -> PyResult<Value> {
        self.list(gens, |b, c| {
            let fields = vec![
                ("target", b.expr(&c.target)?),
                ("iter", b.expr(&c.iter)?),
                ("ifs", b.exprs(&c.ifs)?),
            ];
            b.node("comprehension", fields, None)
        })
    }

    fn ctx(&mut self, c: ExprContext) -> PyResult<Value> {
        self.singleton(context_name(c))
    }

    fn number(&mut self, n: &Number) -> Value {
        match n {
            Number::Int(i) => self.vm.int_from_big(i.clone()),
            Number::Float(f) => Value::Float(*f),
            Number::Complex { imag } => {
                let cls = self.vm.types.complex.clone();
                self.vm.alloc(&cls, Payload::Complex(0.0, *imag))
            }
        }
    }

    fn expr(&mut self, e: &Expr) -> PyResult<Value> {
        let (name, fields): (&'static str, Fields) = match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let op = match op {
                    BoolOp::And => "And",
                    BoolOp::Or => "Or",
                };
                (
                    "BoolOp",
                    vec![("op", self.singleton(op)?), ("values", self.exprs(values)?)],
                )
            }
            ExprKind::BinOp { left, op, right } => (
                "BinOp",
                vec![
                    ("left", self.expr(left)?),
                    ("op", self.singleton(operator_name(*op))?),
                    ("right", self.expr(right)?),
                ],
            ),
            ExprKind::UnaryOp { op, operand } => (
                "UnaryOp",
                vec![
                    ("op", self.singleton(unary_name(*op))?),
                    ("operand", self.expr(operand)?),
                ],
            ),
            ExprKind::Lambda { args, body } => (
                "Lambda",
                vec![("args", self.arguments(args)?), ("body", self.expr(body)?)],
            ),
            ExprKind::IfExp { test, body, orelse } => (
                "IfExp",
                vec![
                    ("test", self.expr(test)?),
                    ("body", self.expr(body)?),
                    ("orelse", self.expr(orelse)?),
                ],
            ),
            ExprKind::Dict { keys, values } => (
                "Dict",
                vec![("keys", self.exprs(keys)?), ("values", self.exprs(values)?)],
            ),
            ExprKind::Set { elts } => ("Set", vec![("elts", self.exprs(elts)?)]),
            ExprKind::ListComp { elt, generators } => (
                "ListComp",
                vec![
                    ("elt", self.expr(elt)?),
                    ("generators", self.comprehensions(generators)?),
                ],
            ),
            ExprKind::SetComp { elt, generators } => (
                "SetComp",
                vec![
                    ("elt", self.expr(elt)?),
                    ("generators", self.comprehensions(generators)?),
                ],
            ),
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (
                "DictComp",
                vec![
                    ("key", self.expr(key)?),
                    ("value", self.expr(value)?),
                    ("generators", self.comprehensions(generators)?),
                ],
            ),
            ExprKind::GeneratorExp { elt, generators } => (
                "GeneratorExp",
                vec![
                    ("elt", self.expr(elt)?),
                    ("generators", self.comprehensions(generators)?),
                ],
            ),
            ExprKind::Yield { value } => {
                ("Yield", vec![("value", self.opt_expr(value.as_deref())?)])
            }
            ExprKind::YieldFrom { value } => ("YieldFrom", vec![("value", self.expr(value)?)]),
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                let left = self.expr(left)?;
                let ops = self.list(ops, |b, op| b.singleton(cmp_name(*op)))?;
                (
                    "Compare",
                    vec![
                        ("left", left),
                        ("ops", ops),
                        ("comparators", self.exprs(comparators)?),
                    ],
                )
            }
            ExprKind::Call {
                func,
                args,
                keywords,
                starargs,
                kwargs,
            } => (
                "Call",
                vec![
                    ("func", self.expr(func)?),
                    ("args", self.exprs(args)?),
                    ("keywords", self.keywords(keywords)?),
                    ("starargs", self.opt_expr(starargs.as_deref())?),
                    ("kwargs", self.opt_expr(kwargs.as_deref())?),
                ],
            ),
            ExprKind::Num { n } => ("Num", vec![("n", self.number(n))]),
            ExprKind::Str { s, wide } => {
                let v = match wide {
                    Some(cps) => Value::Str(Rc::new(crate::objects::PyStr::from_code_points(
                        cps.to_vec(),
                    ))),
                    None => Value::str(s),
                };
                ("Str", vec![("s", v)])
            }
            ExprKind::Bytes { s } => ("Bytes", vec![("s", self.vm.new_bytes(s.clone()))]),
            ExprKind::NameConstant { value } => {
                let v = match value {
                    Singleton::None => Value::None,
                    Singleton::True => Value::Bool(true),
                    Singleton::False => Value::Bool(false),
                };
                ("NameConstant", vec![("value", v)])
            }
            ExprKind::Ellipsis => ("Ellipsis", Vec::new()),
            ExprKind::Attribute { value, attr, ctx } => (
                "Attribute",
                vec![
                    ("value", self.expr(value)?),
                    ("attr", Value::str(attr)),
                    ("ctx", self.ctx(*ctx)?),
                ],
            ),
            ExprKind::Subscript { value, slice, ctx } => (
                "Subscript",
                vec![
                    ("value", self.expr(value)?),
                    ("slice", self.slice(slice)?),
                    ("ctx", self.ctx(*ctx)?),
                ],
            ),
            ExprKind::Starred { value, ctx } => (
                "Starred",
                vec![("value", self.expr(value)?), ("ctx", self.ctx(*ctx)?)],
            ),
            ExprKind::Name { id, ctx } => (
                "Name",
                vec![("id", Value::str(id)), ("ctx", self.ctx(*ctx)?)],
            ),
            ExprKind::List { elts, ctx } => (
                "List",
                vec![("elts", self.exprs(elts)?), ("ctx", self.ctx(*ctx)?)],
            ),
            ExprKind::Tuple { elts, ctx } => (
                "Tuple",
                vec![("elts", self.exprs(elts)?), ("ctx", self.ctx(*ctx)?)],
            ),
        };
        self.node(name, fields, Some(e.loc))
    }

    fn slice(&mut self, s: &Slice) -> PyResult<Value> {
        match s {
            Slice::Slice { lower, upper, step } => {
                let fields = vec![
                    ("lower", self.opt_expr(lower.as_deref())?),
                    ("upper", self.opt_expr(upper.as_deref())?),
                    ("step", self.opt_expr(step.as_deref())?),
                ];
                self.node("Slice", fields, None)
            }
            Slice::ExtSlice { dims } => {
                let d = self.list(dims, |b, s| b.slice(s))?;
                self.node("ExtSlice", vec![("dims", d)], None)
            }
            Slice::Index { value } => {
                let v = self.expr(value)?;
                self.node("Index", vec![("value", v)], None)
            }
        }
    }
}

/// The class name of a binary operator.
pub fn operator_name(op: Operator) -> &'static str {
    OPERATORS
        .iter()
        .find(|(o, _)| *o == op)
        .map_or("Add", |(_, n)| n)
}

/// The class name of a unary operator.
pub fn unary_name(op: UnaryOp) -> &'static str {
    UNARY
        .iter()
        .find(|(o, _)| *o == op)
        .map_or("Not", |(_, n)| n)
}

/// The class name of a comparison operator.
pub fn cmp_name(op: CmpOp) -> &'static str {
    CMPOPS
        .iter()
        .find(|(o, _)| *o == op)
        .map_or("Eq", |(_, n)| n)
}

/// The class name of an expression context.
pub fn context_name(c: ExprContext) -> &'static str {
    CONTEXTS
        .iter()
        .find(|(o, _)| *o == c)
        .map_or("Load", |(_, n)| n)
}

/// Binary operators and their class names.
pub const OPERATORS: &[(Operator, &str)] = &[
    (Operator::Add, "Add"),
    (Operator::Sub, "Sub"),
    (Operator::Mult, "Mult"),
    (Operator::Div, "Div"),
    (Operator::Mod, "Mod"),
    (Operator::Pow, "Pow"),
    (Operator::LShift, "LShift"),
    (Operator::RShift, "RShift"),
    (Operator::BitOr, "BitOr"),
    (Operator::BitXor, "BitXor"),
    (Operator::BitAnd, "BitAnd"),
    (Operator::FloorDiv, "FloorDiv"),
];

/// Unary operators and their class names.
pub const UNARY: &[(UnaryOp, &str)] = &[
    (UnaryOp::Invert, "Invert"),
    (UnaryOp::Not, "Not"),
    (UnaryOp::UAdd, "UAdd"),
    (UnaryOp::USub, "USub"),
];

/// Comparison operators and their class names.
pub const CMPOPS: &[(CmpOp, &str)] = &[
    (CmpOp::Eq, "Eq"),
    (CmpOp::NotEq, "NotEq"),
    (CmpOp::Lt, "Lt"),
    (CmpOp::LtE, "LtE"),
    (CmpOp::Gt, "Gt"),
    (CmpOp::GtE, "GtE"),
    (CmpOp::Is, "Is"),
    (CmpOp::IsNot, "IsNot"),
    (CmpOp::In, "In"),
    (CmpOp::NotIn, "NotIn"),
];

/// Expression contexts and their class names.
pub const CONTEXTS: &[(ExprContext, &str)] = &[
    (ExprContext::Load, "Load"),
    (ExprContext::Store, "Store"),
    (ExprContext::Del, "Del"),
    (ExprContext::AugLoad, "AugLoad"),
    (ExprContext::AugStore, "AugStore"),
    (ExprContext::Param, "Param"),
];
