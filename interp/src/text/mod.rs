//! Text kernels: str methods and Unicode predicates as pure functions.
//!
//! Indices taken or returned by these functions count characters (code points), as
//! Python's do, never bytes.

pub mod props;
#[rustfmt::skip]
pub mod tables;
pub mod repr;

pub use repr::{ascii_escape, bytes_repr, str_ascii, str_repr};

#[cfg(test)]
pub(crate) mod testutil;
