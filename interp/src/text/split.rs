//! Splitting and stripping: split/rsplit (whitespace and separator modes),
//! splitlines with all of Python's line boundaries, strip/lstrip/rstrip.

use super::error::TextError;
use super::props::{is_linebreak, is_space};
use crate::sandbox::deadline::Pacer;

/// `s.split(sep, maxsplit)`; `sep = None` splits on runs of whitespace, `maxsplit < 0`
/// means no limit.
pub fn split<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, TextError> {
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out = Vec::new();
    match sep {
        Some("") => Err(TextError::EmptySeparator),
        Some(sep) => {
            // Byte matches of a str are char matches (UTF-8 synchronises).
            let mut last = 0;
            for p in super::bytes::PacedMatches::new(s.as_bytes(), sep.as_bytes(), left) {
                let p = p?;
                out.push(&s[last..p]);
                last = p + sep.len();
            }
            out.push(&s[last..]);
            Ok(out)
        }
        None => {
            let mut pacer = Pacer::new();
            let mut rest = s.trim_start_matches(is_space);
            while left > 0 && !rest.is_empty() {
                let before = rest.len();
                let end = rest.find(is_space).unwrap_or(rest.len());
                out.push(&rest[..end]);
                rest = rest[end..].trim_start_matches(is_space);
                left -= 1;
                pacer.advance(before - rest.len() + 8)?;
            }
            if !rest.is_empty() {
                out.push(rest);
            }
            Ok(out)
        }
    }
}

/// `s.rsplit(sep, maxsplit)`.
pub fn rsplit<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, TextError> {
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out = Vec::new();
    match sep {
        Some("") => return Err(TextError::EmptySeparator),
        Some(sep) => {
            let mut rest = s;
            let mut pacer = Pacer::new();
            while left > 0 {
                match memchr::memmem::rfind(rest.as_bytes(), sep.as_bytes()) {
                    Some(i) => {
                        pacer.advance(rest.len() - i + 8)?;
                        out.push(&rest[i + sep.len()..]);
                        rest = &rest[..i];
                        left -= 1;
                    }
                    None => break,
                }
            }
            out.push(rest);
        }
        None => {
            let mut pacer = Pacer::new();
            let mut rest = s.trim_end_matches(is_space);
            while left > 0 && !rest.is_empty() {
                let before = rest.len();
                let start = rest.rfind(is_space).map_or(0, |i| {
                    i + rest[i..].chars().next().map_or(1, char::len_utf8)
                });
                out.push(&rest[start..]);
                rest = rest[..start].trim_end_matches(is_space);
                left -= 1;
                pacer.advance(before - rest.len() + 8)?;
            }
            if !rest.is_empty() {
                out.push(rest);
            }
        }
    }
    out.reverse();
    Ok(out)
}

/// `s.splitlines(keepends)`: splits at \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029.
/// On huge inputs it stops at the deadline with a partial result (after
/// `sandbox::deadline::mark_interrupted`; see `Vm::after_kernel`).
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    let mut pacer = Pacer::new();
    while let Some((i, c)) = it.next() {
        if pacer.stopped(1) {
            return out;
        }
        if !is_linebreak(c) {
            continue;
        }
        let mut after = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = it.peek() {
                it.next();
                after += 1;
            }
        }
        out.push(&s[start..if keepends { after } else { i }]);
        start = after;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// `s.strip(chars)`: `None` strips whitespace.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    rstrip(lstrip(s, chars), chars)
}

/// `s.lstrip(chars)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_start_matches(is_space),
        Some(set) => s.trim_start_matches(|c| set.contains(c)),
    }
}

/// `s.rstrip(chars)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_end_matches(is_space),
        Some(set) => s.trim_end_matches(|c| set.contains(c)),
    }
}
