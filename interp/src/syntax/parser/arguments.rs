//! Argument lists of calls and class definitions (`arglist`), and parameter
//! lists of `def` and `lambda` (`typedargslist`, `varargslist`), with
//! CPython 3.4's `ast.c` checks: `non-keyword arg after keyword arg`,
//! `only named arguments may follow *expression`, `keyword argument
//! repeated`, `keyword can't be an expression`, `Generator expression must
//! be parenthesized if not sole argument`, `more than 255 arguments`,
//! `non-default argument follows default argument`, `named arguments must
//! follow bare *`.

use super::{Ex, PResult, Parser};
use crate::syntax::ast::{Arg, Arguments, Expr, ExprKind, Keyword, Loc};
use crate::syntax::token::TokenKind;

/// The parts of a parsed `arglist`.
#[derive(Default)]
pub(crate) struct CallArgs {
    pub(crate) args: Vec<Expr>,
    pub(crate) keywords: Vec<Keyword>,
    pub(crate) starargs: Option<Box<Expr>>,
    pub(crate) kwargs: Option<Box<Expr>>,
    /// Greatest height among the argument expressions.
    pub(crate) h: u32,
}

/// What an `argument` of a call turned out to be.
pub(crate) enum ArgumentKind {
    Positional,
    Generator,
    Keyword,
}

impl<'s> Parser<'s> {
    /// A call trailer `'(' [arglist] ')'` applied to `func`; the Call is
    /// placed at `loc`.
    pub(crate) fn call(&mut self, func: Ex, loc: Loc) -> PResult<Ex> {
        self.enter()?;
        self.open_bracket()?;
        let a = self.arglist()?;
        self.close_bracket(TokenKind::RPar)?;
        self.leave();
        let h = 1 + func.1.max(a.h);
        self.node(
            loc,
            ExprKind::Call {
                func: Box::new(func.0),
                args: a.args,
                keywords: a.keywords,
                starargs: a.starargs,
                kwargs: a.kwargs,
            },
            h,
        )
    }

    /// `arglist` up to (not including) the closing `)`.
    pub(crate) fn arglist(&mut self) -> PResult<CallArgs> {
        let list_start = self.loc();
        let errors_before = self.deferred.is_some();
        let mut out = CallArgs::default();
        let (mut nargs, mut ngens) = (0usize, 0usize);
        loop {
            if self.at(TokenKind::RPar) {
                break;
            }
            if self.at(TokenKind::Star) {
                if out.starargs.is_some() {
                    return Err(self.unexpected());
                }
                self.bump();
                let e = self.test()?;
                out.h = out.h.max(e.1);
                out.starargs = Some(Box::new(e.0));
                if !self.eat(TokenKind::Comma) {
                    break;
                }
                if self.at(TokenKind::RPar) {
                    return Err(self.unexpected());
                }
                continue;
            }
            if self.at(TokenKind::DoubleStar) {
                self.bump();
                let e = self.test()?;
                out.h = out.h.max(e.1);
                out.kwargs = Some(Box::new(e.0));
                break;
            }
            let start = self.loc();
            let e = self.test()?;
            match self.finish_argument(&mut out, e, start)? {
                ArgumentKind::Positional => nargs += 1,
                ArgumentKind::Generator => ngens += 1,
                ArgumentKind::Keyword => {}
            }
            if !self.eat(TokenKind::Comma) {
                break;
            }
            if out.starargs.is_some() && self.at(TokenKind::RPar) {
                return Err(self.unexpected());
            }
        }
        // ast.c makes these two checks before it looks at any argument.
        let nkeywords = out.keywords.len();
        let message = if ngens > 1 || (ngens > 0 && (nargs > 0 || nkeywords > 0)) {
            Some("Generator expression must be parenthesized if not sole argument")
        } else if nargs + nkeywords + ngens > 255 {
            Some("more than 255 arguments")
        } else {
            None
        };
        if let Some(message) = message {
            if !errors_before {
                self.deferred = None;
            }
            self.defer(message, list_start);
        }
        out.h += 1;
        Ok(out)
    }

