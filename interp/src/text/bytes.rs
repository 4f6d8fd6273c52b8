//! bytes/bytearray methods as pure functions over `&[u8]` (ASCII semantics, byte
//! indices), mirroring the str kernels.

use super::error::{check_len, TextError};
use super::search::adjust_indices;

/// CPython's `Py_ISSPACE` (bytes whitespace).
pub fn is_space_byte(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() > hay.len() {
        return None;
    }
    if needle.len() == 1 {
        return memchr::memchr(needle[0], hay);
    }
    memchr::memmem::find(hay, needle)
}

fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    if needle.len() > hay.len() {
        return None;
    }
    if needle.len() == 1 {
        return memchr::memrchr(needle[0], hay);
    }
    memchr::memmem::rfind(hay, needle)
}

/// `b.find(sub, start, end)`.
pub fn find(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    let (st, en) = adjust_indices(start, end, b.len());
    if en < st.saturating_add(sub.len()) {
        return -1;
    }
    find_sub(&b[st..en], sub).map_or(-1, |i| (st + i) as i64)
}

/// `b.rfind(sub, start, end)`.
pub fn rfind(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    let (st, en) = adjust_indices(start, end, b.len());
    if en < st.saturating_add(sub.len()) {
        return -1;
    }
    rfind_sub(&b[st..en], sub).map_or(-1, |i| (st + i) as i64)
}

/// `b.index(sub, start, end)`.
pub fn index(
    b: &[u8],
    sub: &[u8],
    start: Option<i64>,
    end: Option<i64>,
) -> Result<usize, TextError> {
    usize::try_from(find(b, sub, start, end)).map_err(|_| TextError::SubstringNotFound)
}

/// `b.rindex(sub, start, end)`.
pub fn rindex(
    b: &[u8],
    sub: &[u8],
    start: Option<i64>,
    end: Option<i64>,
) -> Result<usize, TextError> {
    usize::try_from(rfind(b, sub, start, end)).map_err(|_| TextError::SubstringNotFound)
}

/// `b.count(sub, start, end)`.
pub fn count(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> usize {
    let (st, en) = adjust_indices(start, end, b.len());
    if en < st {
        return 0;
    }
    if sub.is_empty() {
        return en - st + 1;
    }
    memchr::memmem::find_iter(&b[st..en], sub).count()
}

/// `b.startswith(prefix, start, end)`.
pub fn startswith(b: &[u8], prefix: &[u8], start: Option<i64>, end: Option<i64>) -> bool {
    let (st, en) = adjust_indices(start, end, b.len());
    en >= st.saturating_add(prefix.len()) && b[st..en].starts_with(prefix)
}

/// `b.endswith(suffix, start, end)`.
pub fn endswith(b: &[u8], suffix: &[u8], start: Option<i64>, end: Option<i64>) -> bool {
    let (st, en) = adjust_indices(start, end, b.len());
    en >= st.saturating_add(suffix.len()) && b[st..en].ends_with(suffix)
}

/// `b.replace(old, new, count)` (count < 0: all).
pub fn replace(
    b: &[u8],
    old: &[u8],
    new: &[u8],
    count_limit: i64,
    max_len: usize,
) -> Result<Vec<u8>, TextError> {
    let limit = if count_limit < 0 {
        usize::MAX
    } else {
        count_limit as usize
    };
    if old.is_empty() {
        let k = (b.len() + 1).min(limit);
        check_len(
            (b.len() as u64).saturating_add((k as u64).saturating_mul(new.len() as u64)),
            max_len,
        )?;
        let mut out = Vec::with_capacity(b.len() + k * new.len());
        for (i, &c) in b.iter().enumerate() {
            if i < k {
                out.extend_from_slice(new);
            }
            out.push(c);
        }
        if b.len() < k {
            out.extend_from_slice(new);
        }
        return Ok(out);
    }
    // Two passes (count, then build) so no position list is held.
    let finder = memchr::memmem::Finder::new(old);
    let n = finder.find_iter(b).take(limit).count() as u64;
    let len = b.len() as u64 - n * old.len() as u64 + n.saturating_mul(new.len() as u64);
    check_len(len, max_len)?;
    let mut out = Vec::with_capacity(len as usize);
    let mut last = 0;
    for p in finder.find_iter(b).take(limit) {
        out.extend_from_slice(&b[last..p]);
        out.extend_from_slice(new);
        last = p + old.len();
    }
    out.extend_from_slice(&b[last..]);
    Ok(out)
}

/// `b.split(sep, maxsplit)`; `None` splits on runs of ASCII whitespace.
pub fn split<'a>(
    b: &'a [u8],
    sep: Option<&[u8]>,
    maxsplit: i64,
) -> Result<Vec<&'a [u8]>, TextError> {
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out = Vec::new();
    match sep {
        Some([]) => Err(TextError::EmptySeparator),
        Some(sep) => {
            let mut rest = b;
            while left > 0 {
                match find_sub(rest, sep) {
                    Some(i) => {
                        out.push(&rest[..i]);
                        rest = &rest[i + sep.len()..];
                        left -= 1;
                    }
                    None => break,
                }
            }
            out.push(rest);
            Ok(out)
        }
        None => {
            let mut i = 0;
            while i < b.len() && is_space_byte(b[i]) {
                i += 1;
            }
            while left > 0 && i < b.len() {
                let j = i;
                while i < b.len() && !is_space_byte(b[i]) {
                    i += 1;
                }
                out.push(&b[j..i]);
                while i < b.len() && is_space_byte(b[i]) {
                    i += 1;
                }
                left -= 1;
            }
            if i < b.len() {
                out.push(&b[i..]);
            }
            Ok(out)
        }
    }
}

