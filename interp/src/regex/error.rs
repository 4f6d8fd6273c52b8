//! Errors from compiling a pattern or a template.

/// Which Python exception a [`RegexError`] becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `sre_constants.error` (`re.error`).
    Error,
    /// `ValueError` (incompatible flags).
    Value,
    /// `OverflowError` (repeat count too large).
    Overflow,
    /// `IndexError` (unknown group name in a template).
    Index,
    /// `RuntimeError` (nesting deeper than the guard allows).
    Runtime,
    /// `AssertionError` (more than 100 groups, as CPython 3.4's sre_compile reports).
    Assertion,
}

impl ErrorKind {
    /// The Python exception class name.
    pub fn py_name(self) -> &'static str {
        match self {
            ErrorKind::Error => "error",
            ErrorKind::Value => "ValueError",
            ErrorKind::Overflow => "OverflowError",
            ErrorKind::Index => "IndexError",
            ErrorKind::Runtime => "RuntimeError",
            ErrorKind::Assertion => "AssertionError",
        }
    }
}

/// A bad pattern or template, with CPython 3.4's message.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct RegexError {
    /// The exception class.
    pub kind: ErrorKind,
    /// The message, as `str(exc)` shows it.
    pub message: String,
}

impl RegexError {
    /// An `re.error`.
    pub fn error(message: impl Into<String>) -> RegexError {
        RegexError {
            kind: ErrorKind::Error,
            message: message.into(),
        }
    }

    /// An error of another kind.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> RegexError {
        RegexError {
            kind,
            message: message.into(),
        }
    }
}

/// Python's `repr()` of a short str, for messages such as `bogus escape: '\\q'`.
pub fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}
