//! The checks CPython 3.4's `PyAST_Validate` makes on a tree that came from
//! Python objects before compiling it, with its ValueError messages
//! (`expression must have Store context but has Load instead`, `empty body
//! on If`, `Compare with no comparators`, ...). Trees from the parser always
//! pass; these keep hand-built trees from reaching the compiler malformed.
//! The recursion follows a tree whose height [`super::ast_read`] bounded.

use super::ast_build::context_name;
use crate::syntax::ast::*;

/// A validation failure: the ValueError message.
pub type Invalid = String;

type Check = Result<(), Invalid>;

fn nonempty<T>(items: &[T], what: &str, owner: &str) -> Check {
    if items.is_empty() {
        return Err(format!("empty {} on {}", what, owner));
    }
    Ok(())
}

/// Validates a whole tree.
pub fn module(m: &Mod) -> Check {
    match m {
        Mod::Module { body } | Mod::Interactive { body } => stmts(body),
        Mod::Expression { body } => expr(body, ExprContext::Load),
    }
}

fn stmts(body: &[Stmt]) -> Check {
    body.iter().try_for_each(stmt)
}

fn body(b: &[Stmt], owner: &str) -> Check {
    nonempty(b, "body", owner)?;
    stmts(b)
}

fn loads(items: &[Expr]) -> Check {
    items.iter().try_for_each(|e| expr(e, ExprContext::Load))
}

fn opt(e: Option<&Expr>) -> Check {
    e.map_or(Ok(()), |e| expr(e, ExprContext::Load))
}

fn keywords(kws: &[Keyword]) -> Check {
    kws.iter()
        .try_for_each(|k| expr(&k.value, ExprContext::Load))
}

fn arguments(a: &Arguments) -> Check {
    let annotations = a
        .args
        .iter()
        .chain(a.vararg.iter())
        .chain(a.kwonlyargs.iter())
        .chain(a.kwarg.iter());
    for arg in annotations {
        opt(arg.annotation.as_deref())?;
    }
    if a.defaults.len() > a.args.len() {
        return Err("more positional defaults than args on arguments".into());
    }
    if a.kw_defaults.len() != a.kwonlyargs.len() {
        return Err("length of kwonlyargs is not the same as kw_defaults on arguments".into());
    }
    loads(&a.defaults)?;
    a.kw_defaults.iter().try_for_each(|d| opt(d.as_ref()))
}

fn stmt(s: &Stmt) -> Check {
    use ExprContext::*;
    match &s.kind {
        StmtKind::FunctionDef {
            args,
            body: b,
            decorator_list,
            returns,
            ..
        } => {
            body(b, "FunctionDef")?;
            arguments(args)?;
            loads(decorator_list)?;
            opt(returns.as_deref())
        }
        StmtKind::ClassDef {
            bases,
            keywords: kws,
            starargs,
            kwargs,
            body: b,
            decorator_list,
            ..
        } => {
            body(b, "ClassDef")?;
            loads(bases)?;
            keywords(kws)?;
            loads(decorator_list)?;
            opt(starargs.as_deref())?;
            opt(kwargs.as_deref())
        }
        StmtKind::Return { value } => opt(value.as_deref()),
        StmtKind::Delete { targets } => {
            nonempty(targets, "targets", "Delete")?;
            targets.iter().try_for_each(|t| expr(t, Del))
        }
        StmtKind::Assign { targets, value } => {
            nonempty(targets, "targets", "Assign")?;
            expr(value, Load)?;
            targets.iter().try_for_each(|t| expr(t, Store))
        }
        StmtKind::AugAssign { target, value, .. } => {
            expr(target, Store)?;
            expr(value, Load)
        }
        StmtKind::For {
            target,
            iter,
            body: b,
            orelse,
        } => {
            expr(target, Store)?;
            expr(iter, Load)?;
            body(b, "For")?;
            stmts(orelse)
        }
        StmtKind::While {
            test,
            body: b,
            orelse,
        } => {
            expr(test, Load)?;
            body(b, "While")?;
            stmts(orelse)
        }
        StmtKind::If {
            test,
            body: b,
            orelse,
        } => {
            expr(test, Load)?;
            body(b, "If")?;
            stmts(orelse)
        }
        StmtKind::With { items, body: b } => {
            nonempty(items, "items", "With")?;
            for it in items {
                expr(&it.context_expr, Load)?;
                if let Some(v) = &it.optional_vars {
                    expr(v, Store)?;
                }
            }
            body(b, "With")
        }
        StmtKind::Raise { exc, cause } => match exc {
            Some(e) => {
                expr(e, Load)?;
                opt(cause.as_deref())
            }
            None if cause.is_some() => Err("Raise with cause but no exception".into()),
            None => Ok(()),
        },
        StmtKind::Try {
            body: b,
            handlers,
            orelse,
            finalbody,
        } => {
            body(b, "Try")?;
            if handlers.is_empty() && finalbody.is_empty() {
                return Err("Try has neither except handlers nor finalbody".into());
            }
            if handlers.is_empty() && !orelse.is_empty() {
                return Err("Try has orelse but no except handlers".into());
            }
            for h in handlers {
                opt(h.type_.as_deref())?;
                body(&h.body, "ExceptHandler")?;
            }
            stmts(finalbody)?;
            stmts(orelse)
        }
        StmtKind::Assert { test, msg } => {
            expr(test, Load)?;
            opt(msg.as_deref())
        }
        StmtKind::Import { names } => nonempty(names, "names", "Import"),
        StmtKind::ImportFrom { names, .. } => nonempty(names, "names", "ImportFrom"),
        StmtKind::Global { names } => nonempty(names, "names", "Global"),
        StmtKind::Nonlocal { names } => nonempty(names, "names", "Nonlocal"),
        StmtKind::Expr { value } => expr(value, Load),
        StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
    }
}

