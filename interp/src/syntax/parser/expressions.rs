//! Expressions from `test` down to `factor`/`power`: conditional expressions,
//! lambdas, boolean operators, `not`, comparisons, binary and unary operators
//! and `**`, plus the comma lists (`testlist`, `exprlist`, …).
//!
//! Every operator chain is built in a loop (never by recursion on the input),
//! and every node is made through [`Parser::node`], which checks the height.
//!
//! Positions follow CPython 3.4's `ast.c`: a BinOp, Compare, BoolOp or IfExp
//! starts at the first token of its grammar node (an opening parenthesis of
//! its left operand included), except that in a chain `a + b + c` each BinOp
//! after the first is placed at its operator token.

use super::{Ex, PResult, Parser};
use crate::syntax::ast::{BoolOp, CmpOp, Expr, ExprKind, Loc, Operator, UnaryOp};
use crate::syntax::token::TokenKind;

impl<'s> Parser<'s> {
    /// `test: or_test ['if' or_test 'else' test] | lambdef`
    ///
    /// This and the functions below it keep their common path (no operator
    /// at this level) in a small frame and move the rest into a separate
    /// function that is never inlined: bracket nesting recurses through all
    /// of them, so their frame sizes set how much stack a nesting level takes.
    pub(crate) fn test(&mut self) -> PResult<Ex> {
        if self.at_kw("lambda") {
            return self.lambdef(false);
        }
        let start = self.loc();
        let body = self.or_test()?;
        if !self.at_kw("if") {
            return Ok(body);
        }
        self.ifexp_chain(body, start)
    }

    /// The rest of `test` after an `or_test` followed by `if`:
    /// `a if b else c if d else e` is read as (body, test) pairs, then
    /// folded from the right, so a long chain does not recurse.
    #[inline(never)]
    fn ifexp_chain(&mut self, first: Ex, first_start: Loc) -> PResult<Ex> {
        let mut pending: Vec<(Ex, Ex, Loc)> = Vec::new();
        let mut start = first_start;
        let mut body = first;
        let last = loop {
            if !self.at_kw("if") {
                break body;
            }
            self.bump();
            let cond = self.or_test()?;
            self.expect_kw("else")?;
            pending.push((body, cond, start));
            if self.at_kw("lambda") {
                break self.lambdef(false)?;
            }
            start = self.loc();
            body = self.or_test()?;
        };
        let mut orelse = last;
        while let Some((body, cond, loc)) = pending.pop() {
            let h = 1 + body.1.max(cond.1).max(orelse.1);
            orelse = self.node(
                loc,
                ExprKind::IfExp {
                    test: Box::new(cond.0),
                    body: Box::new(body.0),
                    orelse: Box::new(orelse.0),
                },
                h,
            )?;
        }
        Ok(orelse)
    }

    /// `test_nocond: or_test | lambdef_nocond`
    pub(crate) fn test_nocond(&mut self) -> PResult<Ex> {
        if self.at_kw("lambda") {
            self.lambdef(true)
        } else {
            self.or_test()
        }
    }

    /// `lambdef: 'lambda' [varargslist] ':' test` (or `test_nocond`).
    #[inline(never)]
    fn lambdef(&mut self, nocond: bool) -> PResult<Ex> {
        let loc = self.loc();
        self.bump();
        self.enter()?;
        let (args, args_h) = self.parameters(TokenKind::Colon, false)?;
        self.expect(TokenKind::Colon)?;
        let body = if nocond {
            self.test_nocond()?
        } else {
            self.test()?
        };
        self.leave();
        let h = 1 + body.1.max(args_h);
        self.node(
            loc,
            ExprKind::Lambda {
                args: Box::new(args),
                body: Box::new(body.0),
            },
            h,
        )
    }

    /// `or_test: and_test ('or' and_test)*`
    pub(crate) fn or_test(&mut self) -> PResult<Ex> {
        let start = self.loc();
        let first = self.and_test()?;
        if !self.at_kw("or") {
            return Ok(first);
        }
        self.bool_chain(first, start, BoolOp::Or)
    }

    /// `and_test: not_test ('and' not_test)*`
    fn and_test(&mut self) -> PResult<Ex> {
        let start = self.loc();
        let first = self.not_test()?;
        if !self.at_kw("and") {
            return Ok(first);
        }
        self.bool_chain(first, start, BoolOp::And)
    }

