//! The eval loop.
//!
//! [`Vm::run_frame`] runs a frame and every Python frame it calls on an
//! explicit frame stack: a call pushes the caller onto `vm.frames` and
//! continues with the callee, a return pops it. Only native code that calls
//! back into Python (sorted's key, `__repr__` from repr(), …) re-enters
//! `run_frame`, and that nesting is capped by [`super::NATIVE_DEPTH_LIMIT`].

use super::generator::GenState;
use super::{Args, Frame, PyErr, PyResult, ReturnMode, Vm};
use crate::bytecode::{BinOp, CmpOp, Const, Instr, UnOp};
use crate::objects::{Obj, Payload, Value};
use std::rc::Rc;

/// How `exec` stopped.
pub enum Flow {
    /// Start running a new frame (the current one becomes its caller).
    Call(Frame),
    /// The frame returned.
    Return(Value),
    /// The (generator) frame yielded.
    Yield(Value),
}

/// How a frame run by `run_frame` ended.
pub enum FrameExit {
    /// It returned a value.
    Return(Value),
    /// It yielded a value (generators).
    Yield(Value),
}

macro_rules! pop {
    ($f:expr) => {
        $f.regs.pop().unwrap_or_default()
    };
}

macro_rules! top {
    ($f:expr) => {
        match $f.regs.last() {
            Some(v) => v,
            None => return Err($crate::vm::eval::stack_err()),
        }
    };
}

/// The error for a corrupt stack (a compiler bug, never user-reachable).
pub fn stack_err() -> PyErr {
    PyErr::Limit(super::Limit::Cancelled)
}

impl Vm {
    /// Runs `frame` (and everything it calls) until it returns or yields.
    pub fn run_frame(&mut self, frame: Frame) -> PyResult<FrameExit> {
        if self.native_depth >= super::NATIVE_DEPTH_LIMIT {
            return Err(self.new_error("RuntimeError", "maximum recursion depth exceeded"));
        }
        self.native_depth += 1;
        let base = self.frames.len();
        let r = self.run_loop(frame, base, None);
        self.native_depth -= 1;
        r
    }

    /// Runs `frame` after raising `e` at its current instruction (generator throw).
    pub fn run_frame_with_error(&mut self, frame: Frame, e: PyErr) -> PyResult<FrameExit> {
        if self.native_depth >= super::NATIVE_DEPTH_LIMIT {
            return Err(self.new_error("RuntimeError", "maximum recursion depth exceeded"));
        }
        self.native_depth += 1;
        let base = self.frames.len();
        let r = self.run_loop(frame, base, Some(e));
        self.native_depth -= 1;
        r
    }

    fn finish_gen(&mut self, f: &mut Frame) {
        if let Some(g) = f.gen.take() {
            if let Payload::Generator(st) = &g.payload {
                let mut st = st.borrow_mut();
                st.running = false;
                st.finished = true;
                st.frame = None;
            }
        }
    }

    fn run_loop(
        &mut self,
        mut f: Frame,
        base: usize,
        pending: Option<PyErr>,
    ) -> PyResult<FrameExit> {
        if let Some(e) = pending {
            if let Some(r) = self.handle_error(&mut f, e, base) {
                return r;
            }
        }
        loop {
            let flow = self.exec(&mut f, base);
            match flow {
                Ok(Flow::Call(new)) => {
                    let caller = std::mem::replace(&mut f, new);
                    self.frames.push(caller);
                }
                Ok(Flow::Return(v)) => {
                    self.depth = self.depth.saturating_sub(1);
                    let mode = std::mem::replace(&mut f.mode, ReturnMode::Normal);
                    self.finish_gen(&mut f);
                    if self.frames.len() <= base {
                        return Ok(FrameExit::Return(v));
                    }
                    let mut caller = match self.frames.pop() {
                        Some(c) => c,
                        None => return Ok(FrameExit::Return(v)),
                    };
                    match mode {
                        ReturnMode::Normal | ReturnMode::Boundary | ReturnMode::NextItem(_) => {
                            caller.regs.push(v)
                        }
                        ReturnMode::Init(inst) => {
                            if !v.is_none() {
                                let msg = format!(
                                    "__init__() should return None, not '{}'",
                                    self.type_name(&v)
                                );
                                let e = self.new_error("TypeError", &msg);
                                f = caller;
                                if let Some(r) = self.handle_error(&mut f, e, base) {
                                    return r;
                                }
                                continue;
                            }
                            caller.regs.push(inst);
                        }
                        ReturnMode::ForIter(target) => {
                            caller.regs.pop();
                            caller.ip = target as usize;
                        }
                        ReturnMode::Send(target) => {
                            caller.regs.pop();
                            caller.regs.push(v);
                            caller.ip = target as usize;
                        }
                    }
                    let old = std::mem::replace(&mut f, caller);
                    self.recycle(old.regs);
                }
                Ok(Flow::Yield(v)) => {
                    self.depth = self.depth.saturating_sub(1);
                    if self.frames.len() <= base {
                        let placeholder = self.placeholder_frame();
                        let genframe = std::mem::replace(&mut f, placeholder);
                        self.suspend_gen(genframe);
                        return Ok(FrameExit::Yield(v));
                    }
                    let caller = match self.frames.pop() {
                        Some(c) => c,
                        None => return Ok(FrameExit::Yield(v)),
                    };
                    let genframe = std::mem::replace(&mut f, caller);
                    self.suspend_gen(genframe);
                    f.regs.push(v);
                }
                Err(PyErr::Limit(l)) => {
                    while self.frames.len() > base {
                        self.frames.pop();
                    }
                    return Err(PyErr::Limit(l));
                }
                Err(e) => {
                    if let Some(r) = self.handle_error(&mut f, e, base) {
                        return r;
                    }
                }
            }
        }
    }

