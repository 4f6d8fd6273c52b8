//! Bytecode: instructions, code objects, the disassembler.
//!
//! An instruction is an [`Instr`], 8 bytes: an opcode with at most one u32
//! operand (two u16 for `UnpackEx`). Stack effects are written as
//! `before -> after`, top of stack on the right.
//!
//! Exceptions use a table ([`Handler`]) instead of a block stack: when an
//! instruction inside `start..end` raises, the stack is cut to `depth`, the
//! exception is pushed and execution continues at `target`. `finally` bodies
//! are compiled inline on each normal exit path and once more as a handler.

pub mod dis;

use crate::objects::PyStr;
use num_bigint::BigInt;
use std::rc::Rc;

/// Binary operators (also used for the in-place forms).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

/// Rich comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    /// Whether `a op b` holds for totally ordered operands that compare as `ord`.
    #[inline]
    pub fn holds(self, ord: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CmpOp::Lt => ord == Less,
            CmpOp::Le => ord != Greater,
            CmpOp::Eq => ord == Equal,
            CmpOp::Ne => ord != Equal,
            CmpOp::Gt => ord == Greater,
            CmpOp::Ge => ord != Less,
        }
    }

    /// `x op y` for floats (IEEE semantics: every comparison with NaN is
    /// false except `!=`).
    #[inline]
    pub fn floats(self, x: f64, y: f64) -> bool {
        match self {
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Eq => x == y,
            CmpOp::Ne => x != y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
        }
    }
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum UnOp {
    Neg,
    Pos,
    Invert,
    Not,
}

