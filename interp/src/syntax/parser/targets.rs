//! Assignment and deletion targets: setting the Store/Del context, and the
//! `ast.c` checks with CPython 3.4's messages (`can't assign to literal`,
//! `can't delete function call`, `assignment to keyword` for `__debug__`, …).
//!
//! All of these are deferred errors (see the parser's module docs), placed
//! where CPython 3.4 places them: at the first token of the whole target.

use super::Parser;
use crate::syntax::ast::{Expr, ExprContext, ExprKind, Loc};

impl<'s> Parser<'s> {
    /// Marks `e` as an assignment target (`err` is where errors point).
    pub(crate) fn set_store(&mut self, e: &mut Expr, err: Loc) {
        self.set_context(e, ExprContext::Store, err);
    }

    /// Marks `e` as a `del` target.
    pub(crate) fn set_del(&mut self, e: &mut Expr, err: Loc) {
        self.set_context(e, ExprContext::Del, err);
    }

    /// CPython 3.4's `set_context`: sets `ctx` on `e` and on the elements of
    /// tuples and lists, or records why `e` cannot be a target. The
    /// recursion follows tuple/list nesting, which the tree-height limit bounds.
    fn set_context(&mut self, e: &mut Expr, ctx: ExprContext, err: Loc) {
        let what = match &mut e.kind {
            ExprKind::Attribute { attr, ctx: c, .. } => {
                *c = ctx;
                if ctx == ExprContext::Store {
                    self.check_forbidden(attr, err);
                }
                return;
            }
            ExprKind::Subscript { ctx: c, .. } => {
                *c = ctx;
                return;
            }
            ExprKind::Starred { value, ctx: c } => {
                *c = ctx;
                self.set_context(value, ctx, err);
                return;
            }
            ExprKind::Name { id, ctx: c } => {
                if ctx == ExprContext::Store {
                    self.check_forbidden(id, err);
                }
                *c = ctx;
                return;
            }
            ExprKind::List { elts, ctx: c } => {
                *c = ctx;
                for elt in elts {
                    self.set_context(elt, ctx, err);
                }
                return;
            }
            ExprKind::Tuple { elts, ctx: c } => {
                if elts.is_empty() {
                    "()"
                } else {
                    *c = ctx;
                    for elt in elts {
                        self.set_context(elt, ctx, err);
                    }
                    return;
                }
            }
            ExprKind::Lambda { .. } => "lambda",
            ExprKind::Call { .. } => "function call",
            ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => {
                "operator"
            }
            ExprKind::GeneratorExp { .. } => "generator expression",
            ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
            ExprKind::ListComp { .. } => "list comprehension",
            ExprKind::SetComp { .. } => "set comprehension",
            ExprKind::DictComp { .. } => "dict comprehension",
            ExprKind::Dict { .. }
            | ExprKind::Set { .. }
            | ExprKind::Num { .. }
            | ExprKind::Str { .. }
            | ExprKind::Bytes { .. } => "literal",
            ExprKind::NameConstant { .. } => "keyword",
            ExprKind::Ellipsis => "Ellipsis",
            ExprKind::Compare { .. } => "comparison",
            ExprKind::IfExp { .. } => "conditional expression",
        };
        let verb = if ctx == ExprContext::Del {
            "delete"
        } else {
            "assign to"
        };
        self.defer(format!("can't {} {}", verb, what), err);
    }

    /// CPython 3.4's `forbidden_name`: binding `__debug__` is
    /// `assignment to keyword` (`None`/`True`/`False` are keywords in 3.4's
    /// grammar, so they never get here).
    pub(crate) fn check_forbidden(&mut self, name: &str, err: Loc) {
        if name == "__debug__" {
            self.defer("assignment to keyword", err);
        }
    }
}
