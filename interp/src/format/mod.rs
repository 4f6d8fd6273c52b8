//! Formatting kernels: float repr, the format mini-language (`format()`),
//! `str.format` templates and their evaluation order, and `%`-formatting.
//! Functions that can build long output take a `max_len` budget (characters) and
//! return [`FormatError::TooLong`] before allocating past it.

pub mod error;
pub mod fields;
pub mod float;
pub mod printf;
pub mod printf_render;
pub mod render;
pub mod spec;

pub use error::FormatError;
pub use fields::{parse_field_name, parse_format_string, AutoNumber, FormatPiece};
pub use float::{complex_repr, float_repr, float_str};
pub use printf::{
    format_printf_float, format_printf_int, pad_printf_str, parse_printf, PrintfPiece,
};
pub use printf_render::{render_printf, PrintfArgs, PrintfHost, ResolvedSpec};
pub use render::{render_format, FormatHost};
pub use spec::{
    format_complex, format_float, format_int, format_int_named, format_str, FormatSpec,
};

#[cfg(test)]
mod data_tests;
