//! Exception instances: `args`, traceback, `__cause__`, `__context__`.

use super::Value;
use crate::bytecode::Code;
use std::rc::Rc;

/// The state of an exception instance.
#[derive(Default)]
pub struct ExcData {
    /// `args` (a tuple value).
    pub args: Value,
    /// Traceback entries, innermost first (code and line of each frame).
    pub traceback: Vec<(Rc<Code>, u32)>,
    /// `__cause__`
    pub cause: Value,
    /// `__context__`
    pub context: Value,
    /// `__suppress_context__`
    pub suppress_context: bool,
}
