//! Arithmetic errors with CPython 3.4's exact messages.

/// An error raised by a numeric kernel. `Display` gives CPython 3.4's message;
/// [`ArithError::py_type`] names the Python exception class to raise.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ArithError {
    /// `//`, `%` or `divmod` of ints by zero.
    #[error("integer division or modulo by zero")]
    IntDivisionByZero,
    /// `/` of ints by zero.
    #[error("division by zero")]
    DivisionByZero,
    /// `/` of floats by zero.
    #[error("float division by zero")]
    FloatDivisionByZero,
    /// `%` of floats by zero.
    #[error("float modulo")]
    FloatModuloByZero,
    /// `//` or `divmod` of floats by zero (3.4 says `float divmod()` for both).
    #[error("float divmod()")]
    FloatDivmodByZero,
    /// `0.0 ** negative` (also `0 ** -1`).
    #[error("0.0 cannot be raised to a negative power")]
    ZeroToNegativePower,
    /// A negative shift count.
    #[error("negative shift count")]
    NegativeShiftCount,
    /// `pow(a, b, 0)`.
    #[error("pow() 3rd argument cannot be 0")]
    PowModulusZero,
    /// `pow(a, -b, m)` (3.4 refuses; 3.8+ computes an inverse).
    #[error("pow() 2nd argument cannot be negative when 3rd argument specified")]
    PowNegativeExponentWithModulus,
    /// An int whose magnitude exceeds the float range.
    #[error("int too large to convert to float")]
    IntTooLargeForFloat,
    /// `int / int` whose quotient exceeds the float range.
    #[error("integer division result too large for a float")]
    DivisionResultTooLarge,
    /// A float power that overflows (`2.0 ** 10000`).
    #[error("(34, 'Numerical result out of range')")]
    FloatPowOverflow,
    /// `int(float('inf'))` and friends.
    #[error("cannot convert float infinity to integer")]
    FloatInfinityToInt,
    /// `int(float('nan'))` and friends.
    #[error("cannot convert float NaN to integer")]
    FloatNanToInt,
    /// `int.to_bytes` with too small a length.
    #[error("int too big to convert")]
    IntTooBigToConvert,
    /// `int.to_bytes(signed=False)` of a negative int.
    #[error("can't convert negative int to unsigned")]
    NegativeToUnsigned,
    /// `int.to_bytes` with a negative length.
    #[error("length argument must be non-negative")]
    NegativeLength,
    /// `byteorder` other than 'big' / 'little'.
    #[error("byteorder must be either 'little' or 'big'")]
    BadByteorder,
    /// `round(x, n)` whose result overflows.
    #[error("rounded value too large to represent")]
    RoundedTooLarge,
    /// `float.as_integer_ratio()` of an infinity.
    #[error("Cannot pass infinity to float.as_integer_ratio.")]
    RatioOfInfinity,
    /// `float.as_integer_ratio()` of a NaN.
    #[error("Cannot pass NaN to float.as_integer_ratio.")]
    RatioOfNan,
    /// `float.fromhex` of a malformed string.
    #[error("invalid hexadecimal floating-point string")]
    InvalidHexFloat,
    /// `float.fromhex` of a value beyond the float range.
    #[error("hexadecimal value too large to represent as a float")]
    HexFloatTooLarge,
    /// A long kernel stopped at the evaluation's deadline (the caller reports
    /// the limit; see `num::bigwork`).
    #[error("time limit exceeded")]
    Interrupted,
    /// The result would need more than the caller's bit budget; nothing was computed.
    #[error("result too large ({estimated_bits} bits estimated)")]
    TooLarge {
        /// The estimated size of the result in bits.
        estimated_bits: u64,
    },
}

impl ArithError {
    /// The name of the Python exception class this error becomes.
    /// `TooLarge` maps to `MemoryError` (the sandbox may prefer its own limit error).
    pub fn py_type(&self) -> &'static str {
        use ArithError::*;
        match self {
            IntDivisionByZero | DivisionByZero | FloatDivisionByZero | FloatModuloByZero
            | FloatDivmodByZero | ZeroToNegativePower => "ZeroDivisionError",
            NegativeShiftCount | PowModulusZero | FloatNanToInt | NegativeLength | BadByteorder
            | RatioOfNan | InvalidHexFloat => "ValueError",
            PowNegativeExponentWithModulus => "TypeError",
            IntTooLargeForFloat
            | DivisionResultTooLarge
            | FloatPowOverflow
            | FloatInfinityToInt
            | IntTooBigToConvert
            | NegativeToUnsigned
            | RoundedTooLarge
            | RatioOfInfinity
            | HexFloatTooLarge => "OverflowError",
            TooLarge { .. } => "MemoryError",
            Interrupted => "TimeoutError",
        }
    }
}
