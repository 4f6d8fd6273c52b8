//! Running a whole program or a REPL cell and turning the result into an
//! [`Outcome`](crate::api::Outcome).

use super::eval::FrameExit;
use super::{Args, Frame, Limit, PyErr, ReturnMode, Vm};
use crate::api::{Config, ErrorReport, Outcome, Status, TimeLimitReason, Usage, ValueSummary};
use crate::compile::CompileMode;
use crate::objects::{DictTable, Obj, Payload, Value};
use std::rc::Rc;
use std::time::Instant;

impl Vm {
    /// Frees everything the run allocated, cycles included.
    pub fn teardown(&mut self) {
        super::release::end_run();
        super::finalize::set_enabled(false);
        super::weakref::clear_registry();
        self.frames.clear();
        self.handled = None;
        self.frame_ctx = None;
        self.attr_cache.clear();
        self.gc.clear_all();
        super::gc::clear(&self.builtins);
        super::gc::clear(&self.modules);
        match self.prototype.clone() {
            // The built-in classes are the thread's, shared with later runs:
            // only what this run left in them goes.
            Some(p) => p.reset_after_run(),
            None => self.clear_builtin_classes(),
        }
        self.object_new = Value::None;
        self.object_init = Value::None;
        self.main_globals = None;
        super::finalize::set_enabled(false);
        super::weakref::clear_registry();
        super::release::drain_deferred();
    }

    /// Breaks the cycles of a VM's own built-in classes (a VM not made from
    /// the shared prototype).
    fn clear_builtin_classes(&mut self) {
        let mut classes = self.types.all();
        classes.extend(self.types.exc.values().cloned());
        for c in &classes {
            super::gc::clear(c);
        }
    }

    /// A summary of a value for the API, made after the program ended: the
    /// deadline and the memory limit still apply, the instruction limit
    /// does not (this is not the program's work, and its charges are not
    /// counted: found by fuzzing, `'6626066062606' ** 9494` as the last
    /// value reported 1.4M instructions under a 200,000 limit).
    pub fn summarize(&mut self, v: &Value) -> ValueSummary {
        let (ticks, max_ticks, next_check) = (
            self.budget.ticks,
            self.budget.max_ticks.take(),
            self.budget.next_check,
        );
        let summary = self.summarize_unbudgeted(v);
        self.budget.ticks = ticks;
        self.budget.max_ticks = max_ticks;
        self.budget.next_check = next_check;
        summary
    }

    fn summarize_unbudgeted(&mut self, v: &Value) -> ValueSummary {
        let cls = self.type_of(v).clone();
        let type_name = match cls.as_class() {
            Some(cd) => {
                let m = cd.module.borrow().as_str().to_string();
                let q = cd.qualname.borrow().as_str().to_string();
                if m == "builtins" {
                    q
                } else {
                    format!("{}.{}", m, q)
                }
            }
            None => "object".into(),
        };
        let repr = self.repr(v);
        let exact_int = matches!(v.payload(), Some(Payload::Int(_))) && type_name == "int";
        // An int's JSON is its repr: copied (when it fits under the memory
        // limit), not converted a second time.
        let json = match &repr {
            Ok(r) if exact_int => self.check_memory(r.len() as u64).ok().map(|()| r.clone()),
            _ => self.json_of(v, 0),
        };
        let repr = repr.unwrap_or_else(|_| self.default_repr(v));
        ValueSummary {
            type_name,
            repr,
            json,
        }
    }

    fn json_of(&mut self, v: &Value, depth: u32) -> Option<String> {
        if depth > 100 {
            return None;
        }
        Some(match v {
            Value::None => "null".into(),
            Value::Bool(b) => b.to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) if f.is_finite() => crate::format::float_repr(*f),
            Value::Float(_) => return None,
            Value::Str(s) => json_str(s.as_str()),
            Value::Obj(o) => match &o.payload {
                Payload::Int(b)
                    if o.cls
                        .as_ref()
                        .map(|c| Rc::ptr_eq(c, &self.types.int))
                        .unwrap_or(false) =>
                {
                    // Stops at the deadline or the memory limit (then no
                    // JSON form).
                    self.big_decimal(b).ok()?
                }
                Payload::List(items) => {
                    let items = items.borrow().clone();
                    let mut parts = Vec::new();
                    for it in &items {
                        parts.push(self.json_of(it, depth + 1)?);
                    }
                    format!("[{}]", parts.join(", "))
                }
                Payload::Tuple(items) => {
                    let items = items.to_vec();
                    let mut parts = Vec::new();
                    for it in &items {
                        parts.push(self.json_of(it, depth + 1)?);
                    }
                    format!("[{}]", parts.join(", "))
                }
                Payload::Dict(t) => {
                    let pairs: Vec<(Value, Value)> = t
                        .borrow()
                        .iter()
                        .map(|e| (e.key.clone(), e.value.clone()))
                        .collect();
                    let mut parts = Vec::new();
                    for (k, val) in &pairs {
                        let ks = k.as_pystr()?.as_str().to_string();
                        parts.push(format!(
                            "{}: {}",
                            json_str(&ks),
                            self.json_of(val, depth + 1)?
                        ));
                    }
                    format!("{{{}}}", parts.join(", "))
                }
                _ => return None,
            },
        })
    }
}

fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn limit_line(l: Limit, limits: &crate::api::Limits) -> (Status, &'static str, String) {
    match l {
        Limit::Instructions => (
            Status::TimeLimit(TimeLimitReason::Instructions),
            "TimeoutError",
            format!(
                "instruction limit of {} exceeded",
                limits.instructions.unwrap_or(0)
            ),
        ),
        Limit::WallTime => (
            Status::TimeLimit(TimeLimitReason::WallTime),
            "TimeoutError",
            format!(
                "time limit of {} s exceeded",
                crate::format::float_repr(limits.wall_time.map(|d| d.as_secs_f64()).unwrap_or(0.0))
            ),
        ),
        Limit::Memory => {
            let b = limits.memory_bytes.unwrap_or(0);
            let text = if b >= 1 << 20 && b.is_multiple_of(1 << 20) {
                format!("{} MiB", b >> 20)
            } else if b >= 1 << 10 && b.is_multiple_of(1 << 10) {
                format!("{} KiB", b >> 10)
            } else {
                format!("{} bytes", b)
            };
            (
                Status::MemoryLimit,
                "MemoryError",
                format!("memory limit of {} exceeded", text),
            )
        }
        Limit::Output => (
            Status::OutputLimit,
            "RuntimeError",
            format!(
                "output limit of {} bytes exceeded",
                limits.output_bytes.unwrap_or(0)
            ),
        ),
        Limit::Cancelled => (
            Status::Cancelled,
            "RuntimeError",
            "the run was cancelled".to_string(),
        ),
    }
}

fn syntax_outcome(
    e: crate::syntax::SyntaxError,
    filename: &str,
    limits: &crate::api::Limits,
    started: Instant,
) -> Outcome {
    let (status, type_name, message, formatted) =
        if e.kind == crate::syntax::SyntaxErrorKind::TimeLimit {
            // The front end stopped at the deadline: the time-limit outcome.
            let (status, type_name, message) = limit_line(Limit::WallTime, limits);
            let formatted = format!("{}: {}\n", type_name, message);
            (status, type_name.to_string(), message, formatted)
        } else {
            let status = if e.kind == crate::syntax::SyntaxErrorKind::TooDeep {
                Status::RuntimeError
            } else {
                Status::SyntaxError
            };
            (
                status,
                e.kind.name().to_string(),
                e.msg.clone(),
                e.format(filename),
            )
        };
    Outcome {
        status,
        stdout: String::new(),
        stderr: formatted.clone(),
        result: None,
        error: Some(ErrorReport {
            type_name,
            message,
            traceback: Vec::new(),
            formatted,
        }),
        exit_code: 1,
        usage: Usage {
            instructions: 0,
            wall_time: started.elapsed(),
            peak_memory_bytes: 0,
        },
    }
}

/// Compiles source for a run or cell.
fn compile_program(
    src: &str,
    filename: &str,
    mode: CompileMode,
) -> Result<Rc<crate::bytecode::Code>, crate::syntax::SyntaxError> {
    let pmode = match mode {
        CompileMode::Single => crate::syntax::Mode::Single,
        CompileMode::Eval => crate::syntax::Mode::Eval,
        CompileMode::Exec => crate::syntax::Mode::Exec,
    };
    let tree = crate::syntax::parse(src, pmode).map_err(|e| e.with_source(src))?;
    crate::compile::compile(&tree, filename, src, mode).map_err(|e| e.with_source(src))
}

