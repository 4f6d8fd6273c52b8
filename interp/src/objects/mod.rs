//! Python objects: one file per built-in type.
