//! [`PyText`]: the storage of a `str` — UTF-8 text plus, only for strings
//! that contain lone surrogates, the exact code points.
//!
//! Python strings are sequences of code points, lone surrogates
//! (U+D800..U+DFFF) included; a Rust `String` cannot hold those. A
//! `PyText` keeps ordinary strings as plain UTF-8 (the fast path: one
//! extra null-pointer check where exactness matters). A string with at
//! least one lone surrogate additionally carries `wide`, its exact code
//! points, and its UTF-8 text is the *lossy form*: each surrogate replaced
//! by U+FFFD, so character positions in the lossy text and in `wide`
//! coincide.
//!
//! Equality and ordering of `PyText` are exact (code-point order, as
//! CPython compares), so every `x.s == y.s` and `x.s.cmp(&y.s)` in the
//! interpreter stays right. `Deref<Target = str>` gives the lossy text to
//! code that needs a `&str`; such code must check [`PyText::is_wide`]
//! first if the surrogates matter to it.
//!
//! Invariant: `wide` is `Some` exactly when the string holds a lone
//! surrogate (so a string has one representation and the fast equality
//! path, both `None`, compares bytes).

use std::cmp::Ordering;

/// The exact code points of a string with lone surrogates (boxed so a
/// `PyText` stays one pointer larger than a `String`).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Wide(pub Box<[u32]>);

/// The text of a `str`; see the module documentation.
#[derive(Clone, Default)]
pub struct PyText {
    utf8: String,
    wide: Option<Box<Wide>>,
}

/// The replacement character that stands for a lone surrogate in the
/// lossy form.
pub const LOSSY: char = '\u{fffd}';

/// Whether `cp` is a surrogate code point.
#[inline]
pub fn is_surrogate(cp: u32) -> bool {
    (0xd800..=0xdfff).contains(&cp)
}

impl PyText {
    /// Text without surrogates.
    #[inline]
    pub fn from_string(utf8: String) -> PyText {
        PyText { utf8, wide: None }
    }

    /// Text from code points (each `<= 0x10FFFF`; larger values become
    /// U+FFFD, callers validate before). Plain UTF-8 unless a lone
    /// surrogate is present.
    pub fn from_code_points(cps: Vec<u32>) -> PyText {
        let mut utf8 = String::with_capacity(cps.len());
        let mut wide = false;
        for &cp in &cps {
            match char::from_u32(cp) {
                Some(c) => utf8.push(c),
                None => {
                    wide |= is_surrogate(cp);
                    utf8.push(LOSSY);
                }
            }
        }
        PyText {
            utf8,
            wide: if wide {
                Some(Box::new(Wide(cps.into_boxed_slice())))
            } else {
                None
            },
        }
    }

    /// The UTF-8 text (the lossy form when [`PyText::is_wide`]).
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.utf8
    }

    /// Whether the text holds lone surrogates.
    #[inline]
    pub fn is_wide(&self) -> bool {
        self.wide.is_some()
    }

    /// The exact code points, when the text holds lone surrogates.
    #[inline]
    pub fn wide(&self) -> Option<&[u32]> {
        self.wide.as_deref().map(|w| &*w.0)
    }

    /// The code points, in order.
    pub fn code_points(&self) -> CodePoints<'_> {
        match self.wide() {
            Some(w) => CodePoints::Wide(w.iter()),
            None => CodePoints::Utf8(self.utf8.chars()),
        }
    }

    /// The code points as a vector.
    pub fn to_code_points(&self) -> Vec<u32> {
        match self.wide() {
            Some(w) => w.to_vec(),
            None => self.utf8.chars().map(|c| c as u32).collect(),
        }
    }

    /// The UTF-8 text, taken out (only for text without surrogates:
    /// `None` leaves `self` unchanged).
    pub fn take_utf8(&mut self) -> Option<String> {
        if self.is_wide() {
            return None;
        }
        Some(std::mem::take(&mut self.utf8))
    }

    /// The capacity of the UTF-8 buffer.
    #[inline]
    pub fn capacity(&self) -> usize {
        self.utf8.capacity()
    }

    /// Bytes the text occupies (for memory accounting).
    pub fn heap_bytes(&self) -> usize {
        self.utf8.capacity() + self.wide().map_or(0, |w| w.len() * 4)
    }
}

/// The code points of a [`PyText`].
pub enum CodePoints<'a> {
    /// Plain UTF-8.
    Utf8(std::str::Chars<'a>),
    /// Exact code points of a wide string.
    Wide(std::slice::Iter<'a, u32>),
}

impl Iterator for CodePoints<'_> {
    type Item = u32;
    #[inline]
    fn next(&mut self) -> Option<u32> {
        match self {
            CodePoints::Utf8(c) => c.next().map(|c| c as u32),
            CodePoints::Wide(w) => w.next().copied(),
        }
    }
}

impl DoubleEndedIterator for CodePoints<'_> {
    #[inline]
    fn next_back(&mut self) -> Option<u32> {
        match self {
            CodePoints::Utf8(c) => c.next_back().map(|c| c as u32),
            CodePoints::Wide(w) => w.next_back().copied(),
        }
    }
}

impl std::ops::Deref for PyText {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        &self.utf8
    }
}

impl PartialEq for PyText {
    #[inline]
    fn eq(&self, other: &PyText) -> bool {
        self.utf8 == other.utf8 && self.wide == other.wide
    }
}

impl Eq for PyText {}

impl PartialEq<str> for PyText {
    fn eq(&self, other: &str) -> bool {
        self.wide.is_none() && self.utf8 == other
    }
}

impl PartialEq<&str> for PyText {
    fn eq(&self, other: &&str) -> bool {
        self.wide.is_none() && self.utf8 == *other
    }
}

impl PartialOrd for PyText {
    #[inline]
    fn partial_cmp(&self, other: &PyText) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PyText {
    /// Code-point order (UTF-8 byte order is the same for plain text).
    #[inline]
    fn cmp(&self, other: &PyText) -> Ordering {
        if self.wide.is_none() && other.wide.is_none() {
            return self.utf8.cmp(&other.utf8);
        }
        self.code_points().cmp(other.code_points())
    }
}

impl std::fmt::Debug for PyText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.wide() {
            Some(w) => write!(f, "wide{:x?}", w),
            None => write!(f, "{:?}", self.utf8),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrogates_are_exact() {
        let a = PyText::from_code_points(vec![0xd800]);
        let b = PyText::from_code_points(vec![0xdc00]);
        let c = PyText::from_string("\u{fffd}".into());
        assert!(a.is_wide() && !c.is_wide());
        assert_eq!(a.as_str(), c.as_str());
        assert_ne!(a, b);
        assert_ne!(a, c);
        assert!(a < b);
        assert!(a < PyText::from_string("\u{e000}".into()));
        assert!(a > PyText::from_string("\u{d7ff}".into()));
        assert!(PyText::from_code_points(vec![0x61, 0x62]) == "ab");
        assert!(!PyText::from_code_points(vec![0x61, 0x62]).is_wide());
    }
}
