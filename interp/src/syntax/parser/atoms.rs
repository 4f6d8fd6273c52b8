//! Atoms and trailers: names, literals, parenthesised forms, list/set/dict
//! displays, the four kinds of comprehension, attribute access, subscripts
//! and slices (`Index`, `Slice`, `ExtSlice`).
//!
//! CPython 3.4 positions: a trailer (`.x`, `[i]`, `(…)`) takes the position
//! of the expression it applies to; a comprehension and a parenthesised tuple
//! start at their first element (just inside the bracket), a list, set or
//! dict display and an empty `()` at the bracket itself.

use super::{Ex, PResult, Parser};
use crate::syntax::ast::{Comprehension, Expr, ExprContext, ExprKind, Loc, Singleton, Slice};
use crate::syntax::token::TokenKind;

/// What a bracketed `testlist_comp` turns into.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Bracket {
    Paren,
    List,
}

impl<'s> Parser<'s> {
    /// `atom trailer*`
    pub(crate) fn atom_expr(&mut self) -> PResult<Ex> {
        let mut e = self.atom()?;
        loop {
            let loc = e.0.loc;
            e = match self.kind() {
                TokenKind::LPar => self.call(e, loc)?,
                TokenKind::LSqb => self.subscript_trailer(e, loc)?,
                TokenKind::Dot => self.attribute_trailer(e, loc)?,
                _ => return Ok(e),
            };
        }
    }

    /// A `'[' subscriptlist ']'` trailer applied to `value`.
    #[inline(never)]
    fn subscript_trailer(&mut self, value: Ex, loc: Loc) -> PResult<Ex> {
        self.open_bracket()?;
        let (slice, slice_h) = self.subscriptlist()?;
        self.close_bracket(TokenKind::RSqb)?;
        let h = 1 + value.1.max(slice_h);
        self.node(
            loc,
            ExprKind::Subscript {
                value: Box::new(value.0),
                slice: Box::new(slice),
                ctx: ExprContext::Load,
            },
            h,
        )
    }

    /// A `'.' NAME` trailer applied to `value`.
    #[inline(never)]
    fn attribute_trailer(&mut self, value: Ex, loc: Loc) -> PResult<Ex> {
        self.bump();
        let attr = self.identifier()?;
        let h = value.1 + 1;
        self.node(
            loc,
            ExprKind::Attribute {
                value: Box::new(value.0),
                attr,
                ctx: ExprContext::Load,
            },
            h,
        )
    }

    /// `atom: '(' [yield_expr|testlist_comp] ')' | '[' [testlist_comp] ']' |
    /// '{' [dictorsetmaker] '}' | NAME | NUMBER | STRING+ | '...' | 'None' |
    /// 'True' | 'False'`
    fn atom(&mut self) -> PResult<Ex> {
        let loc = self.loc();
        match self.kind() {
            TokenKind::Name => {
                let kind = match self.text() {
                    "None" => ExprKind::NameConstant {
                        value: Singleton::None,
                    },
                    "True" => ExprKind::NameConstant {
                        value: Singleton::True,
                    },
                    "False" => ExprKind::NameConstant {
                        value: Singleton::False,
                    },
                    name if super::is_keyword(name) => return Err(self.unexpected()),
                    name => ExprKind::Name {
                        id: crate::syntax::literal::decode_name(name).into_owned(),
                        ctx: ExprContext::Load,
                    },
                };
                self.bump();
                self.node(loc, kind, 1)
            }
            TokenKind::Number => self.number(),
            TokenKind::String => self.strings(),
            TokenKind::Ellipsis => {
                self.bump();
                self.node(loc, ExprKind::Ellipsis, 1)
            }
            TokenKind::LPar | TokenKind::LSqb | TokenKind::LBrace => self.bracketed_atom(loc),
            _ => Err(self.unexpected()),
        }
    }

    /// A bracketed atom: `(…)`, `[…]` or `{…}` starting at `loc`.
    #[inline(never)]
    fn bracketed_atom(&mut self, loc: Loc) -> PResult<Ex> {
        let open = self.kind();
        let close = match open {
            TokenKind::LPar => TokenKind::RPar,
            TokenKind::LSqb => TokenKind::RSqb,
            _ => TokenKind::RBrace,
        };
        self.enter()?;
        self.open_bracket()?;
        let e = if self.at(close) {
            self.empty_display(open, loc)?
        } else {
            match open {
                TokenKind::LPar if self.at_kw("yield") => self.yield_expr()?,
                TokenKind::LPar => self.testlist_comp(Bracket::Paren, loc)?,
                TokenKind::LSqb => self.testlist_comp(Bracket::List, loc)?,
                _ => self.dictorsetmaker(loc)?,
            }
        };
        self.close_bracket(close)?;
        self.leave();
        Ok(e)
    }

