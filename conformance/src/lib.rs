//! The Kaa conformance suite: CPython-checked snippets (`cases/`), their
//! expectations (`expected/`, written by `regen.py`), and the runner that
//! runs them in-process through `kaa_interp::api` or over HTTP against
//! `kaa serve`, judged against `known-failures.txt`.

pub mod case;
pub mod date;
pub mod http;
pub mod inprocess;
pub mod known;
pub mod observed;
pub mod readme;
pub mod suite;