/// Calls the program's own `sys.excepthook` (one that is not
/// `sys.__excepthook__`) for the uncaught exception `e`, as CPython does.
/// Returns what the run should add to stderr: nothing more when the hook
/// ran (it wrote its own output), or CPython's "Error in sys.excepthook"
/// report followed by the original traceback when the hook failed; `None`
/// when there is no such hook (the default traceback is shown).
fn user_excepthook(vm: &mut Vm, e: &Rc<Obj>) -> Option<String> {
    let key = vm.intern("sys");
    let sys = vm.dict_get_str(&vm.modules.clone(), &key)?;
    let hook_name = vm.intern("excepthook");
    let default_name = vm.intern("__excepthook__");
    let hook = vm.getattr_opt(&sys, &hook_name).ok()??;
    let default = vm.getattr_opt(&sys, &default_name).ok()?;
    if let (Value::Obj(h), Some(Value::Obj(d))) = (&hook, &default) {
        if Rc::ptr_eq(h, d) {
            return None;
        }
    }
    let value = Value::Obj(e.clone());
    let cls = Value::Obj(vm.type_of(&value).clone());
    let tb = vm.traceback_value(&value);
    match vm.call(&hook, Args::new(&[cls, value, tb])) {
        Ok(_) => Some(String::new()),
        Err(PyErr::Exc(hook_error)) => {
            let mut shown = String::from("Error in sys.excepthook:\n");
            shown.push_str(&vm.format_exception(&hook_error));
            shown.push_str("\nOriginal exception was:\n");
            shown.push_str(&vm.format_exception(e));
            Some(shown)
        }
        Err(_) => None,
    }
}

/// Sets up `__main__` in a VM.
fn main_module(vm: &mut Vm, filename: &str) -> Rc<Obj> {
    let g = vm.new_dict_obj(DictTable::new());
    let b = vm.builtins.clone();
    let m = vm.new_module("__main__", g.clone());
    let bname = vm.intern("builtins");
    let bmod = vm
        .dict_get_str(&vm.modules.clone(), &bname)
        .unwrap_or(Value::Obj(b));
    let entries = [
        ("__builtins__", bmod),
        ("__file__", Value::str(filename)),
        ("__cached__", Value::None),
        ("__doc__", Value::None),
        ("__package__", Value::None),
        ("__loader__", Value::None),
        ("__spec__", Value::None),
    ];
    for (k, v) in entries {
        let k = vm.intern(k);
        let _ = vm.ns_store(&g, k, v);
    }
    let mods = Value::Obj(vm.modules.clone());
    let _ = vm.dict_set(&mods, Value::str("__main__"), m);
    vm.main_globals = Some(g.clone());
    g
}

fn new_vm(config: &mut Config) -> Vm {
    let mut vm = Vm::new(&config.limits, config.cancel.clone());
    vm.stdin = (std::mem::take(&mut config.stdin), 0);
    vm.argv = config.argv.clone();
    vm.filename = config.filename.clone();
    vm.out.sink = config.output_sink.take();
    if let Ok(Some(b)) = crate::modules::load(&mut vm, "builtins") {
        let mods = Value::Obj(vm.modules.clone());
        let _ = vm.dict_set(&mods, Value::str("builtins"), b);
    }
    vm
}