/// One instruction.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    /// `-> consts[i]`
    LoadConst(u32),
    /// `-> locals[i]` (UnboundLocalError if unset)
    LoadFast(u32),
    /// `v ->` ; locals[i] = v
    StoreFast(u32),
    /// deletes locals[i]
    DeleteFast(u32),
    /// `-> cells[i].value` (cells come after the locals in the slot array)
    LoadDeref(u32),
    /// `v ->` ; cells[i].value = v
    StoreDeref(u32),
    /// empties cells[i]
    DeleteDeref(u32),
    /// `-> cells[i]` (the cell itself, to build a closure)
    LoadClosure(u32),
    /// class body: `-> locals_dict[names[i]]` else cells[arg>>16? ] — see LoadClassDeref
    LoadClassDeref(u32),
    /// `-> locals_dict/globals/builtins[names[i]]`
    LoadName(u32),
    /// `v ->` ; locals_dict[names[i]] = v
    StoreName(u32),
    /// del locals_dict[names[i]]
    DeleteName(u32),
    /// `-> globals/builtins[names[i]]`
    LoadGlobal(u32),
    /// `v ->` ; globals[names[i]] = v
    StoreGlobal(u32),
    /// del globals[names[i]]
    DeleteGlobal(u32),
    /// `o -> o.names[i]`
    LoadAttr(u32),
    /// `v o ->` ; o.names[i] = v
    StoreAttr(u32),
    /// `o ->` ; del o.names[i]
    DeleteAttr(u32),
    /// `o -> meth self` or `o -> NULL bound` (for CallMethod)
    LoadMethod(u32),
    /// `meth self a1..an -> result`
    CallMethod(u32),
    /// `f a1..an -> f(a1..an)`
    Call(u32),
    /// `f a1..an -> result`: low 8 bits = n; the last len(names) args are
    /// keywords, names = consts[arg >> 8] (a `Const::Names`)
    CallKw(u32),
    /// `f args kwargs -> f(*args, **kwargs)`; arg 1 = kwargs present
    CallEx(u32),
    /// `a b -> a op b`
    Binary(BinOp),
    /// `a b -> a op= b`
    Inplace(BinOp),
    /// `a -> op a`
    Unary(UnOp),
    /// `a b -> a op b`
    Compare(CmpOp),
    /// `a b -> a is b` (arg 1: is not)
    IsOp(u32),
    /// `a b -> a in b` (arg 1: not in)
    ContainsOp(u32),
    /// `o k -> o[k]`
    Subscr,
    /// `v o k ->` ; o[k] = v
    StoreSubscr,
    /// `o k ->` ; del o[k]
    DeleteSubscr,
    /// `a b (c) -> slice(a, b, c)` (arg = 2 or 3)
    BuildSlice(u32),
    /// `a1..an -> (a1..an)`
    BuildTuple(u32),
    /// `a1..an -> [a1..an]`
    BuildList(u32),
    /// `a1..an -> {a1..an}`
    BuildSet(u32),
    /// `k1 v1 .. kn vn -> {k1: v1, ..}`
    BuildMap(u32),
    /// `list .. (depth i) .. v -> list ..`: list.append(v), list is i items below v
    ListAppend(u32),
    /// set.add like ListAppend
    SetAdd(u32),
    /// `dict .. k v -> dict ..`
    MapAdd(u32),
    /// `seq -> vn .. v1`
    UnpackSequence(u32),
    /// `seq -> ...` with a starred target: low 16 bits before, high 16 after
    UnpackEx(u32),
    /// `v ->`
    Pop,
    /// `v -> v v`
    Dup,
    /// `a b -> a b a b`
    Dup2,
    /// `a b -> b a`
    Rot2,
    /// `a b c -> c a b`
    Rot3,
    /// `a b c d -> d a b c`
    Rot4,
    /// jump to target
    Jump(u32),
    /// `v ->` ; jump if false
    PopJumpIfFalse(u32),
    /// `v ->` ; jump if true
    PopJumpIfTrue(u32),
    /// `v -> v` and jump if false, else `v ->`
    JumpIfFalseOrPop(u32),
    /// `v -> v` and jump if true, else `v ->`
    JumpIfTrueOrPop(u32),
    /// `o -> iter(o)`
    GetIter,
    /// `it -> it next(it)` or `it ->` and jump to target when exhausted
    ForIter(u32),
    /// `[defaults] [kwdefaults] [annotations] [closure] -> function`: low 4
    /// bits say which operands are present (1, 2, 4, 8), code = consts[arg >> 4]
    MakeFunction(u32),
    /// `v -> ` returns v from the frame
    ReturnValue,
    /// `v -> sent` suspends the generator (arg 1: inside `yield from`)
    YieldValue(u32),
    /// `it v -> it y` (sub-iterator yielded y) or `it v -> r` and jump (it returned r)
    Send(u32),
    /// `o -> iter` for yield from
    GetYieldFromIter,
    /// `[exc [cause]] ->` raise (arg = number of operands)
    Raise(u32),
    /// `prev exc ->` ; restore the handled exception to prev, re-raise exc
    PopExceptReraise,
    /// `exc -> prev exc` ; exc becomes the handled exception
    PushExcInfo,
    /// `prev ->` ; the handled exception becomes prev
    PopExcept,
    /// `exc type -> exc bool`
    CheckExcMatch,
    /// `mgr -> exit enter()`
    SetupWith,
    /// `exit v -> ` calls exit(None, None, None) on the normal path... (see compiler)
    WithExit,
    /// `exit prev exc -> exit prev exc bool`: calls exit(type, exc, tb)
    WithExceptStart,
    /// `-> __build_class__`
    LoadBuildClass,
    /// `level fromlist -> module` (names[i])
    ImportName(u32),
    /// `module -> module attr` (names[i])
    ImportFrom(u32),
    /// `module ->` ; import * into the local namespace
    ImportStar,
    /// `v ->` ; interactive echo through sys.displayhook
    PrintExpr,
    /// `-> locals()` (used for class bodies to return the namespace)
    LoadLocals,
    /// `x -> x` and raise AssertionError(arg ? msg : nothing)  — unused; compiled as Raise
    Nop,
    /// `list .. it -> list ..`: list.extend(it), list `arg` items below it
    ListExtend(u32),
    /// `list -> tuple(list)`
    ListToTuple,
    /// `dict .. m -> dict ..`: merge keyword arguments (error on duplicates)
    DictMerge(u32),
    /// fast path for `local += v`: `v ->` ; locals[i] = locals[i] + v (in place when unshared)
    InplaceAddFast(u32),
    /// Fused `Compare(op); PopJumpIfFalse(t)` (the peephole pass puts it in
    /// place of the `Compare`; the `PopJumpIfFalse` stays behind it).
    CompareJumpIfFalse(CmpOp, u32),
    /// Fused `Compare(op); PopJumpIfTrue(t)`, like [`Instr::CompareJumpIfFalse`].
    CompareJumpIfTrue(CmpOp, u32),
    /// Fused `LoadFast(a); LoadFast(b)` (the second `LoadFast` stays behind it).
    LoadFastPair(u16, u16),
}

