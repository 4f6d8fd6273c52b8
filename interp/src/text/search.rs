//! Searching: find/rfind/index/count/startswith/endswith with Python's slice
//! semantics (indices in characters), replace, partition/rpartition.

use super::error::{check_len, TextError};

/// Number of characters in `s`.
pub fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Byte offset of character index `ci` (clamped to the end).
pub fn byte_offset(s: &str, ci: usize) -> usize {
    if s.is_ascii() {
        return ci.min(s.len());
    }
    s.char_indices().nth(ci).map_or(s.len(), |(b, _)| b)
}

/// Python's slice index adjustment for `start`/`end` of search methods: negative
/// values count from the end, results are clamped at 0 and `end` at `len`
/// (`start` may stay above `len`, meaning "no room").
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len_i = len as i64;
    let fix = |v: i64| if v < 0 { (v + len_i).max(0) } else { v };
    let st = fix(start.unwrap_or(0));
    let en = fix(end.unwrap_or(len_i)).min(len_i);
    (st as usize, en as usize)
}

/// The slice `s[st:en]` (character indices, already adjusted) and its byte start.
fn window(s: &str, st: usize, en: usize) -> (&str, usize) {
    let b0 = byte_offset(s, st);
    let b1 = byte_offset(s, en).max(b0);
    (&s[b0..b1], b0)
}

/// `s.find(sub, start, end)`: the lowest character index of `sub`, or -1.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let n = char_len(s);
    let (st, en) = adjust_indices(start, end, n);
    let sublen = char_len(sub);
    if en < st.saturating_add(sublen) {
        return -1;
    }
    let (w, b0) = window(s, st, en);
    match w.find(sub) {
        Some(pos) => (st + char_len(&s[b0..b0 + pos])) as i64,
        None => -1,
    }
}

/// `s.rfind(sub, start, end)`: the highest character index of `sub`, or -1.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let n = char_len(s);
    let (st, en) = adjust_indices(start, end, n);
    let sublen = char_len(sub);
    if en < st.saturating_add(sublen) {
        return -1;
    }
    let (w, b0) = window(s, st, en);
    match w.rfind(sub) {
        Some(pos) => (st + char_len(&s[b0..b0 + pos])) as i64,
        None => -1,
    }
}

/// `s.index(sub, start, end)`.
pub fn index(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Result<usize, TextError> {
    usize::try_from(find(s, sub, start, end)).map_err(|_| TextError::SubstringNotFound)
}

/// `s.rindex(sub, start, end)`.
pub fn rindex(
    s: &str,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> Result<usize, TextError> {
    usize::try_from(rfind(s, sub, start, end)).map_err(|_| TextError::SubstringNotFound)
}

/// `s.count(sub, start, end)`: non-overlapping occurrences. On huge
/// inputs it stops at the deadline with a partial count (after
/// `sandbox::deadline::mark_interrupted`; see `Vm::after_kernel`).
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> usize {
    let n = char_len(s);
    let (st, en) = adjust_indices(start, end, n);
    if en < st {
        return 0;
    }
    if sub.is_empty() {
        return en - st + 1;
    }
    // UTF-8 is self-synchronising: a byte match of a str is a char match.
    super::bytes::count(window(s, st, en).0.as_bytes(), sub.as_bytes(), None, None)
}

/// `s.startswith(prefix, start, end)` for one prefix.
pub fn startswith(s: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    let (st, en) = adjust_indices(start, end, char_len(s));
    let plen = char_len(prefix);
    if en < st.saturating_add(plen) {
        return false;
    }
    window(s, st, en).0.starts_with(prefix)
}

/// `s.endswith(suffix, start, end)` for one suffix.
pub fn endswith(s: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    let (st, en) = adjust_indices(start, end, char_len(s));
    let slen = char_len(suffix);
    if en < st.saturating_add(slen) {
        return false;
    }
    window(s, st, en).0.ends_with(suffix)
}

/// The length in characters of `s.replace(old, new, count)` (count < 0: all), so
/// callers can check their budget first. Stops at the deadline on huge inputs.
pub fn replaced_len(s: &str, old: &str, new: &str, count_limit: i64) -> Result<u64, TextError> {
    let n = char_len(s) as u64;
    let limit = if count_limit < 0 {
        usize::MAX
    } else {
        count_limit as usize
    };
    let k = if old.is_empty() {
        (n + 1).min(limit as u64)
    } else {
        super::bytes::count_paced(s.as_bytes(), old.as_bytes(), limit)? as u64
    };
    let (ol, nl) = (char_len(old) as u64, char_len(new) as u64);
    Ok((n - k * ol).saturating_add(k.saturating_mul(nl)))
}

/// `s.replace(old, new, count)` (count < 0: all). An empty `old` inserts `new`
/// between characters and at both ends. Stops at the deadline on huge inputs.
pub fn replace(
    s: &str,
    old: &str,
    new: &str,
    count_limit: i64,
    max_len: usize,
) -> Result<String, TextError> {
    check_len(replaced_len(s, old, new, count_limit)?, max_len)?;
    let limit = if count_limit < 0 {
        usize::MAX
    } else {
        count_limit as usize
    };
    if old.is_empty() {
        let mut out = String::with_capacity(s.len() + new.len() * (char_len(s) + 1).min(limit));
        let mut done = 0;
        let mut pacer = crate::sandbox::deadline::Pacer::new();
        for c in s.chars() {
            if done < limit {
                out.push_str(new);
                done += 1;
            }
            out.push(c);
            pacer.advance(1 + new.len())?;
        }
        if done < limit {
            out.push_str(new);
        }
        return Ok(out);
    }
    // UTF-8 is self-synchronising: byte matches of `old` are char matches,
    // so every match offset is a char boundary of `s`.
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    for p in super::bytes::PacedMatches::new(s.as_bytes(), old.as_bytes(), limit) {
        let p = p?;
        super::pace::push_str(&mut out, &s[last..p])?;
        out.push_str(new);
        last = p + old.len();
    }
    super::pace::push_str(&mut out, &s[last..])?;
    Ok(out)
}

/// `s.partition(sep)`.
pub fn partition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), TextError> {
    if sep.is_empty() {
        return Err(TextError::EmptySeparator);
    }
    Ok(match s.find(sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `s.rpartition(sep)`.
pub fn rpartition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), TextError> {
    if sep.is_empty() {
        return Err(TextError::EmptySeparator);
    }
    Ok(match s.rfind(sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => ("", "", s),
    })
}
