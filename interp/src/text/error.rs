//! Errors of the text kernels, with CPython 3.4's messages.

/// An error from a str method. `Display` is CPython's message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    /// `split('')`, `partition('')` and friends (ValueError).
    #[error("empty separator")]
    EmptySeparator,
    /// `index`/`rindex` without a match (ValueError).
    #[error("substring not found")]
    SubstringNotFound,
    /// `bytearray.index`/`rindex` without a match in 3.4 (ValueError); bytes and str
    /// say `substring not found`.
    #[error("subsection not found")]
    SubsectionNotFound,
    /// `str.maketrans(x, y)` with different lengths (ValueError).
    #[error("the first two maketrans arguments must have equal length")]
    MaketransLengths,
    /// The result would exceed the caller's length budget; nothing was built.
    #[error("result too long ({needed} characters needed)")]
    TooLong {
        /// Characters the result would need.
        needed: u64,
    },
    /// A long kernel stopped because the evaluation must stop (deadline or
    /// cancellation, `crate::sandbox::deadline`); callers turn this into the
    /// limit (`Vm::interrupted`), never into a Python exception.
    #[error("interrupted")]
    Interrupted,
}

impl From<crate::sandbox::deadline::Interrupted> for TextError {
    fn from(_: crate::sandbox::deadline::Interrupted) -> TextError {
        TextError::Interrupted
    }
}

impl TextError {
    /// The Python exception class name (`TooLong` maps to MemoryError).
    pub fn py_type(&self) -> &'static str {
        match self {
            TextError::TooLong { .. } => "MemoryError",
            TextError::Interrupted => "TimeoutError",
            _ => "ValueError",
        }
    }
}

/// Fails with `TooLong` when `needed` exceeds `max_len`.
pub(crate) fn check_len(needed: u64, max_len: usize) -> Result<(), TextError> {
    if needed > max_len as u64 {
        return Err(TextError::TooLong { needed });
    }
    Ok(())
}
