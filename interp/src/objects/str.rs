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

/// CPython's `repr()` of a string: prefers single quotes, escapes
/// non-printable characters.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if (c as u32) < 0x7f => out.push(c),
            c if is_printable(c) => out.push(c),
            c => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{:02x}", n));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{:04x}", n));
                } else {
                    out.push_str(&format!("\\U{:08x}", n));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// An approximation of `str.isprintable()` for non-ASCII characters
/// (replaced by `crate::text` when the kernel lands).
pub fn is_printable(c: char) -> bool {
    let n = c as u32;
    if (0x80..0xa0).contains(&n) || n == 0xad {
        return false;
    }
    if (0xd800..0xe000).contains(&n) || (0xe000..0xf900).contains(&n) {
        return false;
    }
    if n == 0xa0 || (0x2000..=0x200f).contains(&n) || (0x2028..=0x202f).contains(&n) {
        return false;
    }
    if (0x205f..=0x206f).contains(&n) || n == 0x3000 || n == 0xfeff {
        return false;
    }
    if (0xf0000..).contains(&n) || (0xfff0..=0xffff).contains(&n) {
        return false;
    }
    !c.is_control()
}
