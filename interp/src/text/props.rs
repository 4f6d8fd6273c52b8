//! Per-character Unicode properties and case mappings with Python's definitions,
//! backed by the generated [`super::tables`].

use super::tables as t;

/// True when `cp` lies in one of the sorted, disjoint inclusive ranges.
fn in_ranges(table: &[(u32, u32)], cp: u32) -> bool {
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                std::cmp::Ordering::Less
            } else if lo > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Looks a char up in a sorted mapping table.
fn lookup(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    let cp = c as u32;
    table
        .binary_search_by_key(&cp, |&(k, _)| k)
        .ok()
        .and_then(|i| table.get(i))
        .map(|&(_, s)| s)
}

/// `c.isprintable()` as CPython 3.4 (Unicode 6.3 table).
pub fn is_printable(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x80 {
        return (0x20..0x7f).contains(&cp);
    }
    in_ranges(t::PRINTABLE, cp)
}

/// `c.isalpha()`.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(t::ALPHA, c as u32)
}

/// The decimal digit value of `c` (category Nd), as `int()` and `isdecimal` use it.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let cp = c as u32;
    let i = t::DECIMAL.partition_point(|&(_, hi, _)| hi < cp);
    match t::DECIMAL.get(i) {
        Some(&(lo, hi, v)) if lo <= cp && cp <= hi => Some(v + (cp - lo)),
        _ => None,
    }
}

/// `c.isdecimal()`.
pub fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

/// `c.isdigit()`.
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(t::DIGIT, c as u32)
}

/// `c.isnumeric()`.
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(t::NUMERIC, c as u32)
}

/// `c.isalnum()`: alpha, decimal, digit or numeric.
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// `c.isspace()` (Python's definition: bidi class WS, B or S, or category Zs).
pub fn is_space(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x80 {
        return matches!(cp, 0x09..=0x0d | 0x1c..=0x20);
    }
    in_ranges(t::SPACE, cp)
}

/// True for the line boundaries of `str.splitlines`.
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// Lowercase property (`c.islower()` for one char).
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_ranges(t::LOWER, c as u32)
}

/// Uppercase property (`c.isupper()` for one char).
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_ranges(t::UPPER, c as u32)
}

/// Titlecase letter (category Lt).
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_ranges(t::TITLE, c as u32)
}

/// Cased: lowercase, uppercase or titlecase.
pub fn is_cased(c: char) -> bool {
    is_lower(c) || is_upper(c) || is_title(c)
}

/// Case_Ignorable (used by the final-sigma rule of `lower()`).
pub fn is_case_ignorable(c: char) -> bool {
    in_ranges(t::CASE_IGNORABLE, c as u32)
}

/// May start an identifier (XID_Start or `_`).
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    in_ranges(t::XID_START, c as u32)
}

/// May continue an identifier (XID_Continue).
pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_ranges(t::XID_CONTINUE, c as u32)
}

/// Appends the full lowercase mapping of `c` (no final-sigma context).
pub fn push_lower(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if let Some(m) = lookup(t::LOWER_MAP, c) {
        out.push_str(m);
    } else {
        out.push(c);
    }
}

/// Appends the full uppercase mapping of `c` (`'ß'` gives `"SS"`).
pub fn push_upper(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if let Some(m) = lookup(t::UPPER_MAP, c) {
        out.push_str(m);
    } else {
        out.push(c);
    }
}

/// Appends the full titlecase mapping of `c`.
pub fn push_title(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if let Some(m) = lookup(t::TITLE_MAP, c) {
        out.push_str(m);
    } else {
        push_upper(c, out);
    }
}

/// Appends the full case folding of `c`.
pub fn push_fold(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if let Some(m) = lookup(t::FOLD_MAP, c) {
        out.push_str(m);
    } else {
        push_lower(c, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basics() {
        assert!(is_printable('é'));
        assert!(!is_printable('\u{20bd}')); // new in Unicode 7: not printable in 3.4
        assert_eq!(decimal_value('\u{663}'), Some(3));
        assert!(is_space('\u{3000}') && !is_space('\u{200b}'));
        let mut s = String::new();
        push_upper('ß', &mut s);
        push_title('ǆ', &mut s);
        push_fold('ß', &mut s);
        push_upper('ა', &mut s); // Georgian: no uppercase in Unicode 6.3
        assert_eq!(s, "SSǅssა");
        assert!(!is_lower('ა') && is_alpha('ა'));
    }
}
