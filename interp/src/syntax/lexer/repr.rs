//! Token text written as Python's `repr()` writes a str, for `kaa tokens`.

/// Appends `s` to `out` as Python's `repr(s)` would write it: single quotes
/// unless `s` holds a `'` and no `"`; `\\`, `\n`, `\r`, `\t` and the quote
/// escaped; other non-printable characters as `\xhh`, `\uhhhh` or
/// `\Uhhhhhhhh`.
///
/// "Non-printable" is approximated by Unicode's control, format, separator
/// and private-use ranges that source code can realistically contain (Python
/// consults the full Unicode database); printable text is copied as is.
pub(super) fn push_repr(out: &mut String, s: &str) {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if is_printable(c) => out.push(c),
            _ => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
        }
    }
    out.push(quote);
}

/// An approximation of `str.isprintable()` for one character.
fn is_printable(c: char) -> bool {
    let n = c as u32;
    !matches!(n,
        0x00..=0x1f | 0x7f..=0xa0 | 0xad
        | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x180e
        | 0x1680 | 0x2000..=0x200f | 0x2028..=0x202f | 0x205f..=0x2064
        | 0x2066..=0x206f | 0x3000 | 0xd800..=0xf8ff | 0xfeff
        | 0xfff9..=0xfffb | 0xfffe | 0xffff
        | 0x110bd | 0x1bca0..=0x1bca3 | 0x1d173..=0x1d17a
        | 0xe0000..=0xe0fff | 0xf0000..=0x10ffff)
}

#[cfg(test)]
mod tests {
    use super::push_repr;

    fn repr(s: &str) -> String {
        let mut out = String::new();
        push_repr(&mut out, s);
        out
    }

    #[test]
    fn quotes_like_python() {
        // Expected values from python3: repr("abc"), repr("'a'"), ...
        assert_eq!(repr("abc"), "'abc'");
        assert_eq!(repr("'a'"), "\"'a'\"");
        assert_eq!(repr("'a\""), "'\\'a\"'");
        assert_eq!(repr("a\\b\n\t\r"), "'a\\\\b\\n\\t\\r'");
        assert_eq!(repr("\x0c\x00é\u{2028}"), "'\\x0c\\x00é\\u2028'");
    }
}
