//! The virtual machine: frames, the eval loop, calls, exceptions, generators.
//!
//! See `README.md` in this folder for the design (value representation,
//! frames without native recursion, exception table, limits, memory).

pub mod attr;
mod attr_cache;
pub mod call;
pub mod containers;
pub mod convert;
mod convert_exact;
pub mod eval;
pub mod exc;
mod fast;
pub mod finalize;
pub mod frameobj;
pub mod gc;
pub mod generator;
mod globals_cache;
pub mod iter;
pub mod ops;
pub mod prototype;
pub mod release;
pub mod run;
pub mod specials;
pub mod types;
pub mod weakref;

use crate::bytecode::Code;
use crate::objects::{DictTable, Obj, Payload, PyStr, Value};
use std::rc::Rc;
use std::time::Instant;

pub use types::Types;

thread_local! {
    /// [`Vm::intern_static`]'s names, by the address and length of their text.
    static STATIC_NAMES: std::cell::RefCell<
        std::collections::HashMap<(usize, usize), Rc<PyStr>, foldhash::fast::FixedState>,
    > = std::cell::RefCell::default();
}

/// A table keyed by names, hashed with a fast fixed-seed hasher (names are
/// the interpreter's own or the program's; the order is never observable).
pub type NameMap<V> = std::collections::HashMap<Box<str>, V, foldhash::fast::FixedState>;

/// Why a run was stopped by a limit (these cannot be caught by Python code).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    /// The instruction budget ran out.
    Instructions,
    /// The wall clock ran out.
    WallTime,
    /// The memory limit was hit.
    Memory,
    /// The output limit was hit.
    Output,
    /// Cancelled from outside.
    Cancelled,
}

/// An error travelling up the Rust stack: a Python exception or a limit.
#[derive(Clone)]
pub enum PyErr {
    /// A Python exception instance.
    Exc(Rc<Obj>),
    /// A limit; unwinds everything, no handler runs.
    Limit(Limit),
}

/// The result type of everything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

/// Arguments of a native call: positional values and keyword pairs.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    /// Positional arguments (self first for methods).
    pub pos: &'a [Value],
    /// Keyword arguments.
    pub kw: &'a [(Rc<PyStr>, Value)],
}

impl<'a> Args<'a> {
    /// Positional-only arguments.
    pub fn new(pos: &'a [Value]) -> Args<'a> {
        Args { pos, kw: &[] }
    }

    /// The i-th positional argument.
    pub fn get(&self, i: usize) -> Option<&'a Value> {
        self.pos.get(i)
    }

    /// A keyword argument by name.
    pub fn kwarg(&self, name: &str) -> Option<&'a Value> {
        self.kw
            .iter()
            .find(|(k, _)| k.as_str() == name)
            .map(|(_, v)| v)
    }
}

/// What a frame does with its result when it returns or yields.
#[derive(Clone)]
pub enum ReturnMode {
    /// Push the result onto the caller's stack.
    Normal,
    /// Return from `run_frame` (a native caller is waiting).
    Boundary,
    /// A generator resumed by FOR_ITER: yield pushes, return jumps the caller to the target.
    ForIter(u32),
    /// A generator resumed by SEND: yield pushes, return replaces the iterator and jumps.
    Send(u32),
    /// An `__init__` call from a class call: push this instance instead of the result.
    Init(Value),
    /// A Python `__next__` called by FOR_ITER: the result is the loop's next
    /// item (pushed); a StopIteration leaving the frame pops the iterator and
    /// jumps the caller to the target.
    NextItem(u32),
}

/// One activation of a code object.
pub struct Frame {
    /// The code being run.
    pub code: Rc<Code>,
    /// Index of the next instruction.
    pub ip: usize,
    /// Local slots (locals, cells, free variables), then the value stack.
    pub regs: Vec<Value>,
    /// The module namespace (a dict object).
    pub globals: Rc<Obj>,
    /// The local namespace of class bodies and exec'd code (a dict object).
    pub locals: Option<Rc<Obj>>,
    /// What to do with the result.
    pub mode: ReturnMode,
    /// The generator this frame belongs to.
    pub gen: Option<Rc<Obj>>,
}

impl Frame {
    /// The source line of the instruction being run.
    pub fn line(&self) -> u32 {
        let ip = self.ip.saturating_sub(1);
        self.code
            .lines
            .get(ip)
            .copied()
            .unwrap_or(self.code.firstlineno)
    }
}

