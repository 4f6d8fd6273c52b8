//! `str`: an immutable UTF-8 string that knows its length in characters and
//! caches its hash.
//!
//! Indexing and slicing are O(1) for ASCII strings (byte index = char index).
//! For non-ASCII strings they walk the UTF-8 text (O(n)); programs that index
//! non-ASCII text heavily pay that cost.

use std::cell::Cell;

/// The contents of a Python `str`.
pub struct PyStr {
    /// The text.
    pub s: String,
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
            s,
            len,
            hash: Cell::new(-1),
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
        if self.s.is_empty() {
            // CPython: hash('') == 0.
            self.hash.set(0);
            return 0;
        }
        let mut x: u64 = 0xcbf2_9ce4_8422_2325;
        for b in self.s.bytes() {
            x ^= b as u64;
            x = x.wrapping_mul(0x0100_0000_01b3);
        }
        let mut h = (x >> 1) as i64;
        if h == -1 {
            h = -2;
        }
        self.hash.set(h);
        h
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

/// CPython 3.4's `repr()` of a string: prefers single quotes, escapes
/// what Unicode 6.3 calls non-printable (see [`crate::text::str_repr`]).
pub fn repr_str(s: &str) -> String {
    crate::text::str_repr(s)
}
