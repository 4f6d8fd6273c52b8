//! Code generation for statements.

use super::symtable::ScopeKind;
use super::{syntax_err, Block, Compiler, Label, NameOp};
use crate::bytecode::{flags, BinOp, Const, Instr};
use crate::syntax::ast::*;
use crate::syntax::SyntaxError;

type R = Result<(), SyntaxError>;

/// Maps an AST operator to the VM's.
pub fn binop(op: Operator) -> BinOp {
    match op {
        Operator::Add => BinOp::Add,
        Operator::Sub => BinOp::Sub,
        Operator::Mult => BinOp::Mul,
        Operator::Div => BinOp::TrueDiv,
        Operator::Mod => BinOp::Mod,
        Operator::Pow => BinOp::Pow,
        Operator::LShift => BinOp::LShift,
        Operator::RShift => BinOp::RShift,
        Operator::BitOr => BinOp::Or,
        Operator::BitXor => BinOp::Xor,
        Operator::BitAnd => BinOp::And,
        Operator::FloorDiv => BinOp::FloorDiv,
    }
}

fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr { value }) => match &value.kind {
            ExprKind::Str { s, .. } => Some(s),
            _ => None,
        },
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    /// The body of a module; `last_value` makes a final expression statement
    /// the return value.
    pub(super) fn module_body(&mut self, body: &'a [Stmt], last_value: bool) -> R {
        if let Some(doc) = docstring(body) {
            if !self.interactive {
                let c = self.str_const(doc);
                self.load_const(c);
                self.name_op("__doc__", NameOp::Store);
            }
        }
        let n = body.len();
        for (i, s) in body.iter().enumerate() {
            if i + 1 == n && last_value {
                if let StmtKind::Expr { value } = &s.kind {
                    self.set_line(s.loc.line);
                    self.expr(value)?;
                    self.emit(Instr::ReturnValue);
                    return Ok(());
                }
            }
            if i == 0 && docstring(body).is_some() && !self.interactive {
                continue;
            }
            self.stmt(s)?;
        }
        self.load_const(Const::None);
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    pub(super) fn stmts(&mut self, body: &'a [Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(super) fn stmt(&mut self, s: &'a Stmt) -> R {
        if crate::sandbox::deadline::step_past_deadline() {
            return Err(SyntaxError::time_limit());
        }
        self.set_line(s.loc.line);
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
                self.function(name, args, FnBody::Stmts(body), returns.as_deref(), s.loc)?;
                for _ in decorator_list {
                    self.emit(Instr::Call(1));
                }
                self.name_op(name, NameOp::Store);
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                starargs,
                kwargs,
                body,
                decorator_list,
            } => self.class_def(
                s,
                name,
                bases,
                keywords,
                starargs,
                kwargs,
                body,
                decorator_list,
            )?,
            StmtKind::Return { value } => {
                if self.unit().scope.kind != ScopeKind::Function {
                    return Err(syntax_err(
                        "'return' outside function",
                        s.loc.line,
                        s.loc.col,
                    ));
                }
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.unwind_all(true)?;
                self.emit(Instr::ReturnValue);
            }
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.delete(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Instr::Dup);
                    }
                    self.store(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter)?;
                self.emit(Instr::GetIter);
                let top = self.new_label();
                let exhausted = self.new_label();
                let brk = self.new_label();
                self.mark(top);
                self.emit_jump(Instr::ForIter(0), exhausted);
                self.store(target)?;
                self.unit().blocks.push(Block::Loop {
                    cont: top,
                    brk,
                    for_loop: true,
                });
                self.stmts(body)?;
                self.unit().blocks.pop();
                self.emit_jump(Instr::Jump(0), top);
                self.mark(exhausted);
                self.stmts(orelse)?;
                self.mark(brk);
            }
            StmtKind::While { test, body, orelse } => {
                let top = self.new_label();
                let els = self.new_label();
                let brk = self.new_label();
                self.mark(top);
                let always = is_const_true(test);
                if !always {
                    self.cond_jump(test, false, els)?;
                }
                self.unit().blocks.push(Block::Loop {
                    cont: top,
                    brk,
                    for_loop: false,
                });
                self.stmts(body)?;
                self.unit().blocks.pop();
                self.emit_jump(Instr::Jump(0), top);
                self.mark(els);
                if !always {
                    self.stmts(orelse)?;
                }
                self.mark(brk);
            }
            StmtKind::If { test, body, orelse } => {
                let els = self.new_label();
                let end = self.new_label();
                self.cond_jump(test, false, els)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.emit_jump(Instr::Jump(0), end);
                }
                self.mark(els);
                self.stmts(orelse)?;
                self.mark(end);
            }
            StmtKind::With { items, body } => self.with(items, body)?,
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Instr::Raise(n));
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.cond_jump(test, true, end)?;
                self.name_op_global("AssertionError");
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::Raise(1));
                self.mark(end);
            }
            StmtKind::Import { names } => {
                for a in names {
                    self.load_const(Const::Int(0));
                    self.load_const(Const::None);
                    let ni = self.name_index(&a.name);
                    self.emit(Instr::ImportName(ni));
                    match &a.asname {
                        Some(asname) => {
                            for part in a.name.split('.').skip(1) {
                                let pi = self.name_index(part);
                                self.emit(Instr::LoadAttr(pi));
                            }
                            self.name_op(asname, NameOp::Store);
                        }
                        None => {
                            let first = a.name.split('.').next().unwrap_or("").to_string();
                            self.name_op(&first, NameOp::Store);
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.load_const(Const::Int(*level as i64));
                let fl: Vec<Const> = names.iter().map(|a| self.str_const(&a.name)).collect();
                self.load_const(Const::Tuple(fl.into()));
                let ni = self.name_index(module.as_deref().unwrap_or(""));
                self.emit(Instr::ImportName(ni));
                if names.len() == 1 && names[0].name == "*" {
                    self.emit(Instr::ImportStar);
                } else {
                    for a in names {
                        let ai = self.name_index(&a.name);
                        self.emit(Instr::ImportFrom(ai));
                        let bound = a.asname.as_deref().unwrap_or(&a.name);
                        self.name_op(bound, NameOp::Store);
                    }
                    self.emit(Instr::Pop);
                }
            }
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } | StmtKind::Pass => {}
            StmtKind::Expr { value } => {
                if self.interactive && self.unit().code_flags & flags::MODULE != 0 {
                    self.expr(value)?;
                    self.emit(Instr::PrintExpr);
                } else if matches!(value.kind, ExprKind::Str { .. } | ExprKind::Num { .. }) {
                    // A constant statement has no effect (docstrings, `1`).
                } else {
                    self.expr(value)?;
                    self.emit(Instr::Pop);
                }
            }
            StmtKind::Break => self.break_continue(true, s.loc)?,
            StmtKind::Continue => self.break_continue(false, s.loc)?,
        }
        Ok(())
    }

    fn name_op_global(&mut self, name: &str) {
        let i = self.name_index(name);
        self.emit(Instr::LoadGlobal(i));
    }

    /// Emits the cleanup of one block on the way out of it (`top` = a value
    /// on the stack top must be preserved).
    fn unwind_block(&mut self, b: &Block<'a>, top: bool, closed: &mut Vec<usize>) -> R {
        match b {
            Block::Loop { for_loop, .. } => {
                if *for_loop {
                    if top {
                        self.emit(Instr::Rot2);
                    }
                    self.emit(Instr::Pop);
                }
            }
            Block::Try { handler } => {
                self.close_handler(*handler);
                closed.push(*handler);
            }
            Block::Finally { handler, body } => {
                self.close_handler(*handler);
                closed.push(*handler);
                let body: &'a [Stmt] = body;
                self.unit().in_finally += 1;
                self.stmts(body)?;
                self.unit().in_finally -= 1;
            }
            Block::Except { cleanup, name } => {
                self.close_handler(*cleanup);
                closed.push(*cleanup);
                if top {
                    self.emit(Instr::Rot2);
                }
                self.emit(Instr::PopExcept);
                if let Some(n) = name {
                    self.load_const(Const::None);
                    self.name_op(n, NameOp::Store);
                    self.name_op(n, NameOp::Delete);
                }
            }
            Block::FinallyBody { cleanup } => {
                self.close_handler(*cleanup);
                closed.push(*cleanup);
                if top {
                    self.emit(Instr::Rot3);
                }
                self.emit(Instr::Pop);
                self.emit(Instr::PopExcept);
            }
            Block::With { handler } => {
                self.close_handler(*handler);
                closed.push(*handler);
                if top {
                    self.emit(Instr::Rot2);
                }
                self.load_const(Const::None);
                self.emit(Instr::WithExit);
            }
        }
        Ok(())
    }

    /// Unwinds every block (for `return`).
    fn unwind_all(&mut self, top: bool) -> R {
        let blocks = self.unit().blocks.clone();
        let mut closed = Vec::new();
        for (i, b) in blocks.iter().enumerate().rev() {
            // Blocks inside the one being unwound are gone while its finally runs.
            let saved = self.unit().blocks.split_off(i);
            let r = self.unwind_block(b, top, &mut closed);
            self.unit().blocks.extend(saved);
            r?;
        }
        self.reopen_after(closed);
        Ok(())
    }

    fn reopen_after(&mut self, closed: Vec<usize>) {
        // The jump/return is emitted by the caller first; reopen lazily at the
        // next instruction by opening now (the jump instruction is then
        // covered too, which is harmless: it cannot raise).
        for h in closed {
            self.open_handler(h);
        }
    }

    fn break_continue(&mut self, is_break: bool, loc: Loc) -> R {
        let blocks = self.unit().blocks.clone();
        let mut closed = Vec::new();
        let mut found = None;
        for (i, b) in blocks.iter().enumerate().rev() {
            if let Block::Loop {
                cont,
                brk,
                for_loop,
            } = b
            {
                found = Some((i, *cont, *brk, *for_loop));
                break;
            }
        }
        let (li, cont, brk, for_loop) = match found {
            Some(f) => f,
            None => {
                let msg = if is_break {
                    "'break' outside loop"
                } else {
                    "'continue' not properly in loop"
                };
                return Err(syntax_err(msg, loc.line, loc.col));
            }
        };
        if !is_break {
            let in_fin = blocks[li + 1..]
                .iter()
                .any(|b| matches!(b, Block::FinallyBody { .. }))
                || self.unit().in_finally > 0;
            if in_fin {
                return Err(syntax_err(
                    "'continue' not supported inside 'finally' clause",
                    loc.line,
                    loc.col,
                ));
            }
        }
        for i in (li + 1..blocks.len()).rev() {
            let saved = self.unit().blocks.split_off(i);
            let r = self.unwind_block(&blocks[i], false, &mut closed);
            self.unit().blocks.extend(saved);
            r?;
        }
        if is_break {
            if for_loop {
                self.emit(Instr::Pop);
            }
            self.emit_jump(Instr::Jump(0), brk);
        } else {
            self.emit_jump(Instr::Jump(0), cont);
        }
        self.reopen_after(closed);
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> R {
        let d = self.unit().depth;
        let handler_l = self.new_label();
        let cleanup_l = self.new_label();
        let end = self.new_label();
        let h = self.new_handler(handler_l, d);
        self.open_handler(h);
        self.unit().blocks.push(Block::Try { handler: h });
        self.stmts(body)?;
        self.unit().blocks.pop();
        self.close_handler(h);
        self.stmts(orelse)?;
        self.emit_jump(Instr::Jump(0), end);
        self.mark_with_depth(handler_l, d + 1);
        self.emit(Instr::PushExcInfo);
        let c = self.new_handler(cleanup_l, d + 1);
        self.open_handler(c);
        for hd in handlers {
            self.set_line(hd.loc.line);
            let next = self.new_label();
            if let Some(t) = &hd.type_ {
                self.expr(t)?;
                self.emit(Instr::CheckExcMatch);
                self.emit_jump(Instr::PopJumpIfFalse(0), next);
            }
            match &hd.name {
                Some(n) => self.name_op(n, NameOp::Store),
                None => self.emit(Instr::Pop),
            }
            self.unit().blocks.push(Block::Except {
                cleanup: c,
                name: hd.name.clone(),
            });
            self.stmts(&hd.body)?;
            self.unit().blocks.pop();
            self.emit(Instr::PopExcept);
            if let Some(n) = &hd.name {
                self.load_const(Const::None);
                self.name_op(n, NameOp::Store);
                self.name_op(n, NameOp::Delete);
            }
            self.emit_jump(Instr::Jump(0), end);
            self.mark_with_depth(next, d + 2);
            if hd.type_.is_none() {
                break;
            }
        }
        // No clause matched: re-raise. The cleanup handler must not cover
        // this instruction, or the re-raise would unwind into it and restore
        // the saved exception state a second time.
        self.close_handler(c);
        if self.unit().reachable {
            self.emit(Instr::PopExceptReraise);
        }
        self.mark_with_depth(cleanup_l, d + 2);
        self.emit(Instr::PopExceptReraise);
        self.mark_with_depth(end, d);
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> R {
        let d = self.unit().depth;
        let fin_exc = self.new_label();
        let cleanup_l = self.new_label();
        let end = self.new_label();
        let h = self.new_handler(fin_exc, d);
        self.open_handler(h);
        self.unit().blocks.push(Block::Finally {
            handler: h,
            body: finalbody,
        });
        if handlers.is_empty() {
            self.stmts(body)?;
            self.stmts(orelse)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.unit().blocks.pop();
        self.close_handler(h);
        self.stmts(finalbody)?;
        self.emit_jump(Instr::Jump(0), end);
        self.mark_with_depth(fin_exc, d + 1);
        self.emit(Instr::PushExcInfo);
        let c = self.new_handler(cleanup_l, d + 1);
        self.open_handler(c);
        self.unit().blocks.push(Block::FinallyBody { cleanup: c });
        self.stmts(finalbody)?;
        self.unit().blocks.pop();
        self.close_handler(c);
        self.emit(Instr::PopExceptReraise);
        self.mark_with_depth(cleanup_l, d + 2);
        self.emit(Instr::PopExceptReraise);
        self.mark_with_depth(end, d);
        Ok(())
    }

    fn with(&mut self, items: &'a [WithItem], body: &'a [Stmt]) -> R {
        let (first, rest) = match items.split_first() {
            Some(x) => x,
            None => return self.stmts(body),
        };
        self.expr(&first.context_expr)?;
        self.emit(Instr::SetupWith);
        // `d` is the depth below the exit method (SetupWith left the exit
        // method and the `__enter__` result): the body runs with `d + 1`.
        // (`depth - 1` made every handler keep one slot too many, so an
        // operand left by a failed native call was taken for the exit
        // method.)
        let d = self.unit().depth - 2;
        let handler_l = self.new_label();
        let cleanup_l = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        let h = self.new_handler(handler_l, d + 1);
        self.open_handler(h);
        match &first.optional_vars {
            Some(t) => self.store(t)?,
            None => self.emit(Instr::Pop),
        }
        self.unit().blocks.push(Block::With { handler: h });
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.with(rest, body)?;
        }
        self.unit().blocks.pop();
        self.close_handler(h);
        self.load_const(Const::None);
        self.emit(Instr::WithExit);
        self.emit_jump(Instr::Jump(0), end);
        // exit exc
        self.mark_with_depth(handler_l, d + 2);
        self.emit(Instr::PushExcInfo); // exit prev exc
        let c = self.new_handler(cleanup_l, d + 2);
        self.open_handler(c);
        self.emit(Instr::WithExceptStart); // exit prev exc res
        self.emit_jump(Instr::PopJumpIfTrue(0), suppress);
        // The cleanup handler covers `__exit__` only: the re-raise must not
        // unwind into it (that restored the saved exception state twice),
        // and nothing after it can raise.
        self.close_handler(c);
        self.emit(Instr::PopExceptReraise);
        self.mark_with_depth(suppress, d + 3);
        self.emit(Instr::Pop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Pop);
        self.emit_jump(Instr::Jump(0), end);
        self.mark_with_depth(cleanup_l, d + 3);
        self.emit(Instr::PopExceptReraise);
        self.mark_with_depth(end, d);
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: Operator, value: &'a Expr) -> R {
        let bop = binop(op);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                let name = self.mangle(id);
                let is_fast = self.unit().scope.kind == ScopeKind::Function
                    && self.unit().scope.lookup(&name) == super::symtable::NameScope::Local;
                if is_fast && bop == BinOp::Add {
                    self.expr(value)?;
                    let i = self.unit().slot_ix[&name];
                    self.emit(Instr::InplaceAddFast(i));
                } else {
                    self.name_op(id, NameOp::Load);
                    self.expr(value)?;
                    self.emit(Instr::Inplace(bop));
                    self.name_op(id, NameOp::Store);
                }
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.expr(obj)?;
                self.emit(Instr::Dup);
                let a = self.mangle(attr);
                let ai = self.name_index(&a);
                self.emit(Instr::LoadAttr(ai));
                self.expr(value)?;
                self.emit(Instr::Inplace(bop));
                self.emit(Instr::Rot2);
                self.emit(Instr::StoreAttr(ai));
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.expr(obj)?;
                self.slice(slice)?;
                self.emit(Instr::Dup2);
                self.emit(Instr::Subscr);
                self.expr(value)?;
                self.emit(Instr::Inplace(bop));
                self.emit(Instr::Rot3);
                self.emit(Instr::StoreSubscr);
            }
            _ => {
                return Err(syntax_err(
                    "illegal expression for augmented assignment",
                    target.loc.line,
                    target.loc.col,
                ))
            }
        }
        Ok(())
    }

    /// Stores the value on the stack top into an assignment target.
    pub(super) fn store(&mut self, t: &'a Expr) -> R {
        self.bump_line(t.loc.line);
        match &t.kind {
            ExprKind::Name { id, .. } => self.name_op(id, NameOp::Store),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let a = self.mangle(attr);
                let ai = self.name_index(&a);
                self.emit(Instr::StoreAttr(ai));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.slice(slice)?;
                self.emit(Instr::StoreSubscr);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                let star = elts
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred { .. }));
                match star {
                    None => self.emit(Instr::UnpackSequence(elts.len() as u32)),
                    Some(i) => {
                        if elts
                            .iter()
                            .skip(i + 1)
                            .any(|e| matches!(e.kind, ExprKind::Starred { .. }))
                        {
                            return Err(syntax_err(
                                "two starred expressions in assignment",
                                t.loc.line,
                                t.loc.col,
                            ));
                        }
                        let after = elts.len() - i - 1;
                        if i >= 256 || after >= 1 << 24 {
                            return Err(syntax_err(
                                "too many expressions in star-unpacking assignment",
                                t.loc.line,
                                t.loc.col,
                            ));
                        }
                        self.emit(Instr::UnpackEx(i as u32 | (after as u32) << 16));
                    }
                }
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred { value, .. } => self.store(value)?,
                        _ => self.store(e)?,
                    }
                }
            }
            ExprKind::Starred { .. } => {
                return Err(syntax_err(
                    "starred assignment target must be in a list or tuple",
                    t.loc.line,
                    t.loc.col,
                ))
            }
            _ => {
                return Err(syntax_err("can't assign to literal", t.loc.line, t.loc.col));
            }
        }
        Ok(())
    }

    fn delete(&mut self, t: &'a Expr) -> R {
        match &t.kind {
            ExprKind::Name { id, .. } => self.name_op(id, NameOp::Delete),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let a = self.mangle(attr);
                let ai = self.name_index(&a);
                self.emit(Instr::DeleteAttr(ai));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.slice(slice)?;
                self.emit(Instr::DeleteSubscr);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.delete(e)?;
                }
            }
            _ => return Err(syntax_err("can't delete literal", t.loc.line, t.loc.col)),
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn class_def(
        &mut self,
        s: &'a Stmt,
        name: &str,
        bases: &'a [Expr],
        keywords: &'a [Keyword],
        starargs: &'a Option<Box<Expr>>,
        kwargs: &'a Option<Box<Expr>>,
        body: &'a [Stmt],
        decorators: &'a [Expr],
    ) -> R {
        for d in decorators {
            self.expr(d)?;
        }
        self.emit(Instr::LoadBuildClass);
        let scope = self.next_child()?;
        let qual = self.qualname_for(name);
        let needs_cell = scope.needs_class_cell;
        let has_closure = !scope.freevars.is_empty();
        let child_frees = scope.freevars.clone();
        self.push_unit(scope, qual.clone(), Some(name.to_string()), s.loc.line);
        self.unit().code_flags |= flags::CLASS_BODY;
        self.set_line(s.loc.line);
        self.name_op_raw_load("__name__");
        self.name_op_raw_store("__module__");
        let qc = self.str_const(&qual);
        self.load_const(qc);
        self.name_op_raw_store("__qualname__");
        if let Some(doc) = docstring(body) {
            let c = self.str_const(doc);
            self.load_const(c);
            self.name_op_raw_store("__doc__");
        }
        for (i, st) in body.iter().enumerate() {
            if i == 0 && docstring(body).is_some() {
                continue;
            }
            self.stmt(st)?;
        }
        if needs_cell {
            let u = self.unit();
            let ci = u
                .cellvars
                .iter()
                .position(|c| c == "__class__")
                .unwrap_or(0);
            self.emit(Instr::LoadClosure(ci as u32));
        } else {
            self.load_const(Const::None);
        }
        self.emit(Instr::ReturnValue);
        let unit = self
            .units
            .pop()
            .ok_or_else(|| syntax_err("internal error", 1, 0))?;
        let code = self.finish(unit, name);
        let mut fl = 0;
        if has_closure {
            self.load_closure(&child_frees);
            fl |= 8;
        }
        let ci = self.add_const(Const::Code(code));
        self.emit(Instr::MakeFunction(fl | ci << 4));
        let nc = self.str_const(name);
        self.load_const(nc);
        self.call_tail(2, bases, keywords, starargs.as_deref(), kwargs.as_deref())?;
        for _ in decorators {
            self.emit(Instr::Call(1));
        }
        self.set_line(s.loc.line);
        self.name_op(name, NameOp::Store);
        Ok(())
    }

    fn name_op_raw_load(&mut self, n: &str) {
        let i = self.name_index(n);
        self.emit(Instr::LoadName(i));
    }

    fn name_op_raw_store(&mut self, n: &str) {
        let i = self.name_index(n);
        self.emit(Instr::StoreName(i));
    }

    /// Compiles a function or lambda and leaves the function object on the stack.
    pub(super) fn function(
        &mut self,
        name: &str,
        args: &'a Arguments,
        body: FnBody<'a>,
        returns: Option<&'a Expr>,
        loc: Loc,
    ) -> R {
        let mut fl = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(args.defaults.len() as u32));
            fl |= 1;
        }
        let kwd: Vec<(&Arg, &Expr)> = args
            .kwonlyargs
            .iter()
            .zip(args.kw_defaults.iter())
            .filter_map(|(a, d)| d.as_ref().map(|d| (a, d)))
            .collect();
        if !kwd.is_empty() {
            for (a, d) in &kwd {
                let m = self.mangle(&a.arg);
                let c = self.str_const(&m);
                self.load_const(c);
                self.expr(d)?;
            }
            self.emit(Instr::BuildMap(kwd.len() as u32));
            fl |= 2;
        }
        let mut ann: Vec<(String, &Expr)> = Vec::new();
        for a in args
            .args
            .iter()
            .chain(args.vararg.iter())
            .chain(args.kwonlyargs.iter())
            .chain(args.kwarg.iter())
        {
            if let Some(x) = &a.annotation {
                ann.push((a.arg.clone(), x));
            }
        }
        if let Some(r) = returns {
            ann.push(("return".to_string(), r));
        }
        if !ann.is_empty() {
            for (n, x) in &ann {
                let c = self.str_const(n);
                self.load_const(c);
                self.expr(x)?;
            }
            self.emit(Instr::BuildMap(ann.len() as u32));
            fl |= 4;
        }
        let scope = self.next_child()?;
        let qual = self.qualname_for(name);
        let has_closure = !scope.freevars.is_empty();
        let frees = scope.freevars.clone();
        self.push_unit(scope, qual, None, loc.line);
        {
            let u = self.unit();
            u.argcount = args.args.len() as u32;
            u.kwonly = args.kwonlyargs.len() as u32;
            if args.vararg.is_some() {
                u.code_flags |= flags::VARARGS;
            }
            if args.kwarg.is_some() {
                u.code_flags |= flags::VARKEYWORDS;
            }
            if has_closure {
                u.code_flags |= flags::NESTED;
            }
        }
        match body {
            FnBody::Stmts(stmts) => {
                if let Some(doc) = docstring(stmts) {
                    let c = self.str_const(doc);
                    // Docstring is the first constant.
                    self.unit().consts.push(c);
                    self.unit().code_flags |= 0x100;
                } else {
                    self.unit().consts.push(Const::None);
                }
                self.stmts(stmts)?;
                if self.unit().reachable {
                    self.load_const(Const::None);
                    self.emit(Instr::ReturnValue);
                }
            }
            FnBody::Expr(e) => {
                self.unit().consts.push(Const::None);
                self.expr(e)?;
                if self.unit().scope.generator {
                    self.emit(Instr::Pop);
                    self.load_const(Const::None);
                }
                self.emit(Instr::ReturnValue);
            }
            FnBody::Comprehension(kind, generators) => {
                self.unit().consts.push(Const::None);
                self.comprehension_body(kind, generators)?;
            }
        }
        let unit = self
            .units
            .pop()
            .ok_or_else(|| syntax_err("internal error", 1, 0))?;
        let code = self.finish(unit, name);
        if has_closure {
            self.load_closure(&frees);
            fl |= 8;
        }
        let ci = self.add_const(Const::Code(code));
        self.emit(Instr::MakeFunction(fl | ci << 4));
        Ok(())
    }
}

/// The body of a function being compiled.
pub(super) enum FnBody<'a> {
    /// A `def` body.
    Stmts(&'a [Stmt]),
    /// A lambda's expression.
    Expr(&'a Expr),
    /// A comprehension of the given kind.
    Comprehension(CompKind<'a>, &'a [Comprehension]),
}

/// Which comprehension is being compiled.
#[derive(Clone, Copy)]
pub(super) enum CompKind<'a> {
    /// `[elt for ...]`
    List(&'a Expr),
    /// `{elt for ...}`
    Set(&'a Expr),
    /// `{k: v for ...}`
    Dict(&'a Expr, &'a Expr),
    /// `(elt for ...)`
    Gen(&'a Expr),
}

fn is_const_true(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::NameConstant { value } => *value == Singleton::True,
        ExprKind::Num { n: Number::Int(i) } => i != &num_bigint::BigInt::from(0),
        _ => false,
    }
}

#[allow(dead_code)]
fn unused(_: Label) {}
