//! The compiler: symbol tables, code generation, assembly (placeholder).

use crate::syntax::SyntaxError;

/// Compiles `source` as a module and returns the `dis`-style listing of its
/// code objects (what `kaa dis FILE` prints).
pub fn disassemble(_source: &str, _filename: &str) -> Result<String, SyntaxError> {
    Err(SyntaxError::new("compiler not implemented", 1, 1))
}
