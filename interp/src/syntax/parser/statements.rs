//! Statements: dispatch, blocks (`suite`), and the simple statements
//! (`simple_stmt: small_stmt (';' small_stmt)* [';'] NEWLINE`).
//!
//! A statement is placed at its first token (a decorated definition at its
//! first `@`, see `compound.rs`).

use super::{PResult, Parser, MAX_BLOCKS, MAX_DEPTH};
use crate::syntax::ast::{Alias, ExprKind, Loc, Operator, Stmt, StmtKind};
use crate::syntax::error::{SyntaxError, SyntaxErrorKind};
use crate::syntax::token::TokenKind;

impl<'s> Parser<'s> {
    /// `stmt: simple_stmt | compound_stmt`, appended to `body`.
    pub(crate) fn statement(&mut self, body: &mut Vec<Stmt>) -> PResult<()> {
        if self.kind() == TokenKind::At {
            let s = self.decorated()?;
            body.push(s);
            return Ok(());
        }
        if self.kind() == TokenKind::Name {
            let s = match self.text() {
                "if" => Some(self.if_stmt()?),
                "while" => Some(self.while_stmt()?),
                "for" => Some(self.for_stmt()?),
                "try" => Some(self.try_stmt()?),
                "with" => Some(self.with_stmt()?),
                "def" => Some(self.funcdef(Vec::new(), None)?),
                "class" => Some(self.classdef(Vec::new(), None)?),
                _ => None,
            };
            if let Some(s) = s {
                body.push(s);
                return Ok(());
            }
        }
        self.simple_stmt(body)
    }

    /// `suite: simple_stmt | NEWLINE INDENT stmt+ DEDENT`; `extra` is how
    /// much deeper than its block the suite sits in the tree (an `elif`
    /// chain nests its Ifs).
    pub(crate) fn suite(&mut self, extra: u32) -> PResult<Vec<Stmt>> {
        self.stmt_depth += 1 + extra;
        if self.stmt_depth > MAX_DEPTH {
            return Err(super::too_deep(self.loc()));
        }
        let mut body = Vec::new();
        if self.eat(TokenKind::Newline) {
            if !self.at(TokenKind::Indent) {
                return Err(self.expected_indent());
            }
            self.blocks += 1;
            if self.blocks > MAX_BLOCKS {
                let loc = self.loc();
                return Err(SyntaxError::new(
                    "too many levels of indentation",
                    loc.line,
                    loc.col + 1,
                )
                .with_kind(SyntaxErrorKind::IndentationError)
                .into());
            }
            self.bump();
            loop {
                self.statement(&mut body)?;
                if self.eat(TokenKind::Dedent) {
                    break;
                }
            }
            self.blocks -= 1;
        } else {
            self.simple_stmt(&mut body)?;
        }
        self.stmt_depth -= 1 + extra;
        Ok(body)
    }

