//! bytes/bytearray methods as pure functions over `&[u8]` (ASCII semantics, byte
//! indices), mirroring the str kernels.

use super::error::{check_len, TextError};
use super::search::adjust_indices;
use crate::sandbox::deadline::{Interrupted, Pacer, CHUNK_BYTES};

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

/// Non-overlapping offsets of a non-empty `pat` in `hay`, in order, with a
/// deadline check every [`CHUNK_BYTES`] of haystack (so a search with
/// millions of matches, or none in a huge haystack, stops in time). The
/// haystack is searched a window at a time: the matches starting in the
/// window (each ends at most `pat.len() - 1` bytes past it) are found with
/// one `find_iter` and handed out from a buffer.
pub(crate) struct PacedMatches<'a> {
    finder: memchr::memmem::Finder<'a>,
    hay: &'a [u8],
    /// Where the next window starts (never inside a match handed out).
    pos: usize,
    left: usize,
    found: Vec<usize>,
    next: usize,
    checked: bool,
}

impl<'a> PacedMatches<'a> {
    /// At most `limit` matches of `pat` (not empty) in `hay`.
    pub(crate) fn new(hay: &'a [u8], pat: &'a [u8], limit: usize) -> PacedMatches<'a> {
        PacedMatches {
            finder: memchr::memmem::Finder::new(pat),
            hay,
            pos: 0,
            left: limit,
            found: Vec::new(),
            next: 0,
            checked: false,
        }
    }

    /// Searches the next window; false when the haystack is done.
    fn refill(&mut self) -> Result<bool, Interrupted> {
        let m = self.finder.needle().len().max(1);
        if self.pos + m > self.hay.len() {
            return Ok(false);
        }
        // Checked before every window but the first, so short searches
        // never read the clock.
        if self.checked {
            crate::sandbox::deadline::check_stop()?;
        }
        self.checked = true;
        let starts_before = (self.pos + CHUNK_BYTES).min(self.hay.len());
        let end = (starts_before + m - 1).min(self.hay.len());
        self.found.clear();
        self.next = 0;
        let base = self.pos;
        let mut resume = starts_before;
        for i in self.finder.find_iter(&self.hay[base..end]) {
            let at = base + i;
            if at >= starts_before || self.found.len() >= self.left {
                break;
            }
            self.found.push(at);
            resume = resume.max(at + m);
        }
        self.pos = resume;
        Ok(true)
    }
}

impl Iterator for PacedMatches<'_> {
    type Item = Result<usize, Interrupted>;

    fn next(&mut self) -> Option<Self::Item> {
        while self.left > 0 {
            if let Some(&at) = self.found.get(self.next) {
                self.next += 1;
                self.left -= 1;
                return Some(Ok(at));
            }
            match self.refill() {
                Ok(true) => {}
                Ok(false) => return None,
                Err(e) => {
                    self.left = 0;
                    return Some(Err(e));
                }
            }
        }
        None
    }
}