impl Instr {
    /// Net stack effect when the instruction falls through (not jumping).
    pub fn stack_effect(&self) -> i32 {
        use Instr::*;
        match *self {
            LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClosure(_) | LoadClassDeref(_)
            | LoadName(_) | LoadGlobal(_) | LoadBuildClass | LoadLocals => 1,
            StoreFast(_) | StoreDeref(_) | StoreName(_) | StoreGlobal(_) => -1,
            DeleteFast(_) | DeleteDeref(_) | DeleteName(_) | DeleteGlobal(_) => 0,
            LoadAttr(_) => 0,
            StoreAttr(_) => -2,
            DeleteAttr(_) => -1,
            LoadMethod(_) => 1,
            CallMethod(n) => -(n as i32) - 1,
            Call(n) => -(n as i32),
            CallKw(n) => -((n & 0xff) as i32),
            CallEx(f) => -1 - (f & 1) as i32,
            Binary(_) | Inplace(_) | Compare(_) | IsOp(_) | ContainsOp(_) | Subscr => -1,
            Unary(_) => 0,
            StoreSubscr => -3,
            DeleteSubscr => -2,
            BuildSlice(n) => 1 - n as i32,
            BuildTuple(n) | BuildList(n) | BuildSet(n) => 1 - n as i32,
            BuildMap(n) => 1 - 2 * n as i32,
            ListAppend(_) | SetAdd(_) => -1,
            MapAdd(_) => -2,
            UnpackSequence(n) => n as i32 - 1,
            UnpackEx(n) => ((n & 0xffff) + (n >> 16)) as i32,
            Pop => -1,
            Dup => 1,
            Dup2 => 2,
            Rot2 | Rot3 | Rot4 => 0,
            Jump(_) => 0,
            PopJumpIfFalse(_) | PopJumpIfTrue(_) => -1,
            JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => -1,
            GetIter => 0,
            ForIter(_) => 1,
            MakeFunction(f) => 1 - (f & 0xf).count_ones() as i32,
            ReturnValue => -1,
            YieldValue(_) => 0,
            Send(_) => 0,
            GetYieldFromIter => 0,
            Raise(n) => -(n as i32),
            PopExceptReraise => -2,
            PushExcInfo => 1,
            PopExcept => -1,
            CheckExcMatch => 0,
            SetupWith => 1,
            WithExit => -2,
            WithExceptStart => 1,
            ImportName(_) => -1,
            ImportFrom(_) => 1,
            ImportStar => -1,
            PrintExpr => -1,
            Nop => 0,
            ListExtend(_) => -1,
            ListToTuple => 0,
            DictMerge(_) => -1,
            InplaceAddFast(_) => -1,
            CompareJumpIfFalse(..) | CompareJumpIfTrue(..) => -1,
            LoadFastPair(..) => 1,
        }
    }

    /// The jump target, for jumping instructions.
    pub fn jump_target(&self) -> Option<u32> {
        use Instr::*;
        match *self {
            Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | JumpIfFalseOrPop(t)
            | JumpIfTrueOrPop(t) | ForIter(t) | Send(t) => Some(t),
            CompareJumpIfFalse(_, t) | CompareJumpIfTrue(_, t) => Some(t),
            _ => None,
        }
    }

    /// The instruction a fused one stands for (itself if not fused); the
    /// instructions it absorbed follow it unchanged.
    pub fn unfused(self) -> Instr {
        use Instr::*;
        match self {
            CompareJumpIfFalse(op, _) | CompareJumpIfTrue(op, _) => Compare(op),
            LoadFastPair(a, _) => LoadFast(a as u32),
            other => other,
        }
    }

