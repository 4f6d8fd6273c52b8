//! The tokenizer: Python 3.4's lexical grammar, as CPython's C tokenizer
//! (`Parser/tokenizer.c`) applies it to a source file.
//!
//! The lexer produces every token of the file up front. When it meets an
//! error it stops and returns the tokens so far together with the error; the
//! parser reports that error only when it runs out of tokens, which is what
//! CPython's pull-based parser does (a parse error earlier in the file wins).
//!
//! Conventions the parser can rely on:
//!
//! * Keywords are `Name` tokens.
//! * Tokens that the C tokenizer would hand over as `OP`/`ERRORTOKEN`
//!   (a stray `$`, `?`, `!`, a backtick, a control character, the `<>`
//!   operator that 3.4 rejects) end the stream with `SyntaxError: invalid
//!   syntax` placed where CPython's parser would place it.
//! * At end of file the lexer emits a NEWLINE when the last logical line is
//!   still open (its span is empty), then one DEDENT per open block, then
//!   ENDMARKER. ENDMARKER sits on line `n + 1`, column 0 (`n` = number of
//!   physical lines), as in Python's `tokenize` module.
//! * A token with an empty span that starts on ENDMARKER's line is an
//!   *end-of-file token* ([`Lexed::is_eof_token`]). CPython 3.4 reports a
//!   parse error at such a token as `unexpected EOF while parsing`; build that
//!   error with [`unexpected_eof`]. (The NEWLINE supplied for a last line that
//!   lacks its line break is *not* an end-of-file token: CPython reports
//!   `invalid syntax` there, because it fakes a real newline.)
//! * Brackets still open at end of file end the stream with
//!   `unexpected EOF while parsing`, since no NEWLINE can be valid there.
//! * The lexer does not limit bracket nesting (CPython 3.4's tokenizer does
//!   not either; its parser fails with `s_push: parser stack overflow` /
//!   `MemoryError` at 100 levels). It uses no recursion, so any depth is safe.

mod errors;
mod repr;
mod scanner;
mod strings;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_errors;
mod words;

use super::error::SyntaxError;
use super::token::{Token, TokenKind};

pub use errors::{error_offset, unexpected_eof};

/// The tokens of a source text up to the first error, and that error.
///
/// The parser reports `error` only when it reaches the end of `tokens`, so a
/// parse error earlier in the file wins, as in CPython (whose parser pulls
/// tokens on demand).
#[derive(Clone, Debug, Default)]
pub struct Lexed {
    /// Tokens, ending with ENDMARKER when there was no error.
    pub tokens: Vec<Token>,
    /// The tokenizer error that stopped it, if any.
    pub error: Option<SyntaxError>,
}

impl Lexed {
    /// True when `tok` is an end-of-file token: the empty-span NEWLINE that
    /// closes a logical line left open by a backslash at end of file, a
    /// DEDENT at end of file, or ENDMARKER. A parse error at such a token is
    /// `unexpected EOF while parsing` in CPython 3.4 (see [`unexpected_eof`]).
    pub fn is_eof_token(&self, tok: &Token) -> bool {
        match self.tokens.last() {
            Some(last) if last.kind == TokenKind::EndMarker => {
                tok.span.is_empty() && tok.start.line >= last.start.line
            }
            _ => false,
        }
    }
}

/// Splits decoded source text into tokens (see the module documentation for
/// the conventions). Never panics, whatever the input; runs in linear time.
pub fn tokenize(source: &str) -> Lexed {
    scanner::Scanner::new(source).run()
}

/// The token listing `kaa tokens FILE` prints: one token per line,
/// `KIND 'text' line:col`, INDENT/DEDENT/NEWLINE included; a tokenizer error
/// ends the listing as `Err`.
///
/// `text` is the token's source text written as Python's `repr()` of a str
/// writes it (single quotes unless the text holds a `'` and no `"`). INDENT
/// shows the indentation, NEWLINE its line break (`''` when the file lacks
/// one), DEDENT and ENDMARKER `''`. `line:col` is the start: 1-based line,
/// 0-based column in UTF-8 bytes.
pub fn dump_tokens(source: &str) -> Result<String, SyntaxError> {
    let lexed = tokenize(source);
    if let Some(e) = lexed.error {
        return Err(e);
    }
    let mut out = String::with_capacity(lexed.tokens.len() * 16);
    for tok in &lexed.tokens {
        out.push_str(tok.kind.name());
        out.push(' ');
        repr::push_repr(&mut out, token_text(source, tok));
        out.push(' ');
        out.push_str(&tok.start.line.to_string());
        out.push(':');
        out.push_str(&tok.start.col.to_string());
        out.push('\n');
    }
    Ok(out)
}

/// The text `kaa tokens` shows for a token: its span, or for INDENT the
/// indentation in front of it.
fn token_text<'s>(source: &'s str, tok: &Token) -> &'s str {
    if tok.kind == TokenKind::Indent {
        let end = tok.span.start;
        let start = end.saturating_sub(tok.end.col as usize);
        return source.get(start..end).unwrap_or("");
    }
    source.get(tok.span.clone()).unwrap_or("")
}
