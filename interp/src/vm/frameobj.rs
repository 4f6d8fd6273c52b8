//! Frame objects for introspection: `sys._getframe()` and `tb_frame`.
//!
//! Frames themselves are not Python objects in Kaa; a frame object is a
//! snapshot (an instance of the built-in `frame` class whose attributes live
//! in its dict): `f_code`, `f_lineno`, `f_globals`, `f_locals` (a snapshot
//! dict for function frames), `f_builtins`, `f_lasti` and `f_back`. The
//! `f_back` chain follows the frames of the current Python call stack, up
//! to [`BACK_LIMIT`] callers beyond the requested frame.

use super::{Args, Frame, PyResult, Vm};
use crate::bytecode::Code;
use crate::objects::{DictTable, Obj, Payload, Value};
use std::rc::Rc;

/// How many callers a frame object's `f_back` chain reaches.
pub const BACK_LIMIT: usize = 64;

/// What a frame object is built from.
pub struct FrameInfo {
    /// The code run by the frame.
    pub code: Rc<Code>,
    /// The current line.
    pub line: u32,
    /// The module namespace.
    pub globals: Rc<Obj>,
    /// The local namespace (a snapshot for function frames).
    pub locals: Rc<Obj>,
}

impl Vm {
    /// A new frame object.
    pub fn new_frame_object(&mut self, info: FrameInfo, back: Value) -> PyResult<Value> {
        let d = self.new_dict_obj(DictTable::new());
        let code_cls = self.types.code.clone();
        let code = self.alloc(&code_cls, Payload::Code(info.code));
        let builtins = Value::Obj(self.builtins.clone());
        let items: [(&str, Value); 7] = [
            ("f_code", code),
            ("f_lineno", Value::Int(info.line as i64)),
            ("f_globals", Value::Obj(info.globals)),
            ("f_locals", Value::Obj(info.locals)),
            ("f_builtins", builtins),
            ("f_lasti", Value::Int(0)),
            ("f_back", back),
        ];
        for (k, v) in items {
            let n = self.intern(k);
            self.ns_store(&d, n, v)?;
        }
        let o = Rc::new(Obj {
            cls: Some(self.types.frame.clone()),
            dict: std::cell::RefCell::new(Some(d)),
            payload: Payload::Instance(Default::default()),
        });
        self.gc.track(&o);
        Ok(Value::Obj(o))
    }

    /// The frame information of a suspended caller frame.
    fn frame_info(&mut self, f: &Frame) -> FrameInfo {
        let ctx = self.make_ctx(f);
        FrameInfo {
            code: f.code.clone(),
            line: f.line(),
            globals: ctx.globals,
            locals: ctx.locals,
        }
    }

    /// `sys._getframe(depth)`: the frame `depth` levels up from the caller.
    pub fn get_frame(&mut self, depth: usize) -> PyResult<Value> {
        let ctx = match self.frame_ctx.clone() {
            Some(c) => c,
            None => return Err(self.new_error("ValueError", "call stack is not deep enough")),
        };
        // The caller's callers, innermost first (each Frame on `vm.frames`
        // is suspended at its call instruction).
        let frames = std::mem::take(&mut self.frames);
        let mut infos: Vec<FrameInfo> = Vec::new();
        if let (Some(code), Some(line)) = (ctx.code.clone(), ctx.line) {
            infos.push(FrameInfo {
                code,
                line,
                globals: ctx.globals.clone(),
                locals: ctx.locals.clone(),
            });
        }
        for f in frames.iter().rev() {
            if infos.len() > depth + BACK_LIMIT {
                break;
            }
            if Rc::ptr_eq(&f.code, &self.placeholder_code) {
                continue;
            }
            let info = self.frame_info(f);
            infos.push(info);
        }
        self.frames = frames;
        if depth >= infos.len() {
            return Err(self.new_error("ValueError", "call stack is not deep enough"));
        }
        let mut back = Value::None;
        while infos.len() > depth {
            let info = match infos.pop() {
                Some(i) => i,
                None => break,
            };
            back = self.new_frame_object(info, back)?;
        }
        Ok(back)
    }
}

/// `sys._getframe([depth])`.
pub fn getframe(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::check_args(vm, "_getframe", &args, 0, 1)?;
    let depth = match args.pos.first() {
        Some(v) => crate::builtins::want_int(vm, v)?,
        None => 0,
    };
    if depth < 0 {
        return Err(vm.new_error("ValueError", "call stack is not deep enough"));
    }
    vm.get_frame(depth as usize)
}