/// The number of non-overlapping matches of a non-empty `pat` in `hay`
/// (at most `limit`), stopping at the deadline.
pub(crate) fn count_paced(hay: &[u8], pat: &[u8], limit: usize) -> Result<usize, Interrupted> {
    let mut n = 0;
    for m in PacedMatches::new(hay, pat, limit) {
        m?;
        n += 1;
    }
    Ok(n)
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

/// `b.count(sub, start, end)`. On huge inputs it stops at the deadline
/// with a partial count (after `sandbox::deadline::mark_interrupted`; see
/// `Vm::after_kernel`).
pub fn count(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> usize {
    let (st, en) = adjust_indices(start, end, b.len());
    if en < st {
        return 0;
    }
    if sub.is_empty() {
        return en - st + 1;
    }
    count_paced(&b[st..en], sub, usize::MAX).unwrap_or_else(|_| {
        crate::sandbox::deadline::mark_interrupted();
        0
    })
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
        let mut pacer = Pacer::new();
        for (i, &c) in b.iter().enumerate() {
            if i < k {
                out.extend_from_slice(new);
            }
            out.push(c);
            pacer.advance(1 + new.len())?;
        }
        if b.len() < k {
            out.extend_from_slice(new);
        }
        return Ok(out);
    }
    // Two passes (count, then build) so no position list is held.
    let n = count_paced(b, old, limit)? as u64;
    let len = b.len() as u64 - n * old.len() as u64 + n.saturating_mul(new.len() as u64);
    check_len(len, max_len)?;
    let mut out = Vec::with_capacity(len as usize);
    let mut last = 0;
    for p in PacedMatches::new(b, old, limit) {
        let p = p?;
        super::pace::push_bytes(&mut out, &b[last..p])?;
        out.extend_from_slice(new);
        last = p + old.len();
    }
    super::pace::push_bytes(&mut out, &b[last..])?;
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
            let mut last = 0;
            for p in PacedMatches::new(b, sep, left) {
                let p = p?;
                out.push(&b[last..p]);
                last = p + sep.len();
            }
            out.push(&b[last..]);
            Ok(out)
        }
        None => {
            let mut pacer = Pacer::new();
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
                pacer.advance(i - j + 8)?;
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
            let mut pacer = Pacer::new();
            while left > 0 {
                match rfind_sub(rest, sep) {
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
                pacer.advance(j - i + 8)?;
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
    let mut pacer = Pacer::new();
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
        if pacer.stopped(i - j + 8) {
            return out;
        }
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

fn padded(b: &[u8], left: usize, right: usize, fill: u8) -> Result<Vec<u8>, TextError> {
    let mut out = Vec::with_capacity(b.len() + left + right);
    super::pace::push_fill_bytes(&mut out, fill, left)?;
    super::pace::push_bytes(&mut out, b)?;
    super::pace::push_fill_bytes(&mut out, fill, right)?;
    Ok(out)
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
            padded(b, left, m - left, fill)?
        }
    })
}

/// `b.ljust(width, fill)`.
pub fn ljust(b: &[u8], width: i64, fill: u8, max_len: usize) -> Result<Vec<u8>, TextError> {
    match margin(b, width, max_len)? {
        None => Ok(b.to_vec()),
        Some(m) => padded(b, 0, m, fill),
    }
}

/// `b.rjust(width, fill)`.
pub fn rjust(b: &[u8], width: i64, fill: u8, max_len: usize) -> Result<Vec<u8>, TextError> {
    match margin(b, width, max_len)? {
        None => Ok(b.to_vec()),
        Some(m) => padded(b, m, 0, fill),
    }
}

/// `b.zfill(width)`.
pub fn zfill(b: &[u8], width: i64, max_len: usize) -> Result<Vec<u8>, TextError> {
    Ok(match margin(b, width, max_len)? {
        None => b.to_vec(),
        Some(m) => {
            let mut out = padded(b, m, 0, b'0')?;
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
    let mut pacer = Pacer::new();
    for &c in b {
        pacer.advance(1)?;
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

/// `b` mapped byte by byte, a chunk at a time; on huge inputs it stops at
/// the deadline with a partial result (after
/// `sandbox::deadline::mark_interrupted`; see `Vm::after_kernel`).
fn map_paced(b: &[u8], f: impl Fn(u8) -> u8) -> Vec<u8> {
    super::pace::map_bytes(b, |c, out| out.extend(c.iter().map(|&x| f(x)))).unwrap_or_else(|_| {
        crate::sandbox::deadline::mark_interrupted();
        Vec::new()
    })
}

/// `b.upper()`.
pub fn upper(b: &[u8]) -> Vec<u8> {
    map_paced(b, |c| c.to_ascii_uppercase())
}

/// `b.lower()`.
pub fn lower(b: &[u8]) -> Vec<u8> {
    map_paced(b, |c| c.to_ascii_lowercase())
}

/// `b.swapcase()`.
pub fn swapcase(b: &[u8]) -> Vec<u8> {
    map_paced(b, |c| {
        if c.is_ascii_uppercase() {
            c.to_ascii_lowercase()
        } else {
            c.to_ascii_uppercase()
        }
    })
}

/// `b.title()` (stops early on huge inputs past the deadline, see
/// [`map_paced`]).
pub fn title(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len());
    let mut prev = false;
    for (i, piece) in b.chunks(crate::sandbox::deadline::CHUNK_BYTES).enumerate() {
        if i > 0 && crate::sandbox::deadline::should_stop() {
            crate::sandbox::deadline::mark_interrupted();
            return Vec::new();
        }
        out.extend(piece.iter().map(|&c| {
            let r = if prev {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev = c.is_ascii_alphabetic();
            r
        }));
    }
    out
}

/// `b.capitalize()` (stops early on huge inputs past the deadline, see
/// [`map_paced`]).
pub fn capitalize(b: &[u8]) -> Vec<u8> {
    let mut out = map_paced(b, |c| c.to_ascii_lowercase());
    if let (Some(first), Some(&c)) = (out.first_mut(), b.first()) {
        *first = c.to_ascii_uppercase();
    }
    out
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

/// `b.translate(table, delete)`; `table = None` keeps bytes unchanged. On
/// huge inputs it stops at the deadline with a partial result (after
/// `sandbox::deadline::mark_interrupted`; see `Vm::after_kernel`).
pub fn translate(b: &[u8], table: Option<&[u8; 256]>, delete: &[u8]) -> Vec<u8> {
    let mut deleted = [false; 256];
    for &d in delete {
        deleted[d as usize] = true;
    }
    let r = super::pace::map_bytes(b, |chunk, out| {
        out.extend(
            chunk
                .iter()
                .filter(|&&c| !deleted[c as usize])
                .map(|&c| table.map_or(c, |t| t[c as usize])),
        )
    });
    r.unwrap_or_else(|_| {
        crate::sandbox::deadline::mark_interrupted();
        Vec::new()
    })
}