/// `b.rsplit(sep, maxsplit)`.
pub fn rsplit<'a>(
    b: &'a [u8],
    sep: Option<&[u8]>,
    maxsplit: i64,
) -> Result<Vec<&'a [u8]>, TextError> {
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out = Vec::new();
    match sep {
        Some([]) => return Err(TextError::EmptySeparator),
        Some(sep) => {
            let mut rest = b;
            while left > 0 {
                match rfind_sub(rest, sep) {
                    Some(i) => {
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
            let mut i = b.len();
            while i > 0 && is_space_byte(b[i - 1]) {
                i -= 1;
            }
            while left > 0 && i > 0 {
                let j = i;
                while i > 0 && !is_space_byte(b[i - 1]) {
                    i -= 1;
                }
                out.push(&b[i..j]);
                while i > 0 && is_space_byte(b[i - 1]) {
                    i -= 1;
                }
                left -= 1;
            }
            if i > 0 {
                out.push(&b[..i]);
            }
        }
    }
    out.reverse();
    Ok(out)
}

/// `b.splitlines(keepends)`: bytes only break at `\n`, `\r` and `\r\n`.
pub fn splitlines(b: &[u8], keepends: bool) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < b.len() {
        while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < b.len() {
            i += if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
            if keepends {
                eol = i;
            }
        }
        out.push(&b[j..eol]);
        j = i;
    }
    out
}

/// `b.strip(chars)`.
pub fn strip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    rstrip(lstrip(b, chars), chars)
}

/// `b.lstrip(chars)`.
pub fn lstrip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    let keep = |c: &u8| match chars {
        None => is_space_byte(*c),
        Some(set) => set.contains(c),
    };
    let start = b.iter().position(|c| !keep(c)).unwrap_or(b.len());
    &b[start..]
}

/// `b.rstrip(chars)`.
pub fn rstrip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    let keep = |c: &u8| match chars {
        None => is_space_byte(*c),
        Some(set) => set.contains(c),
    };
    let end = b.iter().rposition(|c| !keep(c)).map_or(0, |e| e + 1);
    &b[..end]
}

/// The three parts of a partition: before, separator, after.
pub type Parts<'a> = (&'a [u8], &'a [u8], &'a [u8]);

/// `b.partition(sep)`.
pub fn partition<'a>(b: &'a [u8], sep: &[u8]) -> Result<Parts<'a>, TextError> {
    if sep.is_empty() {
        return Err(TextError::EmptySeparator);
    }
    Ok(match find_sub(b, sep) {
        Some(i) => (&b[..i], &b[i..i + sep.len()], &b[i + sep.len()..]),
        None => (b, &[], &[]),
    })
}

/// `b.rpartition(sep)`.
pub fn rpartition<'a>(b: &'a [u8], sep: &[u8]) -> Result<Parts<'a>, TextError> {
    if sep.is_empty() {
        return Err(TextError::EmptySeparator);
    }
    Ok(match rfind_sub(b, sep) {
        Some(i) => (&b[..i], &b[i..i + sep.len()], &b[i + sep.len()..]),
        None => (&[], &[], b),
    })
}

fn padded(b: &[u8], left: usize, right: usize, fill: u8) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len() + left + right);
    out.resize(left, fill);
    out.extend_from_slice(b);
    out.resize(left + b.len() + right, fill);
    out
}

fn margin(b: &[u8], width: i64, max_len: usize) -> Result<Option<usize>, TextError> {
    if width <= b.len() as i64 {
        return Ok(None);
    }
    check_len(width as u64, max_len)?;
    Ok(Some(width as usize - b.len()))
}

/// `b.center(width, fill)`.
pub fn center(b: &[u8], width: i64, fill: u8, max_len: usize) -> Result<Vec<u8>, TextError> {
    Ok(match margin(b, width, max_len)? {
        None => b.to_vec(),
        Some(m) => {
            let left = m / 2 + (m & (width as usize) & 1);
            padded(b, left, m - left, fill)
        }
    })
}

/// `b.ljust(width, fill)`.
pub fn ljust(b: &[u8], width: i64, fill: u8, max_len: usize) -> Result<Vec<u8>, TextError> {
    Ok(margin(b, width, max_len)?.map_or_else(|| b.to_vec(), |m| padded(b, 0, m, fill)))
}

