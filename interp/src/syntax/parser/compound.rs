//! Compound statements: `if`/`elif`/`else`, `while`, `for`, `try`, `with`,
//! `def`, `class` and decorators.
//!
//! CPython 3.4 positions: each statement at its keyword, except that an
//! `elif` becomes an If placed at its condition, and a decorated `def` or
//! `class` is placed at its first `@`.

use super::{PResult, Parser};
use crate::syntax::ast::{
    ExceptHandler, Expr, ExprContext, ExprKind, Loc, Stmt, StmtKind, WithItem,
};
use crate::syntax::token::TokenKind;

impl<'s> Parser<'s> {
    /// `if_stmt: 'if' test ':' suite ('elif' test ':' suite)* ['else' ':' suite]`
    pub(crate) fn if_stmt(&mut self) -> PResult<Stmt> {
        let loc = self.loc();
        self.bump();
        let test = self.test()?.0;
        self.expect(TokenKind::Colon)?;
        let body = self.suite(0)?;
        let mut elifs: Vec<(Loc, Expr, Vec<Stmt>)> = Vec::new();
        while self.at_kw("elif") {
            self.bump();
            let elif_loc = self.loc();
            let elif_test = self.test()?.0;
            self.expect(TokenKind::Colon)?;
            let depth = elifs.len() as u32 + 1;
            let elif_body = self.suite(depth)?;
            elifs.push((elif_loc, elif_test, elif_body));
        }
        let mut orelse = if self.eat_kw("else") {
            self.expect(TokenKind::Colon)?;
            self.suite(elifs.len() as u32)?
        } else {
            Vec::new()
        };
        while let Some((elif_loc, elif_test, elif_body)) = elifs.pop() {
            orelse = vec![Stmt {
                loc: elif_loc,
                kind: StmtKind::If {
                    test: Box::new(elif_test),
                    body: elif_body,
                    orelse,
                },
            }];
        }
        Ok(Stmt {
            loc,
            kind: StmtKind::If {
                test: Box::new(test),
                body,
                orelse,
            },
        })
    }

    /// `['else' ':' suite]`
    fn else_suite(&mut self) -> PResult<Vec<Stmt>> {
        if self.eat_kw("else") {
            self.expect(TokenKind::Colon)?;
            self.suite(0)
        } else {
            Ok(Vec::new())
        }
    }

    /// `while_stmt: 'while' test ':' suite ['else' ':' suite]`
    pub(crate) fn while_stmt(&mut self) -> PResult<Stmt> {
        let loc = self.loc();
        self.bump();
        let test = Box::new(self.test()?.0);
        self.expect(TokenKind::Colon)?;
        let body = self.suite(0)?;
        let orelse = self.else_suite()?;
        Ok(Stmt {
            loc,
            kind: StmtKind::While { test, body, orelse },
        })
    }

    /// `for_stmt: 'for' exprlist 'in' testlist ':' suite ['else' ':' suite]`
    pub(crate) fn for_stmt(&mut self) -> PResult<Stmt> {
        let loc = self.loc();
        self.bump();
        let target = Box::new(self.for_target()?.0);
        self.expect_kw("in")?;
        let iter = Box::new(self.testlist()?.0);
        self.expect(TokenKind::Colon)?;
        let body = self.suite(0)?;
        let orelse = self.else_suite()?;
        Ok(Stmt {
            loc,
            kind: StmtKind::For {
                target,
                iter,
                body,
                orelse,
            },
        })
    }

