//! `repr()` of str and bytes, and `ascii()`, exactly as CPython 3.4 prints them.

use super::props::is_printable;
use std::fmt::Write;

/// The quote CPython picks: `"` when the text has `'` but no `"`, else `'`.
fn pick_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

/// Escapes one char the way repr/ascii do; `ascii_only` escapes all non-ASCII.
fn push_escaped(out: &mut String, c: char, quote: char, ascii_only: bool) {
    let cp = c as u32;
    match c {
        '\\' => out.push_str("\\\\"),
        '\t' => out.push_str("\\t"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        _ if c == quote => {
            out.push('\\');
            out.push(c);
        }
        _ if cp < 0x20 || cp == 0x7f => {
            let _ = write!(out, "\\x{cp:02x}");
        }
        _ if cp < 0x7f => out.push(c),
        _ if !ascii_only && is_printable(c) => out.push(c),
        _ if cp <= 0xff => {
            let _ = write!(out, "\\x{cp:02x}");
        }
        _ if cp <= 0xffff => {
            let _ = write!(out, "\\u{cp:04x}");
        }
        _ => {
            let _ = write!(out, "\\U{cp:08x}");
        }
    }
}

fn quoted(s: &str, ascii_only: bool) -> String {
    let quote = pick_quote(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        push_escaped(&mut out, c, quote, ascii_only);
    }
    out.push(quote);
    out
}

/// `repr()` (or with `ascii_only`, `ascii()`) of a string given as code
/// points, lone surrogates included (they are never printable, so they come
/// out as `\udXXX` escapes and the result is plain text).
pub fn wide_repr(cps: &[u32], ascii_only: bool) -> String {
    let quote = pick_quote(cps.contains(&0x27), cps.contains(&0x22));
    let mut out = String::with_capacity(cps.len() + 2);
    out.push(quote);
    for &cp in cps {
        match char::from_u32(cp) {
            Some(c) => push_escaped(&mut out, c, quote, ascii_only),
            None => {
                let _ = write!(out, "\\u{cp:04x}");
            }
        }
    }
    out.push(quote);
    out
}

/// `repr(s)` for a str (CPython 3.4: Unicode 6.3's printable set).
pub fn str_repr(s: &str) -> String {
    quoted(s, false)
}

/// `ascii(s)` for a str: repr with every non-ASCII char escaped.
pub fn str_ascii(s: &str) -> String {
    quoted(s, true)
}

/// Escapes the non-ASCII chars of already-formatted text, as `ascii(obj)` does to
/// `repr(obj)` of containers.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if cp < 0x80 {
            out.push(c);
        } else if cp <= 0xff {
            let _ = write!(out, "\\x{cp:02x}");
        } else if cp <= 0xffff {
            let _ = write!(out, "\\u{cp:04x}");
        } else {
            let _ = write!(out, "\\U{cp:08x}");
        }
    }
    out
}

/// `repr(b)` for bytes: `b'...'`.
pub fn bytes_repr(b: &[u8]) -> String {
    bytes_repr_with_prefix(b, "b", "")
}

/// `repr(bytearray(b))`: `bytearray(b'...')`; unlike bytes, CPython escapes `'`
/// even inside double quotes here.
pub fn bytearray_repr(b: &[u8]) -> String {
    bytes_like_repr(b, "bytearray(b", ")", true)
}

/// The repr of a bytes-like value between `prefix` and `suffix`, quoting as bytes do.
pub fn bytes_repr_with_prefix(b: &[u8], prefix: &str, suffix: &str) -> String {
    bytes_like_repr(b, prefix, suffix, false)
}

fn bytes_like_repr(b: &[u8], prefix: &str, suffix: &str, always_escape_single: bool) -> String {
    let quote = pick_quote(b.contains(&b'\''), b.contains(&b'"'));
    let mut out = String::with_capacity(b.len() + prefix.len() + suffix.len() + 2);
    out.push_str(prefix);
    out.push(quote);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if byte as char == quote || (always_escape_single && byte == b'\'') => {
                out.push('\\');
                out.push(byte as char);
            }
            0x20..=0x7e => out.push(byte as char),
            _ => {
                let _ = write!(out, "\\x{byte:02x}");
            }
        }
    }
    out.push(quote);
    out.push_str(suffix);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs() {
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("a'\""), "'a\\'\"'");
        assert_eq!(
            str_repr("\u{20bd}\u{1F600}\u{e9}\x00"),
            "'\\u20bd\u{1F600}\u{e9}\\x00'"
        );
        assert_eq!(str_ascii("\u{e9}\u{1F600}"), "'\\xe9\\U0001f600'");
        assert_eq!(bytes_repr(b"a'\x00\xff"), "b\"a'\\x00\\xff\"");
    }
}
