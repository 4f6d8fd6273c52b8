//! The compiled form of a pattern: a small instruction set for the backtracking matcher.

use super::ast::{AssertKind, Node};
use super::charclass::{CharMode, ClassItem, ClassSet, CompiledClass};
use super::flags;

/// A matcher for exactly one code unit.
#[derive(Clone, Copy, Debug)]
pub enum Single {
    /// This code point.
    Char(u32),
    /// A code point whose lowercase is this one (IGNORECASE).
    CharFold(u32),
    /// Anything (`.` under DOTALL).
    Any,
    /// Anything but `\n` (`.`).
    AnyButNewline,
    /// A member of class number `n` of the program.
    Class(usize),
}

/// One instruction.
#[derive(Clone, Copy, Debug)]
pub enum Inst {
    /// Consume one unit matching the single.
    One(Single),
    /// Consume `min..=max` units matching the single, greedily or lazily.
    RepSingle {
        /// What each unit must match.
        single: Single,
        /// Minimum count.
        min: u32,
        /// Maximum count.
        max: u32,
        /// Greedy (`*`) or lazy (`*?`).
        greedy: bool,
    },
    /// A zero-width test.
    Assert(AssertKind),
    /// Continue at the first target; on failure, at the second.
    Split(usize, usize),
    /// Continue at the target.
    Jmp(usize),
    /// Record the position in capture slot `n`.
    Save(usize),
    /// Reset repeat counter `n` (entering a general repeat).
    RepInit(usize),
    /// The loop head of a general repeat; the body follows, `exit` is after its closing `Jmp`.
    RepLoop {
        /// The counter.
        r: usize,
        /// Minimum iterations.
        min: u32,
        /// Maximum iterations.
        max: u32,
        /// Greedy or lazy.
        greedy: bool,
        /// Where the loop ends.
        exit: usize,
    },
    /// Match the text of a group again.
    Backref {
        /// The group.
        group: usize,
        /// Compare case-insensitively.
        fold: bool,
    },
    /// Start a lookaround; its body follows and ends with `LookEnd`; `resume` is after it.
    LookStart {
        /// For lookbehind: how far back the body starts.
        behind: Option<u32>,
        /// Negative assertion.
        negative: bool,
        /// The instruction after `LookEnd`.
        resume: usize,
    },
    /// The body of the innermost active lookaround matched.
    LookEnd,
    /// Continue if the group has matched, else jump to `no`.
    GroupTest {
        /// The group tested.
        group: usize,
        /// The "no" branch.
        no: usize,
    },
    /// Success.
    Match,
}

/// A compiled pattern.
#[derive(Clone, Debug)]
pub struct Program {
    /// The instructions; execution starts at 0.
    pub insts: Vec<Inst>,
    /// The classes referred to by [`Single::Class`].
    pub classes: Vec<CompiledClass>,
    /// Number of repeat counters.
    pub counters: usize,
    /// Number of capturing groups (group 0 excluded).
    pub groups: usize,
    /// MULTILINE.
    pub multiline: bool,
    /// Classification and folding mode.
    pub mode: CharMode,
}

struct Compiler {
    insts: Vec<Inst>,
    classes: Vec<CompiledClass>,
    counters: usize,
    mode: CharMode,
    dotall: bool,
}

/// Compiles a parsed pattern with its final flags.
pub fn compile(node: &Node, flag_bits: u32, groups: usize) -> Program {
    let mode = CharMode {
        unicode: flag_bits & flags::UNICODE != 0,
        fold: flag_bits & flags::IGNORECASE != 0,
    };
    let mut c = Compiler {
        insts: Vec::new(),
        classes: Vec::new(),
        counters: 0,
        mode,
        dotall: flag_bits & flags::DOTALL != 0,
    };
    c.insts.push(Inst::Save(0));
    c.emit(node);
    c.insts.push(Inst::Save(1));
    c.insts.push(Inst::Match);
    Program {
        insts: c.insts,
        classes: c.classes,
        counters: c.counters,
        groups,
        multiline: flag_bits & flags::MULTILINE != 0,
        mode,
    }
}

