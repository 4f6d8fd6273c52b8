//! The command-line front end (GUIDE §2): `run`, `repl`, `tokens`, `ast`,
//! `dis`; `serve` and `worker` live in [`crate::server`] and [`crate::worker`].

pub mod args;
pub mod console;
pub mod inspect;
pub mod limits;
pub mod repl;
pub mod run;
pub mod source_file;