    /// Fuses common instruction pairs (`Compare` + conditional jump,
    /// `LoadFast` + `LoadFast`) in resolved code. Each fused instruction
    /// replaces the first of its pair and leaves the second in place, so
    /// instruction indices, jump targets, line numbers and exception ranges
    /// stay valid; the eval loop skips the absorbed instruction.
    pub fn fuse_pairs(instrs: &mut [Instr]) {
        use Instr::*;
        for i in 0..instrs.len().saturating_sub(1) {
            let fused = match (instrs[i], instrs[i + 1]) {
                (Compare(op), PopJumpIfFalse(t)) => CompareJumpIfFalse(op, t),
                (Compare(op), PopJumpIfTrue(t)) => CompareJumpIfTrue(op, t),
                (LoadFast(a), LoadFast(b)) if a <= u16::MAX as u32 && b <= u16::MAX as u32 => {
                    LoadFastPair(a as u16, b as u16)
                }
                _ => continue,
            };
            instrs[i] = fused;
        }
    }

    /// The same instruction with its jump target replaced.
    pub fn with_target(self, t: u32) -> Instr {
        use Instr::*;
        match self {
            Jump(_) => Jump(t),
            PopJumpIfFalse(_) => PopJumpIfFalse(t),
            PopJumpIfTrue(_) => PopJumpIfTrue(t),
            JumpIfFalseOrPop(_) => JumpIfFalseOrPop(t),
            JumpIfTrueOrPop(_) => JumpIfTrueOrPop(t),
            ForIter(_) => ForIter(t),
            Send(_) => Send(t),
            CompareJumpIfFalse(op, _) => CompareJumpIfFalse(op, t),
            CompareJumpIfTrue(op, _) => CompareJumpIfTrue(op, t),
            other => other,
        }
    }
}

/// A constant of a code object. Constants hold no per-run objects, so code
/// objects can be shared by every evaluation.
#[derive(Clone, Debug)]
pub enum Const {
    /// `None`
    None,
    /// `True`/`False`
    Bool(bool),
    /// A small int.
    Int(i64),
    /// A big int.
    BigInt(Rc<BigInt>),
    /// A float.
    Float(f64),
    /// A complex number.
    Complex(f64, f64),
    /// A str.
    Str(Rc<PyStr>),
    /// A bytes literal.
    Bytes(Rc<[u8]>),
    /// A tuple of constants.
    Tuple(Rc<[Const]>),
    /// `...`
    Ellipsis,
    /// Keyword names of a `CallKw`.
    Names(Rc<[Rc<PyStr>]>),
    /// A nested code object.
    Code(Rc<Code>),
}

impl std::fmt::Debug for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<code object {}>", self.name.as_str())
    }
}

impl std::fmt::Debug for PyStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

/// Flags of a code object.
pub mod flags {
    /// Has `*args`.
    pub const VARARGS: u32 = 1;
    /// Has `**kwargs`.
    pub const VARKEYWORDS: u32 = 2;
    /// Is a generator function.
    pub const GENERATOR: u32 = 4;
    /// Is a class body (names go through the namespace dict).
    pub const CLASS_BODY: u32 = 8;
    /// Is a module or exec body.
    pub const MODULE: u32 = 16;
    /// Is a nested function (has closure cells).
    pub const NESTED: u32 = 32;
    /// The scope is nested inside a function (CPython's `ste_nested`).
    pub const IN_FUNCTION: u32 = 64;
}

/// CPython 3.4's `co_flags` bits (Include/code.h), as `code.co_flags` shows them.
pub mod cpython_flags {
    /// Locals live in fast slots.
    pub const OPTIMIZED: u32 = 1;
    /// A new locals dict per call.
    pub const NEWLOCALS: u32 = 2;
    /// Has `*args`.
    pub const VARARGS: u32 = 4;
    /// Has `**kwargs`.
    pub const VARKEYWORDS: u32 = 8;
    /// Defined inside a function.
    pub const NESTED: u32 = 16;
    /// A generator function.
    pub const GENERATOR: u32 = 32;
    /// No free or cell variables.
    pub const NOFREE: u32 = 64;
}

