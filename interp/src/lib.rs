//! Kaa: a Python 3.4 interpreter made to run untrusted code safely and fast.
//!
//! The pipeline, one module per stage:
//! [`syntax`] (source → tokens → AST) → [`compile`] (symbol tables, codegen)
//! → [`bytecode`] (code objects) → [`vm`] (eval loop) over [`objects`],
//! with [`builtins`], [`modules`] and the [`sandbox`] limits; [`num`],
//! [`format`] and [`text`] are pure kernels the object types build on.
//! [`api`] is the embedding contract every front end uses.
#![forbid(unsafe_code)]

pub mod api;
pub mod builtins;
pub mod bytecode;
pub mod compile;
pub mod format;
pub mod modules;
pub mod num;
pub mod objects;
pub mod regex;
pub mod sandbox;
pub mod stdkern;
pub mod syntax;
pub mod text;
pub mod vm;