    /// `try_stmt: 'try' ':' suite ((except_clause ':' suite)+ ['else' ':'
    /// suite] ['finally' ':' suite] | 'finally' ':' suite)`
    pub(crate) fn try_stmt(&mut self) -> PResult<Stmt> {
        let loc = self.loc();
        self.bump();
        self.expect(TokenKind::Colon)?;
        let body = self.suite(0)?;
        let mut handlers = Vec::new();
        while self.at_kw("except") {
            let hloc = self.loc();
            self.bump();
            let mut type_ = None;
            let mut name = None;
            if !self.at(TokenKind::Colon) {
                type_ = Some(Box::new(self.test()?.0));
                if self.eat_kw("as") {
                    let name_loc = self.loc();
                    let n = self.identifier()?;
                    self.check_forbidden(&n, name_loc);
                    name = Some(n);
                }
            }
            self.expect(TokenKind::Colon)?;
            let hbody = self.suite(0)?;
            handlers.push(ExceptHandler {
                loc: hloc,
                type_,
                name,
                body: hbody,
            });
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_suite()?
        };
        let finalbody = if self.eat_kw("finally") {
            self.expect(TokenKind::Colon)?;
            self.suite(0)?
        } else {
            if handlers.is_empty() {
                return Err(self.unexpected());
            }
            Vec::new()
        };
        Ok(Stmt {
            loc,
            kind: StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            },
        })
    }

    /// `with_stmt: 'with' with_item (',' with_item)* ':' suite`,
    /// `with_item: test ['as' expr]`
    pub(crate) fn with_stmt(&mut self) -> PResult<Stmt> {
        let loc = self.loc();
        self.bump();
        let mut items = Vec::new();
        loop {
            let item_start = self.loc();
            let context_expr = self.test()?.0;
            let optional_vars = if self.eat_kw("as") {
                let mut target = self.expr()?.0;
                self.set_store(&mut target, item_start);
                Some(Box::new(target))
            } else {
                None
            };
            items.push(WithItem {
                context_expr,
                optional_vars,
            });
            if !self.eat(TokenKind::Comma) {
                break;
            }
        }
        self.expect(TokenKind::Colon)?;
        let body = self.suite(0)?;
        Ok(Stmt {
            loc,
            kind: StmtKind::With { items, body },
        })
    }

    /// `funcdef: 'def' NAME parameters ['->' test] ':' suite`; `at` is the
    /// position of a decorated definition's first `@`.
    pub(crate) fn funcdef(&mut self, decorator_list: Vec<Expr>, at: Option<Loc>) -> PResult<Stmt> {
        let loc = at.unwrap_or(self.loc());
        self.expect_kw("def")?;
        let name_loc = self.loc();
        let name = self.identifier()?;
        self.check_forbidden(&name, name_loc);
        self.enter()?;
        self.open_bracket()?;
        let (args, _) = self.parameters(TokenKind::RPar, true)?;
        self.close_bracket(TokenKind::RPar)?;
        self.leave();
        let returns = if self.eat(TokenKind::RArrow) {
            Some(Box::new(self.test()?.0))
        } else {
            None
        };
        self.expect(TokenKind::Colon)?;
        let body = self.suite(0)?;
        Ok(Stmt {
            loc,
            kind: StmtKind::FunctionDef {
                name,
                args: Box::new(args),
                body,
                decorator_list,
                returns,
            },
        })
    }

    /// `classdef: 'class' NAME ['(' [arglist] ')'] ':' suite`
    pub(crate) fn classdef(&mut self, decorator_list: Vec<Expr>, at: Option<Loc>) -> PResult<Stmt> {
        let loc = at.unwrap_or(self.loc());
        self.expect_kw("class")?;
        let name_loc = self.loc();
        let name = self.identifier()?;
        self.check_forbidden(&name, name_loc);
        let mut a = super::arguments::CallArgs::default();
        if self.at(TokenKind::LPar) {
            self.enter()?;
            self.open_bracket()?;
            a = self.arglist()?;
            self.close_bracket(TokenKind::RPar)?;
            self.leave();
        }
        self.expect(TokenKind::Colon)?;
        let body = self.suite(0)?;
        Ok(Stmt {
            loc,
            kind: StmtKind::ClassDef {
                name,
                bases: a.args,
                keywords: a.keywords,
                starargs: a.starargs,
                kwargs: a.kwargs,
                body,
                decorator_list,
            },
        })
    }

    /// `decorated: decorators (classdef | funcdef)`, with
    /// `decorator: '@' dotted_name [ '(' [arglist] ')' ] NEWLINE`.
    pub(crate) fn decorated(&mut self) -> PResult<Stmt> {
        let at = self.loc();
        let mut decorators = Vec::new();
        while self.at(TokenKind::At) {
            let at_loc = self.loc();
            self.bump();
            let name_loc = self.loc();
            let mut e = Expr {
                loc: name_loc,
                kind: ExprKind::Name {
                    id: self.identifier()?,
                    ctx: ExprContext::Load,
                },
            };
            let mut h = 1;
            while self.eat(TokenKind::Dot) {
                let attr = self.identifier()?;
                h += 1;
                e = self
                    .node(
                        name_loc,
                        ExprKind::Attribute {
                            value: Box::new(e),
                            attr,
                            ctx: ExprContext::Load,
                        },
                        h,
                    )?
                    .0;
            }
            if self.at(TokenKind::LPar) {
                // `@f()` is placed at the `@`; `@f(x)` at `f`.
                let empty = self.peek_kind() == TokenKind::RPar;
                let loc = if empty { at_loc } else { name_loc };
                e = self.call((e, h), loc)?.0;
            }
            self.expect(TokenKind::Newline)?;
            decorators.push(e);
        }
        if self.at_kw("def") {
            self.funcdef(decorators, Some(at))
        } else if self.at_kw("class") {
            self.classdef(decorators, Some(at))
        } else {
            Err(self.unexpected())
        }
    }
}
