//! Errors of the formatting kernels, with CPython 3.4's messages.

/// An error from `format()`, `str.format` or `%`-formatting. `Display` is CPython's
/// message; [`FormatError::py_type`] names the exception class.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    /// A ValueError with the given message (most format errors).
    #[error("{0}")]
    Value(String),
    /// A TypeError with the given message (`%` argument type mismatches).
    #[error("{0}")]
    Type(String),
    /// An OverflowError (`%c arg not in range(0x110000)`).
    #[error("{0}")]
    Overflow(String),
    /// The output would exceed the caller's length budget; nothing was built.
    #[error("formatted result too long ({needed} characters needed)")]
    TooLong {
        /// Characters the result would need.
        needed: u64,
    },
}

impl FormatError {
    /// The Python exception class name (`TooLong` maps to MemoryError).
    pub fn py_type(&self) -> &'static str {
        match self {
            FormatError::Value(_) => "ValueError",
            FormatError::Type(_) => "TypeError",
            FormatError::Overflow(_) => "OverflowError",
            FormatError::TooLong { .. } => "MemoryError",
        }
    }

    pub(crate) fn value(msg: impl Into<String>) -> Self {
        FormatError::Value(msg.into())
    }
}

/// Renders a type letter for messages: printable ASCII as itself, else `\xNN`.
pub(crate) fn code_text(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        c.to_string()
    } else {
        format!("\\x{cp:x}")
    }
}

/// `Unknown format code 'X' for object of type 'T'`.
pub(crate) fn unknown_code(c: char, type_name: &str) -> FormatError {
    let t: String = type_name.chars().take(200).collect();
    FormatError::value(format!(
        "Unknown format code '{}' for object of type '{}'",
        code_text(c),
        t
    ))
}