/// One entry of the exception table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Handler {
    /// First covered instruction.
    pub start: u32,
    /// One past the last covered instruction.
    pub end: u32,
    /// Where the handler starts.
    pub target: u32,
    /// Stack depth (above the locals) to cut back to before pushing the exception.
    pub depth: u32,
}

/// A compiled function, class body or module: immutable and shareable.
pub struct Code {
    /// The instructions.
    pub instrs: Vec<Instr>,
    /// The source line of each instruction.
    pub lines: Vec<u32>,
    /// Constants.
    pub consts: Vec<Const>,
    /// The docstring.
    pub doc: Option<Rc<PyStr>>,
    /// Names used by global/attribute/name instructions.
    pub names: Vec<Rc<PyStr>>,
    /// Local variable names (parameters first).
    pub varnames: Vec<Rc<PyStr>>,
    /// Names of cell variables (own variables captured by inner scopes).
    pub cellvars: Vec<Rc<PyStr>>,
    /// Names of free variables (captured from outer scopes).
    pub freevars: Vec<Rc<PyStr>>,
    /// For each cell variable that is also a parameter, its local index.
    pub cell_params: Vec<(u32, u32)>,
    /// Number of positional parameters.
    pub argcount: u32,
    /// Number of keyword-only parameters.
    pub kwonlyargcount: u32,
    /// See [`flags`].
    pub flags: u32,
    /// Maximum stack depth.
    pub stacksize: u32,
    /// Exception handlers (segments), in the order the compiler opened them.
    pub handlers: Vec<Handler>,
    /// Function name (`<module>`, `<lambda>`, `<listcomp>`, …).
    pub name: Rc<PyStr>,
    /// Qualified name.
    pub qualname: Rc<PyStr>,
    /// The file name.
    pub filename: Rc<PyStr>,
    /// First line.
    pub firstlineno: u32,
    /// The source text (shared by all code objects of a compilation), for
    /// traceback source lines.
    pub source: Rc<str>,
}

impl Code {
    /// `co_flags` as CPython 3.4's `compute_code_flags` would set them: function
    /// bits only for function scopes, `NOFREE` for any scope without cells.
    pub fn cpython_flags(&self) -> u32 {
        use cpython_flags as c;
        let mut out = 0;
        if self.flags & (flags::MODULE | flags::CLASS_BODY) == 0 {
            out |= c::OPTIMIZED | c::NEWLOCALS;
            if self.flags & flags::IN_FUNCTION != 0 {
                out |= c::NESTED;
            }
            if self.flags & flags::GENERATOR != 0 {
                out |= c::GENERATOR;
            }
            if self.flags & flags::VARARGS != 0 {
                out |= c::VARARGS;
            }
            if self.flags & flags::VARKEYWORDS != 0 {
                out |= c::VARKEYWORDS;
            }
        }
        if self.freevars.is_empty() && self.cellvars.is_empty() {
            out |= c::NOFREE;
        }
        out
    }

    /// The handler covering instruction `ip`, if any (the innermost).
    ///
    /// Handlers are listed in the order the compiler opened them, so an
    /// enclosed handler comes after the one enclosing it; the last match is
    /// the innermost. (Size does not tell: a handler's range is split into
    /// segments wherever control leaves it, so an outer segment can be as
    /// short as an inner one.)
    pub fn handler_for(&self, ip: u32) -> Option<Handler> {
        self.handlers
            .iter()
            .rev()
            .find(|h| h.start <= ip && ip < h.end)
            .copied()
    }

    /// The number of local slots (locals, then cells, then free variables).
    pub fn nslots(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    /// The source line `line` (1-based), stripped, if known.
    pub fn source_line(&self, line: u32) -> Option<String> {
        if line == 0 {
            return None;
        }
        self.source
            .split('\n')
            .nth(line as usize - 1)
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
    }
}
