//! `ast.dump()` as CPython 3.4 prints it: `Name(field=value, …)` for every
//! node with every field of 3.4's ASDL in order, `None` for absent optional
//! fields, `[…]` for sequences and `repr()` for values.
//!
//! The recursion follows the tree, whose height the parser bounds.

pub mod repr;

use super::ast::*;
use std::fmt::Write;

/// Formats a tree exactly as CPython 3.4's `ast.dump(tree)` does.
pub fn dump(tree: &Mod) -> String {
    let mut d = Dumper {
        out: String::with_capacity(256),
    };
    match tree {
        Mod::Module { body } => {
            d.out.push_str("Module(body=");
            d.stmts(body);
        }
        Mod::Interactive { body } => {
            d.out.push_str("Interactive(body=");
            d.stmts(body);
        }
        Mod::Expression { body } => {
            d.out.push_str("Expression(body=");
            d.expr(body);
        }
    }
    d.out.push(')');
    d.out
}

struct Dumper {
    out: String,
}

impl Dumper {
    fn s(&mut self, text: &str) {
        self.out.push_str(text);
    }

    /// Writes `[a, b, …]` with `f` for each item.
    fn list<T>(&mut self, items: &[T], mut f: impl FnMut(&mut Self, &T)) {
        self.out.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            f(self, item);
        }
        self.out.push(']');
    }

    fn stmts(&mut self, body: &[Stmt]) {
        self.list(body, |d, s| d.stmt(s));
    }

    fn exprs(&mut self, items: &[Expr]) {
        self.list(items, |d, e| d.expr(e));
    }

    fn opt_expr(&mut self, e: Option<&Expr>) {
        match e {
            Some(e) => self.expr(e),
            None => self.s("None"),
        }
    }

    fn ident(&mut self, name: &str) {
        repr::str_repr(name, &mut self.out);
    }

    fn opt_ident(&mut self, name: Option<&str>) {
        match name {
            Some(n) => self.ident(n),
            None => self.s("None"),
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
            } => {
                self.s("FunctionDef(name=");
                self.ident(name);
                self.s(", args=");
                self.arguments(args);
                self.s(", body=");
                self.stmts(body);
                self.s(", decorator_list=");
                self.exprs(decorator_list);
                self.s(", returns=");
                self.opt_expr(returns.as_deref());
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
                self.s("ClassDef(name=");
                self.ident(name);
                self.s(", bases=");
                self.exprs(bases);
                self.s(", keywords=");
                self.keywords(keywords);
                self.s(", starargs=");
                self.opt_expr(starargs.as_deref());
                self.s(", kwargs=");
                self.opt_expr(kwargs.as_deref());
                self.s(", body=");
                self.stmts(body);
                self.s(", decorator_list=");
                self.exprs(decorator_list);
            }
            StmtKind::Return { value } => {
                self.s("Return(value=");
                self.opt_expr(value.as_deref());
            }
            StmtKind::Delete { targets } => {
                self.s("Delete(targets=");
                self.exprs(targets);
            }
            StmtKind::Assign { targets, value } => {
                self.s("Assign(targets=");
                self.exprs(targets);
                self.s(", value=");
                self.expr(value);
            }
            StmtKind::AugAssign { target, op, value } => {
                self.s("AugAssign(target=");
                self.expr(target);
                self.s(", op=");
                self.s(operator_name(*op));
                self.s(", value=");
                self.expr(value);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.s("For(target=");
                self.expr(target);
                self.s(", iter=");
                self.expr(iter);
                self.s(", body=");
                self.stmts(body);
                self.s(", orelse=");
                self.stmts(orelse);
            }
            StmtKind::While { test, body, orelse } => {
                self.s("While(test=");
                self.expr(test);
                self.s(", body=");
                self.stmts(body);
                self.s(", orelse=");
                self.stmts(orelse);
            }
            StmtKind::If { test, body, orelse } => {
                self.s("If(test=");
                self.expr(test);
                self.s(", body=");
                self.stmts(body);
                self.s(", orelse=");
                self.stmts(orelse);
            }
            StmtKind::With { items, body } => {
                self.s("With(items=");
                self.list(items, |d, item| {
                    d.s("withitem(context_expr=");
                    d.expr(&item.context_expr);
                    d.s(", optional_vars=");
                    d.opt_expr(item.optional_vars.as_deref());
                    d.s(")");
                });
                self.s(", body=");
                self.stmts(body);
            }
            StmtKind::Raise { exc, cause } => {
                self.s("Raise(exc=");
                self.opt_expr(exc.as_deref());
                self.s(", cause=");
                self.opt_expr(cause.as_deref());
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.s("Try(body=");
                self.stmts(body);
                self.s(", handlers=");
                self.list(handlers, |d, h| {
                    d.s("ExceptHandler(type=");
                    d.opt_expr(h.type_.as_deref());
                    d.s(", name=");
                    d.opt_ident(h.name.as_deref());
                    d.s(", body=");
                    d.stmts(&h.body);
                    d.s(")");
                });
                self.s(", orelse=");
                self.stmts(orelse);
                self.s(", finalbody=");
                self.stmts(finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.s("Assert(test=");
                self.expr(test);
                self.s(", msg=");
                self.opt_expr(msg.as_deref());
            }
            StmtKind::Import { names } => {
                self.s("Import(names=");
                self.aliases(names);
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.s("ImportFrom(module=");
                self.opt_ident(module.as_deref());
                self.s(", names=");
                self.aliases(names);
                let _ = write!(self.out, ", level={}", level);
            }
            StmtKind::Global { names } => {
                self.s("Global(names=");
                self.list(names, |d, n| d.ident(n));
            }
            StmtKind::Nonlocal { names } => {
                self.s("Nonlocal(names=");
                self.list(names, |d, n| d.ident(n));
            }
            StmtKind::Expr { value } => {
                self.s("Expr(value=");
                self.expr(value);
            }
            StmtKind::Pass => self.s("Pass("),
            StmtKind::Break => self.s("Break("),
            StmtKind::Continue => self.s("Continue("),
        }
        self.s(")");
    }

    fn aliases(&mut self, names: &[Alias]) {
        self.list(names, |d, a| {
            d.s("alias(name=");
            d.ident(&a.name);
            d.s(", asname=");
            d.opt_ident(a.asname.as_deref());
            d.s(")");
        });
    }

    fn keywords(&mut self, keywords: &[Keyword]) {
        self.list(keywords, |d, k| {
            d.s("keyword(arg=");
            d.ident(&k.arg);
            d.s(", value=");
            d.expr(&k.value);
            d.s(")");
        });
    }

    fn arg(&mut self, a: &Arg) {
        self.s("arg(arg=");
        self.ident(&a.arg);
        self.s(", annotation=");
        self.opt_expr(a.annotation.as_deref());
        self.s(")");
    }

    fn opt_arg(&mut self, a: Option<&Arg>) {
        match a {
            Some(a) => self.arg(a),
            None => self.s("None"),
        }
    }

    fn arguments(&mut self, a: &Arguments) {
        self.s("arguments(args=");
        self.list(&a.args, |d, a| d.arg(a));
        self.s(", vararg=");
        self.opt_arg(a.vararg.as_ref());
        self.s(", kwonlyargs=");
        self.list(&a.kwonlyargs, |d, a| d.arg(a));
        self.s(", kw_defaults=");
        self.list(&a.kw_defaults, |d, e| d.opt_expr(e.as_ref()));
        self.s(", kwarg=");
        self.opt_arg(a.kwarg.as_ref());
        self.s(", defaults=");
        self.exprs(&a.defaults);
        self.s(")");
    }

    fn comprehensions(&mut self, generators: &[Comprehension]) {
        self.list(generators, |d, c| {
            d.s("comprehension(target=");
            d.expr(&c.target);
            d.s(", iter=");
            d.expr(&c.iter);
            d.s(", ifs=");
            d.exprs(&c.ifs);
            d.s(")");
        });
    }

    fn ctx(&mut self, ctx: ExprContext) {
        self.s(match ctx {
            ExprContext::Load => "Load()",
            ExprContext::Store => "Store()",
            ExprContext::Del => "Del()",
            ExprContext::AugLoad => "AugLoad()",
            ExprContext::AugStore => "AugStore()",
            ExprContext::Param => "Param()",
        });
    }

    fn slice(&mut self, s: &Slice) {
        match s {
            Slice::Slice { lower, upper, step } => {
                self.s("Slice(lower=");
                self.opt_expr(lower.as_deref());
                self.s(", upper=");
                self.opt_expr(upper.as_deref());
                self.s(", step=");
                self.opt_expr(step.as_deref());
            }
            Slice::ExtSlice { dims } => {
                self.s("ExtSlice(dims=");
                self.list(dims, |d, s| d.slice(s));
            }
            Slice::Index { value } => {
                self.s("Index(value=");
                self.expr(value);
            }
        }
        self.s(")");
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                self.s("BoolOp(op=");
                self.s(match op {
                    BoolOp::And => "And()",
                    BoolOp::Or => "Or()",
                });
                self.s(", values=");
                self.exprs(values);
            }
            ExprKind::BinOp { left, op, right } => {
                self.s("BinOp(left=");
                self.expr(left);
                self.s(", op=");
                self.s(operator_name(*op));
                self.s(", right=");
                self.expr(right);
            }
            ExprKind::UnaryOp { op, operand } => {
                self.s("UnaryOp(op=");
                self.s(match op {
                    UnaryOp::Invert => "Invert()",
                    UnaryOp::Not => "Not()",
                    UnaryOp::UAdd => "UAdd()",
                    UnaryOp::USub => "USub()",
                });
                self.s(", operand=");
                self.expr(operand);
            }
            ExprKind::Lambda { args, body } => {
                self.s("Lambda(args=");
                self.arguments(args);
                self.s(", body=");
                self.expr(body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.s("IfExp(test=");
                self.expr(test);
                self.s(", body=");
                self.expr(body);
                self.s(", orelse=");
                self.expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                self.s("Dict(keys=");
                self.exprs(keys);
                self.s(", values=");
                self.exprs(values);
            }
            ExprKind::Set { elts } => {
                self.s("Set(elts=");
                self.exprs(elts);
            }
            ExprKind::ListComp { elt, generators } => {
                self.s("ListComp(elt=");
                self.expr(elt);
                self.s(", generators=");
                self.comprehensions(generators);
            }
            ExprKind::SetComp { elt, generators } => {
                self.s("SetComp(elt=");
                self.expr(elt);
                self.s(", generators=");
                self.comprehensions(generators);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.s("DictComp(key=");
                self.expr(key);
                self.s(", value=");
                self.expr(value);
                self.s(", generators=");
                self.comprehensions(generators);
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.s("GeneratorExp(elt=");
                self.expr(elt);
                self.s(", generators=");
                self.comprehensions(generators);
            }
            ExprKind::Yield { value } => {
                self.s("Yield(value=");
                self.opt_expr(value.as_deref());
            }
            ExprKind::YieldFrom { value } => {
                self.s("YieldFrom(value=");
                self.expr(value);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.s("Compare(left=");
                self.expr(left);
                self.s(", ops=");
                self.list(ops, |d, op| d.s(cmpop_name(*op)));
                self.s(", comparators=");
                self.exprs(comparators);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
                starargs,
                kwargs,
            } => {
                self.s("Call(func=");
                self.expr(func);
                self.s(", args=");
                self.exprs(args);
                self.s(", keywords=");
                self.keywords(keywords);
                self.s(", starargs=");
                self.opt_expr(starargs.as_deref());
                self.s(", kwargs=");
                self.opt_expr(kwargs.as_deref());
            }
            ExprKind::Num { n } => {
                self.s("Num(n=");
                match n {
                    Number::Int(i) => {
                        let _ = write!(self.out, "{}", i);
                    }
                    Number::Float(f) => self.out.push_str(&repr::float_repr(*f)),
                    Number::Complex { imag } => self.out.push_str(&repr::imag_repr(*imag)),
                }
            }
            ExprKind::Str { s, wide } => {
                self.s("Str(s=");
                match wide {
                    Some(cps) => self.out.push_str(&crate::text::repr::wide_repr(cps, false)),
                    None => repr::str_repr(s, &mut self.out),
                }
            }
            ExprKind::Bytes { s } => {
                self.s("Bytes(s=");
                repr::bytes_repr(s, &mut self.out);
            }
            ExprKind::NameConstant { value } => {
                self.s(match value {
                    Singleton::None => "NameConstant(value=None",
                    Singleton::True => "NameConstant(value=True",
                    Singleton::False => "NameConstant(value=False",
                });
            }
            ExprKind::Ellipsis => self.s("Ellipsis("),
            ExprKind::Attribute { value, attr, ctx } => {
                self.s("Attribute(value=");
                self.expr(value);
                self.s(", attr=");
                self.ident(attr);
                self.s(", ctx=");
                self.ctx(*ctx);
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.s("Subscript(value=");
                self.expr(value);
                self.s(", slice=");
                self.slice(slice);
                self.s(", ctx=");
                self.ctx(*ctx);
            }
            ExprKind::Starred { value, ctx } => {
                self.s("Starred(value=");
                self.expr(value);
                self.s(", ctx=");
                self.ctx(*ctx);
            }
            ExprKind::Name { id, ctx } => {
                self.s("Name(id=");
                self.ident(id);
                self.s(", ctx=");
                self.ctx(*ctx);
            }
            ExprKind::List { elts, ctx } => {
                self.s("List(elts=");
                self.exprs(elts);
                self.s(", ctx=");
                self.ctx(*ctx);
            }
            ExprKind::Tuple { elts, ctx } => {
                self.s("Tuple(elts=");
                self.exprs(elts);
                self.s(", ctx=");
                self.ctx(*ctx);
            }
        }
        self.s(")");
    }
}

fn operator_name(op: Operator) -> &'static str {
    match op {
        Operator::Add => "Add()",
        Operator::Sub => "Sub()",
        Operator::Mult => "Mult()",
        Operator::Div => "Div()",
        Operator::Mod => "Mod()",
        Operator::Pow => "Pow()",
        Operator::LShift => "LShift()",
        Operator::RShift => "RShift()",
        Operator::BitOr => "BitOr()",
        Operator::BitXor => "BitXor()",
        Operator::BitAnd => "BitAnd()",
        Operator::FloorDiv => "FloorDiv()",
    }
}

fn cmpop_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq()",
        CmpOp::NotEq => "NotEq()",
        CmpOp::Lt => "Lt()",
        CmpOp::LtE => "LtE()",
        CmpOp::Gt => "Gt()",
        CmpOp::GtE => "GtE()",
        CmpOp::Is => "Is()",
        CmpOp::IsNot => "IsNot()",
        CmpOp::In => "In()",
        CmpOp::NotIn => "NotIn()",
    }
}
