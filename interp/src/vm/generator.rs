//! Generators: a generator object owns its suspended frame; resuming moves
//! the frame back onto the frame stack.

use super::eval::FrameExit;
use super::{Args, Frame, PyErr, PyResult, ReturnMode, Vm};
use crate::bytecode::Instr;
use crate::objects::{Obj, Payload, PyStr, Value};
use std::rc::Rc;

/// The state of a generator object.
pub struct GenState {
    /// The suspended frame (None while running or when finished).
    pub frame: Option<Frame>,
    /// Currently executing.
    pub running: bool,
    /// Returned or raised.
    pub finished: bool,
    /// `__name__`
    pub name: Rc<PyStr>,
    /// `__qualname__`
    pub qualname: Rc<PyStr>,
}

/// How a native resume of a generator ended.
pub enum GenResult {
    /// It yielded a value.
    Yield(Value),
    /// It returned (the value of StopIteration).
    Return(Value),
}

impl Vm {
    /// Resumes a generator from native code, sending `send` or raising `throw` in it.
    pub fn gen_resume(
        &mut self,
        g: &Rc<Obj>,
        send: Value,
        throw: Option<PyErr>,
    ) -> PyResult<GenResult> {
        if let Some(exc) = throw {
            return self.gen_throw(g, exc);
        }
        let frame = match self.resume_in_loop(g, send, ReturnMode::Boundary)? {
            Some(f) => f,
            None => return Ok(GenResult::Return(Value::None)),
        };
        self.run_gen_frame(frame, None)
    }

    fn run_gen_frame(&mut self, frame: Frame, pending: Option<PyErr>) -> PyResult<GenResult> {
        match self.run_frame_pending(frame, pending) {
            Ok(FrameExit::Yield(v)) => Ok(GenResult::Yield(v)),
            Ok(FrameExit::Return(v)) => Ok(GenResult::Return(v)),
            Err(e) => Err(e),
        }
    }

    fn take_gen_frame(&mut self, g: &Rc<Obj>) -> PyResult<Option<Frame>> {
        let st = match &g.payload {
            Payload::Generator(st) => st,
            _ => return Ok(None),
        };
        let mut s = st.borrow_mut();
        if s.running {
            drop(s);
            return Err(self.new_error("ValueError", "generator already executing"));
        }
        match s.frame.take() {
            Some(mut f) => {
                s.running = true;
                f.gen = Some(g.clone());
                Ok(Some(f))
            }
            None => Ok(None),
        }
    }

    fn put_gen_frame(&mut self, g: &Rc<Obj>, mut f: Frame) {
        f.gen = None;
        if let Payload::Generator(st) = &g.payload {
            let mut s = st.borrow_mut();
            s.running = false;
            s.frame = Some(f);
        }
    }

    fn mark_finished(&mut self, g: &Rc<Obj>) {
        if let Payload::Generator(st) = &g.payload {
            let mut s = st.borrow_mut();
            s.running = false;
            s.finished = true;
            s.frame = None;
        }
    }

