//! `ast.dump()` as CPython 3.4 prints it (placeholder until the parser lands).

use super::ast::Mod;

/// Formats a tree exactly as CPython 3.4's `ast.dump(tree)` does.
pub fn dump(_tree: &Mod) -> String {
    String::new()
}