    /// `simple_stmt`, its statements appended to `body`.
    fn simple_stmt(&mut self, body: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let s = self.small_stmt()?;
            body.push(s);
            if !self.eat(TokenKind::Semi) {
                break;
            }
            if self.at(TokenKind::Newline) {
                break;
            }
        }
        self.expect(TokenKind::Newline)
    }

    fn small_stmt(&mut self) -> PResult<Stmt> {
        let loc = self.loc();
        let kind = if self.kind() == TokenKind::Name {
            match self.text() {
                "pass" => {
                    self.bump();
                    StmtKind::Pass
                }
                "break" => {
                    self.bump();
                    StmtKind::Break
                }
                "continue" => {
                    self.bump();
                    StmtKind::Continue
                }
                "del" => self.del_stmt()?,
                "return" => {
                    self.bump();
                    let value = if self.starts_test(false) {
                        Some(Box::new(self.testlist()?.0))
                    } else {
                        None
                    };
                    StmtKind::Return { value }
                }
                "raise" => self.raise_stmt()?,
                "global" | "nonlocal" => {
                    let global = self.text() == "global";
                    self.bump();
                    let mut names = vec![self.identifier()?];
                    while self.eat(TokenKind::Comma) {
                        names.push(self.identifier()?);
                    }
                    if global {
                        StmtKind::Global { names }
                    } else {
                        StmtKind::Nonlocal { names }
                    }
                }
                "import" => self.import_name()?,
                "from" => self.import_from()?,
                "assert" => {
                    self.bump();
                    let test = Box::new(self.test()?.0);
                    let msg = if self.eat(TokenKind::Comma) {
                        Some(Box::new(self.test()?.0))
                    } else {
                        None
                    };
                    StmtKind::Assert { test, msg }
                }
                "yield" => {
                    let value = Box::new(self.yield_expr()?.0);
                    StmtKind::Expr { value }
                }
                _ => self.expr_stmt(loc)?,
            }
        } else {
            self.expr_stmt(loc)?
        };
        Ok(Stmt { loc, kind })
    }

    /// `expr_stmt: testlist_star_expr (augassign (yield_expr|testlist) |
    /// ('=' (yield_expr|testlist_star_expr))*)`
    fn expr_stmt(&mut self, start: Loc) -> PResult<StmtKind> {
        let first = self.testlist_star_expr()?.0;
        if let Some(op) = augmented_operator(self.kind()) {
            self.bump();
            let mut target = first;
            self.set_store(&mut target, start);
            if !matches!(
                target.kind,
                ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
            ) {
                self.defer("illegal expression for augmented assignment", start);
            }
            let value = if self.at_kw("yield") {
                self.yield_expr()?.0
            } else {
                self.testlist()?.0
            };
            return Ok(StmtKind::AugAssign {
                target: Box::new(target),
                op,
                value: Box::new(value),
            });
        }
        if !self.at(TokenKind::Equal) {
            return Ok(StmtKind::Expr {
                value: Box::new(first),
            });
        }
        let mut targets = Vec::new();
        let mut value = first;
        let mut value_start = start;
        let mut value_is_yield = false;
        while self.eat(TokenKind::Equal) {
            // What came before this `=` is a target.
            if value_is_yield {
                self.defer("assignment to yield expression not possible", value_start);
            } else {
                self.set_store(&mut value, value_start);
            }
            value_start = self.loc();
            value_is_yield = self.at_kw("yield");
            let next = if value_is_yield {
                self.yield_expr()?.0
            } else {
                self.testlist_star_expr()?.0
            };
            targets.push(std::mem::replace(&mut value, next));
        }
        Ok(StmtKind::Assign {
            targets,
            value: Box::new(value),
        })
    }

    /// `del_stmt: 'del' exprlist`
    fn del_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        let (items, _) = self.exprlist()?;
        let mut targets = Vec::with_capacity(items.len());
        for ((mut e, _), start) in items {
            self.set_del(&mut e, start);
            targets.push(e);
        }
        Ok(StmtKind::Delete { targets })
    }

    /// `raise_stmt: 'raise' [test ['from' test]]`
    fn raise_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut exc = None;
        let mut cause = None;
        if self.starts_test(false) {
            exc = Some(Box::new(self.test()?.0));
            if self.eat_kw("from") {
                cause = Some(Box::new(self.test()?.0));
            }
        }
        Ok(StmtKind::Raise { exc, cause })
    }

    /// `dotted_name: NAME ('.' NAME)*` as one string, with whether it had a dot.
    fn dotted_name(&mut self) -> PResult<(String, bool)> {
        let mut name = self.identifier()?;
        let mut dotted = false;
        while self.eat(TokenKind::Dot) {
            name.push('.');
            name.push_str(&self.identifier()?);
            dotted = true;
        }
        Ok((name, dotted))
    }

    /// `import_name: 'import' dotted_as_names`
    fn import_name(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut names = Vec::new();
        loop {
            let name_loc = self.loc();
            let (name, dotted) = self.dotted_name()?;
            let asname = if self.eat_kw("as") {
                let as_loc = self.loc();
                let asname = self.identifier()?;
                self.check_forbidden(&asname, as_loc);
                Some(asname)
            } else {
                if !dotted {
                    self.check_forbidden(&name, name_loc);
                }
                None
            };
            names.push(Alias { name, asname });
            if !self.eat(TokenKind::Comma) {
                break;
            }
        }
        Ok(StmtKind::Import { names })
    }

    /// `import_from: ('from' (('.' | '...')* dotted_name | ('.' | '...')+)
    /// 'import' ('*' | '(' import_as_names ')' | import_as_names))`
    fn import_from(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut level = 0;
        loop {
            if self.eat(TokenKind::Dot) {
                level += 1;
            } else if self.eat(TokenKind::Ellipsis) {
                level += 3;
            } else {
                break;
            }
        }
        let module = if level == 0 || !self.at_kw("import") {
            Some(self.dotted_name()?.0)
        } else {
            None
        };
        self.expect_kw("import")?;
        let mut names = Vec::new();
        if self.eat(TokenKind::Star) {
            names.push(Alias {
                name: "*".to_string(),
                asname: None,
            });
        } else if self.at(TokenKind::LPar) {
            self.open_bracket()?;
            self.import_as_names(&mut names)?;
            self.close_bracket(TokenKind::RPar)?;
        } else {
            let start = self.loc();
            if self.import_as_names(&mut names)? {
                self.defer(
                    "trailing comma not allowed without surrounding parentheses",
                    start,
                );
            }
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    /// `import_as_names: import_as_name (',' import_as_name)* [',']`;
    /// returns whether it ended with a comma.
    fn import_as_names(&mut self, names: &mut Vec<Alias>) -> PResult<bool> {
        loop {
            let name_loc = self.loc();
            let name = self.identifier()?;
            let asname = if self.eat_kw("as") {
                let as_loc = self.loc();
                let asname = self.identifier()?;
                self.check_forbidden(&asname, as_loc);
                Some(asname)
            } else {
                self.check_forbidden(&name, name_loc);
                None
            };
            names.push(Alias { name, asname });
            if !self.eat(TokenKind::Comma) {
                return Ok(false);
            }
            if !self.at_identifier() {
                return Ok(true);
            }
        }
    }
}

/// The operator of an augmented assignment token (`+=` → Add, …).
fn augmented_operator(kind: TokenKind) -> Option<Operator> {
    Some(match kind {
        TokenKind::PlusEqual => Operator::Add,
        TokenKind::MinEqual => Operator::Sub,
        TokenKind::StarEqual => Operator::Mult,
        TokenKind::SlashEqual => Operator::Div,
        TokenKind::PercentEqual => Operator::Mod,
        TokenKind::AmperEqual => Operator::BitAnd,
        TokenKind::VBarEqual => Operator::BitOr,
        TokenKind::CircumflexEqual => Operator::BitXor,
        TokenKind::LeftShiftEqual => Operator::LShift,
        TokenKind::RightShiftEqual => Operator::RShift,
        TokenKind::DoubleStarEqual => Operator::Pow,
        TokenKind::DoubleSlashEqual => Operator::FloorDiv,
        _ => return None,
    })
}