/// Output collected by a run.
#[derive(Default)]
pub struct Output {
    /// stdout text.
    pub stdout: String,
    /// stderr text.
    pub stderr: String,
    /// Bytes written so far (both streams).
    pub written: u64,
    /// The limit, if any.
    pub limit: Option<u64>,
    /// Streaming sink.
    pub sink: Option<crate::api::OutputSink>,
}

/// Limits and counters of one run.
pub struct Budget {
    /// Instructions (ticks) counted so far.
    pub ticks: u64,
    /// Next tick count at which limits are checked.
    pub next_check: u64,
    /// Instruction limit.
    pub max_ticks: Option<u64>,
    /// Wall-clock deadline.
    pub deadline: Option<Instant>,
    /// Start time.
    pub start: Instant,
    /// Cancellation.
    pub cancel: crate::api::CancelHandle,
    /// Accounted bytes currently held (approximate).
    pub mem: u64,
    /// Peak accounted bytes.
    pub peak: u64,
    /// Memory limit.
    pub max_mem: Option<u64>,
    /// What the evaluation holds (the allocator's count since the start).
    pub meter: crate::sandbox::MemMeter,
    /// Bytes held just after the last collection run for memory pressure.
    pub gc_floor: u64,
}

impl Budget {
    /// The counters of a run starting now under `limits`.
    fn fresh(limits: &crate::api::Limits, cancel: crate::api::CancelHandle) -> Budget {
        let now = Instant::now();
        let meter = crate::sandbox::MemMeter::start();
        meter.arm(
            limits
                .memory_bytes
                .map(crate::sandbox::work::enforced_memory),
        );
        Budget {
            ticks: 0,
            next_check: 4096,
            max_ticks: limits.instructions,
            deadline: limits.wall_time.map(|d| now + d),
            start: now,
            cancel,
            mem: 0,
            peak: 0,
            max_mem: limits.memory_bytes,
            meter,
            gc_floor: 0,
        }
    }
}

/// The interpreter state of one run.
pub struct Vm {
    /// The built-in classes (shared by the thread's runs, see [`prototype`]).
    pub types: Rc<Types>,
    /// The `builtins` module namespace (a dict object).
    pub builtins: Rc<Obj>,
    /// Frames of the callers of the running frame (per `run_frame` level).
    pub frames: Vec<Frame>,
    /// Live Python frames.
    pub depth: u32,
    /// The effective recursion limit: `sys.setrecursionlimit`'s value, cut
    /// to [`Vm::recursion_ceiling`].
    pub recursion_limit: u32,
    /// What `sys.getrecursionlimit()` returns (the value last set, which
    /// may be above the ceiling).
    pub recursion_limit_set: u32,
    /// `Limits::max_recursion_depth`: the hard ceiling on call depth.
    pub recursion_ceiling: u32,
    /// Nested native → Python re-entries.
    pub native_depth: u32,
    /// The exception being handled (`sys.exc_info()`).
    pub handled: Option<Value>,
    /// Set by re-raising instructions: the next unwind adds no traceback entry.
    pub reraise: bool,
    /// Limits and counters.
    pub budget: Budget,
    /// Output buffers.
    pub out: Output,
    /// Standard input text and read position.
    pub stdin: (String, usize),
    /// `sys.modules`
    pub modules: Rc<Obj>,
    /// Strings interned by this run (see [`Vm::intern`]).
    pub interned: NameMap<Rc<PyStr>>,
    /// Strings interned by the built-ins, shared by the thread's runs.
    pub shared_interned: Rc<NameMap<Rc<PyStr>>>,
    /// The built-ins this VM was made from (`None` for the prototype's own
    /// building VM).
    pub prototype: Option<Rc<prototype::Prototype>>,
    /// Frequently used names.
    pub names: types::Names,
    /// The cycle collector.
    pub gc: gc::Gc,
    /// `sys.argv`
    pub argv: Vec<String>,
    /// The main file name.
    pub filename: String,
    /// `NotImplemented`
    pub not_implemented: Value,
    /// `Ellipsis`
    pub ellipsis: Value,
    /// The main module's globals.
    pub main_globals: Option<Rc<Obj>>,
    /// The marker of unbound locals and of "no self" in method calls.
    pub undef: Rc<Obj>,
    /// An empty code object for placeholder frames.
    pub placeholder_code: Rc<Code>,
    /// Set by slot wrappers: the next special-method dispatch uses the built-in.
    pub in_slot: bool,
    /// Slot vectors of finished frames, reused by new frames.
    pub regs_pool: Vec<Vec<Value>>,
    /// Where `LoadGlobal` found recent names (see `vm/globals_cache.rs`).
    globals_cache: globals_cache::GlobalsCache,
    /// Per-instruction attribute caches (see `vm/attr_cache.rs`).
    attr_cache: attr_cache::AttrCache,
    /// Cached one-character ASCII strings.
    pub char_cache: Vec<Rc<PyStr>>,
    /// Containers being repr'd (for `[...]`).
    pub repr_stack: Vec<usize>,
    /// `object.__new__`
    pub object_new: Value,
    /// `object.__init__`
    pub object_init: Value,
    /// Frame information for built-ins that need their caller's frame.
    pub frame_ctx: Option<call::FrameCtx>,
    /// Set while `__del__` methods / weakref callbacks run (no nesting).
    pub finalizing: bool,
    /// `gc.enable()`/`gc.disable()` and the `gc` thresholds.
    pub gc_settings: gc::GcSettings,
    /// Globals dicts with their own `__builtins__` (exec/eval).
    pub restricted: crate::sandbox::namespaces::RestrictedGlobals,
}

