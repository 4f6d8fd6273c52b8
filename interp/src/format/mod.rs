//! Formatting kernels: float repr, the format mini-language, %-formatting.

pub mod error;
pub mod float;
pub mod spec;

pub use error::FormatError;
pub use float::{complex_repr, float_repr, float_str};
pub use spec::{
    format_complex, format_float, format_int, format_int_named, format_str, FormatSpec,
};
pub mod fields;
pub mod printf;

pub use fields::{parse_field_name, parse_format_string, AutoNumber, FormatPiece};
pub use printf::{
    format_printf_float, format_printf_int, pad_printf_str, parse_printf, PrintfPiece,
};

#[cfg(test)]
mod data_tests;
