//! The disassembler: a listing in the spirit of CPython's `dis` module.
//!
//! ```text
//!   1           0 LoadConst            0 (1)
//!               1 StoreName            0 (x)
//! ```
//! Nested code objects follow their parent, each introduced by
//! `Disassembly of <code object NAME at line N>:`.

use super::{Code, Const, Instr};
use std::fmt::Write;

fn const_text(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(b) => {
            if *b {
                "True".into()
            } else {
                "False".into()
            }
        }
        Const::Int(i) => i.to_string(),
        Const::BigInt(b) => b.to_string(),
        Const::Float(f) => crate::format::float_repr(*f),
        Const::Complex(r, i) => crate::format::complex_repr(*r, *i),
        Const::Str(s) => crate::text::str_repr(s.as_str()),
        Const::Bytes(b) => crate::text::bytes_repr(b),
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_text).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Const::Ellipsis => "Ellipsis".into(),
        Const::Names(ns) => {
            let parts: Vec<String> = ns
                .iter()
                .map(|n| crate::text::str_repr(n.as_str()))
                .collect();
            format!("kwnames ({})", parts.join(", "))
        }
        Const::Code(c) => format!(
            "<code object {} at line {}>",
            c.name.as_str(),
            c.firstlineno
        ),
    }
}

fn slot_name(code: &Code, i: usize) -> String {
    let nl = code.varnames.len();
    let nc = code.cellvars.len();
    if i < nl {
        code.varnames[i].as_str().to_string()
    } else if i < nl + nc {
        code.cellvars[i - nl].as_str().to_string()
    } else {
        code.freevars
            .get(i - nl - nc)
            .map(|s| s.as_str().to_string())
            .unwrap_or_default()
    }
}

/// The operand and its meaning for one instruction.
fn operand(code: &Code, ins: &Instr) -> (String, String) {
    use Instr::*;
    let name = |i: u32| {
        code.names
            .get(i as usize)
            .map(|s| s.as_str().to_string())
            .unwrap_or_default()
    };
    let konst = |i: u32| {
        code.consts
            .get(i as usize)
            .map(const_text)
            .unwrap_or_default()
    };
    match *ins {
        LoadConst(i) => (i.to_string(), konst(i)),
        LoadFast(i) | StoreFast(i) | DeleteFast(i) | InplaceAddFast(i) | LoadDeref(i)
        | StoreDeref(i) | DeleteDeref(i) | LoadClosure(i) | LoadClassDeref(i) => {
            (i.to_string(), slot_name(code, i as usize))
        }
        LoadName(i) | StoreName(i) | DeleteName(i) | LoadGlobal(i) | StoreGlobal(i)
        | DeleteGlobal(i) | LoadAttr(i) | StoreAttr(i) | DeleteAttr(i) | LoadMethod(i)
        | ImportName(i) | ImportFrom(i) => (i.to_string(), name(i)),
        Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | JumpIfFalseOrPop(t)
        | JumpIfTrueOrPop(t) | ForIter(t) | Send(t) => (t.to_string(), format!("to {}", t)),
        Binary(op) | Inplace(op) => (String::new(), format!("{:?}", op)),
        Compare(op) => (String::new(), format!("{:?}", op)),
        Unary(op) => (String::new(), format!("{:?}", op)),
        CallKw(a) => ((a & 0xff).to_string(), konst(a >> 8)),
        MakeFunction(a) => ((a & 0xf).to_string(), konst(a >> 4)),
        UnpackEx(a) => (
            a.to_string(),
            format!("{} before, {} after", a & 0xffff, a >> 16),
        ),
        Call(n) | CallMethod(n) | CallEx(n) | BuildTuple(n) | BuildList(n) | BuildSet(n)
        | BuildMap(n) | BuildSlice(n) | UnpackSequence(n) | ListAppend(n) | SetAdd(n)
        | MapAdd(n) | ListExtend(n) | DictMerge(n) | Raise(n) | IsOp(n) | ContainsOp(n)
        | YieldValue(n) => (n.to_string(), String::new()),
        _ => (String::new(), String::new()),
    }
}

fn op_name(ins: &Instr) -> String {
    let dbg = format!("{:?}", ins);
    dbg.split('(').next().unwrap_or("").to_string()
}

fn one(code: &Code, out: &mut String) {
    let mut last_line = 0;
    let targets: std::collections::HashSet<u32> =
        code.instrs.iter().filter_map(|i| i.jump_target()).collect();
    let handler_targets: std::collections::HashSet<u32> =
        code.handlers.iter().map(|h| h.target).collect();
    for (i, ins) in code.instrs.iter().enumerate() {
        let line = code.lines.get(i).copied().unwrap_or(0);
        if line != last_line && i > 0 {
            out.push('\n');
        }
        let line_text = if line != last_line {
            line.to_string()
        } else {
            String::new()
        };
        last_line = line;
        let mark = if targets.contains(&(i as u32)) || handler_targets.contains(&(i as u32)) {
            ">>"
        } else {
            "  "
        };
        let (arg, meaning) = operand(code, ins);
        let _ = write!(
            out,
            "{:>4} {:>8} {:>5} {:<22}",
            line_text,
            mark,
            i,
            op_name(ins)
        );
        if !arg.is_empty() {
            let _ = write!(out, " {:>4}", arg);
        } else if !meaning.is_empty() {
            out.push_str("     ");
        }
        if !meaning.is_empty() {
            let _ = write!(out, " ({})", meaning);
        }
        let trimmed = out.trim_end().len();
        out.truncate(trimmed);
        out.push('\n');
    }
    if !code.handlers.is_empty() {
        out.push_str("ExceptionTable:\n");
        for h in &code.handlers {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]",
                h.start, h.end, h.target, h.depth
            );
        }
    }
}

/// The listing of a code object and all code objects nested in it.
pub fn disassemble(code: &Code) -> String {
    let mut out = String::new();
    one(code, &mut out);
    let mut stack: Vec<std::rc::Rc<Code>> = code
        .consts
        .iter()
        .filter_map(|c| {
            if let Const::Code(c) = c {
                Some(c.clone())
            } else {
                None
            }
        })
        .collect();
    stack.reverse();
    while let Some(c) = stack.pop() {
        let _ = write!(
            out,
            "\nDisassembly of <code object {} at line {}>:\n",
            c.name.as_str(),
            c.firstlineno
        );
        one(&c, &mut out);
        let mut inner: Vec<std::rc::Rc<Code>> = c
            .consts
            .iter()
            .filter_map(|k| {
                if let Const::Code(k) = k {
                    Some(k.clone())
                } else {
                    None
                }
            })
            .collect();
        inner.reverse();
        stack.extend(inner);
    }
    out
}