/// Runs code in `globals` and builds the outcome (the VM stays usable).
fn execute(
    vm: &mut Vm,
    code: Rc<crate::bytecode::Code>,
    globals: Rc<Obj>,
    limits: &crate::api::Limits,
    started: Instant,
    want_result: bool,
) -> Outcome {
    let undef = Value::Obj(vm.undef.clone());
    let mut regs = Vec::with_capacity(code.nslots() + code.stacksize as usize);
    regs.resize(code.nslots(), undef);
    let frame = Frame {
        code,
        ip: 0,
        regs,
        globals,
        locals: None,
        mode: ReturnMode::Boundary,
        gen: None,
    };
    let globals_for_shutdown = frame.globals.clone();
    vm.depth = 1;
    super::release::begin_run();
    let r = vm.run_frame(frame);
    super::release::end_run();
    vm.depth = 0;
    vm.frames.clear();
    let mut status = Status::Ok;
    let mut error = None;
    let mut exit_code = 0;
    let mut result = None;
    match r {
        Ok(FrameExit::Return(v)) | Ok(FrameExit::Yield(v)) => {
            if want_result && !v.is_none() {
                result = Some(vm.summarize(&v));
            }
        }
        Err(PyErr::Exc(e)) => {
            if vm.is_instance_of(&e, "SystemExit") {
                let args = vm.exc_args(&e);
                let code = match args.len() {
                    0 => Value::None,
                    1 => args[0].clone(),
                    _ => vm.new_tuple(args),
                };
                exit_code = match &code {
                    Value::None => 0,
                    Value::Int(i) => *i as i32,
                    Value::Bool(b) => *b as i32,
                    other => {
                        let s = vm.str(other).unwrap_or_default();
                        vm.out.stderr.push_str(&s);
                        vm.out.stderr.push('\n');
                        1
                    }
                };
                if exit_code != 0 {
                    status = Status::RuntimeError;
                    let message = vm.exc_str(&e).unwrap_or_default();
                    error = Some(ErrorReport {
                        type_name: "SystemExit".into(),
                        message,
                        traceback: vm.traceback_frames(&e),
                        formatted: String::new(),
                    });
                }
            } else {
                let formatted = match user_excepthook(vm, &e) {
                    Some(shown) => shown,
                    None => vm.format_exception(&e),
                };
                vm.out.stderr.push_str(&formatted);
                if let Some(sink) = vm.out.sink.as_mut() {
                    sink(crate::api::Stream::Stderr, &formatted);
                }
                status = Status::RuntimeError;
                exit_code = 1;
                let message = vm.exc_str(&e).unwrap_or_default();
                error = Some(ErrorReport {
                    type_name: vm.exc_type_name(&e),
                    message,
                    traceback: vm.traceback_frames(&e),
                    formatted,
                });
            }
        }
        Err(PyErr::Limit(l)) => {
            let (st, report) = report_limit(vm, l, limits);
            status = st;
            exit_code = 1;
            error = Some(report);
        }
    }
    vm.handled = None;
    if !matches!(
        status,
        Status::TimeLimit(_) | Status::MemoryLimit | Status::OutputLimit | Status::Cancelled
    ) {
        // `atexit` functions run after the main module ends (normally,
        // through `sys.exit` or after the traceback), before teardown; a
        // limit hit there ends the run with that limit's status.
        if let Err(PyErr::Limit(l)) = crate::modules::atexit_hook::run_exitfuncs(vm) {
            let (st, report) = report_limit(vm, l, limits);
            status = st;
            exit_code = 1;
            error = Some(report);
        }
    }
    if !matches!(
        status,
        Status::TimeLimit(_) | Status::MemoryLimit | Status::OutputLimit | Status::Cancelled
    ) {
        // Module teardown (CPython's interpreter shutdown): the remaining
        // finalizers run; a limit hit there only stops them.
        let _ = if want_result {
            vm.shutdown_finalizers(&globals_for_shutdown)
        } else {
            vm.run_finalizers()
        };
    }
    Outcome {
        status,
        stdout: std::mem::take(&mut vm.out.stdout),
        stderr: std::mem::take(&mut vm.out.stderr),
        result,
        error,
        exit_code,
        usage: Usage {
            instructions: vm.budget.ticks,
            wall_time: started.elapsed(),
            peak_memory_bytes: vm.budget.meter.peak(),
        },
    }
}

/// Writes a limit's one-line message to stderr (and the stream sink) and
/// gives the run's status and error report for it.
fn report_limit(vm: &mut Vm, l: Limit, limits: &crate::api::Limits) -> (Status, ErrorReport) {
    let (st, tn, msg) = limit_line(l, limits);
    let formatted = format!("{}: {}\n", tn, msg);
    vm.out.stderr.push_str(&formatted);
    if let Some(sink) = vm.out.sink.as_mut() {
        sink(crate::api::Stream::Stderr, &formatted);
    }
    let report = ErrorReport {
        type_name: tn.into(),
        message: msg,
        traceback: Vec::new(),
        formatted,
    };
    (st, report)
}

/// Runs a whole program.
pub fn run_program(config: Config, src: &str) -> Outcome {
    finish_teardown();
    run_program_with(config, src, false)
}

fn run_program_with(mut config: Config, src: &str, defer: bool) -> Outcome {
    let started = Instant::now();
    // Compiling counts against the wall-clock limit: the front end stops at
    // the same deadline as the program.
    let deadline = config.limits.wall_time.map(|d| started + d);
    crate::sandbox::deadline::set_deadline(deadline);
    crate::sandbox::deadline::set_cancel(Some(config.cancel.clone()));
    let code = match compile_program(src, &config.filename, CompileMode::Exec) {
        Ok(c) => c,
        Err(e) => return syntax_outcome(e, &config.filename, &config.limits, started),
    };
    super::release::drain_deferred();
    let mut vm = new_vm(&mut config);
    vm.budget.deadline = deadline;
    crate::sandbox::deadline::set_deadline(deadline);
    let g = main_module(&mut vm, &config.filename);
    let out = execute(&mut vm, code, g, &config.limits, started, true);
    if defer && vm.budget.meter.used() > DEFER_TEARDOWN_ABOVE {
        // Freed after the outcome is handed over (`finish_teardown`).
        DEFERRED_TEARDOWN.with(|d| *d.borrow_mut() = Some(vm));
    } else {
        vm.teardown();
        drop(vm);
    }
    out
}