/// `b.rjust(width, fill)`.
pub fn rjust(b: &[u8], width: i64, fill: u8, max_len: usize) -> Result<Vec<u8>, TextError> {
    Ok(margin(b, width, max_len)?.map_or_else(|| b.to_vec(), |m| padded(b, m, 0, fill)))
}

/// `b.zfill(width)`.
pub fn zfill(b: &[u8], width: i64, max_len: usize) -> Result<Vec<u8>, TextError> {
    Ok(match margin(b, width, max_len)? {
        None => b.to_vec(),
        Some(m) => {
            let mut out = padded(b, m, 0, b'0');
            if let Some(&s @ (b'+' | b'-')) = b.first() {
                out[0] = s;
                out[m] = b'0';
            }
            out
        }
    })
}

/// `b.expandtabs(tabsize)`.
pub fn expandtabs(b: &[u8], tabsize: i64, max_len: usize) -> Result<Vec<u8>, TextError> {
    let mut out = Vec::with_capacity(b.len());
    let mut col: u64 = 0;
    for &c in b {
        if c == b'\t' {
            if tabsize > 0 {
                let inc = tabsize as u64 - col % tabsize as u64;
                col = col.saturating_add(inc);
                check_len((out.len() as u64).saturating_add(inc), max_len)?;
                out.resize(out.len() + inc as usize, b' ');
            }
        } else {
            col += 1;
            out.push(c);
            if c == b'\n' || c == b'\r' {
                col = 0;
            }
        }
    }
    Ok(out)
}

/// `b.upper()`.
pub fn upper(b: &[u8]) -> Vec<u8> {
    b.to_ascii_uppercase()
}

/// `b.lower()`.
pub fn lower(b: &[u8]) -> Vec<u8> {
    b.to_ascii_lowercase()
}

/// `b.swapcase()`.
pub fn swapcase(b: &[u8]) -> Vec<u8> {
    b.iter()
        .map(|&c| {
            if c.is_ascii_uppercase() {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect()
}

/// `b.title()`.
pub fn title(b: &[u8]) -> Vec<u8> {
    let mut prev = false;
    b.iter()
        .map(|&c| {
            let r = if prev {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

/// `b.capitalize()`.
pub fn capitalize(b: &[u8]) -> Vec<u8> {
    b.iter()
        .enumerate()
        .map(|(i, &c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

fn all_nonempty(b: &[u8], f: impl Fn(&u8) -> bool) -> bool {
    !b.is_empty() && b.iter().all(f)
}

/// `b.isalpha()`.
pub fn isalpha(b: &[u8]) -> bool {
    all_nonempty(b, u8::is_ascii_alphabetic)
}

/// `b.isalnum()`.
pub fn isalnum(b: &[u8]) -> bool {
    all_nonempty(b, u8::is_ascii_alphanumeric)
}

/// `b.isdigit()`.
pub fn isdigit(b: &[u8]) -> bool {
    all_nonempty(b, u8::is_ascii_digit)
}

/// `b.isspace()`.
pub fn isspace(b: &[u8]) -> bool {
    all_nonempty(b, |c| is_space_byte(*c))
}

/// `b.islower()`.
pub fn islower(b: &[u8]) -> bool {
    b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
}

/// `b.isupper()`.
pub fn isupper(b: &[u8]) -> bool {
    b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
}

/// `b.istitle()`.
pub fn istitle(b: &[u8]) -> bool {
    let (mut cased, mut prev) = (false, false);
    for &c in b {
        if c.is_ascii_uppercase() {
            if prev {
                return false;
            }
            prev = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev {
                return false;
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    cased
}

/// Why `bytes.fromhex` failed: the 3.4 message (position of the failing pair).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("non-hexadecimal number found in fromhex() arg at position {0}")]
pub struct FromHexError(pub usize);

/// `bytes.fromhex(s)` as CPython 3.4: spaces may separate byte pairs; an error names
/// the index where the failing pair starts.
pub fn fromhex(s: &str) -> Result<Vec<u8>, FromHexError> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        while i < chars.len() && chars[i] == ' ' {
            i += 1;
        }
        if i >= chars.len() {
            break;
        }
        let top = chars[i].to_digit(16);
        let bot = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (top, bot) {
            (Some(t), Some(b)) => out.push((t * 16 + b) as u8),
            _ => return Err(FromHexError(i)),
        }
        i += 2;
    }
    Ok(out)
}

/// `bytes.maketrans(from, to)`: a 256-byte table.
pub fn maketrans(from: &[u8], to: &[u8]) -> Result<[u8; 256], TextError> {
    if from.len() != to.len() {
        return Err(TextError::MaketransLengths);
    }
    let mut table = [0u8; 256];
    for (i, t) in table.iter_mut().enumerate() {
        *t = i as u8;
    }
    for (&f, &t) in from.iter().zip(to) {
        table[f as usize] = t;
    }
    Ok(table)
}

/// `b.translate(table, delete)`; `table = None` keeps bytes unchanged.
pub fn translate(b: &[u8], table: Option<&[u8; 256]>, delete: &[u8]) -> Vec<u8> {
    b.iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.map_or(c, |t| t[c as usize]))
        .collect()
}