    /// `()`, `[]` or `{}` (the opening bracket `open` at `loc`).
    #[inline(never)]
    fn empty_display(&mut self, open: TokenKind, loc: Loc) -> PResult<Ex> {
        let kind = match open {
            TokenKind::LPar => ExprKind::Tuple {
                elts: Vec::new(),
                ctx: ExprContext::Load,
            },
            TokenKind::LSqb => ExprKind::List {
                elts: Vec::new(),
                ctx: ExprContext::Load,
            },
            _ => ExprKind::Dict {
                keys: Vec::new(),
                values: Vec::new(),
            },
        };
        self.node(loc, kind, 1)
    }

    /// `testlist_comp: (test|star_expr) ( comp_for | (',' (test|star_expr))* [','] )`
    /// inside `(` or `[` (at `open`).
    #[inline(never)]
    fn testlist_comp(&mut self, bracket: Bracket, open: Loc) -> PResult<Ex> {
        let start = self.loc();
        let first = self.test_or_star()?;
        if self.at_kw("for") {
            let (generators, gh) = self.comp_for()?;
            let h = 1 + first.1.max(gh);
            let kind = match bracket {
                Bracket::Paren => ExprKind::GeneratorExp {
                    elt: Box::new(first.0),
                    generators,
                },
                Bracket::List => ExprKind::ListComp {
                    elt: Box::new(first.0),
                    generators,
                },
            };
            return self.node(start, kind, h);
        }
        if bracket == Bracket::Paren && !self.at(TokenKind::Comma) {
            return Ok(first);
        }
        let mut h = first.1;
        let mut elts = vec![first.0];
        while self.eat(TokenKind::Comma) {
            if !self.starts_test(true) {
                break;
            }
            let e = self.test_or_star()?;
            h = h.max(e.1);
            elts.push(e.0);
        }
        match bracket {
            Bracket::Paren => self.tuple(elts, start, h + 1),
            Bracket::List => self.node(
                open,
                ExprKind::List {
                    elts,
                    ctx: ExprContext::Load,
                },
                h + 1,
            ),
        }
    }

    /// `test | star_expr`
    pub(crate) fn test_or_star(&mut self) -> PResult<Ex> {
        if self.at(TokenKind::Star) {
            self.star_expr()
        } else {
            self.test()
        }
    }

    /// `dictorsetmaker` between braces (the `{` at `open`), or an empty dict.
    #[inline(never)]
    fn dictorsetmaker(&mut self, open: Loc) -> PResult<Ex> {
        if self.at(TokenKind::RBrace) {
            return self.node(
                open,
                ExprKind::Dict {
                    keys: Vec::new(),
                    values: Vec::new(),
                },
                1,
            );
        }
        let start = self.loc();
        let first = self.test()?;
        if self.eat(TokenKind::Colon) {
            let value = self.test()?;
            if self.at_kw("for") {
                let (generators, gh) = self.comp_for()?;
                let h = 1 + first.1.max(value.1).max(gh);
                return self.node(
                    start,
                    ExprKind::DictComp {
                        key: Box::new(first.0),
                        value: Box::new(value.0),
                        generators,
                    },
                    h,
                );
            }
            let mut h = first.1.max(value.1);
            let mut keys = vec![first.0];
            let mut values = vec![value.0];
            while self.eat(TokenKind::Comma) {
                if !self.starts_test(false) {
                    break;
                }
                let k = self.test()?;
                self.expect(TokenKind::Colon)?;
                let v = self.test()?;
                h = h.max(k.1).max(v.1);
                keys.push(k.0);
                values.push(v.0);
            }
            return self.node(open, ExprKind::Dict { keys, values }, h + 1);
        }
        if self.at_kw("for") {
            let (generators, gh) = self.comp_for()?;
            let h = 1 + first.1.max(gh);
            return self.node(
                start,
                ExprKind::SetComp {
                    elt: Box::new(first.0),
                    generators,
                },
                h,
            );
        }
        let mut h = first.1;
        let mut elts = vec![first.0];
        while self.eat(TokenKind::Comma) {
            if !self.starts_test(false) {
                break;
            }
            let e = self.test()?;
            h = h.max(e.1);
            elts.push(e.0);
        }
        self.node(open, ExprKind::Set { elts }, h + 1)
    }