impl Compiler {
    fn single(&mut self, node: &Node) -> Option<Single> {
        Some(match node {
            Node::Literal(c) => {
                if self.mode.fold {
                    let l = self.mode.lower(*c);
                    if l == *c && self.mode.upper(*c) == *c {
                        Single::Char(*c)
                    } else {
                        Single::CharFold(l)
                    }
                } else {
                    Single::Char(*c)
                }
            }
            Node::Any => {
                if self.dotall {
                    Single::Any
                } else {
                    Single::AnyButNewline
                }
            }
            Node::Class(set) => Single::Class(self.class(set)),
            Node::Group(None, inner) => return self.single(inner),
            _ => return None,
        })
    }

    fn class(&mut self, set: &ClassSet) -> usize {
        let mut set = set.clone();
        if let [ClassItem::Char(_)] = set.items.as_slice() {
            // nothing special: the bitmap handles it
        }
        set.items.shrink_to_fit();
        self.classes.push(CompiledClass::new(set, self.mode));
        self.classes.len() - 1
    }

    fn here(&self) -> usize {
        self.insts.len()
    }

    fn patch(&mut self, at: usize, inst: Inst) {
        if let Some(slot) = self.insts.get_mut(at) {
            *slot = inst;
        }
    }

    fn emit(&mut self, node: &Node) {
        if let Some(s) = self.single(node) {
            self.insts.push(Inst::One(s));
            return;
        }
        match node {
            Node::Empty => {}
            Node::Literal(_) | Node::Any | Node::Class(_) => {}
            Node::Cat(items) => {
                for n in items {
                    self.emit(n);
                }
            }
            Node::Alt(items) => {
                let mut jumps = Vec::new();
                for (k, n) in items.iter().enumerate() {
                    if k + 1 < items.len() {
                        let split = self.here();
                        self.insts.push(Inst::Split(split + 1, 0));
                        self.emit(n);
                        jumps.push(self.here());
                        self.insts.push(Inst::Jmp(0));
                        let next = self.here();
                        self.patch(split, Inst::Split(split + 1, next));
                    } else {
                        self.emit(n);
                    }
                }
                let end = self.here();
                for j in jumps {
                    self.patch(j, Inst::Jmp(end));
                }
            }
            Node::Group(index, inner) => {
                if let Some(g) = index {
                    self.insts.push(Inst::Save(2 * g));
                    self.emit(inner);
                    self.insts.push(Inst::Save(2 * g + 1));
                } else {
                    self.emit(inner);
                }
            }
            Node::Repeat {
                min,
                max,
                greedy,
                node,
            } => self.repeat(*min, *max, *greedy, node),
            Node::Assert(k) => self.insts.push(Inst::Assert(*k)),
            Node::Backref(g) => self.insts.push(Inst::Backref {
                group: *g,
                fold: self.mode.fold,
            }),
            Node::Look {
                behind,
                negative,
                node,
            } => {
                let start = self.here();
                let width = if *behind { Some(node.width().0) } else { None };
                self.insts.push(Inst::LookStart {
                    behind: width,
                    negative: *negative,
                    resume: 0,
                });
                self.emit(node);
                self.insts.push(Inst::LookEnd);
                let resume = self.here();
                self.patch(
                    start,
                    Inst::LookStart {
                        behind: width,
                        negative: *negative,
                        resume,
                    },
                );
            }
            Node::Cond { group, yes, no } => {
                let test = self.here();
                self.insts.push(Inst::GroupTest {
                    group: *group,
                    no: 0,
                });
                self.emit(yes);
                let jmp = self.here();
                self.insts.push(Inst::Jmp(0));
                let no_at = self.here();
                self.emit(no);
                let end = self.here();
                self.patch(
                    test,
                    Inst::GroupTest {
                        group: *group,
                        no: no_at,
                    },
                );
                self.patch(jmp, Inst::Jmp(end));
            }
        }
    }

    fn repeat(&mut self, min: u32, max: u32, greedy: bool, node: &Node) {
        if let Some(single) = self.single(node) {
            self.insts.push(Inst::RepSingle {
                single,
                min,
                max,
                greedy,
            });
            return;
        }
        if max == 0 {
            return;
        }
        let r = self.counters;
        self.counters += 1;
        self.insts.push(Inst::RepInit(r));
        let head = self.here();
        self.insts.push(Inst::RepLoop {
            r,
            min,
            max,
            greedy,
            exit: 0,
        });
        self.emit(node);
        self.insts.push(Inst::Jmp(head));
        let exit = self.here();
        self.patch(
            head,
            Inst::RepLoop {
                r,
                min,
                max,
                greedy,
                exit,
            },
        );
    }
}