fn empty_code() -> Rc<Code> {
    let name = Rc::new(PyStr::new("<none>"));
    Rc::new(Code {
        instrs: Vec::new(),
        lines: Vec::new(),
        consts: Vec::new(),
        doc: None,
        names: Vec::new(),
        varnames: Vec::new(),
        cellvars: Vec::new(),
        freevars: Vec::new(),
        cell_params: Vec::new(),
        argcount: 0,
        kwonlyargcount: 0,
        flags: 0,
        stacksize: 0,
        handlers: Vec::new(),
        name: name.clone(),
        qualname: name.clone(),
        filename: name,
        firstlineno: 0,
        source: Rc::from(""),
    })
}

/// Hard cap on nested native re-entries into the eval loop (protects the Rust stack).
///
/// Measured on the 256 MiB evaluation stack (`api::EVAL_STACK_SIZE`, dev
/// profile): recursion through `sum(genexpr)`, `map`, `sorted(key=)`,
/// `__repr__`, `__eq__`, `__hash__`, `__getattr__`, `__format__`, `__lt__`,
/// properties, `yield from` and `functools.reduce` ran 24,000-32,000 levels
/// deep without overflowing, and pure native nesting (repr/eq/hash/json/
/// deepcopy of nested lists, capped at 4x this value) 15,000 levels; 2,500
/// keeps a wide margin while letting judge-style tree recursion
/// (`1 + sum(dfs(c) for c in kids)`) go past the 180 levels it used to stop at.
pub const NATIVE_DEPTH_LIMIT: u32 = 2500;

impl Vm {
    /// A VM with the built-in classes created but empty (no methods, no
    /// `builtins` namespace): what [`prototype`] fills in.
    pub fn bare(limits: &crate::api::Limits, cancel: crate::api::CancelHandle) -> Vm {
        let types = Rc::new(Types::new());
        let names = types::Names::new();
        let dict_cls = types.dict.clone();
        let mk_dict = || {
            Rc::new(Obj {
                cls: Some(dict_cls.clone()),
                dict: std::cell::RefCell::new(None),
                payload: Payload::Dict(std::cell::RefCell::new(DictTable::new())),
            })
        };
        let builtins = mk_dict();
        let modules = mk_dict();
        let not_implemented = Value::Obj(Rc::new(Obj {
            cls: Some(types.not_implemented_type.clone()),
            dict: std::cell::RefCell::new(None),
            payload: Payload::Empty,
        }));
        let ellipsis = Value::Obj(Rc::new(Obj {
            cls: Some(types.ellipsis_type.clone()),
            dict: std::cell::RefCell::new(None),
            payload: Payload::Empty,
        }));
        Vm {
            types,
            builtins,
            frames: Vec::new(),
            depth: 0,
            recursion_limit: limits
                .recursion_depth
                .min(limits.max_recursion_depth)
                .max(1),
            recursion_limit_set: limits.recursion_depth.max(1),
            recursion_ceiling: limits.max_recursion_depth.max(1),
            native_depth: 0,
            handled: None,
            reraise: false,
            budget: Budget::fresh(limits, cancel),
            out: Output {
                limit: limits.output_bytes,
                ..Output::default()
            },
            stdin: (String::new(), 0),
            modules,
            interned: NameMap::default(),
            shared_interned: Rc::default(),
            prototype: None,
            names,
            gc: gc::Gc::new(),
            argv: Vec::new(),
            filename: "main.py".into(),
            not_implemented,
            ellipsis,
            main_globals: None,
            undef: Rc::new(Obj {
                cls: None,
                dict: std::cell::RefCell::new(None),
                payload: Payload::Empty,
            }),
            placeholder_code: empty_code(),
            frame_ctx: None,
            char_cache: Vec::new(),
            regs_pool: Vec::new(),
            globals_cache: Default::default(),
            attr_cache: Default::default(),
            in_slot: false,
            repr_stack: Vec::new(),
            object_new: Value::None,
            object_init: Value::None,
            finalizing: false,
            gc_settings: gc::GcSettings::default(),
            restricted: Default::default(),
        }
    }