    /// Keeps a frame's slot vector for reuse by the next call.
    #[inline]
    pub fn recycle(&mut self, mut regs: Vec<Value>) {
        if self.regs_pool.len() < 64 && regs.capacity() <= 256 {
            regs.clear();
            self.regs_pool.push(regs);
        }
    }

    /// A dummy frame used while moving frames around.
    pub fn placeholder_frame(&self) -> Frame {
        Frame {
            code: self.placeholder_code.clone(),
            ip: 0,
            regs: Vec::new(),
            globals: self.builtins.clone(),
            locals: None,
            mode: ReturnMode::Normal,
            gen: None,
        }
    }

    fn suspend_gen(&mut self, mut genframe: Frame) {
        genframe.mode = ReturnMode::Normal;
        // A suspended frame does not hold its generator (that would be a
        // reference cycle, freed only by the cycle collector): resuming
        // sets it again.
        if let Some(g) = genframe.gen.take() {
            if let Payload::Generator(st) = &g.payload {
                let mut st = st.borrow_mut();
                st.running = false;
                st.frame = Some(genframe);
            }
        }
    }

    /// Finds a handler for `e` in `f` or its callers (up to `base`). Returns
    /// `Some(result)` when the error leaves `run_frame`.
    fn handle_error(
        &mut self,
        f: &mut Frame,
        e: PyErr,
        base: usize,
    ) -> Option<PyResult<FrameExit>> {
        let exc = match e {
            PyErr::Exc(x) => x,
            PyErr::Limit(l) => {
                while self.frames.len() > base {
                    self.frames.pop();
                }
                return Some(Err(PyErr::Limit(l)));
            }
        };
        if !self.reraise {
            self.add_traceback(&exc, f);
        }
        self.reraise = false;
        loop {
            let ip = f.ip.saturating_sub(1) as u32;
            if let Some(h) = f.code.handler_for(ip) {
                let keep = f.code.nslots() + h.depth as usize;
                f.regs.truncate(keep);
                f.regs.push(Value::Obj(exc));
                f.ip = h.target as usize;
                return None;
            }
            // The exception leaves this frame.
            self.depth = self.depth.saturating_sub(1);
            let mode = std::mem::replace(&mut f.mode, ReturnMode::Normal);
            self.finish_gen(f);
            if self.frames.len() <= base {
                return Some(Err(PyErr::Exc(exc)));
            }
            let caller = match self.frames.pop() {
                Some(c) => c,
                None => return Some(Err(PyErr::Exc(exc))),
            };
            *f = caller;
            // A generator that raised StopIteration ends a for loop / yield from.
            let is_stop = matches!(
                mode,
                ReturnMode::ForIter(_) | ReturnMode::NextItem(_) | ReturnMode::Send(_)
            ) && self.is_instance_of(&exc, "StopIteration");
            match mode {
                ReturnMode::ForIter(target) if is_stop => {
                    f.regs.pop();
                    f.ip = target as usize;
                    return None;
                }
                ReturnMode::NextItem(target) if is_stop => {
                    f.regs.pop();
                    f.ip = target as usize;
                    return None;
                }
                ReturnMode::Send(target) if is_stop => {
                    let v = self.stop_iteration_value(&exc);
                    f.regs.pop();
                    f.regs.push(v);
                    f.ip = target as usize;
                    return None;
                }
                _ => {}
            }
            self.add_traceback(&exc, f);
        }
    }

    /// Loads a constant.
    pub fn load_const(&mut self, c: &Const) -> Value {
        match c {
            Const::None => Value::None,
            Const::Bool(b) => Value::Bool(*b),
            Const::Int(i) => Value::Int(*i),
            Const::Float(x) => Value::Float(*x),
            Const::Str(s) => Value::Str(s.clone()),
            Const::BigInt(b) => self.int_from_big((**b).clone()),
            Const::Complex(r, i) => {
                let cls = self.types.complex.clone();
                self.alloc(&cls, Payload::Complex(*r, *i))
            }
            Const::Bytes(b) => {
                let cls = self.types.bytes.clone();
                self.alloc(&cls, Payload::Bytes(b.clone()))
            }
            Const::Tuple(items) => {
                let v: Vec<Value> = items.iter().map(|c| self.load_const(c)).collect();
                self.new_tuple(v)
            }
            Const::Ellipsis => self.ellipsis.clone(),
            Const::Names(_) => Value::None,
            Const::Code(c) => {
                let cls = self.types.code.clone();
                self.alloc(&cls, Payload::Code(c.clone()))
            }
        }
    }

