//! Case conversion and the `is...` predicates of str, with CPython 3.4's rules
//! (full case mappings, final sigma, title-casing by cased/uncased transitions,
//! `capitalize` uppercasing the first char as 3.4 does, 3.8+ titlecases it).

use super::props::*;

/// Lowercase of char `i` of `chars` with the final-sigma rule.
fn push_lower_at(chars: &[char], i: usize, out: &mut String) {
    let c = chars[i];
    if c != '\u{3a3}' {
        push_lower(c, out);
        return;
    }
    let before = chars[..i].iter().rev().find(|&&c| !is_case_ignorable(c));
    let mut final_sigma = before.is_some_and(|&c| is_cased(c));
    if final_sigma {
        let after = chars[i + 1..].iter().find(|&&c| !is_case_ignorable(c));
        final_sigma = after.is_none_or(|&c| !is_cased(c));
    }
    out.push(if final_sigma { '\u{3c2}' } else { '\u{3c3}' });
}

/// A context-free mapping of `s`, a chunk at a time: on huge inputs it stops
/// at the deadline with a partial result, after
/// `sandbox::deadline::mark_interrupted` (callers ask `Vm::after_kernel`).
fn map_paced(s: &str, f: impl Fn(&str, &mut String)) -> String {
    super::pace::map_str(s, f).unwrap_or_else(|_| {
        crate::sandbox::deadline::mark_interrupted();
        String::new()
    })
}

/// `s.lower()` (stops early on huge inputs past the deadline, see
/// [`map_paced`]).
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return map_paced(s, |c, out| out.push_str(&c.to_ascii_lowercase()));
    }
    let mut pacer = crate::sandbox::deadline::Pacer::new();
    let mut chars: Vec<char> = Vec::with_capacity(s.len());
    for c in s.chars() {
        chars.push(c);
        if pacer.stopped(4) {
            return String::new();
        }
    }
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if pacer.stopped(4) {
            return out;
        }
        push_lower_at(&chars, i, &mut out);
    }
    out
}

/// `s.upper()` (stops early on huge inputs past the deadline, see
/// [`map_paced`]).
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return map_paced(s, |c, out| out.push_str(&c.to_ascii_uppercase()));
    }
    map_paced(s, |c, out| c.chars().for_each(|c| push_upper(c, out)))
}

/// `s.casefold()` (stops early on huge inputs past the deadline, see
/// [`map_paced`]).
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return map_paced(s, |c, out| out.push_str(&c.to_ascii_lowercase()));
    }
    map_paced(s, |c, out| c.chars().for_each(|c| push_fold(c, out)))
}

/// `s`'s chars, collected with a stop check every chunk; `None` (after
/// `sandbox::deadline::mark_interrupted`) once the evaluation must stop.
fn chars_paced(s: &str, pacer: &mut crate::sandbox::deadline::Pacer) -> Option<Vec<char>> {
    let mut chars: Vec<char> = Vec::with_capacity(s.len());
    for piece in super::pace::str_chunks(s) {
        chars.extend(piece.chars());
        if pacer.stopped(piece.len() * 4) {
            return None;
        }
    }
    Some(chars)
}

/// `s.swapcase()` (stops early on huge inputs past the deadline, see
/// [`map_paced`]).
pub fn swapcase(s: &str) -> String {
    if s.is_ascii() {
        return map_paced(s, |c, out| {
            out.extend(c.chars().map(|c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            }))
        });
    }
    let mut pacer = crate::sandbox::deadline::Pacer::new();
    let Some(chars) = chars_paced(s, &mut pacer) else {
        return String::new();
    };
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if pacer.stopped(4) {
            return out;
        }
        if is_upper(c) {
            push_lower_at(&chars, i, &mut out);
        } else if is_lower(c) {
            push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}

/// `s.title()`: titlecase after an uncased char, lowercase after a cased one
/// (stops early on huge inputs past the deadline, see [`map_paced`]).
pub fn title(s: &str) -> String {
    let mut pacer = crate::sandbox::deadline::Pacer::new();
    let Some(chars) = chars_paced(s, &mut pacer) else {
        return String::new();
    };
    let mut out = String::with_capacity(s.len());
    let mut previous_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if pacer.stopped(4) {
            return out;
        }
        if previous_cased {
            push_lower_at(&chars, i, &mut out);
        } else {
            push_title(c, &mut out);
        }
        previous_cased = is_cased(c);
    }
    out
}

/// `s.capitalize()` (3.4: the first char is uppercased, the rest
/// lowercased; stops early on huge inputs past the deadline, see
/// [`map_paced`]).
pub fn capitalize(s: &str) -> String {
    let mut pacer = crate::sandbox::deadline::Pacer::new();
    let Some(chars) = chars_paced(s, &mut pacer) else {
        return String::new();
    };
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if pacer.stopped(4) {
            return out;
        }
        if i == 0 {
            push_upper(c, &mut out);
        } else {
            push_lower_at(&chars, i, &mut out);
        }
    }
    out
}

fn all_nonempty(s: &str, f: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

/// `s.isalpha()`.
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, is_alpha)
}

/// `s.isalnum()`.
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, is_alnum)
}

/// `s.isdecimal()`.
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, is_decimal)
}

/// `s.isdigit()`.
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, is_digit)
}

/// `s.isnumeric()`.
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, is_numeric)
}

/// `s.isspace()`.
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, is_space)
}

/// `s.isprintable()` (true for the empty string).
pub fn isprintable(s: &str) -> bool {
    s.chars().all(is_printable)
}

/// `s.isidentifier()`.
pub fn isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || is_xid_start(c) => it.all(is_xid_continue),
        _ => false,
    }
}

/// `s.islower()`: some cased char, none uppercase or titlecase.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            return false;
        }
        cased |= is_lower(c);
    }
    cased
}

/// `s.isupper()`: some cased char, none lowercase or titlecase.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_title(c) {
            return false;
        }
        cased |= is_upper(c);
    }
    cased
}

/// `s.istitle()`: uppercase/titlecase only after uncased chars, lowercase only after cased.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}