    /// A fresh VM with built-ins set up: the thread's shared built-ins
    /// ([`prototype::current`]) and a new `builtins` namespace copied from
    /// them.
    pub fn new(limits: &crate::api::Limits, cancel: crate::api::CancelHandle) -> Vm {
        let proto = prototype::current();
        let dict_cls = proto.types.dict.clone();
        let mk_dict = |t: DictTable| {
            Rc::new(Obj {
                cls: Some(dict_cls.clone()),
                dict: std::cell::RefCell::new(None),
                payload: Payload::Dict(std::cell::RefCell::new(t)),
            })
        };
        let builtins = mk_dict(proto.builtins.clone());
        let modules = mk_dict(DictTable::new());
        let vm = Vm {
            types: proto.types.clone(),
            builtins,
            frames: Vec::new(),
            depth: 0,
            recursion_limit: limits
                .recursion_depth
                .min(limits.max_recursion_depth)
                .max(1),
            recursion_limit_set: limits.recursion_depth.max(1),
            recursion_ceiling: limits.max_recursion_depth.max(1),
            native_depth: 0,
            handled: None,
            reraise: false,
            budget: Budget::fresh(limits, cancel),
            out: Output {
                limit: limits.output_bytes,
                ..Output::default()
            },
            stdin: (String::new(), 0),
            modules,
            interned: NameMap::default(),
            shared_interned: proto.interned.clone(),
            names: proto.names.clone(),
            gc: gc::Gc::new(),
            argv: Vec::new(),
            filename: "main.py".into(),
            not_implemented: proto.not_implemented.clone(),
            ellipsis: proto.ellipsis.clone(),
            main_globals: None,
            undef: proto.undef.clone(),
            placeholder_code: proto.placeholder_code.clone(),
            frame_ctx: None,
            char_cache: proto.char_cache.clone(),
            regs_pool: Vec::new(),
            globals_cache: Default::default(),
            attr_cache: Default::default(),
            in_slot: false,
            repr_stack: Vec::new(),
            object_new: proto.object_new.clone(),
            object_init: proto.object_init.clone(),
            finalizing: false,
            gc_settings: gc::GcSettings::default(),
            restricted: Default::default(),
            prototype: Some(proto),
        };
        finalize::set_enabled(true);
        // The built-in modules are the interpreter's, not the program's.
        crate::sandbox::deadline::set_deadline(vm.budget.deadline);
        crate::sandbox::deadline::set_cancel(Some(vm.budget.cancel.clone()));
        vm
    }

    /// Interns a name that is part of the interpreter's own text (a native
    /// module's function name, say): found by the address of the text in a
    /// per-thread table filled once, so a module built on every run does not
    /// hash and allocate its names again. Bounded by the names in the binary.
    pub fn intern_static(&mut self, s: &'static str) -> Rc<PyStr> {
        let key = (s.as_ptr() as usize, s.len());
        if let Some(r) = STATIC_NAMES.with(|m| m.borrow().get(&key).cloned()) {
            return r;
        }
        let r = self.intern(s);
        STATIC_NAMES.with(|m| m.borrow_mut().insert(key, r.clone()));
        r
    }

    /// Interns a name.
    pub fn intern(&mut self, s: &str) -> Rc<PyStr> {
        if let Some(r) = self.shared_interned.get(s) {
            return r.clone();
        }
        if let Some(r) = self.interned.get(s) {
            return r.clone();
        }
        let r = Rc::new(PyStr::new(s));
        self.interned.insert(s.into(), r.clone());
        r
    }

    /// Whether `s` is interned already (by the built-ins or this run).
    pub fn is_interned(&self, s: &str) -> bool {
        self.shared_interned.contains_key(s) || self.interned.contains_key(s)
    }

    /// The class of a value.
    #[inline]
    pub fn type_of<'a>(&'a self, v: &'a Value) -> &'a Rc<Obj> {
        class_of(&self.types, v)
    }

