//! The tokenizer (placeholder until the real lexer lands).

use super::error::SyntaxError;
use super::token::Token;

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

/// Splits decoded source text into tokens.
pub fn tokenize(_source: &str) -> Lexed {
    Lexed {
        tokens: Vec::new(),
        error: Some(SyntaxError::new("lexer not implemented", 1, 1)),
    }
}

/// The token listing `kaa tokens FILE` prints: one token per line,
/// `KIND 'text' line:col`, INDENT/DEDENT/NEWLINE included; a tokenizer error
/// ends the listing as `Err`.
pub fn dump_tokens(source: &str) -> Result<String, SyntaxError> {
    let lexed = tokenize(source);
    match lexed.error {
        Some(e) => Err(e),
        None => Ok(String::new()),
    }
}