    /// Executes instructions of `f` until a frame change or an error.
    fn exec(&mut self, f: &mut Frame, base: usize) -> PyResult<Flow> {
        let undef = self.undef.clone();
        'frame: loop {
            let code = f.code.clone();
            let instrs = &code.instrs[..];
            loop {
                let ins = match instrs.get(f.ip) {
                    Some(i) => *i,
                    None => return Ok(Flow::Return(Value::None)),
                };
                f.ip += 1;
                match ins {
                    Instr::LoadConst(i) => {
                        let v = match code.consts.get(i as usize) {
                            Some(Const::Int(n)) => Value::Int(*n),
                            Some(Const::Str(s)) => Value::Str(s.clone()),
                            Some(Const::None) => Value::None,
                            Some(c) => self.load_const(c),
                            None => Value::None,
                        };
                        f.regs.push(v);
                    }
                    Instr::LoadFast(i) => {
                        let v = match f.regs.get(i as usize) {
                            Some(Value::Obj(o)) if Rc::ptr_eq(o, &undef) => {
                                return Err(self.unbound_local(&code, i as usize));
                            }
                            Some(v) => v.clone(),
                            None => Value::None,
                        };
                        f.regs.push(v);
                    }
                    Instr::LoadFastPair(a, b) => {
                        for (k, i) in [a as usize, b as usize].into_iter().enumerate() {
                            let v = match f.regs.get(i) {
                                Some(Value::Obj(o)) if Rc::ptr_eq(o, &undef) => {
                                    return Err(self.unbound_local(&code, i));
                                }
                                Some(v) => v.clone(),
                                None => Value::None,
                            };
                            f.regs.push(v);
                            // The second load is the absorbed instruction.
                            f.ip += usize::from(k == 0);
                        }
                    }
                    Instr::CompareJumpIfFalse(op, t) | Instr::CompareJumpIfTrue(op, t) => {
                        let n = f.regs.len();
                        let fast = match (f.regs.get(n.wrapping_sub(2)), f.regs.last()) {
                            (Some(Value::Int(x)), Some(Value::Int(y))) => Some(op.holds(x.cmp(y))),
                            (Some(Value::Float(x)), Some(Value::Float(y))) => {
                                Some(op.floats(*x, *y))
                            }
                            _ => None,
                        };
                        match fast {
                            Some(b) => {
                                f.regs.truncate(n - 2);
                                let jump_if = matches!(ins, Instr::CompareJumpIfTrue(..));
                                f.ip = if b == jump_if { t as usize } else { f.ip + 1 };
                            }
                            None => {
                                // The general comparison; the conditional
                                // jump after this instruction pops the result.
                                let b = pop!(f);
                                let a = pop!(f);
                                let r = self.compare(&a, &b, op)?;
                                f.regs.push(r);
                            }
                        }
                    }
                    Instr::StoreFast(i) => {
                        let v = pop!(f);
                        if let Some(slot) = f.regs.get_mut(i as usize) {
                            *slot = v;
                        }
                    }
                    Instr::DeleteFast(i) => {
                        if let Some(Value::Obj(o)) = f.regs.get(i as usize) {
                            if Rc::ptr_eq(o, &undef) {
                                return Err(self.unbound_local(&code, i as usize));
                            }
                        }
                        if let Some(slot) = f.regs.get_mut(i as usize) {
                            *slot = Value::Obj(undef.clone());
                        }
                        self.poll_finalizers()?;
                    }
                    Instr::LoadDeref(i) => {
                        let v = self.load_deref(f, &code, i as usize)?;
                        f.regs.push(v);
                    }
                    Instr::StoreDeref(i) => {
                        let v = pop!(f);
                        if let Some(Value::Obj(c)) = f.regs.get(i as usize) {
                            if let Payload::Cell(cell) = &c.payload {
                                *cell.borrow_mut() = v;
                            }
                        }
                    }
                    Instr::DeleteDeref(i) => {
                        let _ = self.load_deref(f, &code, i as usize)?;
                        if let Some(Value::Obj(c)) = f.regs.get(i as usize) {
                            if let Payload::Cell(cell) = &c.payload {
                                *cell.borrow_mut() = Value::Obj(undef.clone());
                            }
                        }
                    }
                    Instr::LoadClosure(i) => {
                        let v = f.regs.get(i as usize).cloned().unwrap_or_default();
                        f.regs.push(v);
                    }
                    Instr::LoadClassDeref(i) => {
                        let nfree = i as usize - code.varnames.len() - code.cellvars.len();
                        let name = code.freevars.get(nfree).cloned();
                        let mut found = None;
                        if let (Some(name), Some(ns)) = (&name, &f.locals) {
                            found = self.dict_get_str(ns, name);
                        }
                        let v = match found {
                            Some(v) => v,
                            None => self.load_deref(f, &code, i as usize)?,
                        };
                        f.regs.push(v);
                    }
                    Instr::LoadName(i) => {
                        let name = &code.names[i as usize];
                        let v = self.load_name(f, name)?;
                        f.regs.push(v);
                    }
                    Instr::StoreName(i) => {
                        let v = pop!(f);
                        let name = code.names[i as usize].clone();
                        let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                        self.ns_store(&ns, name, v)?;
                        self.poll_finalizers()?;
                    }
                    Instr::DeleteName(i) => {
                        let name = code.names[i as usize].clone();
                        let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                        if !self.dict_del_str(&ns, &name)? {
                            return Err(self.name_error(&name));
                        }
                        self.poll_finalizers()?;
                    }
                    Instr::LoadGlobal(i) => {
                        let name = &code.names[i as usize];
                        let v = self.load_global(&f.globals, name)?;
                        f.regs.push(v);
                    }
                    Instr::StoreGlobal(i) => {
                        let v = pop!(f);
                        let name = code.names[i as usize].clone();
                        let g = f.globals.clone();
                        self.ns_store(&g, name, v)?;
                        self.poll_finalizers()?;
                    }
                    Instr::DeleteGlobal(i) => {
                        let name = code.names[i as usize].clone();
                        let g = f.globals.clone();
                        if !self.dict_del_str(&g, &name)? {
                            return Err(self.global_name_error(&name));
                        }
                        self.poll_finalizers()?;
                    }
                    Instr::LoadAttr(i) => {
                        let o = pop!(f);
                        let site = super::attr_cache::site(&code, f.ip);
                        let v = self.load_attr_at(site, &o, &code.names[i as usize])?;
                        f.regs.push(v);
                    }
                    Instr::StoreAttr(i) => {
                        let o = pop!(f);
                        let v = pop!(f);
                        let site = super::attr_cache::site(&code, f.ip);
                        self.store_attr_at(site, &o, &code.names[i as usize], v)?;
                    }
                    Instr::DeleteAttr(i) => {
                        let o = pop!(f);
                        self.delattr(&o, &code.names[i as usize])?;
                    }
                    Instr::LoadMethod(i) => {
                        let o = pop!(f);
                        let site = super::attr_cache::site(&code, f.ip);
                        match self.load_method_at(site, &o, &code.names[i as usize])? {
                            Some(m) => {
                                f.regs.push(m);
                                f.regs.push(o);
                            }
                            None => {
                                let v = self.load_attr_at(site, &o, &code.names[i as usize])?;
                                f.regs.push(v);
                                f.regs.push(Value::Obj(undef.clone()));
                            }
                        }
                    }
                    Instr::CallMethod(n) => {
                        self.tick(1)?;
                        let n = n as usize;
                        let len = f.regs.len();
                        let selfpos = len - n - 1;
                        let unbound_self =
                            matches!(&f.regs[selfpos], Value::Obj(o) if Rc::ptr_eq(o, &undef));
                        let start = if unbound_self { selfpos + 1 } else { selfpos };
                        if let Some(Flow::Call(frame)) =
                            self.call_from_stack(f, selfpos - 1, start, None)?
                        {
                            let caller = std::mem::replace(f, frame);
                            self.frames.push(caller);
                            continue 'frame;
                        }
                    }
                    Instr::Call(n) => {
                        self.tick(1)?;
                        let fpos = f.regs.len() - n as usize - 1;
                        if let Some(Flow::Call(frame)) =
                            self.call_from_stack(f, fpos, fpos + 1, None)?
                        {
                            let caller = std::mem::replace(f, frame);
                            self.frames.push(caller);
                            continue 'frame;
                        }
                    }
                    Instr::CallKw(arg) => {
                        self.tick(1)?;
                        let n = (arg & 0xff) as usize;
                        let names = match code.consts.get((arg >> 8) as usize) {
                            Some(Const::Names(ns)) => ns.clone(),
                            _ => Rc::from(Vec::new()),
                        };
                        let fpos = f.regs.len() - n - 1;
                        if let Some(flow) = self.call_from_stack(f, fpos, fpos + 1, Some(&names))? {
                            return Ok(flow);
                        }
                    }
                    Instr::CallEx(flags) => {
                        self.tick(1)?;
                        let kwargs = if flags & 1 != 0 { Some(pop!(f)) } else { None };
                        let args = pop!(f);
                        let func = pop!(f);
                        let pos: Vec<Value> = match &args {
                            Value::Obj(o) => match &o.payload {
                                Payload::Tuple(t) => t.to_vec(),
                                _ => Vec::new(),
                            },
                            _ => Vec::new(),
                        };
                        let kw = match kwargs {
                            Some(k) => self.kwargs_from_dict(&func, &k)?,
                            None => Vec::new(),
                        };
                        match self.prepare_call(&func, &pos, &kw)? {
                            super::call::Prepared::Frame(frame) => return Ok(Flow::Call(frame)),
                            super::call::Prepared::Value(v) => f.regs.push(v),
                            super::call::Prepared::Native => {
                                if self.needs_frame(&func) {
                                    self.frame_ctx = Some(self.make_ctx(f));
                                }
                                let r = self.call(&func, Args { pos: &pos, kw: &kw });
                                self.frame_ctx = None;
                                f.regs.push(r?);
                            }
                        }
                    }
                    Instr::Binary(op) => {
                        let b = pop!(f);
                        let a = pop!(f);
                        let r = match self.number_binary_fast(&a, &b, op) {
                            Some(r) => r,
                            None => self.binary_op(&a, &b, op)?,
                        };
                        f.regs.push(r);
                    }
                    Instr::Inplace(op) => {
                        let b = pop!(f);
                        let a = pop!(f);
                        // int and float have no in-place methods: `a op= b`
                        // is `a op b` for them.
                        let r = match self.number_binary_fast(&a, &b, op) {
                            Some(r) => r,
                            None => self.inplace_op(a, &b, op)?,
                        };
                        f.regs.push(r);
                    }
                    Instr::InplaceAddFast(i) => {
                        let b = pop!(f);
                        let i = i as usize;
                        let a = match f.regs.get_mut(i) {
                            Some(slot) => std::mem::take(slot),
                            None => Value::None,
                        };
                        if let Value::Obj(o) = &a {
                            if Rc::ptr_eq(o, &undef) {
                                if let Some(slot) = f.regs.get_mut(i) {
                                    *slot = a;
                                }
                                return Err(self.unbound_local(&code, i));
                            }
                        }
                        let r = match (a, &b) {
                            (Value::Int(x), Value::Int(y)) if x.checked_add(*y).is_some() => {
                                Value::Int(x + y)
                            }
                            (Value::Float(x), Value::Float(y)) => self.float_result(x + y),
                            (Value::Str(mut s), Value::Str(t)) if !s.is_wide() && !t.is_wide() => {
                                let (len, cap) = match Rc::get_mut(&mut s) {
                                    Some(ms) => (ms.s.len(), ms.s.capacity()),
                                    None => (s.s.len(), 0),
                                };
                                self.reserve_growth(len, cap, t.s.len(), 1)?;
                                match Rc::get_mut(&mut s) {
                                    Some(ms) => {
                                        let mut text = ms.s.take_utf8().unwrap_or_default();
                                        text.push_str(&t.s);
                                        *ms = crate::objects::PyStr::from_string(text);
                                        Value::Str(s)
                                    }
                                    None => {
                                        let mut text = String::with_capacity(s.s.len() + t.s.len());
                                        text.push_str(&s.s);
                                        text.push_str(&t.s);
                                        Value::string(text)
                                    }
                                }
                            }
                            (a, _) => {
                                let r = self.inplace_op(a.clone(), &b, BinOp::Add);
                                match r {
                                    Ok(r) => r,
                                    Err(e) => {
                                        if let Some(slot) = f.regs.get_mut(i) {
                                            *slot = a;
                                        }
                                        return Err(e);
                                    }
                                }
                            }
                        };
                        if let Some(slot) = f.regs.get_mut(i) {
                            *slot = r;
                        }
                    }
                    Instr::Unary(op) => {
                        let a = pop!(f);
                        let r = match (op, &a) {
                            (UnOp::Not, _) => Value::Bool(!self.truthy(&a)?),
                            (UnOp::Neg, Value::Int(x)) if *x != i64::MIN => Value::Int(-x),
                            (UnOp::Neg, Value::Float(x)) => Value::Float(-x),
                            _ => self.unary_op(&a, op)?,
                        };
                        f.regs.push(r);
                    }
                    Instr::Compare(op) => {
                        let b = pop!(f);
                        let a = pop!(f);
                        let r = match (&a, &b) {
                            (Value::Int(x), Value::Int(y)) => Value::Bool(match op {
                                CmpOp::Lt => x < y,
                                CmpOp::Le => x <= y,
                                CmpOp::Eq => x == y,
                                CmpOp::Ne => x != y,
                                CmpOp::Gt => x > y,
                                CmpOp::Ge => x >= y,
                            }),
                            (Value::Float(x), Value::Float(y)) => Value::Bool(match op {
                                CmpOp::Lt => x < y,
                                CmpOp::Le => x <= y,
                                CmpOp::Eq => x == y,
                                CmpOp::Ne => x != y,
                                CmpOp::Gt => x > y,
                                CmpOp::Ge => x >= y,
                            }),
                            _ => self.compare(&a, &b, op)?,
                        };
                        f.regs.push(r);
                    }
                    Instr::IsOp(neg) => {
                        let b = pop!(f);
                        let a = pop!(f);
                        f.regs.push(Value::Bool(a.is(&b) != (neg != 0)));
                    }
                    Instr::ContainsOp(neg) => {
                        let b = pop!(f);
                        let a = pop!(f);
                        let r = self.contains(&b, &a)?;
                        f.regs.push(Value::Bool(r != (neg != 0)));
                    }
                    Instr::Subscr => {
                        let k = pop!(f);
                        let o = pop!(f);
                        let fast = match (&o, &k) {
                            (Value::Obj(ob), Value::Int(i)) => self.index_fast(ob, *i),
                            _ => None,
                        };
                        let r = match fast {
                            Some(r) => r,
                            None => self.getitem(&o, &k)?,
                        };
                        f.regs.push(r);
                    }
                    Instr::StoreSubscr => {
                        let k = pop!(f);
                        let o = pop!(f);
                        let v = pop!(f);
                        let v = match (&o, &k) {
                            (Value::Obj(ob), Value::Int(i)) => {
                                match self.store_index_fast(ob, *i, v) {
                                    Ok(old) => {
                                        drop(old);
                                        continue;
                                    }
                                    Err(v) => v,
                                }
                            }
                            _ => v,
                        };
                        self.setitem(&o, k, v)?;
                    }
                    Instr::DeleteSubscr => {
                        let k = pop!(f);
                        let o = pop!(f);
                        self.delitem(&o, &k)?;
                    }
                    Instr::BuildSlice(n) => {
                        let step = if n == 3 { pop!(f) } else { Value::None };
                        let stop = pop!(f);
                        let start = pop!(f);
                        let cls = self.types.slice.clone();
                        let v = self.alloc(&cls, Payload::Slice(start, stop, step));
                        f.regs.push(v);
                    }
                    Instr::BuildTuple(n) => {
                        let at = f.regs.len() - n as usize;
                        let items: Vec<Value> = f.regs.drain(at..).collect();
                        let v = self.new_tuple(items);
                        f.regs.push(v);
                    }
                    Instr::BuildList(n) => {
                        let at = f.regs.len() - n as usize;
                        let items: Vec<Value> = f.regs.drain(at..).collect();
                        self.account(16 * n as u64 + 48)?;
                        let v = self.new_list(items);
                        f.regs.push(v);
                    }
                    Instr::BuildSet(n) => {
                        let at = f.regs.len() - n as usize;
                        let items: Vec<Value> = f.regs.drain(at..).collect();
                        let v = self.new_set(Vec::new())?;
                        // 3.4 adds the displayed items right to left.
                        for it in items.into_iter().rev() {
                            self.set_add(&v, it)?;
                        }
                        f.regs.push(v);
                    }
                    Instr::BuildMap(n) => {
                        let at = f.regs.len() - 2 * n as usize;
                        let items: Vec<Value> = f.regs.drain(at..).collect();
                        let d = self.new_dict();
                        let mut it = items.into_iter();
                        while let (Some(k), Some(v)) = (it.next(), it.next()) {
                            self.dict_set(&d, k, v)?;
                        }
                        f.regs.push(d);
                    }
                    Instr::ListAppend(i) => {
                        let v = pop!(f);
                        let l = &f.regs[f.regs.len() - i as usize];
                        if let Value::Obj(o) = l {
                            if let Payload::List(items) = &o.payload {
                                let (n, c) = {
                                    let items = items.borrow();
                                    (items.len(), items.capacity())
                                };
                                if n == c {
                                    self.reserve_growth(n, c, 1, 16)?;
                                }
                                items.borrow_mut().push(v);
                            }
                        }
                    }
                    Instr::SetAdd(i) => {
                        let v = pop!(f);
                        let s = f.regs[f.regs.len() - i as usize].clone();
                        self.set_add(&s, v)?;
                    }
                    Instr::MapAdd(i) => {
                        let v = pop!(f);
                        let k = pop!(f);
                        let d = f.regs[f.regs.len() - i as usize].clone();
                        self.dict_set(&d, k, v)?;
                    }
                    Instr::ListExtend(i) => {
                        let it = pop!(f);
                        let l = f.regs[f.regs.len() - i as usize].clone();
                        let items = match self.iterate_star(&it) {
                            Ok(items) => items,
                            Err(e) => {
                                let fpos = f.regs.len().saturating_sub(i as usize + 1);
                                if self.err_is(&e, "TypeError") && self.iter(&it).is_err() {
                                    let name = f
                                        .regs
                                        .get(fpos)
                                        .map(|v| self.callable_name(v))
                                        .unwrap_or_default();
                                    let msg = format!(
                                        "{}() argument after * must be a sequence, not {}",
                                        name,
                                        self.type_name(&it)
                                    );
                                    return Err(self.new_error("TypeError", &msg));
                                }
                                return Err(e);
                            }
                        };
                        if let Value::Obj(o) = &l {
                            if let Payload::List(v) = &o.payload {
                                let (n, c) = {
                                    let v = v.borrow();
                                    (v.len(), v.capacity())
                                };
                                self.reserve_growth(n, c, items.len(), 16)?;
                                v.borrow_mut().extend(items);
                            }
                        }
                    }
                    Instr::ListToTuple => {
                        let l = pop!(f);
                        let items = match &l {
                            Value::Obj(o) => match &o.payload {
                                Payload::List(v) => std::mem::take(&mut *v.borrow_mut()),
                                _ => Vec::new(),
                            },
                            _ => Vec::new(),
                        };
                        let t = self.new_tuple(items);
                        f.regs.push(t);
                    }
                    Instr::DictMerge(i) => {
                        let m = pop!(f);
                        let d = f.regs[f.regs.len() - i as usize].clone();
                        self.merge_kwargs(&d, &m, f)?;
                    }
                    Instr::UnpackSequence(n) => {
                        let seq = pop!(f);
                        self.unpack(f, seq, n as usize, None)?;
                    }
                    Instr::UnpackEx(arg) => {
                        let seq = pop!(f);
                        let before = (arg & 0xffff) as usize;
                        let after = (arg >> 16) as usize;
                        self.unpack(f, seq, before, Some(after))?;
                    }
                    Instr::Pop => {
                        f.regs.pop();
                    }
                    Instr::Dup => {
                        let v = top!(f).clone();
                        f.regs.push(v);
                    }
                    Instr::Dup2 => {
                        let n = f.regs.len();
                        let a = f.regs[n - 2].clone();
                        let b = f.regs[n - 1].clone();
                        f.regs.push(a);
                        f.regs.push(b);
                    }
                    Instr::Rot2 => {
                        let n = f.regs.len();
                        f.regs.swap(n - 1, n - 2);
                    }
                    Instr::Rot3 => {
                        let v = pop!(f);
                        let n = f.regs.len();
                        f.regs.insert(n - 2, v);
                    }
                    Instr::Rot4 => {
                        let v = pop!(f);
                        let n = f.regs.len();
                        f.regs.insert(n - 3, v);
                    }
                    Instr::Jump(t) => {
                        if (t as usize) < f.ip {
                            self.tick(1)?;
                        }
                        f.ip = t as usize;
                    }
                    Instr::PopJumpIfFalse(t) => {
                        let v = pop!(f);
                        let b = match v {
                            Value::Bool(b) => b,
                            _ => self.truthy(&v)?,
                        };
                        if !b {
                            f.ip = t as usize;
                        }
                    }
                    Instr::PopJumpIfTrue(t) => {
                        let v = pop!(f);
                        let b = match v {
                            Value::Bool(b) => b,
                            _ => self.truthy(&v)?,
                        };
                        if b {
                            f.ip = t as usize;
                        }
                    }
                    Instr::JumpIfFalseOrPop(t) => {
                        let v = top!(f).clone();
                        if !self.truthy(&v)? {
                            f.ip = t as usize;
                        } else {
                            f.regs.pop();
                        }
                    }
                    Instr::JumpIfTrueOrPop(t) => {
                        let v = top!(f).clone();
                        if self.truthy(&v)? {
                            f.ip = t as usize;
                        } else {
                            f.regs.pop();
                        }
                    }
                    Instr::GetIter => {
                        let o = pop!(f);
                        let it = self.iter(&o)?;
                        f.regs.push(it);
                    }
                    Instr::ForIter(t) => {
                        // Fast paths: range and list iterators advance in place.
                        let fast: Option<Option<Value>> = match f.regs.last() {
                            Some(Value::Obj(o)) => match &o.payload {
                                Payload::Iter(st) => match st.try_borrow_mut() {
                                    Ok(mut s) => match &mut *s {
                                        super::iter::IterState::Range { cur, stop, step } => {
                                            if (*step > 0 && *cur < *stop)
                                                || (*step < 0 && *cur > *stop)
                                            {
                                                let v = *cur;
                                                *cur = cur.saturating_add(*step);
                                                Some(Some(Value::Int(v)))
                                            } else {
                                                Some(None)
                                            }
                                        }
                                        super::iter::IterState::Seq { seq, idx } => {
                                            match seq.payload() {
                                                Some(Payload::List(l)) => {
                                                    let item = l.borrow().get(*idx).cloned();
                                                    if item.is_some() {
                                                        *idx += 1;
                                                    }
                                                    Some(item)
                                                }
                                                _ => None,
                                            }
                                        }
                                        _ => None,
                                    },
                                    Err(_) => None,
                                },
                                _ => None,
                            },
                            _ => None,
                        };
                        match fast {
                            Some(Some(v)) => {
                                f.regs.push(v);
                                continue;
                            }
                            Some(None) => {
                                f.regs.pop();
                                f.ip = t as usize;
                                continue;
                            }
                            None => {}
                        }
                        let it = top!(f).clone();
                        if let Value::Obj(o) = &it {
                            if let Payload::Generator(_) = &o.payload {
                                match self.resume_in_loop(o, Value::None, ReturnMode::ForIter(t))? {
                                    Some(frame) => {
                                        let caller = std::mem::replace(f, frame);
                                        self.frames.push(caller);
                                        continue 'frame;
                                    }
                                    None => {
                                        f.regs.pop();
                                        f.ip = t as usize;
                                        continue;
                                    }
                                }
                            }
                        }
                        if let Some(frame) = self.next_frame(&it, t)? {
                            let caller = std::mem::replace(f, frame);
                            self.frames.push(caller);
                            continue 'frame;
                        }
                        match self.next(&it)? {
                            Some(v) => f.regs.push(v),
                            None => {
                                f.regs.pop();
                                f.ip = t as usize;
                            }
                        }
                    }
                    Instr::MakeFunction(arg) => {
                        let v = self.make_function(f, &code, arg)?;
                        f.regs.push(v);
                    }
                    Instr::ReturnValue => {
                        let mut v = pop!(f);
                        if f.gen.is_none() && self.frames.len() > base {
                            // An `__init__` that returned None gives its
                            // instance to the caller (other results take
                            // the general path, which raises).
                            let init = matches!(&f.mode, ReturnMode::Init(_)) && v.is_none();
                            if init
                                || matches!(f.mode, ReturnMode::Normal | ReturnMode::NextItem(_))
                            {
                                if let Some(caller) = self.frames.pop() {
                                    if init {
                                        if let ReturnMode::Init(inst) =
                                            std::mem::replace(&mut f.mode, ReturnMode::Normal)
                                        {
                                            v = inst;
                                        }
                                    }
                                    self.depth = self.depth.saturating_sub(1);
                                    let old = std::mem::replace(f, caller);
                                    self.recycle(old.regs);
                                    f.regs.push(v);
                                    continue 'frame;
                                }
                            }
                        }
                        return Ok(Flow::Return(v));
                    }
                    Instr::YieldValue(_) => {
                        let v = pop!(f);
                        // Back to a caller in this loop (FOR_ITER / SEND):
                        // what `run_loop` does for `Flow::Yield`, without
                        // leaving `exec`.
                        if self.frames.len() > base {
                            if let Some(caller) = self.frames.pop() {
                                self.depth = self.depth.saturating_sub(1);
                                let genframe = std::mem::replace(f, caller);
                                self.suspend_gen(genframe);
                                f.regs.push(v);
                                continue 'frame;
                            }
                        }
                        return Ok(Flow::Yield(v));
                    }
                    Instr::GetYieldFromIter => {
                        let o = pop!(f);
                        let it = match &o {
                            Value::Obj(x) if matches!(x.payload, Payload::Generator(_)) => {
                                o.clone()
                            }
                            _ => self.iter(&o)?,
                        };
                        f.regs.push(it);
                    }
                    Instr::Send(t) => {
                        let v = pop!(f);
                        let it = top!(f).clone();
                        if let Value::Obj(o) = &it {
                            if let Payload::Generator(_) = &o.payload {
                                match self.resume_in_loop(o, v, ReturnMode::Send(t))? {
                                    Some(frame) => {
                                        let caller = std::mem::replace(f, frame);
                                        self.frames.push(caller);
                                        continue 'frame;
                                    }
                                    None => {
                                        f.regs.pop();
                                        f.regs.push(Value::None);
                                        f.ip = t as usize;
                                        continue;
                                    }
                                }
                            }
                        }
                        let r = if v.is_none() {
                            self.next_raw(&it)
                        } else {
                            let send = self.intern("send");
                            self.call_method(&it, &send, &[v]).map(Some)
                        };
                        match r {
                            Ok(Some(y)) => f.regs.push(y),
                            Ok(None) => {
                                f.regs.pop();
                                f.regs.push(Value::None);
                                f.ip = t as usize;
                            }
                            Err(PyErr::Exc(e)) if self.is_instance_of(&e, "StopIteration") => {
                                let val = self.stop_iteration_value(&e);
                                f.regs.pop();
                                f.regs.push(val);
                                f.ip = t as usize;
                            }
                            Err(e) => return Err(e),
                        }
                    }
                    Instr::Raise(n) => {
                        return Err(self.do_raise(f, n)?);
                    }
                    Instr::PopExceptReraise => {
                        let exc = pop!(f);
                        let prev = pop!(f);
                        self.handled = if prev.is_none() { None } else { Some(prev) };
                        self.reraise = true;
                        return Err(match exc {
                            Value::Obj(o) => PyErr::Exc(o),
                            _ => self.new_error("SystemError", "bad exception on stack"),
                        });
                    }
                    Instr::PushExcInfo => {
                        let exc = pop!(f);
                        let prev = self.handled.take().unwrap_or_default();
                        f.regs.push(prev);
                        self.handled = Some(exc.clone());
                        f.regs.push(exc);
                    }
                    Instr::PopExcept => {
                        let prev = pop!(f);
                        self.handled = if prev.is_none() { None } else { Some(prev) };
                    }
                    Instr::CheckExcMatch => {
                        let t = pop!(f);
                        let e = top!(f).clone();
                        let m = self.exception_matches(&e, &t)?;
                        f.regs.push(Value::Bool(m));
                    }
                    Instr::SetupWith => {
                        let mgr = pop!(f);
                        let exit_name = self.names.exit.clone();
                        let enter_name = self.names.enter.clone();
                        let exit = match self.lookup_special(&mgr, &exit_name) {
                            Some(x) => x,
                            None => return Err(self.new_error("AttributeError", "__exit__")),
                        };
                        let enter = match self.lookup_special(&mgr, &enter_name) {
                            Some(x) => x,
                            None => return Err(self.new_error("AttributeError", "__enter__")),
                        };
                        f.regs.push(exit);
                        let r = self.call(&enter, Args::new(&[]))?;
                        f.regs.push(r);
                    }
                    Instr::WithExit => {
                        let _ = pop!(f);
                        let exit = pop!(f);
                        self.call(&exit, Args::new(&[Value::None, Value::None, Value::None]))?;
                    }
                    Instr::WithExceptStart => {
                        let n = f.regs.len();
                        let exc = f.regs[n - 1].clone();
                        let exit = f.regs[n - 3].clone();
                        let t = self.type_of(&exc).clone();
                        let tb = self.traceback_value(&exc);
                        let r = self.call(&exit, Args::new(&[Value::Obj(t), exc, tb]))?;
                        let b = self.truthy(&r)?;
                        f.regs.push(Value::Bool(b));
                    }
                    Instr::LoadBuildClass => {
                        let name = self.intern("__build_class__");
                        let v = match self.dict_get_str(&self.builtins_for(&f.globals), &name) {
                            Some(v) => v,
                            None => {
                                return Err(self.new_error("NameError", "__build_class__ not found"))
                            }
                        };
                        f.regs.push(v);
                    }
                    Instr::ImportName(i) => {
                        let fromlist = pop!(f);
                        let _level = pop!(f);
                        let name = code.names[i as usize].clone();
                        let m = self.import_module(&name, &fromlist)?;
                        f.regs.push(m);
                    }
                    Instr::ImportFrom(i) => {
                        let m = top!(f).clone();
                        let name = code.names[i as usize].clone();
                        let v = match self.getattr(&m, &name) {
                            Ok(v) => v,
                            Err(PyErr::Exc(_)) => {
                                return Err(self.new_error(
                                    "ImportError",
                                    &format!("cannot import name '{}'", name.as_str()),
                                ))
                            }
                            Err(e) => return Err(e),
                        };
                        f.regs.push(v);
                    }
                    Instr::ImportStar => {
                        let m = pop!(f);
                        self.import_star(f, &m)?;
                    }
                    Instr::PrintExpr => {
                        let v = pop!(f);
                        self.display_hook(v)?;
                    }
                    Instr::LoadLocals => {
                        let v = match &f.locals {
                            Some(l) => Value::Obj(l.clone()),
                            None => Value::Obj(f.globals.clone()),
                        };
                        f.regs.push(v);
                    }
                    Instr::Nop => {}
                }
            }
        }
    }

    /// Resumes a generator inside the loop: returns the frame to run, or None
    /// if the generator is already exhausted.
    pub fn resume_in_loop(
        &mut self,
        g: &Rc<Obj>,
        send: Value,
        mode: ReturnMode,
    ) -> PyResult<Option<Frame>> {
        let st = match &g.payload {
            Payload::Generator(st) => st,
            _ => return Ok(None),
        };
        let mut frame = {
            let mut s = st.borrow_mut();
            if s.running {
                drop(s);
                return Err(self.new_error("ValueError", "generator already executing"));
            }
            match s.frame.take() {
                Some(fr) => {
                    s.running = true;
                    fr
                }
                None => return Ok(None),
            }
        };
        if frame.ip == 0 {
            if !send.is_none() {
                let mut s = st.borrow_mut();
                s.running = false;
                s.frame = Some(frame);
                drop(s);
                return Err(self.new_error(
                    "TypeError",
                    "can't send non-None value to a just-started generator",
                ));
            }
        } else {
            frame.regs.push(send);
        }
        if self.depth >= self.recursion_limit {
            let mut s = st.borrow_mut();
            s.running = false;
            if frame.ip != 0 {
                frame.regs.pop();
            }
            s.frame = Some(frame);
            drop(s);
            return Err(self.new_error("RuntimeError", "maximum recursion depth exceeded"));
        }
        self.depth += 1;
        frame.mode = mode;
        frame.gen = Some(g.clone());
        Ok(Some(frame))
    }

    fn load_deref(&mut self, f: &Frame, code: &crate::bytecode::Code, i: usize) -> PyResult<Value> {
        if let Some(Value::Obj(c)) = f.regs.get(i) {
            if let Payload::Cell(cell) = &c.payload {
                let v = cell.borrow().clone();
                if let Value::Obj(o) = &v {
                    if Rc::ptr_eq(o, &self.undef) {
                        return Err(self.unbound_deref(code, i));
                    }
                }
                return Ok(v);
            }
        }
        Err(self.unbound_deref(code, i))
    }

    fn unbound_local(&mut self, code: &crate::bytecode::Code, i: usize) -> PyErr {
        let name = code
            .varnames
            .get(i)
            .map(|s| s.as_str().to_string())
            .unwrap_or_default();
        self.new_error(
            "UnboundLocalError",
            &format!("local variable '{}' referenced before assignment", name),
        )
    }

    fn unbound_deref(&mut self, code: &crate::bytecode::Code, i: usize) -> PyErr {
        let nl = code.varnames.len();
        if i >= nl && i < nl + code.cellvars.len() {
            let name = code.cellvars[i - nl].as_str().to_string();
            self.new_error(
                "UnboundLocalError",
                &format!("local variable '{}' referenced before assignment", name),
            )
        } else {
            let name = code
                .freevars
                .get(i.saturating_sub(nl + code.cellvars.len()))
                .map(|s| s.as_str().to_string())
                .unwrap_or_default();
            self.new_error(
                "NameError",
                &format!(
                    "free variable '{}' referenced before assignment in enclosing scope",
                    name
                ),
            )
        }
    }

    fn load_name(&mut self, f: &Frame, name: &Rc<crate::objects::PyStr>) -> PyResult<Value> {
        if let Some(l) = &f.locals {
            if let Some(v) = self.ns_load(l, name)? {
                return Ok(v);
            }
        }
        if let Some(v) = self.dict_get_str(&f.globals, name) {
            return Ok(v);
        }
        if let Some(v) = self.dict_get_str(&self.builtins_for(&f.globals), name) {
            return Ok(v);
        }
        Err(self.name_error(name))
    }

    /// A new generator object for a frame.
    pub fn new_generator(&mut self, frame: Frame) -> Value {
        let name = frame.code.name.clone();
        let qualname = frame.code.qualname.clone();
        let cls = self.types.generator.clone();
        let g = Rc::new(Obj {
            cls: Some(cls),
            dict: std::cell::RefCell::new(None),
            payload: Payload::Generator(std::cell::RefCell::new(GenState {
                frame: None,
                running: false,
                finished: false,
                name,
                qualname,
            })),
        });
        self.gc.track(&g);
        let mut frame = frame;
        frame.gen = None;
        if let Payload::Generator(st) = &g.payload {
            st.borrow_mut().frame = Some(frame);
        }
        Value::Obj(g)
    }
}
