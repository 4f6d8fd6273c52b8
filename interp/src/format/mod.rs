//! Formatting kernels: float repr, the format mini-language, %-formatting.
