//! Calls: binding arguments to parameters (with CPython 3.4's messages),
//! creating frames, calling native functions and classes.

use super::eval::{Flow, FrameExit};
use super::{Args, Frame, PyErr, PyResult, ReturnMode, Vm};
use crate::bytecode::{flags, Code};
use crate::objects::class::Layout;
use crate::objects::{DictTable, ExcData, Function, Obj, Payload, PyStr, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// What a built-in that needs its caller's frame gets to see.
#[derive(Clone)]
pub struct FrameCtx {
    /// The caller's globals.
    pub globals: Rc<Obj>,
    /// The caller's local namespace (a snapshot dict for functions).
    pub locals: Rc<Obj>,
    /// The first argument of the calling function (for `super()`).
    pub first_arg: Option<Value>,
    /// The `__class__` cell content of the calling function.
    pub class_cell: Option<Value>,
    /// The caller's code (for `sys._getframe`).
    pub code: Option<Rc<crate::bytecode::Code>>,
    /// The caller's current line.
    pub line: Option<u32>,
}

/// The result of preparing a call.
pub enum Prepared {
    /// A frame to run.
    Frame(Frame),
    /// The call already produced a value (generator functions).
    Value(Value),
    /// Not a Python-level call; use [`Vm::call`].
    Native,
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

impl Vm {
    /// Binds arguments to the parameters of `func`, returning the frame's slots.
    pub fn bind_args(
        &mut self,
        func: &Function,
        pos: &[Value],
        kw: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Vec<Value>> {
        let code = &func.code;
        let nslots = code.nslots();
        let argc = code.argcount as usize;
        let kwc = code.kwonlyargcount as usize;
        let named = argc + kwc;
        let mut regs: Vec<Value> = self.regs_pool.pop().unwrap_or_default();
        regs.reserve(nslots + code.stacksize as usize);
        let undef = Value::Obj(self.undef.clone());
        regs.resize(nslots, undef);
        let npos = pos.len().min(argc);
        regs[..npos].clone_from_slice(&pos[..npos]);
        let mut extra = named;
        if code.flags & flags::VARARGS != 0 {
            let rest = if pos.len() > argc {
                pos[argc..].to_vec()
            } else {
                Vec::new()
            };
            regs[extra] = self.new_tuple(rest);
            extra += 1;
        }
        let kwdict = if code.flags & flags::VARKEYWORDS != 0 {
            Some(self.new_dict())
        } else {
            None
        };
        let fname = code.name.as_str().to_string();
        for (k, v) in kw {
            let idx = code.varnames[..named]
                .iter()
                .position(|n| n.as_str() == k.as_str());
            match idx {
                Some(i) => {
                    if !self.is_undef(&regs[i]) {
                        return Err(self.new_error(
                            "TypeError",
                            &format!(
                                "{}() got multiple values for argument '{}'",
                                fname,
                                k.as_str()
                            ),
                        ));
                    }
                    regs[i] = v.clone();
                }
                None => match &kwdict {
                    Some(d) => {
                        self.dict_set(d, Value::Str(k.clone()), v.clone())?;
                    }
                    None if k.is_wide() => {
                        let head = format!("{}() got an unexpected keyword argument '", fname);
                        let msg = crate::objects::str_wide::message_with(&head, k, "'");
                        return Err(self.new_error_value("TypeError", msg));
                    }
                    None => {
                        return Err(self.new_error(
                            "TypeError",
                            &format!(
                                "{}() got an unexpected keyword argument '{}'",
                                fname,
                                k.as_str()
                            ),
                        ))
                    }
                },
            }
        }
        let defaults = func.defaults.borrow();
        let ndef = defaults.len();
        if pos.len() > argc && code.flags & flags::VARARGS == 0 {
            let kwonly_given = (argc..named).filter(|&i| !self.is_undef(&regs[i])).count();
            let (sig, pl) = if ndef > 0 {
                (format!("from {} to {}", argc - ndef.min(argc), argc), true)
            } else {
                (argc.to_string(), argc != 1)
            };
            let given = pos.len();
            let kwonly_sig = if kwonly_given > 0 {
                format!(
                    " positional argument{} (and {} keyword-only argument{})",
                    plural(given),
                    kwonly_given,
                    plural(kwonly_given)
                )
            } else {
                String::new()
            };
            let msg = format!(
                "{}() takes {} positional argument{} but {}{} {} given",
                fname,
                sig,
                if pl { "s" } else { "" },
                given,
                kwonly_sig,
                if given == 1 && kwonly_given == 0 {
                    "was"
                } else {
                    "were"
                }
            );
            return Err(self.new_error("TypeError", &msg));
        }
        let first_def = argc.saturating_sub(ndef);
        let mut missing = Vec::new();
        for i in npos..argc {
            if self.is_undef(&regs[i]) {
                if i >= first_def {
                    regs[i] = defaults[i - first_def].clone();
                } else {
                    missing.push(code.varnames[i].as_str().to_string());
                }
            }
        }
        drop(defaults);
        if !missing.is_empty() {
            let msg = format!(
                "{}() missing {} required positional argument{}: {}",
                fname,
                missing.len(),
                plural(missing.len()),
                name_list(&missing)
            );
            return Err(self.new_error("TypeError", &msg));
        }
        if kwc > 0 {
            let kwdefs = func.kwdefaults.borrow();
            let mut missing = Vec::new();
            for (slot, nm) in regs[argc..named]
                .iter_mut()
                .zip(&code.varnames[argc..named])
            {
                if matches!(slot, Value::Obj(o) if Rc::ptr_eq(o, &self.undef)) {
                    match kwdefs.iter().find(|(k, _)| k.as_str() == nm.as_str()) {
                        Some((_, v)) => *slot = v.clone(),
                        None => missing.push(nm.as_str().to_string()),
                    }
                }
            }
            if !missing.is_empty() {
                let msg = format!(
                    "{}() missing {} required keyword-only argument{}: {}",
                    fname,
                    missing.len(),
                    plural(missing.len()),
                    name_list(&missing)
                );
                return Err(self.new_error("TypeError", &msg));
            }
        }
        if let Some(d) = kwdict {
            regs[extra] = d;
        }
        Ok(regs)
    }

    /// Whether a slot holds the unbound marker.
    #[inline]
    pub fn is_undef(&self, v: &Value) -> bool {
        matches!(v, Value::Obj(o) if Rc::ptr_eq(o, &self.undef))
    }

    /// Creates the frame of a Python function from bound slots.
    pub fn function_frame(&mut self, func: &Function, mut regs: Vec<Value>) -> PyResult<Frame> {
        let code = &func.code;
        if !code.cellvars.is_empty() || !code.freevars.is_empty() {
            let nl = code.varnames.len();
            for ci in 0..code.cellvars.len() {
                let init = code
                    .cell_params
                    .iter()
                    .find(|(_, c)| *c as usize == ci)
                    .map(|(p, _)| regs[*p as usize].clone())
                    .unwrap_or_else(|| Value::Obj(self.undef.clone()));
                let cell = self.new_cell(init);
                regs[nl + ci] = cell;
            }
            let base = nl + code.cellvars.len();
            for (i, c) in func.closure.iter().enumerate() {
                if let Some(slot) = regs.get_mut(base + i) {
                    *slot = Value::Obj(c.clone());
                }
            }
        }
        Ok(Frame {
            code: code.clone(),
            ip: 0,
            regs,
            globals: func.globals.clone(),
            locals: None,
            mode: ReturnMode::Normal,
            gen: None,
        })
    }

    /// A new cell holding `v`.
    pub fn new_cell(&mut self, v: Value) -> Value {
        let cls = self.types.cell.clone();
        self.alloc(&cls, Payload::Cell(RefCell::new(v)))
    }

    fn enter_frame(&mut self, frame: Frame) -> PyResult<Prepared> {
        if frame.code.flags & flags::GENERATOR != 0 {
            return Ok(Prepared::Value(self.new_generator(frame)));
        }
        if self.depth >= self.recursion_limit {
            return Err(self.new_error("RuntimeError", "maximum recursion depth exceeded"));
        }
        self.before_frame_push()?;
        self.depth += 1;
        Ok(Prepared::Frame(frame))
    }

    /// Prepares a call of a Python-level callable: a function, a bound method
    /// of one, or a class whose `__init__` is Python code.
    pub fn prepare_call(
        &mut self,
        func: &Value,
        pos: &[Value],
        kw: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Prepared> {
        let o = match func {
            Value::Obj(o) => o,
            _ => return Ok(Prepared::Native),
        };
        match &o.payload {
            Payload::Function(pf) => {
                let regs = self.bind_args(pf, pos, kw)?;
                let frame = self.function_frame(pf, regs)?;
                self.enter_frame(frame)
            }
            Payload::Method(this, inner) => {
                if let Value::Obj(io) = inner {
                    if let Payload::Function(pf) = &io.payload {
                        let mut all = Vec::with_capacity(pos.len() + 1);
                        all.push(this.clone());
                        all.extend_from_slice(pos);
                        let regs = self.bind_args(pf, &all, kw)?;
                        let frame = self.function_frame(pf, regs)?;
                        return self.enter_frame(frame);
                    }
                }
                Ok(Prepared::Native)
            }
            Payload::Class(_) => {
                if let Some(Value::Obj(io)) = self.python_init(o) {
                    {
                        if let Payload::Function(pf) = &io.payload {
                            let inst = self.instantiate(o, pos)?;
                            let mut all = Vec::with_capacity(pos.len() + 1);
                            all.push(inst.clone());
                            all.extend_from_slice(pos);
                            let regs = self.bind_args(pf, &all, kw)?;
                            let mut frame = self.function_frame(pf, regs)?;
                            frame.mode = ReturnMode::Init(inst);
                            return self.enter_frame(frame);
                        }
                    }
                }
                Ok(Prepared::Native)
            }
            _ => Ok(Prepared::Native),
        }
    }

    /// The Python `__init__` of a class that can be instantiated without a
    /// native `type.__call__` (no custom metaclass call, default `__new__`).
    fn python_init(&mut self, cls: &Rc<Obj>) -> Option<Value> {
        let cd = cls.as_class()?;
        if !cd.heap {
            return None;
        }
        if cls.cls.is_some() {
            return self.python_init_uncached(cls);
        }
        if let Some(init) = self.attr_cache.init_get(cd) {
            return init;
        }
        let init = self.python_init_uncached(cls);
        let an = self.names.abstractmethods.clone();
        let abstract_ = cd.own(&an).is_some();
        self.attr_cache.init_put(cd, init.clone(), abstract_);
        init
    }

    /// [`Vm::python_init`] without the per-class memo.
    fn python_init_uncached(&mut self, cls: &Rc<Obj>) -> Option<Value> {
        if let Some(meta) = &cls.cls {
            let call = self.names.call.clone();
            if let Some(c) = crate::objects::class::lookup_cached(meta, &call) {
                if !self.is_builtin_of(&c, &self.types.type_.clone()) {
                    return None;
                }
            }
        }
        let new_name = self.names.new.clone();
        let new = crate::objects::class::lookup_cached(cls, &new_name)?;
        if !crate::builtins::ctors::is_plain_new(self, &new) {
            return None;
        }
        let init_name = self.names.init.clone();
        let init = crate::objects::class::lookup_cached(cls, &init_name)?;
        match &init {
            Value::Obj(io) if matches!(io.payload, Payload::Function(_)) => Some(init),
            _ => None,
        }
    }

    fn is_builtin_of(&self, v: &Value, owner: &Rc<Obj>) -> bool {
        match v.payload() {
            Some(Payload::Builtin(b)) => b.owner.as_ref().is_some_and(|o| Rc::ptr_eq(o, owner)),
            _ => false,
        }
    }

    /// Calls whatever is at `f.regs[fpos]` with the arguments from `start`
    /// (keyword names for the last arguments); Python calls become frames.
    pub fn call_from_stack(
        &mut self,
        f: &mut Frame,
        fpos: usize,
        start: usize,
        kwnames: Option<&Rc<[Rc<PyStr>]>>,
    ) -> PyResult<Option<Flow>> {
        let func = f.regs[fpos].clone();
        let nkw = kwnames.map(|k| k.len()).unwrap_or(0);
        // Fast path: a plain Python function with exactly its positional parameters.
        if let Value::Obj(o) = &func {
            if let Payload::Function(pf) = &o.payload {
                let code = &pf.code;
                let nargs = f.regs.len() - start;
                if nkw == 0
                    && nargs == code.argcount as usize
                    && code.flags & (flags::VARARGS | flags::VARKEYWORDS | flags::GENERATOR) == 0
                    && code.kwonlyargcount == 0
                {
                    let nslots = code.nslots();
                    let mut regs = self.regs_pool.pop().unwrap_or_default();
                    regs.reserve(nslots + code.stacksize as usize);
                    for slot in &mut f.regs[start..] {
                        regs.push(std::mem::take(slot));
                    }
                    if nslots > nargs {
                        regs.resize(nslots, Value::Obj(self.undef.clone()));
                    }
                    f.regs.truncate(fpos);
                    let frame = self.function_frame(pf, regs)?;
                    if self.depth >= self.recursion_limit {
                        return Err(
                            self.new_error("RuntimeError", "maximum recursion depth exceeded")
                        );
                    }
                    self.before_frame_push()?;
                    self.depth += 1;
                    return Ok(Some(Flow::Call(frame)));
                }
            }
        }
        if nkw == 0 {
            if let Some(frame) = self.init_frame_fast(f, &func, fpos, start)? {
                return Ok(Some(Flow::Call(frame)));
            }
        }
        let npos = f.regs.len() - start - nkw;
        let kw: Vec<(Rc<PyStr>, Value)> = match kwnames {
            Some(names) => names
                .iter()
                .cloned()
                .zip(f.regs[start + npos..].iter().cloned())
                .collect(),
            None => Vec::new(),
        };
        let prepared = {
            let pos = &f.regs[start..start + npos];
            self.prepare_call(&func, pos, &kw)?
        };
        match prepared {
            Prepared::Frame(frame) => {
                f.regs.truncate(fpos);
                Ok(Some(Flow::Call(frame)))
            }
            Prepared::Value(v) => {
                f.regs.truncate(fpos);
                f.regs.push(v);
                Ok(None)
            }
            Prepared::Native => {
                if self.needs_frame(&func) {
                    self.frame_ctx = Some(self.make_ctx(f));
                }
                let r = {
                    let pos = &f.regs[start..start + npos];
                    self.call(&func, Args { pos, kw: &kw })
                };
                self.frame_ctx = None;
                let r = r?;
                f.regs.truncate(fpos);
                f.regs.push(r);
                Ok(None)
            }
        }
    }

    /// `C(args)` for a class whose Python `__init__` takes exactly these
    /// positional arguments (no defaults needed, no `*args`/`**kwargs`, no
    /// keyword-only parameters): the instance and the arguments move straight
    /// into the `__init__` frame's slots. `None` when the general path applies.
    fn init_frame_fast(
        &mut self,
        f: &mut Frame,
        func: &Value,
        fpos: usize,
        start: usize,
    ) -> PyResult<Option<Frame>> {
        let cls = match func {
            Value::Obj(o) if matches!(o.payload, Payload::Class(_)) => o,
            _ => return Ok(None),
        };
        let init = match self.python_init(cls) {
            Some(Value::Obj(io)) => io,
            _ => return Ok(None),
        };
        let pf = match &init.payload {
            Payload::Function(pf) => pf,
            _ => return Ok(None),
        };
        let code = &pf.code;
        let nargs = f.regs.len() - start;
        if nargs + 1 != code.argcount as usize
            || code.flags & (flags::VARARGS | flags::VARKEYWORDS | flags::GENERATOR) != 0
            || code.kwonlyargcount != 0
        {
            return Ok(None);
        }
        let inst = self.instantiate(cls, &f.regs[start..])?;
        let nslots = code.nslots();
        let mut regs = self.regs_pool.pop().unwrap_or_default();
        regs.reserve(nslots + code.stacksize as usize);
        regs.push(inst.clone());
        for slot in &mut f.regs[start..] {
            regs.push(std::mem::take(slot));
        }
        if nslots > regs.len() {
            regs.resize(nslots, Value::Obj(self.undef.clone()));
        }
        f.regs.truncate(fpos);
        let mut frame = self.function_frame(pf, regs)?;
        frame.mode = ReturnMode::Init(inst);
        match self.enter_frame(frame)? {
            Prepared::Frame(frame) => Ok(Some(frame)),
            // enter_frame only returns a value for generator code, excluded above.
            Prepared::Value(_) | Prepared::Native => Ok(None),
        }
    }

    /// The frame of `it.__next__()` for FOR_ITER when `it` is a plain
    /// instance whose class defines `__next__` as a Python function of one
    /// parameter: the loop continues in the same eval loop instead of a
    /// nested one (its result is the next item, a StopIteration ends the
    /// loop; see [`ReturnMode::NextItem`]). `None` when `Vm::next` applies.
    pub fn next_frame(&mut self, it: &Value, target: u32) -> PyResult<Option<Frame>> {
        if !matches!(it, Value::Obj(o) if matches!(o.payload, Payload::Instance(_))) {
            return Ok(None);
        }
        let cls = self.type_of(it).clone();
        let nn = self.names.next.clone();
        let m = match crate::objects::class::lookup_cached(&cls, &nn) {
            Some(m) => m,
            None => return Ok(None),
        };
        let pf = match m.payload() {
            Some(Payload::Function(pf)) => pf,
            _ => return Ok(None),
        };
        let code = &pf.code;
        if code.argcount != 1
            || code.flags & (flags::VARARGS | flags::VARKEYWORDS | flags::GENERATOR) != 0
            || code.kwonlyargcount != 0
        {
            return Ok(None);
        }
        let nslots = code.nslots();
        let mut regs = self.regs_pool.pop().unwrap_or_default();
        regs.reserve(nslots + code.stacksize as usize);
        regs.push(it.clone());
        if nslots > 1 {
            regs.resize(nslots, Value::Obj(self.undef.clone()));
        }
        let mut frame = self.function_frame(pf, regs)?;
        frame.mode = ReturnMode::NextItem(target);
        match self.enter_frame(frame)? {
            Prepared::Frame(frame) => Ok(Some(frame)),
            // enter_frame only returns a value for generator code, excluded above.
            Prepared::Value(_) | Prepared::Native => Ok(None),
        }
    }

    /// Whether a callable needs its caller's frame (globals(), super(), …).
    pub fn needs_frame(&self, func: &Value) -> bool {
        match func.payload() {
            Some(Payload::Builtin(b)) => b.needs_frame,
            Some(Payload::Class(_)) => func
                .as_obj()
                .map(|o| Rc::ptr_eq(o, &self.types.super_))
                .unwrap_or(false),
            _ => false,
        }
    }

    /// The frame context for `globals()`, `locals()`, `super()`, `exec`.
    pub fn make_ctx(&mut self, f: &Frame) -> FrameCtx {
        let locals = match &f.locals {
            Some(l) => l.clone(),
            None if f.code.flags & flags::MODULE != 0 => f.globals.clone(),
            None => {
                let mut t = DictTable::new();
                let code = f.code.clone();
                let names: Vec<Rc<PyStr>> = code
                    .varnames
                    .iter()
                    .chain(code.cellvars.iter())
                    .chain(code.freevars.iter())
                    .cloned()
                    .collect();
                for (i, n) in names.iter().enumerate() {
                    let mut v = f.regs.get(i).cloned().unwrap_or_default();
                    if i >= code.varnames.len() {
                        if let Some(Payload::Cell(c)) = v.payload() {
                            let inner = c.borrow().clone();
                            v = inner;
                        }
                    }
                    if self.is_undef(&v) {
                        continue;
                    }
                    if t.get_str(n).is_none() {
                        t.push_new(n.hash(), Value::Str(n.clone()), v);
                    }
                }
                self.new_dict_obj(t)
            }
        };
        let first_arg = if f.code.argcount > 0 || f.code.flags & flags::VARARGS != 0 {
            let v = f.regs.first().cloned();
            match v {
                Some(v) => {
                    // A first parameter captured by a closure lives in its cell.
                    let code = &f.code;
                    match code.cell_params.iter().find(|(p, _)| *p == 0) {
                        Some((_, c)) => match f
                            .regs
                            .get(code.varnames.len() + *c as usize)
                            .and_then(|x| x.payload())
                        {
                            Some(Payload::Cell(cell)) => Some(cell.borrow().clone()),
                            _ => Some(v),
                        },
                        None => Some(v),
                    }
                }
                None => None,
            }
        } else {
            None
        };
        let class_cell = f
            .code
            .freevars
            .iter()
            .position(|n| n.as_str() == "__class__")
            .and_then(|i| {
                let slot = f.code.varnames.len() + f.code.cellvars.len() + i;
                match f.regs.get(slot).and_then(|v| v.payload()) {
                    Some(Payload::Cell(c)) => Some(c.borrow().clone()),
                    _ => None,
                }
            });
        FrameCtx {
            globals: f.globals.clone(),
            locals,
            first_arg,
            class_cell,
            code: Some(f.code.clone()),
            line: Some(f.line()),
        }
    }

    /// Calls any callable from native code (Python code runs in a nested loop).
    pub fn call(&mut self, func: &Value, args: Args<'_>) -> PyResult<Value> {
        let o = match func {
            Value::Obj(o) => o.clone(),
            _ => return Err(self.not_callable(func)),
        };
        match &o.payload {
            Payload::Builtin(b) => {
                crate::builtins::descr::check_receiver(self, &o, b, &args)?;
                // A builtin working on a large receiver or argument may run
                // long natively: check the limits right after it (a clock
                // read), not only after the next few thousand ticks.
                let large = args.pos.first().is_some_and(crate::sandbox::work::is_large);
                let r = (b.func)(self, args);
                if large && r.is_ok() {
                    self.check_limits()?;
                }
                r
            }
            Payload::Function(_) => match self.prepare_call(func, args.pos, args.kw)? {
                Prepared::Frame(frame) => self.run_to_value(frame),
                Prepared::Value(v) => Ok(v),
                Prepared::Native => Err(self.not_callable(func)),
            },
            Payload::Method(this, inner) => {
                let mut all = Vec::with_capacity(args.pos.len() + 1);
                all.push(this.clone());
                all.extend_from_slice(args.pos);
                let inner = inner.clone();
                self.call(
                    &inner,
                    Args {
                        pos: &all,
                        kw: args.kw,
                    },
                )
            }
            Payload::Class(_) => self.call_class(&o, args),
            _ => {
                let call = self.names.call.clone();
                let cls = self.type_of(func).clone();
                match crate::objects::class::lookup(&cls, &call) {
                    Some(m) => {
                        let mut all = Vec::with_capacity(args.pos.len() + 1);
                        all.push(func.clone());
                        all.extend_from_slice(args.pos);
                        self.call(
                            &m,
                            Args {
                                pos: &all,
                                kw: args.kw,
                            },
                        )
                    }
                    None => Err(self.not_callable(func)),
                }
            }
        }
    }

    /// Runs a prepared frame to completion in a nested loop.
    pub fn run_to_value(&mut self, mut frame: Frame) -> PyResult<Value> {
        let init = match std::mem::replace(&mut frame.mode, ReturnMode::Boundary) {
            ReturnMode::Init(inst) => Some(inst),
            _ => None,
        };
        match self.run_frame(frame)? {
            FrameExit::Return(v) | FrameExit::Yield(v) => match init {
                Some(inst) => {
                    if !v.is_none() {
                        let msg = format!(
                            "__init__() should return None, not '{}'",
                            self.type_name(&v)
                        );
                        return Err(self.new_error("TypeError", &msg));
                    }
                    Ok(inst)
                }
                None => Ok(v),
            },
        }
    }

    fn not_callable(&mut self, v: &Value) -> PyErr {
        let msg = format!("'{}' object is not callable", self.type_name(v));
        self.new_error("TypeError", &msg)
    }

    /// Calls `obj.name(*args)`.
    pub fn call_method(
        &mut self,
        obj: &Value,
        name: &Rc<PyStr>,
        args: &[Value],
    ) -> PyResult<Value> {
        match self.load_method(obj, name)? {
            Some(m) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(obj.clone());
                all.extend_from_slice(args);
                self.call(&m, Args::new(&all))
            }
            None => {
                let m = self.getattr(obj, name)?;
                self.call(&m, Args::new(args))
            }
        }
    }

    /// Calls a special method defined in Python on the type, if the type has
    /// one (`None` when missing or when it is a built-in slot: callers then
    /// use the built-in behaviour directly, which avoids re-dispatching).
    /// Native methods that a native module put on a heap class count as
    /// defined there (see `convert::overrides_native`).
    pub fn call_special(
        &mut self,
        obj: &Value,
        name: &Rc<PyStr>,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        if std::mem::replace(&mut self.in_slot, false) {
            return Ok(None);
        }
        let cls = self.type_of(obj).clone();
        let m = match crate::objects::class::lookup_cached(&cls, name) {
            Some(m) => m,
            None => return Ok(None),
        };
        if !super::convert::overrides_native(&m) {
            return Ok(None);
        }
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(obj.clone());
        all.extend_from_slice(args);
        let f = self.bind_descriptor(&m, obj, &cls)?;
        match f {
            Some(bound) => self.call(&bound, Args::new(args)).map(Some),
            None => self.call(&m, Args::new(&all)).map(Some),
        }
    }

    /// Calls a class: `__new__` then `__init__` (or the metaclass's `__call__`).
    pub fn call_class(&mut self, cls: &Rc<Obj>, args: Args<'_>) -> PyResult<Value> {
        if let Some(meta) = &cls.cls {
            let call = self.names.call.clone();
            if let Some(c) = crate::objects::class::lookup(meta, &call) {
                if !self.is_builtin_of(&c, &self.types.type_.clone()) {
                    let mut all = Vec::with_capacity(args.pos.len() + 1);
                    all.push(Value::Obj(cls.clone()));
                    all.extend_from_slice(args.pos);
                    return self.call(
                        &c,
                        Args {
                            pos: &all,
                            kw: args.kw,
                        },
                    );
                }
            }
        }
        self.type_call(cls, args)
    }

    /// `type.__call__(cls, *args, **kw)`.
    pub fn type_call(&mut self, cls: &Rc<Obj>, args: Args<'_>) -> PyResult<Value> {
        if Rc::ptr_eq(cls, &self.types.type_) && args.pos.len() == 1 && args.kw.is_empty() {
            return Ok(Value::Obj(self.type_of(&args.pos[0]).clone()));
        }
        if args.pos.len() == 1 && args.kw.is_empty() {
            if let Some(r) = crate::builtins::ctors::exact_scalar_call(self, cls, &args.pos[0]) {
                return r;
            }
        }
        let new_name = self.names.new.clone();
        let new = crate::objects::class::lookup(cls, &new_name)
            .unwrap_or_else(|| self.object_new.clone());
        let inst = if crate::builtins::ctors::is_plain_new(self, &new) {
            self.check_object_args(cls, args)?;
            self.instantiate(cls, args.pos)?
        } else {
            let new_fn = match new.payload() {
                Some(Payload::StaticMethod(f)) => f.borrow().clone(),
                _ => new,
            };
            let mut all = Vec::with_capacity(args.pos.len() + 1);
            all.push(Value::Obj(cls.clone()));
            all.extend_from_slice(args.pos);
            self.call(
                &new_fn,
                Args {
                    pos: &all,
                    kw: args.kw,
                },
            )?
        };
        let inst_cls = self.type_of(&inst).clone();
        if !crate::objects::class::is_subclass(&inst_cls, cls) {
            return Ok(inst);
        }
        let init_name = self.names.init.clone();
        let init = crate::objects::class::lookup(&inst_cls, &init_name);
        if let Some(init) = init {
            if !init.is(&self.object_init) {
                let mut all = Vec::with_capacity(args.pos.len() + 1);
                all.push(inst.clone());
                all.extend_from_slice(args.pos);
                let r = self.call(
                    &init,
                    Args {
                        pos: &all,
                        kw: args.kw,
                    },
                )?;
                if !r.is_none() {
                    let msg = format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(&r)
                    );
                    return Err(self.new_error("TypeError", &msg));
                }
            }
        }
        Ok(inst)
    }

    fn check_object_args(&mut self, cls: &Rc<Obj>, args: Args<'_>) -> PyResult<()> {
        if args.pos.is_empty() && args.kw.is_empty() {
            return Ok(());
        }
        let init_name = self.names.init.clone();
        let init = crate::objects::class::lookup(cls, &init_name);
        let init_is_object = init.map(|i| i.is(&self.object_init)).unwrap_or(true);
        let layout = cls.as_class().map(|c| c.layout).unwrap_or(Layout::Object);
        if init_is_object && layout == Layout::Object {
            return Err(self.new_error("TypeError", "object() takes no parameters"));
        }
        Ok(())
    }

    /// `object.__new__` refuses a class whose `__abstractmethods__` is
    /// non-empty, naming the methods in sorted order as CPython does.
    fn check_not_abstract(&mut self, cls: &Rc<Obj>, am: &Value) -> PyResult<()> {
        if !self.truthy(am)? {
            return Ok(());
        }
        let items = self.iterate(am)?;
        let mut names: Vec<String> = Vec::with_capacity(items.len());
        for it in &items {
            names.push(self.str(it)?);
        }
        names.sort();
        let cname = cls
            .as_class()
            .map(|c| c.name.borrow().as_str().to_string())
            .unwrap_or_default();
        let msg = format!(
            "Can't instantiate abstract class {} with abstract methods {}",
            cname,
            names.join(", ")
        );
        Err(self.new_error("TypeError", &msg))
    }

    /// Creates a bare instance of `cls` according to its layout (object.__new__).
    pub fn instantiate(&mut self, cls: &Rc<Obj>, args: &[Value]) -> PyResult<Value> {
        let cd = match cls.as_class() {
            Some(cd) => cd,
            None => return Err(self.new_error("TypeError", "not a class")),
        };
        if cd.heap && self.attr_cache.is_abstract(cd) != Some(false) {
            let an = self.names.abstractmethods.clone();
            if let Some(am) = cd.own(&an) {
                self.check_not_abstract(cls, &am)?;
            }
        }
        let cd = match cls.as_class() {
            Some(cd) => cd,
            None => return Err(self.new_error("TypeError", "not a class")),
        };
        let payload = match cd.layout {
            Layout::Exception => {
                let a = self.new_tuple(args.to_vec());
                Payload::Exception(RefCell::new(ExcData {
                    args: a,
                    ..ExcData::default()
                }))
            }
            Layout::List => Payload::List(RefCell::new(Vec::new())),
            Layout::Dict => Payload::Dict(RefCell::new(DictTable::new())),
            Layout::Set => Payload::Set(RefCell::new(DictTable::new())),
            Layout::Object => Payload::Instance(Default::default()),
            _ => {
                let msg = format!(
                    "object.__new__({}) is not safe, use {}.__new__()",
                    cd.name.borrow().as_str(),
                    cd.name.borrow().as_str()
                );
                return Err(self.new_error("TypeError", &msg));
            }
        };
        let dict = if cd.has_dict {
            Some(self.new_dict_obj(DictTable::new()))
        } else {
            None
        };
        let o = Rc::new(Obj {
            cls: Some(cls.clone()),
            dict: std::cell::RefCell::new(dict),
            payload,
        });
        self.gc.track(&o);
        self.account(64)?;
        Ok(Value::Obj(o))
    }

    /// Creates a function object for `MakeFunction`.
    pub fn make_function(&mut self, f: &mut Frame, code: &Code, arg: u32) -> PyResult<Value> {
        let fl = arg & 0xf;
        let child = match code.consts.get((arg >> 4) as usize) {
            Some(crate::bytecode::Const::Code(c)) => c.clone(),
            _ => return Err(self.new_error("SystemError", "bad code constant")),
        };
        let closure = if fl & 8 != 0 {
            f.regs.pop().unwrap_or_default()
        } else {
            Value::None
        };
        let annotations = if fl & 4 != 0 {
            f.regs.pop().unwrap_or_default()
        } else {
            Value::None
        };
        let kwdefaults = if fl & 2 != 0 {
            f.regs.pop().unwrap_or_default()
        } else {
            Value::None
        };
        let defaults = if fl & 1 != 0 {
            f.regs.pop().unwrap_or_default()
        } else {
            Value::None
        };
        let cells: Vec<Rc<Obj>> = match closure.payload() {
            Some(Payload::Tuple(t)) => t.iter().filter_map(|v| v.as_obj().cloned()).collect(),
            _ => Vec::new(),
        };
        let defs: Vec<Value> = match defaults.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        let mut kwd = Vec::new();
        if let Some(Payload::Dict(d)) = kwdefaults.payload() {
            for e in d.borrow().iter() {
                if let Value::Str(s) = &e.key {
                    kwd.push((s.clone(), e.value.clone()));
                }
            }
        }
        let doc = match (&child.doc, child.consts.first()) {
            (Some(d), _) => Value::Str(d.clone()),
            _ => Value::None,
        };
        let module = self
            .dict_get_str(&f.globals, &self.names.name.clone())
            .unwrap_or_default();
        let func = Function {
            name: RefCell::new(child.name.clone()),
            qualname: RefCell::new(child.qualname.clone()),
            code: child,
            globals: f.globals.clone(),
            defaults: RefCell::new(defs),
            kwdefaults: RefCell::new(kwd),
            closure: cells,
            doc: RefCell::new(doc),
            annotations: RefCell::new(annotations),
            module: RefCell::new(module),
            dict: std::cell::OnceCell::new(),
        };
        let o = Rc::new(Obj {
            cls: Some(self.types.function.clone()),
            dict: std::cell::RefCell::new(None),
            payload: Payload::Function(Box::new(func)),
        });
        self.gc.track(&o);
        self.account(160)?;
        Ok(Value::Obj(o))
    }

    /// Turns a `**kwargs` mapping into keyword pairs.
    pub fn kwargs_from_dict(
        &mut self,
        func: &Value,
        m: &Value,
    ) -> PyResult<Vec<(Rc<PyStr>, Value)>> {
        let mut out = Vec::new();
        if let Some(Payload::Dict(d)) = m.payload() {
            let entries: Vec<(Value, Value)> = d
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect();
            for (k, v) in entries {
                match k.as_pystr() {
                    Some(s) => out.push((s.clone(), v)),
                    None => {
                        let name = self.callable_name(func);
                        return Err(self.new_error(
                            "TypeError",
                            &format!("{}() keywords must be strings", name),
                        ));
                    }
                }
            }
        }
        Ok(out)
    }

    /// The name used in call error messages.
    pub fn callable_name(&self, func: &Value) -> String {
        match func.payload() {
            Some(Payload::Function(f)) => f.name.borrow().as_str().to_string(),
            Some(Payload::Builtin(b)) => b.name.to_string(),
            Some(Payload::Method(_, inner)) => self.callable_name(inner),
            Some(Payload::Class(c)) => c.name.borrow().as_str().to_string(),
            _ => "object".to_string(),
        }
    }

    /// Merges `**m` into the keyword dict of a call being built.
    pub fn merge_kwargs(&mut self, d: &Value, m: &Value, f: &Frame) -> PyResult<()> {
        let pairs: Vec<(Value, Value)> = match m.payload() {
            Some(Payload::Dict(src)) => src
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect(),
            _ => {
                let keys_name = self.intern("keys");
                let keys = self.call_method(m, &keys_name, &[]).map_err(|_| {
                    let fname = f
                        .regs
                        .iter()
                        .rev()
                        .nth(2)
                        .map(|v| self.callable_name(v))
                        .unwrap_or_default();
                    let msg = format!(
                        "{}() argument after ** must be a mapping, not {}",
                        fname,
                        self.type_name(m)
                    );
                    self.new_error("TypeError", &msg)
                })?;
                let ks = self.iterate(&keys)?;
                let mut out = Vec::new();
                for k in ks {
                    let v = self.getitem(m, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        for (k, v) in pairs {
            if self.dict_get(d, &k)?.is_some() {
                let fname = f
                    .regs
                    .len()
                    .checked_sub(3)
                    .and_then(|i| f.regs.get(i))
                    .map(|v| self.callable_name(v))
                    .unwrap_or_default();
                let ks = k
                    .as_pystr()
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default();
                let msg = format!(
                    "{}() got multiple values for keyword argument '{}'",
                    fname, ks
                );
                return Err(self.new_error("TypeError", &msg));
            }
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    /// Unpacks `seq` onto the stack for `a, b = seq` (`after` = Some for starred).
    pub fn unpack(
        &mut self,
        f: &mut Frame,
        seq: Value,
        before: usize,
        after: Option<usize>,
    ) -> PyResult<()> {
        let items: Vec<Value> = match seq.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            Some(Payload::List(l)) => l.borrow().clone(),
            _ => {
                if let Err(PyErr::Exc(e)) = self.iter(&seq) {
                    if self.is_instance_of(&e, "TypeError") {
                        let msg = format!("'{}' object is not iterable", self.type_name(&seq));
                        return Err(self.new_error("TypeError", &msg));
                    }
                    return Err(PyErr::Exc(e));
                }
                self.iterate(&seq)?
            }
        };
        match after {
            None => {
                if items.len() < before {
                    let msg = if items.len() == 1 {
                        "need more than 1 value to unpack".to_string()
                    } else {
                        format!("need more than {} values to unpack", items.len())
                    };
                    return Err(self.new_error("ValueError", &msg));
                }
                if items.len() > before {
                    let msg = format!("too many values to unpack (expected {})", before);
                    return Err(self.new_error("ValueError", &msg));
                }
                f.regs.extend(items.into_iter().rev());
            }
            Some(after) => {
                if items.len() < before + after {
                    let msg = format!("need more than {} values to unpack", items.len());
                    return Err(self.new_error("ValueError", &msg));
                }
                let n = items.len();
                let mut items = items;
                let tail: Vec<Value> = items.split_off(n - after);
                let mid: Vec<Value> = items.split_off(before);
                for v in tail.into_iter().rev() {
                    f.regs.push(v);
                }
                let l = self.new_list(mid);
                f.regs.push(l);
                for v in items.into_iter().rev() {
                    f.regs.push(v);
                }
            }
        }
        Ok(())
    }
}
