//! Standard-library modules, written in Rust or embedded Python.
