//! Pure kernels of the native standard-library modules (no VM types):
//! the Mersenne Twister of `random`, `struct` packing, `binascii` codecs
//! and checksums, and `time`'s calendar arithmetic and formatting. The
//! VM glue lives in [`crate::modules`].

pub mod binascii;
pub mod mt;
pub mod structfmt;
pub mod timefmt;
pub mod unicode_tables;
