//! Code generation for expressions.

use super::stmt::{binop, CompKind, FnBody};
use super::{syntax_err, Compiler, Label, NameOp};
use crate::bytecode::{CmpOp as VCmp, Const, Instr, UnOp};
use crate::syntax::ast::*;
use crate::syntax::SyntaxError;
use num_traits::ToPrimitive;
use std::rc::Rc;

type R = Result<(), SyntaxError>;

static EMPTY_ARGS: Arguments = Arguments {
    args: Vec::new(),
    vararg: None,
    kwonlyargs: Vec::new(),
    kw_defaults: Vec::new(),
    kwarg: None,
    defaults: Vec::new(),
};

impl<'a> Compiler<'a> {
    /// Compiles an expression, leaving its value on the stack.
    pub(super) fn expr(&mut self, e: &'a Expr) -> R {
        if crate::sandbox::deadline::step_past_deadline() {
            return Err(SyntaxError::time_limit());
        }
        self.bump_line(e.loc.line);
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let n = values.len();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        let ins = match op {
                            BoolOp::And => Instr::JumpIfFalseOrPop(0),
                            BoolOp::Or => Instr::JumpIfTrueOrPop(0),
                        };
                        self.emit_jump(ins, end);
                    }
                }
                self.mark(end);
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Instr::Binary(binop(*op)));
            }
            ExprKind::UnaryOp { op, operand } => {
                // Fold negative literals so that `-9223372036854775808` is a small int.
                if let (UnaryOp::USub, ExprKind::Num { n }) = (op, &operand.kind) {
                    match n {
                        Number::Int(i) => {
                            let neg = -i.clone();
                            self.int_const(&neg);
                            return Ok(());
                        }
                        Number::Float(f) => {
                            self.load_const(Const::Float(-f));
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                self.expr(operand)?;
                self.emit(Instr::Unary(match op {
                    UnaryOp::Invert => UnOp::Invert,
                    UnaryOp::Not => UnOp::Not,
                    UnaryOp::UAdd => UnOp::Pos,
                    UnaryOp::USub => UnOp::Neg,
                }));
            }
            ExprKind::Lambda { args, body } => {
                self.function("<lambda>", args, FnBody::Expr(body), None, e.loc)?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                let els = self.new_label();
                let end = self.new_label();
                self.cond_jump(test, false, els)?;
                self.expr(body)?;
                self.emit_jump(Instr::Jump(0), end);
                self.mark(els);
                self.expr(orelse)?;
                self.mark(end);
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    self.expr(k)?;
                    self.expr(v)?;
                }
                self.emit(Instr::BuildMap(keys.len() as u32));
            }
            ExprKind::Set { elts } => {
                for x in elts {
                    self.expr(x)?;
                }
                self.emit(Instr::BuildSet(elts.len() as u32));
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension("<listcomp>", CompKind::List(elt), generators, e.loc)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension("<setcomp>", CompKind::Set(elt), generators, e.loc)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension("<dictcomp>", CompKind::Dict(key, value), generators, e.loc)?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension("<genexpr>", CompKind::Gen(elt), generators, e.loc)?
            }
            ExprKind::Yield { value } => {
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.emit(Instr::YieldValue(0));
            }
            ExprKind::YieldFrom { value } => {
                self.expr(value)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Const::None);
                let top = self.new_label();
                let exit = self.new_label();
                self.mark(top);
                self.emit_jump(Instr::Send(0), exit);
                self.emit(Instr::YieldValue(1));
                self.emit_jump(Instr::Jump(0), top);
                self.mark(exit);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.expr(left)?;
                if ops.len() == 1 {
                    self.expr(&comparators[0])?;
                    self.cmp(ops[0]);
                } else {
                    let cleanup = self.new_label();
                    let end = self.new_label();
                    let n = ops.len();
                    for (i, (op, c)) in ops.iter().zip(comparators).enumerate() {
                        self.expr(c)?;
                        if i + 1 < n {
                            self.emit(Instr::Dup);
                            self.emit(Instr::Rot3);
                            self.cmp(*op);
                            self.emit_jump(Instr::JumpIfFalseOrPop(0), cleanup);
                        } else {
                            self.cmp(*op);
                        }
                    }
                    self.emit_jump(Instr::Jump(0), end);
                    self.mark(cleanup);
                    self.emit(Instr::Rot2);
                    self.emit(Instr::Pop);
                    self.mark(end);
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
                starargs,
                kwargs,
            } => {
                if let ExprKind::Attribute { value, attr, .. } = &func.kind {
                    if keywords.is_empty() && starargs.is_none() && kwargs.is_none() {
                        self.expr(value)?;
                        let a = self.mangle(attr);
                        let ai = self.name_index(&a);
                        self.emit(Instr::LoadMethod(ai));
                        for x in args {
                            self.expr(x)?;
                        }
                        self.emit(Instr::CallMethod(args.len() as u32));
                        return Ok(());
                    }
                }
                self.expr(func)?;
                self.call_tail(0, args, keywords, starargs.as_deref(), kwargs.as_deref())?;
            }
            ExprKind::Num { n } => match n {
                Number::Int(i) => self.int_const(i),
                Number::Float(f) => self.load_const(Const::Float(*f)),
                Number::Complex { imag } => self.load_const(Const::Complex(0.0, *imag)),
            },
            ExprKind::Str { s, wide } => {
                let c = match wide {
                    // Not interned: the lossy `s` of distinct such strings agree.
                    Some(cps) => Const::Str(Rc::new(crate::objects::PyStr::from_code_points(
                        cps.to_vec(),
                    ))),
                    None => self.str_const(s),
                };
                self.load_const(c);
            }
            ExprKind::Bytes { s } => self.load_const(Const::Bytes(Rc::from(s.as_slice()))),
            ExprKind::NameConstant { value } => self.load_const(match value {
                Singleton::None => Const::None,
                Singleton::True => Const::Bool(true),
                Singleton::False => Const::Bool(false),
            }),
            ExprKind::Ellipsis => self.load_const(Const::Ellipsis),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let a = self.mangle(attr);
                let ai = self.name_index(&a);
                self.emit(Instr::LoadAttr(ai));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.slice(slice)?;
                self.emit(Instr::Subscr);
            }
            ExprKind::Starred { .. } => {
                return Err(syntax_err(
                    "can use starred expression only as assignment target",
                    e.loc.line,
                    e.loc.col,
                ))
            }
            ExprKind::Name { id, .. } => self.name_op(id, NameOp::Load),
            ExprKind::List { elts, .. } => {
                for x in elts {
                    self.expr(x)?;
                }
                self.emit(Instr::BuildList(elts.len() as u32));
            }
            ExprKind::Tuple { elts, .. } => {
                for x in elts {
                    self.expr(x)?;
                }
                self.emit(Instr::BuildTuple(elts.len() as u32));
            }
        }
        Ok(())
    }

    fn int_const(&mut self, i: &num_bigint::BigInt) {
        match i.to_i64() {
            Some(v) => self.load_const(Const::Int(v)),
            None => self.load_const(Const::BigInt(Rc::new(i.clone()))),
        }
    }

    fn cmp(&mut self, op: CmpOp) {
        self.emit(match op {
            CmpOp::Eq => Instr::Compare(VCmp::Eq),
            CmpOp::NotEq => Instr::Compare(VCmp::Ne),
            CmpOp::Lt => Instr::Compare(VCmp::Lt),
            CmpOp::LtE => Instr::Compare(VCmp::Le),
            CmpOp::Gt => Instr::Compare(VCmp::Gt),
            CmpOp::GtE => Instr::Compare(VCmp::Ge),
            CmpOp::Is => Instr::IsOp(0),
            CmpOp::IsNot => Instr::IsOp(1),
            CmpOp::In => Instr::ContainsOp(0),
            CmpOp::NotIn => Instr::ContainsOp(1),
        });
    }

    /// Jumps to `target` when the truth of `e` equals `when`.
    pub(super) fn cond_jump(&mut self, e: &'a Expr, when: bool, target: Label) -> R {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.cond_jump(operand, !when, target),
            ExprKind::BoolOp { op, values } => {
                let is_and = *op == BoolOp::And;
                let n = values.len();
                if is_and != when {
                    // and/jump-if-false or or/jump-if-true: any operand decides.
                    for v in values {
                        self.cond_jump(v, when, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    for (i, v) in values.iter().enumerate() {
                        if i + 1 < n {
                            self.cond_jump(v, !when, skip)?;
                        } else {
                            self.cond_jump(v, when, target)?;
                        }
                    }
                    self.mark(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        let ins = if when {
            Instr::PopJumpIfTrue(0)
        } else {
            Instr::PopJumpIfFalse(0)
        };
        self.emit_jump(ins, target);
        Ok(())
    }

    /// Compiles a subscript's index.
    pub(super) fn slice(&mut self, s: &'a Slice) -> R {
        match s {
            Slice::Index { value } => self.expr(value),
            Slice::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.load_const(Const::None),
                    }
                }
                match step {
                    Some(x) => {
                        self.expr(x)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => self.emit(Instr::BuildSlice(2)),
                }
                Ok(())
            }
            Slice::ExtSlice { dims } => {
                for d in dims {
                    self.slice(d)?;
                }
                self.emit(Instr::BuildTuple(dims.len() as u32));
                Ok(())
            }
        }
    }

    /// Compiles the arguments of a call whose callable (and `extra` positional
    /// arguments already pushed) is on the stack, then the call.
    pub(super) fn call_tail(
        &mut self,
        extra: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        starargs: Option<&'a Expr>,
        kwargs: Option<&'a Expr>,
    ) -> R {
        let total = extra as usize + args.len() + keywords.len();
        if total > 255 {
            let l = self.unit().line;
            return Err(syntax_err("more than 255 arguments", l, 0));
        }
        if starargs.is_none() && kwargs.is_none() {
            for a in args {
                self.expr(a)?;
            }
            if keywords.is_empty() {
                self.emit(Instr::Call(extra + args.len() as u32));
            } else {
                for k in keywords {
                    self.expr(&k.value)?;
                }
                let names: Vec<Rc<crate::objects::PyStr>> =
                    keywords.iter().map(|k| self.ustr(&k.arg)).collect();
                let ni = self.add_const(Const::Names(names.into()));
                self.emit(Instr::CallKw(total as u32 | ni << 8));
            }
            return Ok(());
        }
        // General form: f(*args_tuple, **kwargs_dict).
        for a in args {
            self.expr(a)?;
        }
        self.emit(Instr::BuildList(extra + args.len() as u32));
        if let Some(s) = starargs {
            self.expr(s)?;
            self.emit(Instr::ListExtend(1));
        }
        self.emit(Instr::ListToTuple);
        let has_kw = !keywords.is_empty() || kwargs.is_some();
        if has_kw {
            for k in keywords {
                let c = self.str_const(&k.arg);
                self.load_const(c);
                self.expr(&k.value)?;
            }
            self.emit(Instr::BuildMap(keywords.len() as u32));
            if let Some(k) = kwargs {
                self.expr(k)?;
                self.emit(Instr::DictMerge(1));
            }
        }
        self.emit(Instr::CallEx(has_kw as u32));
        Ok(())
    }

    fn comprehension(
        &mut self,
        name: &str,
        kind: CompKind<'a>,
        generators: &'a [Comprehension],
        loc: Loc,
    ) -> R {
        let first = match generators.first() {
            Some(g) => g,
            None => return Err(syntax_err("empty comprehension", loc.line, loc.col)),
        };
        self.expr(&first.iter)?;
        let args: &'static Arguments = &EMPTY_ARGS;
        // The comprehension function takes `.0`, the first iterator.
        self.function_comp(name, args, kind, generators, loc)?;
        self.emit(Instr::Rot2);
        self.emit(Instr::GetIter);
        self.emit(Instr::Call(1));
        Ok(())
    }

    fn function_comp(
        &mut self,
        name: &str,
        args: &'a Arguments,
        kind: CompKind<'a>,
        generators: &'a [Comprehension],
        loc: Loc,
    ) -> R {
        self.function(
            name,
            args,
            FnBody::Comprehension(kind, generators),
            None,
            loc,
        )?;
        // `.0` is the single positional parameter.
        Ok(())
    }

    /// The body of a comprehension function.
    pub(super) fn comprehension_body(
        &mut self,
        kind: CompKind<'a>,
        generators: &'a [Comprehension],
    ) -> R {
        self.unit().argcount = 1;
        match kind {
            CompKind::List(_) => self.emit(Instr::BuildList(0)),
            CompKind::Set(_) => self.emit(Instr::BuildSet(0)),
            CompKind::Dict(..) => self.emit(Instr::BuildMap(0)),
            CompKind::Gen(_) => {}
        }
        self.comp_level(kind, generators, 0)?;
        if let CompKind::Gen(_) = kind {
            self.load_const(Const::None)
        }
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    fn comp_level(&mut self, kind: CompKind<'a>, generators: &'a [Comprehension], i: usize) -> R {
        let g = &generators[i];
        if i == 0 {
            let slot = self.unit().slot_ix.get(".0").copied().unwrap_or(0);
            self.emit(Instr::LoadFast(slot));
        } else {
            self.expr(&g.iter)?;
            self.emit(Instr::GetIter);
        }
        let top = self.new_label();
        let end = self.new_label();
        self.mark(top);
        self.emit_jump(Instr::ForIter(0), end);
        self.store(&g.target)?;
        for c in &g.ifs {
            self.cond_jump(c, false, top)?;
        }
        if i + 1 < generators.len() {
            self.comp_level(kind, generators, i + 1)?;
        } else {
            let depth = generators.len() as u32 + 1;
            match kind {
                CompKind::List(e) => {
                    self.expr(e)?;
                    self.emit(Instr::ListAppend(depth));
                }
                CompKind::Set(e) => {
                    self.expr(e)?;
                    self.emit(Instr::SetAdd(depth));
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Instr::MapAdd(depth));
                }
                CompKind::Gen(e) => {
                    self.expr(e)?;
                    self.emit(Instr::YieldValue(0));
                    self.emit(Instr::Pop);
                }
            }
        }
        self.emit_jump(Instr::Jump(0), top);
        self.mark(end);
        Ok(())
    }
}