    /// The rest of an `or_test`/`and_test` after its first operand: one
    /// flat BoolOp.
    #[inline(never)]
    fn bool_chain(&mut self, first: Ex, start: Loc, op: BoolOp) -> PResult<Ex> {
        let keyword = match op {
            BoolOp::Or => "or",
            BoolOp::And => "and",
        };
        let mut h = first.1;
        let mut values = vec![first.0];
        while self.eat_kw(keyword) {
            let next = match op {
                BoolOp::Or => self.and_test()?,
                BoolOp::And => self.not_test()?,
            };
            h = h.max(next.1);
            values.push(next.0);
        }
        self.node(start, ExprKind::BoolOp { op, values }, h + 1)
    }

    /// `not_test: 'not' not_test | comparison`
    fn not_test(&mut self) -> PResult<Ex> {
        if self.at_kw("not") {
            self.not_chain()
        } else {
            self.comparison()
        }
    }

    /// `'not'+ comparison`, folded without recursion.
    #[inline(never)]
    fn not_chain(&mut self) -> PResult<Ex> {
        let mut nots = Vec::new();
        while self.at_kw("not") {
            nots.push(self.loc());
            self.bump();
        }
        let mut e = self.comparison()?;
        while let Some(loc) = nots.pop() {
            let h = e.1 + 1;
            e = self.node(
                loc,
                ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: Box::new(e.0),
                },
                h,
            )?;
        }
        Ok(e)
    }

    /// `comparison: expr (comp_op expr)*`
    fn comparison(&mut self) -> PResult<Ex> {
        let start = self.loc();
        let left = self.expr()?;
        if !self.at_comp_op() {
            return Ok(left);
        }
        self.compare_chain(left, start)
    }

    /// Whether a `comp_op` starts here.
    fn at_comp_op(&self) -> bool {
        match self.kind() {
            TokenKind::Less
            | TokenKind::Greater
            | TokenKind::EqEqual
            | TokenKind::GreaterEqual
            | TokenKind::LessEqual
            | TokenKind::NotEqual => true,
            TokenKind::Name => matches!(self.text(), "in" | "not" | "is"),
            _ => false,
        }
    }

    /// The rest of a comparison after its left operand: one flat Compare.
    #[inline(never)]
    fn compare_chain(&mut self, left: Ex, start: Loc) -> PResult<Ex> {
        let mut h = left.1;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some(op) = self.comp_op()? {
            ops.push(op);
            let right = self.expr()?;
            h = h.max(right.1);
            comparators.push(right.0);
        }
        self.node(
            start,
            ExprKind::Compare {
                left: Box::new(left.0),
                ops,
                comparators,
            },
            h + 1,
        )
    }

    /// Consumes a `comp_op` if one is next.
    fn comp_op(&mut self) -> PResult<Option<CmpOp>> {
        let op = match self.kind() {
            TokenKind::Less => CmpOp::Lt,
            TokenKind::Greater => CmpOp::Gt,
            TokenKind::EqEqual => CmpOp::Eq,
            TokenKind::GreaterEqual => CmpOp::GtE,
            TokenKind::LessEqual => CmpOp::LtE,
            TokenKind::NotEqual => {
                // `<>` is only valid under `from __future__ import barry_as_FLUFL`.
                if self.text() == "<>" {
                    return Err(self.unexpected());
                }
                CmpOp::NotEq
            }
            TokenKind::Name => match self.text() {
                "in" => CmpOp::In,
                "not" => {
                    self.bump();
                    if !self.at_kw("in") {
                        return Err(self.unexpected());
                    }
                    CmpOp::NotIn
                }
                "is" => {
                    self.bump();
                    if self.eat_kw("not") {
                        return Ok(Some(CmpOp::IsNot));
                    }
                    return Ok(Some(CmpOp::Is));
                }
                _ => return Ok(None),
            },
            _ => return Ok(None),
        };
        self.bump();
        Ok(Some(op))
    }

    /// `star_expr: '*' expr`
    pub(crate) fn star_expr(&mut self) -> PResult<Ex> {
        let loc = self.loc();
        self.expect(TokenKind::Star)?;
        let value = self.expr()?;
        let h = value.1 + 1;
        self.node(
            loc,
            ExprKind::Starred {
                value: Box::new(value.0),
                ctx: crate::syntax::ast::ExprContext::Load,
            },
            h,
        )
    }

    /// `expr: xor_expr ('|' xor_expr)*` and the binary levels below it down
    /// to `term`, parsed by operator precedence with an explicit stack.
    pub(crate) fn expr(&mut self) -> PResult<Ex> {
        let start = self.loc();
        let first = self.factor()?;
        if binary_operator(self.kind()).is_none() {
            return Ok(first);
        }
        self.binary_chain(first, start)
    }

    /// The rest of `expr` after its first operand, when a binary operator
    /// follows it.
    #[inline(never)]
    fn binary_chain(&mut self, first: Ex, first_start: Loc) -> PResult<Ex> {
        struct Pending {
            lhs: Ex,
            lhs_start: Loc,
            op: Operator,
            prec: u8,
            loc: Loc,
        }
        let mut stack: Vec<Pending> = Vec::new();
        let mut cur_start = first_start;
        let mut cur = first;
        // Precedence of the operator that made `cur`, when `cur` is a BinOp
        // made here (a later operator of the same level is then placed at
        // its own token, as CPython 3.4 does).
        let mut cur_prec: Option<u8> = None;
        while let Some((op, prec)) = binary_operator(self.kind()) {
            while stack.last().is_some_and(|top| top.prec >= prec) {
                if let Some(top) = stack.pop() {
                    cur = self.binop(top.lhs, top.op, cur, top.loc)?;
                    cur_start = top.lhs_start;
                    cur_prec = Some(top.prec);
                }
            }
            let op_loc = self.loc();
            self.bump();
            let loc = if cur_prec == Some(prec) {
                op_loc
            } else {
                cur_start
            };
            stack.push(Pending {
                lhs: cur,
                lhs_start: cur_start,
                op,
                prec,
                loc,
            });
            cur_start = self.loc();
            cur = self.factor()?;
            cur_prec = None;
        }
        while let Some(top) = stack.pop() {
            cur = self.binop(top.lhs, top.op, cur, top.loc)?;
        }
        Ok(cur)
    }

    fn binop(&self, left: Ex, op: Operator, right: Ex, loc: Loc) -> PResult<Ex> {
        let h = 1 + left.1.max(right.1);
        self.node(
            loc,
            ExprKind::BinOp {
                left: Box::new(left.0),
                op,
                right: Box::new(right.0),
            },
            h,
        )
    }

    /// `factor: ('+'|'-'|'~') factor | power` and
    /// `power: atom trailer* ['**' factor]`, built without recursion: the
    /// operands of a `**` chain and their unary prefixes are collected, then
    /// folded from the right.
    pub(crate) fn factor(&mut self) -> PResult<Ex> {
        // Fast path: a plain operand, no unary operator and no `**`.
        if !matches!(
            self.kind(),
            TokenKind::Plus | TokenKind::Minus | TokenKind::Tilde
        ) {
            let start = self.loc();
            let base = self.atom_expr()?;
            if !self.at(TokenKind::DoubleStar) {
                return Ok(base);
            }
            return self.power_after(base, start);
        }
        self.power_chain(Vec::new())
    }

    /// A `**` chain whose first operand (without unary operators) is `base`.
    #[inline(never)]
    fn power_after(&mut self, base: Ex, start: Loc) -> PResult<Ex> {
        self.bump();
        let first = Segment {
            prefix: Vec::new(),
            base,
            start,
        };
        self.power_chain(vec![first])
    }

    /// The rest of a `factor` after the segments already read (each one
    /// followed by `**`).
    #[inline(never)]
    fn power_chain(&mut self, mut segments: Vec<Segment>) -> PResult<Ex> {
        loop {
            let mut prefix = Vec::new();
            loop {
                let op = match self.kind() {
                    TokenKind::Plus => UnaryOp::UAdd,
                    TokenKind::Minus => UnaryOp::USub,
                    TokenKind::Tilde => UnaryOp::Invert,
                    _ => break,
                };
                prefix.push((op, self.loc()));
                self.bump();
            }
            let start = self.loc();
            let base = self.atom_expr()?;
            segments.push(Segment {
                prefix,
                base,
                start,
            });
            if !self.eat(TokenKind::DoubleStar) {
                break;
            }
        }
        let mut acc: Option<Ex> = None;
        while let Some(seg) = segments.pop() {
            let mut e = seg.base;
            if let Some(right) = acc.take() {
                e = self.binop(e, Operator::Pow, right, seg.start)?;
            }
            for (op, loc) in seg.prefix.into_iter().rev() {
                let h = e.1 + 1;
                e = self.node(
                    loc,
                    ExprKind::UnaryOp {
                        op,
                        operand: Box::new(e.0),
                    },
                    h,
                )?;
            }
            acc = Some(e);
        }
        match acc {
            Some(e) => Ok(e),
            None => Err(self.unexpected()),
        }
    }

    // ----- comma lists -----

    /// Whether the current token can start a `test` (or a `star_expr` when
    /// `star` is set).
    pub(crate) fn starts_test(&self, star: bool) -> bool {
        match self.kind() {
            TokenKind::Name => match self.text() {
                "lambda" | "not" | "None" | "True" | "False" => true,
                name => !super::is_keyword(name),
            },
            TokenKind::Number
            | TokenKind::String
            | TokenKind::LPar
            | TokenKind::LSqb
            | TokenKind::LBrace
            | TokenKind::Minus
            | TokenKind::Plus
            | TokenKind::Tilde
            | TokenKind::Ellipsis => true,
            TokenKind::Star => star,
            _ => false,
        }
    }

    /// A comma list of items; a Tuple (at the first item's start) when there
    /// is a comma, the single item otherwise.
    fn comma_list(&mut self, item: fn(&mut Self) -> PResult<Ex>, star: bool) -> PResult<Ex> {
        let start = self.loc();
        let first = self.list_item(item, star)?;
        if !self.at(TokenKind::Comma) {
            return Ok(first);
        }
        let mut h = first.1;
        let mut elts = vec![first.0];
        while self.eat(TokenKind::Comma) {
            if !self.starts_test(star) {
                break;
            }
            let next = self.list_item(item, star)?;
            h = h.max(next.1);
            elts.push(next.0);
        }
        self.tuple(elts, start, h + 1)
    }

    fn list_item(&mut self, item: fn(&mut Self) -> PResult<Ex>, star: bool) -> PResult<Ex> {
        if star && self.at(TokenKind::Star) {
            self.star_expr()
        } else {
            item(self)
        }
    }

    /// A Load Tuple node.
    pub(crate) fn tuple(&self, elts: Vec<Expr>, loc: Loc, h: u32) -> PResult<Ex> {
        self.node(
            loc,
            ExprKind::Tuple {
                elts,
                ctx: crate::syntax::ast::ExprContext::Load,
            },
            h,
        )
    }

    /// `testlist: test (',' test)* [',']`
    pub(crate) fn testlist(&mut self) -> PResult<Ex> {
        self.comma_list(Self::test, false)
    }

    /// `testlist_star_expr: (test|star_expr) (',' (test|star_expr))* [',']`
    pub(crate) fn testlist_star_expr(&mut self) -> PResult<Ex> {
        self.comma_list(Self::test, true)
    }

    /// `exprlist: (expr|star_expr) (',' (expr|star_expr))* [',']`, returned
    /// as its items, with whether it had a comma.
    pub(crate) fn exprlist(&mut self) -> PResult<(Vec<(Ex, Loc)>, bool)> {
        let mut items = Vec::new();
        let mut comma = false;
        loop {
            let start = self.loc();
            let e = if self.at(TokenKind::Star) {
                self.star_expr()?
            } else {
                self.expr()?
            };
            items.push((e, start));
            if !self.eat(TokenKind::Comma) {
                break;
            }
            comma = true;
            if !self.starts_test(true) || self.at_kw("lambda") || self.at_kw("not") {
                break;
            }
        }
        Ok((items, comma))
    }
}

/// One operand of a `**` chain with the unary operators in front of it.
struct Segment {
    prefix: Vec<(UnaryOp, Loc)>,
    base: Ex,
    start: Loc,
}

/// The binary operator a token stands for, with its precedence (higher binds
/// tighter): `|` 1, `^` 2, `&` 3, shifts 4, `+ -` 5, `* / % //` 6.
fn binary_operator(kind: TokenKind) -> Option<(Operator, u8)> {
    Some(match kind {
        TokenKind::VBar => (Operator::BitOr, 1),
        TokenKind::Circumflex => (Operator::BitXor, 2),
        TokenKind::Amper => (Operator::BitAnd, 3),
        TokenKind::LeftShift => (Operator::LShift, 4),
        TokenKind::RightShift => (Operator::RShift, 4),
        TokenKind::Plus => (Operator::Add, 5),
        TokenKind::Minus => (Operator::Sub, 5),
        TokenKind::Star => (Operator::Mult, 6),
        TokenKind::Slash => (Operator::Div, 6),
        TokenKind::Percent => (Operator::Mod, 6),
        TokenKind::DoubleSlash => (Operator::FloorDiv, 6),
        _ => return None,
    })
}
