//! Literal atoms: numbers and (adjacent, concatenated) string literals.
//! Decoding is [`crate::syntax::literal`]'s; errors are `ast.c`-level and
//! point at the first string of the atom.

use super::{Ex, PResult, Parser};
use crate::syntax::ast::ExprKind;
use crate::syntax::token::TokenKind;
use temp_literal::{decode_number, decode_string, StringLiteral};

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
                (Some(StringLiteral::Str(mut a)), StringLiteral::Str(b)) => {
                    a.push_str(&b);
                    StringLiteral::Str(a)
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
            Some(StringLiteral::Str(s)) => ExprKind::Str { s },
            None => ExprKind::Str { s: String::new() },
        };
        self.node(loc, kind, 1)
    }
}

/// Minimal literal decoding until `crate::syntax::literal` lands (temporary).
mod temp_literal {
    use crate::syntax::ast::Number;

    /// A decoded string literal.
    pub(crate) enum StringLiteral {
        Str(String),
        Bytes(Vec<u8>),
    }

    /// Temporary: strips prefix and quotes without decoding escapes.
    pub(crate) fn decode_string(text: &str) -> Result<StringLiteral, String> {
        let prefix_len = text.find(['\'', '"']).unwrap_or(0);
        let prefix = text[..prefix_len].to_ascii_lowercase();
        let body = &text[prefix_len..];
        let q = if body.starts_with("'''") || body.starts_with("\"\"\"") {
            3
        } else {
            1
        };
        let inner = body.get(q..body.len().saturating_sub(q)).unwrap_or("");
        if prefix.contains('b') {
            Ok(StringLiteral::Bytes(inner.as_bytes().to_vec()))
        } else {
            Ok(StringLiteral::Str(inner.to_string()))
        }
    }

    /// Temporary: decimal ints and floats only.
    pub(crate) fn decode_number(text: &str) -> Result<Number, String> {
        if let Some(imag) = text.strip_suffix(['j', 'J']) {
            return imag
                .parse()
                .map(|imag| Number::Complex { imag })
                .map_err(|e| e.to_string());
        }
        if let Ok(i) = text.parse() {
            return Ok(Number::Int(i));
        }
        text.parse()
            .map(Number::Float)
            .map_err(|e: std::num::ParseFloatError| e.to_string())
    }
}