thread_local! {
    /// A finished run's VM, freed after its outcome was handed over.
    static DEFERRED_TEARDOWN: std::cell::RefCell<Option<Vm>> =
        const { std::cell::RefCell::new(None) };
}

/// A run holding more than this many bytes at its end has its teardown
/// deferred by [`run_program_deferred`]; smaller heaps free in well under
/// a millisecond.
const DEFER_TEARDOWN_ABOVE: u64 = 8 << 20;

/// Whether a run on this thread left its teardown for [`finish_teardown`].
pub fn has_deferred_teardown() -> bool {
    DEFERRED_TEARDOWN.with(|d| d.borrow().is_some())
}

/// Frees the VM of the last run on this thread that
/// [`run_program_deferred`] left (nothing otherwise).
pub fn finish_teardown() {
    let vm = DEFERRED_TEARDOWN.with(|d| d.borrow_mut().take());
    if let Some(mut vm) = vm {
        vm.teardown();
        drop(vm);
    }
}

/// [`run_program`], leaving the teardown of a big heap (freeing up to the
/// memory limit's worth of objects, which takes tens of milliseconds for
/// millions of them) to [`finish_teardown`]: the evaluation pool calls it
/// right after replying, so a run that stops at a limit answers at the
/// limit, not after freeing its heap.
pub fn run_program_deferred(config: Config, src: &str) -> Outcome {
    finish_teardown();
    run_program_with(config, src, true)
}

/// The persistent state of a REPL session.
pub struct SessionState {
    vm: Vm,
    globals: Rc<Obj>,
}

impl SessionState {
    /// A new session VM.
    pub fn new(config: &mut Config) -> SessionState {
        let mut vm = new_vm(config);
        let filename = config.filename.clone();
        let globals = main_module(&mut vm, &filename);
        SessionState { vm, globals }
    }

    /// Runs one cell.
    pub fn run_cell(&mut self, config: &Config, src: &str) -> Outcome {
        let started = Instant::now();
        let deadline = config.limits.wall_time.map(|d| started + d);
        crate::sandbox::deadline::set_deadline(deadline);
        let code = match compile_program(src, "<stdin>", CompileMode::Single) {
            Ok(c) => c,
            Err(e) => return syntax_outcome(e, "<stdin>", &config.limits, started),
        };
        self.vm.budget.ticks = 0;
        self.vm.budget.next_check = 4096;
        self.vm.budget.deadline = deadline;
        super::release::drain_deferred();
        self.vm.budget.meter = crate::sandbox::MemMeter::start();
        self.vm.arm_memory_tripwire();
        crate::sandbox::deadline::set_deadline(self.vm.budget.deadline);
        crate::sandbox::deadline::set_cancel(Some(self.vm.budget.cancel.clone()));
        self.vm.budget.gc_floor = 0;
        self.vm.out.written = 0;
        let g = self.globals.clone();
        execute(&mut self.vm, code, g, &config.limits, started, false)
    }
}

impl Drop for SessionState {
    fn drop(&mut self) {
        self.vm.teardown();
    }
}

/// Whether an interactive entry is incomplete.
pub fn needs_more_input(src: &str) -> bool {
    match crate::syntax::parse(src, crate::syntax::Mode::Single) {
        Err(e) => {
            let m = e.msg.as_str();
            (m.contains("EOF") || m == "expected an indented block") && !src.ends_with("\n\n")
                || (m.contains("EOF while scanning triple-quoted") || m.contains("unexpected EOF"))
                    && !src.trim_end().is_empty()
                    && !src.ends_with("\n\n\n")
        }
        Ok(_) => {
            let lines: Vec<&str> = src.trim_end_matches('\n').split('\n').collect();
            let compound = lines.len() > 1
                || lines
                    .first()
                    .map(|l| l.trim_end().ends_with(':'))
                    .unwrap_or(false);
            compound && !src.ends_with("\n\n") && !src.trim().is_empty()
        }
    }
}
