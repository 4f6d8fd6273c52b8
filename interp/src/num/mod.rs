//! Numeric kernels: Python int semantics, hashing, parsing and printing numbers.
//!
//! Everything here is pure (no VM objects): the object model's int, float and complex
//! types call these functions and turn [`ArithError`]s into Python exceptions.

pub mod arith;
pub mod bigwork;
pub mod bytes;
pub mod compare;
pub mod complex;
pub mod convert;
pub mod error;
pub mod float;
pub mod hash;
pub mod hexfloat;
pub mod int;
pub mod parse;
pub mod slice;

pub use arith::{
    abs, add, bitand, bitor, bitxor, divmod, estimate_pow_bits, floordiv, int_round, invert,
    lshift, modulo, mul, neg, pow, rshift, sub, truediv, Number,
};
pub use bytes::{int_from_bytes, int_to_bytes, parse_byteorder};
pub use compare::{cmp_int_float, int_eq_float};
pub use convert::{f64_to_int, int_to_f64};
pub use error::ArithError;
pub use float::{
    float_as_integer_ratio, float_divmod, float_floordiv, float_is_integer, float_mod, float_pow,
    float_round, float_round_to_int, float_truediv, FloatPow,
};
pub use hexfloat::{float_fromhex, float_hex};
pub use int::Int;

#[cfg(test)]
mod data_tests;

#[cfg(test)]
mod py34_rows;