    /// The name of a value's class (`int`, `MyClass`).
    pub fn type_name(&self, v: &Value) -> String {
        match self.type_of(v).as_class() {
            Some(cd) => {
                let name = cd.name.borrow();
                if cd.heap {
                    let module = cd.module.borrow();
                    if is_c_type_in_cpython(module.as_str(), name.as_str()) {
                        return format!("{}.{}", module.as_str(), name.as_str());
                    }
                }
                name.as_str().to_string()
            }
            None => "?".to_string(),
        }
    }

    /// Makes a new heap object of a built-in class.
    pub fn alloc(&mut self, cls: &Rc<Obj>, payload: Payload) -> Value {
        let o = Rc::new(Obj {
            cls: Some(cls.clone()),
            dict: std::cell::RefCell::new(None),
            payload,
        });
        if o.is_container() {
            self.gc.track(&o);
        }
        Value::Obj(o)
    }

    /// A new list.
    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        let cls = self.types.list.clone();
        self.alloc(&cls, Payload::List(std::cell::RefCell::new(items)))
    }

    /// A new tuple.
    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return self.types.empty_tuple.clone();
        }
        let cls = self.types.tuple.clone();
        if items.len() > 16 || items.iter().any(|v| matches!(v, Value::Obj(_))) {
            return self.alloc(&cls, Payload::Tuple(items.into_boxed_slice()));
        }
        // A small tuple of atoms (None, bools, numbers, strings) can never be
        // part of a reference cycle: the collector does not track it (CPython
        // untracks such tuples too); it is still counted in the memory
        // estimate through the containers holding it. Big tuples stay
        // tracked so that the estimate always sees them.
        Value::Obj(Rc::new(Obj {
            cls: Some(cls),
            dict: std::cell::RefCell::new(None),
            payload: Payload::Tuple(items.into_boxed_slice()),
        }))
    }

    /// A new dict object (as an `Rc<Obj>`).
    pub fn new_dict_obj(&mut self, t: DictTable) -> Rc<Obj> {
        let o = Rc::new(Obj {
            cls: Some(self.types.dict.clone()),
            dict: std::cell::RefCell::new(None),
            payload: Payload::Dict(std::cell::RefCell::new(t)),
        });
        self.gc.track(&o);
        o
    }

    /// The instance `__dict__` object of `o`, making a function's on first
    /// use (`None`: the object has no `__dict__`).
    pub fn instance_dict(&mut self, o: &Obj) -> Option<Rc<Obj>> {
        let own = o.dict.borrow().clone();
        match (own, &o.payload) {
            (Some(d), _) => Some(d),
            (None, Payload::Function(f)) => Some(
                f.dict
                    .get_or_init(|| self.new_dict_obj(DictTable::new()))
                    .clone(),
            ),
            _ => None,
        }
    }

    /// A new dict value.
    pub fn new_dict(&mut self) -> Value {
        Value::Obj(self.new_dict_obj(DictTable::new()))
    }

    /// A value from a BigInt (normalised).
    pub fn int_from_big(&self, b: num_bigint::BigInt) -> Value {
        Value::from_bigint(b, &self.types.int)
    }

    /// Fails when `n` more bytes would not fit under the memory limit (call
    /// before a large allocation).
    #[inline]
    pub fn reserve(&mut self, n: u64) -> PyResult<()> {
        self.check_memory(n)
    }

    /// Checks the memory limit after an allocation of about `n` bytes (the
    /// allocator has already counted it; `n` is only a hint).
    #[inline]
    pub fn account(&mut self, _n: u64) -> PyResult<()> {
        self.check_memory(0)
    }

    /// Runs the cycle collector now and re-measures memory in use.
    pub fn collect_garbage(&mut self) -> usize {
        self.measured_collection(crate::vm::gc::Gc::collect)
    }

    /// Runs a full collection (all generations) now, for when memory is
    /// short, and re-measures memory in use.
    pub fn collect_garbage_full(&mut self) -> usize {
        self.measured_collection(crate::vm::gc::Gc::collect_full)
    }

    /// Runs `collect` and re-measures memory. The collector's scratch
    /// tables are the interpreter's, not the program's: they do not count
    /// towards the peak.
    fn measured_collection(&mut self, collect: fn(&mut gc::Gc) -> usize) -> usize {
        let peak = self.budget.meter.raw_peak();
        let freed = collect(&mut self.gc);
        self.budget.meter.restore_raw_peak(peak);
        self.budget.mem = self.budget.meter.used();
        freed
    }

    /// Checks the time limits and cancellation (called every few thousand ticks).
    pub fn check_limits(&mut self) -> PyResult<()> {
        self.arm_memory_tripwire();
        self.budget.mem = self.budget.meter.used();
        self.budget.gc_floor = self.budget.gc_floor.min(self.budget.mem);
        self.budget.next_check = self.budget.ticks + self.check_interval();
        if let Some(max) = self.budget.max_ticks {
            if self.budget.ticks > max {
                return Err(PyErr::Limit(Limit::Instructions));
            }
            self.budget.next_check = self.budget.next_check.min(max + 1);
        }
        if let Some(d) = self.budget.deadline {
            if Instant::now() >= d {
                return Err(PyErr::Limit(Limit::WallTime));
            }
        }
        if self.budget.cancel.is_cancelled() {
            return Err(PyErr::Limit(Limit::Cancelled));
        }
        if self.gc_settings.automatic() && self.gc.should_collect() {
            self.collect_garbage();
            // A collection gives up at the deadline (`gc::find_garbage`).
            if self.budget.deadline.is_some_and(|d| Instant::now() >= d) {
                return Err(PyErr::Limit(Limit::WallTime));
            }
        }
        self.check_memory(0)
    }

    /// Counts `n` ticks of work.
    #[inline]
    pub fn tick(&mut self, n: u64) -> PyResult<()> {
        self.budget.ticks += n;
        // The allocator's tripwire: memory passed the enforced limit since
        // the last check (one thread-local read per instruction).
        if self.budget.ticks >= self.budget.next_check || kaa_alloc::over_limit() {
            self.check_limits()?;
        }
        if finalize::has_pending() {
            self.run_finalizers()?;
        }
        Ok(())
    }

    /// Writes to stdout (1) or stderr (2), enforcing the output limit.
    pub fn write_out(&mut self, stream: u8, s: &str) -> PyResult<()> {
        let mut text = s;
        let mut over = false;
        if let Some(limit) = self.out.limit {
            let room = limit.saturating_sub(self.out.written) as usize;
            if text.len() > room {
                let mut cut = room;
                while cut > 0 && !text.is_char_boundary(cut) {
                    cut -= 1;
                }
                text = &text[..cut];
                over = true;
            }
        }
        self.out.written += text.len() as u64;
        if stream == 2 {
            self.out.stderr.push_str(text);
        } else {
            self.out.stdout.push_str(text);
        }
        if let Some(sink) = self.out.sink.as_mut() {
            if !text.is_empty() {
                sink(
                    if stream == 2 {
                        crate::api::Stream::Stderr
                    } else {
                        crate::api::Stream::Stdout
                    },
                    text,
                );
            }
        }
        if over {
            return Err(PyErr::Limit(Limit::Output));
        }
        Ok(())
    }
}

