//! Padding and tabs: center/ljust/rjust/zfill/expandtabs (widths in characters).

use super::error::{check_len, TextError};
use super::search::char_len;

/// `s` with `left` and `right` fill chars, built a chunk at a time (a huge
/// width stops at the deadline).
fn padded(s: &str, left: usize, right: usize, fill: char) -> Result<String, TextError> {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    super::pace::push_fill(&mut out, fill, left)?;
    super::pace::push_str(&mut out, s)?;
    super::pace::push_fill(&mut out, fill, right)?;
    Ok(out)
}

/// Width needed and padding, checking the budget.
fn margin(s: &str, width: i64, max_len: usize) -> Result<Option<usize>, TextError> {
    let n = char_len(s);
    if width <= n as i64 {
        return Ok(None);
    }
    check_len(width as u64, max_len)?;
    Ok(Some(width as usize - n))
}

/// `s.center(width, fill)` (CPython puts the odd extra char left when width is odd).
pub fn center(s: &str, width: i64, fill: char, max_len: usize) -> Result<String, TextError> {
    Ok(match margin(s, width, max_len)? {
        None => s.to_string(),
        Some(m) => {
            let left = m / 2 + (m & (width as usize) & 1);
            padded(s, left, m - left, fill)?
        }
    })
}

/// `s.ljust(width, fill)`.
pub fn ljust(s: &str, width: i64, fill: char, max_len: usize) -> Result<String, TextError> {
    Ok(match margin(s, width, max_len)? {
        None => s.to_string(),
        Some(m) => padded(s, 0, m, fill)?,
    })
}

/// `s.rjust(width, fill)`.
pub fn rjust(s: &str, width: i64, fill: char, max_len: usize) -> Result<String, TextError> {
    Ok(match margin(s, width, max_len)? {
        None => s.to_string(),
        Some(m) => padded(s, m, 0, fill)?,
    })
}

/// `s.zfill(width)`: zeros after a leading sign.
pub fn zfill(s: &str, width: i64, max_len: usize) -> Result<String, TextError> {
    Ok(match margin(s, width, max_len)? {
        None => s.to_string(),
        Some(m) => match s.chars().next() {
            Some(c @ ('+' | '-')) => {
                let mut out = String::with_capacity(width as usize);
                out.push(c);
                super::pace::push_fill(&mut out, '0', m)?;
                super::pace::push_str(&mut out, &s[1..])?;
                out
            }
            _ => padded(s, m, 0, '0')?,
        },
    })
}

/// `s.expandtabs(tabsize)`: columns restart after `\n` and `\r`; `tabsize <= 0`
/// removes tabs.
pub fn expandtabs(s: &str, tabsize: i64, max_len: usize) -> Result<String, TextError> {
    // first pass: the size
    let mut total: u64 = 0;
    let mut col: u64 = 0;
    let mut pacer = crate::sandbox::deadline::Pacer::new();
    for c in s.chars() {
        pacer.advance(1)?;
        if c == '\t' {
            if tabsize > 0 {
                let inc = tabsize as u64 - col % tabsize as u64;
                col = col.saturating_add(inc);
                total = total.saturating_add(inc);
            }
        } else {
            col = col.saturating_add(1);
            total = total.saturating_add(1);
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
        check_len(total, max_len)?;
    }
    let mut out = String::with_capacity(total as usize);
    let mut col: u64 = 0;
    for c in s.chars() {
        pacer.advance(1)?;
        if c == '\t' {
            if tabsize > 0 {
                let inc = tabsize as u64 - col % tabsize as u64;
                col += inc;
                super::pace::push_fill(&mut out, ' ', inc as usize)?;
            }
        } else {
            col += 1;
            out.push(c);
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Ok(out)
}

/// `s * n` for a str, refused when the result would exceed `max_len` characters.
pub fn repeat(s: &str, n: i64, max_len: usize) -> Result<String, TextError> {
    if n <= 0 || s.is_empty() {
        return Ok(String::new());
    }
    check_len((char_len(s) as u64).saturating_mul(n as u64), max_len)?;
    Ok(super::pace::repeat_str(s, n as usize)?)
}
