//! `str`: an immutable string that knows its length in characters and
//! caches its hash.
//!
//! Indexing and slicing are O(1) for ASCII strings (byte index = char index).
//! For non-ASCII strings they walk the UTF-8 text (O(n)); programs that index
//! non-ASCII text heavily pay that cost.
//!
//! **Lone surrogates.** The text is a [`PyText`]: UTF-8 for ordinary
//! strings; a string holding lone surrogates (`'\ud800'`, `chr(0xdc80)`,
//! `surrogateescape` decoding) also carries its exact code points, and its
//! UTF-8 is the lossy form (U+FFFD per surrogate, same positions). Equality,
//! ordering and hashing are exact. The operations that observe or move code
//! points check [`PyStr::is_wide`] and take an exact path
//! (`objects::str_wide`): indexing, slicing, iteration, concatenation,
//! repetition, `in`, repr/ascii, chr/ord, the str methods, the codecs, json
//! and printing. Code that only has a `&str` sees the lossy form; see
//! `str_wide` for the list of such places.

use std::cell::Cell;

pub use super::str_text::{is_surrogate, PyText};

/// The contents of a Python `str`.
pub struct PyStr {
    /// The text (UTF-8; lossy, with exact code points beside, when it
    /// holds lone surrogates).
    pub s: PyText,
    /// Number of characters (code points).
    pub len: usize,
    /// Cached hash (`-1` = not computed yet; CPython never hashes to -1).
    hash: Cell<i64>,
}

impl PyStr {
    /// A new string.
    pub fn new(s: &str) -> PyStr {
        PyStr::from_string(s.to_string())
    }

    /// A new string from an owned `String`.
    pub fn from_string(s: String) -> PyStr {
        let len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s: PyText::from_string(s),
            len,
            hash: Cell::new(-1),
        }
    }

    /// A new string from code points (lone surrogates allowed; each value
    /// must be `<= 0x10FFFF`).
    pub fn from_code_points(cps: Vec<u32>) -> PyStr {
        let len = cps.len();
        PyStr {
            s: PyText::from_code_points(cps),
            len,
            hash: Cell::new(-1),
        }
    }

    /// Whether the string holds lone surrogates (and so needs the exact
    /// code-point paths).
    #[inline]
    pub fn is_wide(&self) -> bool {
        self.s.is_wide()
    }

    /// The code point at index `i` (`i < len`), exact.
    pub fn code_point_at(&self, i: usize) -> Option<u32> {
        match self.s.wide() {
            Some(w) => w.get(i).copied(),
            None => self.char_at(i).map(|c| c as u32),
        }
    }

    /// The characters `start..end` as a new string, exact.
    pub fn slice(&self, start: usize, end: usize) -> PyStr {
        match self.s.wide() {
            Some(w) => {
                let end = end.min(w.len());
                PyStr::from_code_points(w.get(start..end).unwrap_or(&[]).to_vec())
            }
            None => PyStr::new(self.substring(start, end)),
        }
    }

    /// Whether every character is ASCII.
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.len == self.s.len()
    }

    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// The hash (FNV-1a over the bytes, deterministic across runs).
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let mut x = fnv1a(FNV_OFFSET, self.s.as_bytes());
        if let Some(w) = self.s.wide() {
            x = fnv_surrogates(x, w);
        }
        let h = fnv_hash(x, self.s.is_empty());
        self.hash.set(h);
        h
    }

    /// The hash if it was computed already.
    #[inline]
    pub fn cached_hash(&self) -> Option<i64> {
        Some(self.hash.get()).filter(|&h| h != -1)
    }

    /// [`PyStr::hash`] for huge strings, hashed a chunk at a time with a
    /// stop check (`sandbox::deadline`) between chunks: the same value,
    /// or `Interrupted` (nothing cached) once the evaluation must stop.
    pub fn hash_paced(&self) -> Result<i64, crate::sandbox::deadline::Interrupted> {
        let h = self.hash.get();
        if h != -1 {
            return Ok(h);
        }
        let mut x = fnv1a_paced(self.s.as_bytes())?;
        if let Some(w) = self.s.wide() {
            x = fnv_surrogates(x, w);
        }
        let h = fnv_hash(x, self.s.is_empty());
        self.hash.set(h);
        Ok(h)
    }

    /// The byte offset of character `i` (`i <= len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i.min(self.s.len());
        }
        self.s
            .char_indices()
            .nth(i)
            .map(|(b, _)| b)
            .unwrap_or(self.s.len())
    }

    /// The character at index `i` (`i < len`).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }

    /// The substring of characters `start..end`.
    pub fn substring(&self, start: usize, end: usize) -> &str {
        if end <= start {
            return "";
        }
        let a = self.byte_offset(start);
        let b = self.byte_offset(end);
        &self.s[a..b]
    }
}

/// The FNV-1a offset basis (the state before any byte).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a state `x` advanced over `bytes` (so hashing in pieces gives the
/// hash of the whole).
#[inline]
pub fn fnv1a(mut x: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        x ^= b as u64;
        x = x.wrapping_mul(0x0100_0000_01b3);
    }
    x
}

/// FNV-1a state `x` advanced over the surrogates of `cps` (the lossy UTF-8
/// alone would hash every lone surrogate alike).
fn fnv_surrogates(mut x: u64, cps: &[u32]) -> u64 {
    for &cp in cps.iter().filter(|&&c| is_surrogate(c)) {
        x = fnv1a(x, &(cp as u16).to_le_bytes());
    }
    x
}

/// FNV-1a over `bytes` from [`FNV_OFFSET`], [`CHUNK_BYTES`] at a time with a
/// stop check between chunks.
///
/// [`CHUNK_BYTES`]: crate::sandbox::deadline::CHUNK_BYTES
pub fn fnv1a_paced(bytes: &[u8]) -> Result<u64, crate::sandbox::deadline::Interrupted> {
    let mut x = FNV_OFFSET;
    for (i, c) in bytes
        .chunks(crate::sandbox::deadline::CHUNK_BYTES)
        .enumerate()
    {
        if i > 0 {
            crate::sandbox::deadline::check_stop()?;
        }
        x = fnv1a(x, c);
    }
    Ok(x)
}

/// The str hash from a finished FNV-1a state: 0 for the empty string (as in
/// CPython), never -1.
#[inline]
pub fn fnv_hash(x: u64, empty: bool) -> i64 {
    if empty {
        return 0;
    }
    let h = (x >> 1) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython 3.4's `repr()` of a string: prefers single quotes, escapes
/// what Unicode 6.3 calls non-printable (see [`crate::text::str_repr`]).
pub fn repr_str(s: &str) -> String {
    crate::text::str_repr(s)
}