fn comprehensions(gens: &[Comprehension]) -> Check {
    if gens.is_empty() {
        return Err("comprehension with no generators".into());
    }
    for g in gens {
        expr(&g.target, ExprContext::Store)?;
        expr(&g.iter, ExprContext::Load)?;
        loads(&g.ifs)?;
    }
    Ok(())
}

fn slice(s: &Slice) -> Check {
    match s {
        Slice::Slice { lower, upper, step } => {
            opt(lower.as_deref())?;
            opt(upper.as_deref())?;
            opt(step.as_deref())
        }
        Slice::ExtSlice { dims } => {
            nonempty(dims, "dims", "ExtSlice")?;
            dims.iter().try_for_each(slice)
        }
        Slice::Index { value } => expr(value, ExprContext::Load),
    }
}

fn expr(e: &Expr, want: ExprContext) -> Check {
    use ExprContext::Load;
    let actual = match &e.kind {
        ExprKind::Attribute { ctx, .. }
        | ExprKind::Subscript { ctx, .. }
        | ExprKind::Starred { ctx, .. }
        | ExprKind::Name { ctx, .. }
        | ExprKind::List { ctx, .. }
        | ExprKind::Tuple { ctx, .. } => Some(*ctx),
        _ => None,
    };
    match actual {
        Some(c) if c != want => {
            return Err(format!(
                "expression must have {} context but has {} instead",
                context_name(want),
                context_name(c)
            ))
        }
        None if want != Load => {
            return Err(format!(
                "expression which can't be assigned to in {} context",
                context_name(want)
            ))
        }
        _ => {}
    }
    match &e.kind {
        ExprKind::BoolOp { values, .. } => {
            if values.len() < 2 {
                return Err("BoolOp with less than 2 values".into());
            }
            loads(values)
        }
        ExprKind::BinOp { left, right, .. } => {
            expr(left, Load)?;
            expr(right, Load)
        }
        ExprKind::UnaryOp { operand, .. } => expr(operand, Load),
        ExprKind::Lambda { args, body } => {
            arguments(args)?;
            expr(body, Load)
        }
        ExprKind::IfExp { test, body, orelse } => {
            expr(test, Load)?;
            expr(body, Load)?;
            expr(orelse, Load)
        }
        ExprKind::Dict { keys, values } => {
            if keys.len() != values.len() {
                return Err("Dict doesn't have the same number of keys as values".into());
            }
            loads(keys)?;
            loads(values)
        }
        ExprKind::Set { elts } => loads(elts),
        ExprKind::ListComp { elt, generators } => {
            comprehensions(generators)?;
            expr(elt, Load)
        }
        ExprKind::SetComp { elt, generators } => {
            comprehensions(generators)?;
            expr(elt, Load)
        }
        ExprKind::GeneratorExp { elt, generators } => {
            comprehensions(generators)?;
            expr(elt, Load)
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            comprehensions(generators)?;
            expr(key, Load)?;
            expr(value, Load)
        }
        ExprKind::Yield { value } => opt(value.as_deref()),
        ExprKind::YieldFrom { value } => expr(value, Load),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            if comparators.is_empty() {
                return Err("Compare with no comparators".into());
            }
            if comparators.len() != ops.len() {
                return Err("Compare has a different number of comparators and operands".into());
            }
            loads(comparators)?;
            expr(left, Load)
        }
        ExprKind::Call {
            func,
            args,
            keywords: kws,
            starargs,
            kwargs,
        } => {
            expr(func, Load)?;
            loads(args)?;
            keywords(kws)?;
            opt(starargs.as_deref())?;
            opt(kwargs.as_deref())
        }
        ExprKind::Attribute { value, .. } => expr(value, Load),
        ExprKind::Subscript {
            value, slice: s, ..
        } => {
            slice(s)?;
            expr(value, Load)
        }
        ExprKind::Starred { value, ctx } => expr(value, *ctx),
        ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
            elts.iter().try_for_each(|x| expr(x, *ctx))
        }
        ExprKind::Num { .. }
        | ExprKind::Str { .. }
        | ExprKind::Bytes { .. }
        | ExprKind::NameConstant { .. }
        | ExprKind::Ellipsis
        | ExprKind::Name { .. } => Ok(()),
    }
}