    /// The rest of an `argument: test [comp_for] | test '=' test` whose
    /// first test `e` (starting at `start`) has been read; adds it to `out`.
    /// Kept out of `arglist` so that the frame nested calls recurse through
    /// stays small.
    #[inline(never)]
    fn finish_argument(&mut self, out: &mut CallArgs, e: Ex, start: Loc) -> PResult<ArgumentKind> {
        if self.at_kw("for") {
            let (generators, gh) = self.comp_for()?;
            let h = 1 + e.1.max(gh);
            let g = self.node(
                start,
                ExprKind::GeneratorExp {
                    elt: Box::new(e.0),
                    generators,
                },
                h,
            )?;
            out.h = out.h.max(g.1);
            out.args.push(g.0);
            return Ok(ArgumentKind::Generator);
        }
        if self.eat(TokenKind::Equal) {
            let value = self.test()?;
            out.h = out.h.max(e.1).max(value.1);
            let arg = match e.0.kind {
                ExprKind::Lambda { .. } => {
                    self.defer("lambda cannot contain assignment", start);
                    String::new()
                }
                ExprKind::Name { id, .. } => {
                    self.check_forbidden(&id, start);
                    if out.keywords.iter().any(|k| k.arg == id) {
                        self.defer("keyword argument repeated", start);
                    }
                    id
                }
                _ => {
                    self.defer("keyword can't be an expression", start);
                    String::new()
                }
            };
            out.keywords.push(Keyword {
                arg,
                value: value.0,
            });
            return Ok(ArgumentKind::Keyword);
        }
        if !out.keywords.is_empty() {
            self.defer("non-keyword arg after keyword arg", start);
        } else if out.starargs.is_some() {
            self.defer("only named arguments may follow *expression", start);
        }
        out.h = out.h.max(e.1);
        out.args.push(e.0);
        Ok(ArgumentKind::Positional)
    }

    /// A parameter list up to (not including) `end` (`)` for `def`, `:` for
    /// `lambda`); `typed` allows annotations (`tfpdef: NAME [':' test]`).
    /// Returns the arguments with the greatest height in them (+1).
    pub(crate) fn parameters(&mut self, end: TokenKind, typed: bool) -> PResult<(Arguments, u32)> {
        let list_start = self.loc();
        let errors_before = self.deferred.is_some();
        let mut a = Arguments::default();
        let mut h = 0;
        let mut found_default = false;
        let mut default_error = false;
        loop {
            if self.at(end) {
                break;
            }
            if self.at(TokenKind::Star) {
                let star_loc = self.loc();
                self.bump();
                if self.at_identifier() {
                    let (arg, ah) = self.param(typed)?;
                    h = h.max(ah);
                    a.vararg = Some(arg);
                }
                let bare = a.vararg.is_none();
                let mut bare_error = None;
                if self.eat(TokenKind::Comma) {
                    loop {
                        if self.at(TokenKind::DoubleStar) {
                            if bare && a.kwonlyargs.is_empty() {
                                // ast.c's handle_keywordonly_args names the `**`.
                                bare_error = Some(self.loc());
                            }
                            let (arg, ah) = self.double_star_param(typed)?;
                            h = h.max(ah);
                            a.kwarg = Some(arg);
                            break;
                        }
                        if !self.at_identifier() {
                            return Err(self.unexpected());
                        }
                        let (arg, ah) = self.param(typed)?;
                        h = h.max(ah);
                        a.kwonlyargs.push(arg);
                        if self.eat(TokenKind::Equal) {
                            let d = self.test()?;
                            h = h.max(d.1);
                            a.kw_defaults.push(Some(d.0));
                        } else {
                            a.kw_defaults.push(None);
                        }
                        if !self.eat(TokenKind::Comma) {
                            break;
                        }
                    }
                } else if bare {
                    bare_error = Some(star_loc);
                }
                if let Some(at) = bare_error {
                    self.defer("named arguments must follow bare *", at);
                }
                break;
            }
            if self.at(TokenKind::DoubleStar) {
                let (arg, ah) = self.double_star_param(typed)?;
                h = h.max(ah);
                a.kwarg = Some(arg);
                break;
            }
            if !self.at_identifier() {
                return Err(self.unexpected());
            }
            let (arg, ah) = self.param(typed)?;
            h = h.max(ah);
            a.args.push(arg);
            if self.eat(TokenKind::Equal) {
                let d = self.test()?;
                h = h.max(d.1);
                a.defaults.push(d.0);
                found_default = true;
            } else if found_default && !default_error {
                default_error = true;
                self.defer("non-default argument follows default argument", list_start);
            }
            if !self.eat(TokenKind::Comma) {
                break;
            }
        }
        // ast.c makes this check before it looks at any parameter.
        if a.args.len() + a.kwonlyargs.len() > 255 {
            if !errors_before {
                self.deferred = None;
            }
            self.defer("more than 255 arguments", list_start);
        }
        Ok((a, h + 1))
    }

    /// `'**' tfpdef`, which must end the list (no trailing comma in 3.4).
    fn double_star_param(&mut self, typed: bool) -> PResult<(Arg, u32)> {
        self.expect(TokenKind::DoubleStar)?;
        if !self.at_identifier() {
            return Err(self.unexpected());
        }
        self.param(typed)
    }

    /// `tfpdef: NAME [':' test]` (or `vfpdef: NAME`).
    fn param(&mut self, typed: bool) -> PResult<(Arg, u32)> {
        let loc = self.loc();
        let name = self.identifier()?;
        self.check_forbidden(&name, loc);
        let mut h = 1;
        let annotation = if typed && self.eat(TokenKind::Colon) {
            let e = self.test()?;
            h = e.1 + 1;
            Some(Box::new(e.0))
        } else {
            None
        };
        Ok((
            Arg {
                loc,
                arg: name,
                annotation,
            },
            h,
        ))
    }
}
