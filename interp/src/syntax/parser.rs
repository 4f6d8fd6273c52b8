//! The parser (placeholder until the real parser lands).

use super::ast::Mod;
use super::error::SyntaxError;

/// What to parse a source as (the `mode` of `compile()`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module: `Module`.
    Exec,
    /// One expression: `Expression`.
    Eval,
    /// One interactive statement: `Interactive`.
    Single,
}

/// Parses decoded source text into an AST.
pub fn parse(source: &str, _mode: Mode) -> Result<Mod, SyntaxError> {
    let lexed = super::lexer::tokenize(source);
    Err(lexed
        .error
        .unwrap_or_else(|| SyntaxError::new("parser not implemented", 1, 1)))
}