/// Whether CPython 3.4 implements the standard-library class `module.name`
/// in C, so that messages name it by its dotted `tp_name`
/// (`'datetime.date'`) where Kaa, writing it in Python, would say `'date'`.
fn is_c_type_in_cpython(module: &str, name: &str) -> bool {
    let names: &[&str] = match module {
        "datetime" => &[
            "date",
            "datetime",
            "time",
            "timedelta",
            "timezone",
            "tzinfo",
        ],
        "collections" => &["deque", "defaultdict"],
        "decimal" => &["Decimal", "Context"],
        "functools" => &["partial"],
        "_io" => &["StringIO", "BytesIO"],
        "array" => &["array"],
        "operator" => &["itemgetter", "attrgetter", "methodcaller"],
        "_sre" => &["SRE_Pattern", "SRE_Match", "SRE_Scanner"],
        "itertools" => return true,
        _ => return false,
    };
    names.contains(&name)
}

/// `type(v)` given the built-in classes (what [`Vm::type_of`] answers;
/// usable while another field of the VM is borrowed mutably).
#[inline]
pub fn class_of<'a>(types: &'a Types, v: &'a Value) -> &'a Rc<Obj> {
    match v {
        Value::None => &types.none_type,
        Value::Bool(_) => &types.bool_,
        Value::Int(_) => &types.int,
        Value::Float(_) => &types.float,
        Value::Str(_) => &types.str_,
        Value::Obj(o) => {
            if let Payload::Instance(chain) = &o.payload {
                if let Some(c) = chain.current() {
                    return c;
                }
            }
            match &o.cls {
                Some(c) => c,
                None => &types.type_,
            }
        }
    }
}
