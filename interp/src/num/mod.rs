//! Numeric kernels: Python int semantics, hashing, parsing and printing numbers.