    /// `comp_for: 'for' exprlist 'in' or_test [comp_iter]` with its
    /// `comp_iter`s: one [`Comprehension`] per `for`, each `if` added to the
    /// one before it. Returns them with their greatest height (+1).
    pub(crate) fn comp_for(&mut self) -> PResult<(Vec<Comprehension>, u32)> {
        let mut comps: Vec<Comprehension> = Vec::new();
        let mut h = 0;
        loop {
            if self.eat_kw("for") {
                let (target, th) = self.for_target()?;
                self.expect_kw("in")?;
                let iter = self.or_test()?;
                h = h.max(th).max(iter.1);
                comps.push(Comprehension {
                    target,
                    iter: iter.0,
                    ifs: Vec::new(),
                });
            } else if self.at_kw("if") {
                self.bump();
                let cond = self.test_nocond()?;
                h = h.max(cond.1);
                if let Some(last) = comps.last_mut() {
                    last.ifs.push(cond.0);
                }
            } else {
                break;
            }
        }
        Ok((comps, h + 1))
    }

    /// A `for` target (`exprlist` in Store context): the single item, or a
    /// Tuple placed at its first item's position.
    pub(crate) fn for_target(&mut self) -> PResult<(Expr, u32)> {
        let (items, comma) = self.exprlist()?;
        let mut h = 0;
        let mut elts = Vec::with_capacity(items.len());
        for ((mut e, eh), start) in items {
            self.set_store(&mut e, start);
            h = h.max(eh);
            elts.push(e);
        }
        if !comma && elts.len() == 1 {
            if let Some(e) = elts.pop() {
                return Ok((e, h));
            }
        }
        let loc = elts.first().map(|e| e.loc).unwrap_or_default();
        let (t, h) = self.node(
            loc,
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Store,
            },
            h + 1,
        )?;
        Ok((t, h))
    }

    /// `subscriptlist: subscript (',' subscript)* [',']`
    fn subscriptlist(&mut self) -> PResult<(Slice, u32)> {
        let start = self.loc();
        let first = self.subscript()?;
        if !self.at(TokenKind::Comma) {
            return Ok(first);
        }
        let mut h = first.1;
        let mut dims = vec![first.0];
        while self.eat(TokenKind::Comma) {
            if !self.starts_test(false) && !self.at(TokenKind::Colon) {
                break;
            }
            let s = self.subscript()?;
            h = h.max(s.1);
            dims.push(s.0);
        }
        if dims.iter().all(|d| matches!(d, Slice::Index { .. })) {
            let elts = dims
                .into_iter()
                .filter_map(|d| match d {
                    Slice::Index { value } => Some(*value),
                    _ => None,
                })
                .collect();
            let (t, th) = self.tuple(elts, start, h + 1)?;
            return Ok((Slice::Index { value: Box::new(t) }, th + 1));
        }
        Ok((Slice::ExtSlice { dims }, h + 1))
    }

    /// `subscript: test | [test] ':' [test] [sliceop]`, `sliceop: ':' [test]`
    fn subscript(&mut self) -> PResult<(Slice, u32)> {
        let mut h = 0;
        let lower = if self.at(TokenKind::Colon) {
            None
        } else {
            let e = self.test()?;
            if !self.at(TokenKind::Colon) {
                let eh = e.1 + 1;
                return Ok((
                    Slice::Index {
                        value: Box::new(e.0),
                    },
                    eh,
                ));
            }
            h = e.1;
            Some(Box::new(e.0))
        };
        self.expect(TokenKind::Colon)?;
        let upper = if self.starts_test(false) {
            let e = self.test()?;
            h = h.max(e.1);
            Some(Box::new(e.0))
        } else {
            None
        };
        let mut step = None;
        if self.eat(TokenKind::Colon) && self.starts_test(false) {
            let e = self.test()?;
            h = h.max(e.1);
            step = Some(Box::new(e.0));
        }
        Ok((Slice::Slice { lower, upper, step }, h + 1))
    }

    /// `yield_expr: 'yield' [yield_arg]`, `yield_arg: 'from' test | testlist`
    pub(crate) fn yield_expr(&mut self) -> PResult<Ex> {
        let loc = self.loc();
        self.expect_kw("yield")?;
        if self.eat_kw("from") {
            let value = self.test()?;
            let h = value.1 + 1;
            return self.node(
                loc,
                ExprKind::YieldFrom {
                    value: Box::new(value.0),
                },
                h,
            );
        }
        if self.starts_test(false) {
            let value = self.testlist()?;
            let h = value.1 + 1;
            return self.node(
                loc,
                ExprKind::Yield {
                    value: Some(Box::new(value.0)),
                },
                h,
            );
        }
        self.node(loc, ExprKind::Yield { value: None }, 1)
    }
}
