//! The HTTP handlers, one file per concern.

pub mod batch;
pub mod docs;
pub mod execute;
pub mod info;
