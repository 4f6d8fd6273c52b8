//! Replacement templates for `sub()` and `Match.expand()` (CPython 3.4's `parse_template`).

use super::error::{ErrorKind, RegexError};
use super::Regex;

/// One piece of a parsed template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Text copied as is (code points; byte values for bytes templates).
    Literal(Vec<u32>),
    /// The text of a group (the number is checked when the template is expanded, as 3.4 does).
    Group(usize),
}

fn push_lit(out: &mut Vec<Piece>, c: u32) {
    if let Some(Piece::Literal(v)) = out.last_mut() {
        v.push(c);
    } else {
        out.push(Piece::Literal(vec![c]));
    }
}

/// Python's `int(name)` for a group reference: optional spaces and sign, then digits.
fn parse_int(name: &str) -> Option<i64> {
    let t = name.trim_matches(|c: char| c.is_whitespace());
    let digits = t.strip_prefix(['+', '-']).unwrap_or(t);
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let v: i64 = digits.parse().unwrap_or(i64::MAX);
    Some(if t.starts_with('-') { -v } else { v })
}

/// Parses `repl` (chars; bytes as latin-1) for the pattern `re`.
pub fn parse(repl: &[char], re: &Regex) -> Result<Vec<Piece>, RegexError> {
    let mut out = Vec::new();
    let mut i = 0;
    let oct = |c: Option<&char>| c.is_some_and(|c| ('0'..='7').contains(c));
    let dig = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_digit());
    while let Some(&c) = repl.get(i) {
        i += 1;
        if c != '\\' {
            push_lit(&mut out, c as u32);
            continue;
        }
        let Some(&e) = repl.get(i) else {
            return Err(RegexError::error("bogus escape (end of line)"));
        };
        i += 1;
        match e {
            'g' => {
                let mut name = String::new();
                if repl.get(i) == Some(&'<') {
                    i += 1;
                    loop {
                        match repl.get(i) {
                            None => return Err(RegexError::error("unterminated group name")),
                            Some('>') => {
                                i += 1;
                                break;
                            }
                            Some(&ch) => {
                                name.push(ch);
                                i += 1;
                            }
                        }
                    }
                }
                if name.is_empty() {
                    return Err(RegexError::error("missing group name"));
                }
                let index = match parse_int(&name) {
                    Some(v) if v < 0 => return Err(RegexError::error("negative group number")),
                    Some(v) => usize::try_from(v).unwrap_or(usize::MAX),
                    None => {
                        if !crate::text::case::isidentifier(&name) {
                            return Err(RegexError::error("bad character in group name"));
                        }
                        match re.group_index(&name) {
                            Some(g) => g,
                            None => {
                                return Err(RegexError::new(ErrorKind::Index, "unknown group name"))
                            }
                        }
                    }
                };
                out.push(Piece::Group(index));
            }
            '0' => {
                let mut v = 0u32;
                for _ in 0..2 {
                    if oct(repl.get(i)) {
                        v = v * 8 + (repl[i] as u32 - 48);
                        i += 1;
                    } else {
                        break;
                    }
                }
                push_lit(&mut out, v & 0xff);
            }
            '1'..='9' => {
                let mut num = e as u32 - 48;
                let mut octal = false;
                if dig(repl.get(i)) {
                    let d2 = repl[i];
                    i += 1;
                    if oct(Some(&e)) && oct(Some(&d2)) && oct(repl.get(i)) {
                        let d3 = repl[i];
                        i += 1;
                        octal = true;
                        push_lit(
                            &mut out,
                            ((e as u32 - 48) * 64 + (d2 as u32 - 48) * 8 + (d3 as u32 - 48)) & 0xff,
                        );
                    } else {
                        num = num * 10 + (d2 as u32 - 48);
                    }
                }
                if !octal {
                    out.push(Piece::Group(num as usize));
                }
            }
            _ => {
                let simple = match e {
                    'a' => Some(7),
                    'b' => Some(8),
                    'f' => Some(12),
                    'n' => Some(10),
                    'r' => Some(13),
                    't' => Some(9),
                    'v' => Some(11),
                    '\\' => Some(92),
                    _ => None,
                };
                match simple {
                    Some(v) => push_lit(&mut out, v),
                    None => {
                        push_lit(&mut out, '\\' as u32);
                        push_lit(&mut out, e as u32);
                    }
                }
            }
        }
    }
    Ok(out)
}
