//! The built-in functions (`builtins` module).