    /// `gen.throw(exc)`.
    pub fn gen_throw(&mut self, g: &Rc<Obj>, exc: PyErr) -> PyResult<GenResult> {
        let mut frame = match self.take_gen_frame(g)? {
            Some(f) => f,
            None => return Err(exc),
        };
        // Delegate to a sub-iterator when suspended inside `yield from`.
        let in_yield_from = frame.ip > 0
            && matches!(
                frame.code.instrs.get(frame.ip - 1),
                Some(Instr::YieldValue(1))
            );
        if in_yield_from {
            let sub = frame.regs.last().cloned().unwrap_or_default();
            let is_exit = self.err_is(&exc, "GeneratorExit");
            let r: PyResult<GenResult> = if is_exit {
                let close = self.names.close.clone();
                match self.close_value(&sub, &close) {
                    Ok(()) => Err(exc.clone()),
                    Err(e) => Err(e),
                }
            } else if let Value::Obj(so) = &sub {
                if let Payload::Generator(_) = &so.payload {
                    let so = so.clone();
                    self.put_gen_frame(g, frame);
                    let r = self.gen_throw(&so, exc.clone());
                    frame = match self.take_gen_frame(g)? {
                        Some(f) => f,
                        None => return r,
                    };
                    r
                } else {
                    let tn = self.names.throw.clone();
                    match self.getattr_opt(&sub, &tn)? {
                        Some(m) => {
                            let ev = match &exc {
                                PyErr::Exc(e) => Value::Obj(e.clone()),
                                _ => Value::None,
                            };
                            self.call(&m, Args::new(&[ev])).map(GenResult::Yield)
                        }
                        None => Err(exc.clone()),
                    }
                }
            } else {
                Err(exc.clone())
            };
            match r {
                Ok(GenResult::Yield(v)) => {
                    self.put_gen_frame(g, frame);
                    return Ok(GenResult::Yield(v));
                }
                Ok(GenResult::Return(v)) => {
                    // The sub-iterator finished: continue after the yield from.
                    frame.regs.pop();
                    frame.regs.push(v);
                    if let Some(Instr::Jump(t)) = frame.code.instrs.get(frame.ip).copied() {
                        if let Some(Instr::Send(exit)) = frame.code.instrs.get(t as usize).copied()
                        {
                            frame.ip = exit as usize;
                        }
                    }
                    return self.start_gen_frame(g, frame, None);
                }
                Err(PyErr::Exc(e)) if self.is_instance_of(&e, "StopIteration") && !is_exit => {
                    let v = self.stop_iteration_value(&e);
                    frame.regs.pop();
                    frame.regs.push(v);
                    if let Some(Instr::Jump(t)) = frame.code.instrs.get(frame.ip).copied() {
                        if let Some(Instr::Send(exit)) = frame.code.instrs.get(t as usize).copied()
                        {
                            frame.ip = exit as usize;
                        }
                    }
                    return self.start_gen_frame(g, frame, None);
                }
                Err(e) => return self.start_gen_frame(g, frame, Some(e)),
            }
        }
        if frame.ip == 0 {
            // Not started: the exception is raised before the first instruction.
            self.mark_finished(g);
            return Err(exc);
        }
        self.start_gen_frame(g, frame, Some(exc))
    }

    fn start_gen_frame(
        &mut self,
        g: &Rc<Obj>,
        mut frame: Frame,
        pending: Option<PyErr>,
    ) -> PyResult<GenResult> {
        if self.depth >= self.recursion_limit {
            self.put_gen_frame(g, frame);
            return Err(self.new_error("RuntimeError", "maximum recursion depth exceeded"));
        }
        self.depth += 1;
        frame.mode = ReturnMode::Boundary;
        if pending.is_none() {
            // Resuming at a yield needs the sent value on the stack.
            if frame.ip > 0
                && matches!(
                    frame.code.instrs.get(frame.ip - 1),
                    Some(Instr::YieldValue(_))
                )
            {
                frame.regs.push(Value::None);
            }
        }
        self.run_gen_frame(frame, pending)
    }

    fn close_value(&mut self, sub: &Value, close: &Rc<PyStr>) -> PyResult<()> {
        if let Value::Obj(so) = sub {
            if let Payload::Generator(_) = &so.payload {
                return self.gen_close(so);
            }
        }
        if let Some(m) = self.getattr_opt(sub, close)? {
            self.call(&m, Args::new(&[]))?;
        }
        Ok(())
    }

    /// `gen.close()`.
    pub fn gen_close(&mut self, g: &Rc<Obj>) -> PyResult<()> {
        let started = match &g.payload {
            Payload::Generator(st) => {
                let s = st.borrow();
                s.frame.as_ref().map(|f| f.ip > 0).unwrap_or(false)
            }
            _ => false,
        };
        if !started {
            self.mark_finished(g);
            return Ok(());
        }
        let cls = self.exc_class("GeneratorExit");
        let e = self.new_exception(&cls, vec![]);
        match self.gen_throw(g, PyErr::Exc(e)) {
            Ok(GenResult::Yield(_)) => {
                Err(self.new_error("RuntimeError", "generator ignored GeneratorExit"))
            }
            Ok(GenResult::Return(_)) => Ok(()),
            Err(PyErr::Exc(x))
                if self.is_instance_of(&x, "GeneratorExit")
                    || self.is_instance_of(&x, "StopIteration") =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// Runs a frame, first raising `pending` in it if given.
    pub fn run_frame_pending(
        &mut self,
        frame: Frame,
        pending: Option<PyErr>,
    ) -> PyResult<FrameExit> {
        match pending {
            None => self.run_frame(frame),
            Some(e) => self.run_frame_with_error(frame, e),
        }
    }
}
