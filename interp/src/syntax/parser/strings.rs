//! Literal atoms: numbers and (adjacent, concatenated) string literals.
//! Decoding is [`crate::syntax::literal`]'s; errors are `ast.c`-level and
//! point at the first string of the atom.

use super::{Ex, PResult, Parser};
use crate::syntax::ast::ExprKind;
use crate::syntax::literal::{decode_number, decode_string, StringLiteral};
use crate::syntax::token::TokenKind;

impl<'s> Parser<'s> {
    /// A NUMBER atom.
    pub(crate) fn number(&mut self) -> PResult<Ex> {
        let loc = self.loc();
        let text = self.text();
        self.bump();
        let n = match decode_number(text) {
            Ok(n) => n,
            Err(e) => {
                self.defer(e.to_string(), loc);
                crate::syntax::ast::Number::Int(Default::default())
            }
        };
        self.node(loc, ExprKind::Num { n }, 1)
    }

    /// `STRING+`: one Str or Bytes node for adjacent literals.
    pub(crate) fn strings(&mut self) -> PResult<Ex> {
        let loc = self.loc();
        let mut value: Option<StringLiteral> = None;
        let mut failed = false;
        while self.at(TokenKind::String) {
            let text = self.text();
            self.bump();
            if failed {
                continue;
            }
            let part = match decode_string(text) {
                Ok(part) => part,
                Err(e) => {
                    self.defer(e.to_string(), loc);
                    failed = true;
                    continue;
                }
            };
            value = Some(match (value, part) {
                (None, part) => part,
                (Some(a @ (StringLiteral::Str(_) | StringLiteral::Wide(_))), b)
                    if !matches!(b, StringLiteral::Bytes(_)) =>
                {
                    StringLiteral::concat_str(a, b).unwrap_or(StringLiteral::Str(String::new()))
                }
                (Some(StringLiteral::Bytes(mut a)), StringLiteral::Bytes(b)) => {
                    a.extend_from_slice(&b);
                    StringLiteral::Bytes(a)
                }
                (Some(first), _) => {
                    self.defer("cannot mix bytes and nonbytes literals", loc);
                    failed = true;
                    first
                }
            });
        }
        let kind = match value {
            Some(StringLiteral::Bytes(s)) => ExprKind::Bytes { s },
            Some(StringLiteral::Str(s)) => ExprKind::Str { s, wide: None },
            Some(StringLiteral::Wide(cps)) => ExprKind::Str {
                s: cps
                    .iter()
                    .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
                    .collect(),
                wide: Some(cps.into_boxed_slice()),
            },
            None => ExprKind::Str {
                s: String::new(),
                wide: None,
            },
        };
        self.node(loc, kind, 1)
    }
}
