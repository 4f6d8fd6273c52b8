//! Text kernels: str methods and Unicode predicates as pure functions.
//!
//! Indices taken or returned by these functions count characters (code points), as
//! Python's do, never bytes. Functions whose result can be much larger than their
//! input take a `max_len` budget (in characters) and refuse before building it.

pub mod bytes;
pub mod case;
pub mod codecs;
pub mod codecs_surrogate;
pub mod codecs_wide;
pub mod error;
pub mod pace;
pub mod pad;
pub mod props;
pub mod repr;
pub mod search;
pub mod split;
#[rustfmt::skip]
pub mod tables;
pub mod translate;

pub use case::*;
pub use error::TextError;
pub use pad::{center, expandtabs, ljust, repeat, rjust, zfill};
pub use repr::{
    ascii_escape, bytearray_repr, bytes_repr, bytes_repr_with_prefix, str_ascii, str_repr,
};
pub use search::{
    adjust_indices, byte_offset, char_len, count, endswith, find, index, partition, replace,
    replaced_len, rfind, rindex, rpartition, startswith,
};
pub use split::{lstrip, rsplit, rstrip, split, splitlines, strip};
pub use translate::{maketrans, translate, Mapped};

#[cfg(test)]
pub(crate) mod testutil;

#[cfg(test)]
mod data_tests;

#[cfg(test)]
mod fuzz_tests;
