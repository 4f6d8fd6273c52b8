//! The backtracking matcher: iterative, with an explicit backtrack stack and a step budget.

use super::ast::{AssertKind, MAXREPEAT};
use super::program::{Inst, Program, Single};
use super::Unit;

/// How often (in steps) the budget callback is called.
pub const BUDGET_INTERVAL: u64 = 4096;

/// Most backtrack frames one match may hold (about 32 MiB).
pub const MAX_FRAMES: usize = 1 << 20;

/// Returned by the budget callback to abandon a match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stop;

/// Why a match was abandoned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MatchError {
    /// The budget callback asked to stop.
    #[error("stopped by the budget")]
    Stopped,
    /// The backtrack stack grew past [`MAX_FRAMES`].
    #[error("maximum recursion limit exceeded")]
    TooDeep,
}

impl From<Stop> for MatchError {
    fn from(_: Stop) -> MatchError {
        MatchError::Stopped
    }
}

/// The budget callback: called with the number of steps done since the last call.
pub type Budget<'b> = &'b mut dyn FnMut(u64) -> Result<(), Stop>;

/// The spans of a successful match.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Captures {
    /// `2 * (groups + 1)` positions; `-1` for groups that did not take part.
    pub slots: Vec<isize>,
    /// The last group closed (CPython's `lastindex`), or -1.
    pub lastindex: isize,
}

/// Where the match must start and end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// `search`: any start from `pos`.
    Search,
    /// `match`: start at `pos`.
    Start,
    /// `fullmatch`: start at `pos` and end at the end of the text.
    Full,
}

enum Frame {
    Alt {
        pc: usize,
        pos: usize,
    },
    Slot {
        slot: usize,
        old: isize,
    },
    LastIndex(isize),
    Counter {
        r: usize,
        count: u32,
        last: isize,
    },
    Greedy {
        pc: usize,
        min_pos: usize,
        pos: usize,
    },
    Lazy {
        pc: usize,
        pos: usize,
        count: u32,
    },
    LazyIter {
        r: usize,
        pc: usize,
        pos: usize,
    },
    Look {
        negative: bool,
        pos: usize,
        resume: usize,
    },
}

struct Machine<'p, 't, T: Unit> {
    prog: &'p Program,
    text: &'t [T],
    slots: Vec<isize>,
    counters: Vec<(u32, isize)>,
    lastindex: isize,
    stack: Vec<Frame>,
    looks: Vec<usize>,
    steps: u64,
    reported: u64,
}

/// Runs `prog` over `text` from `pos` (text ends at `endpos`: pass `&text[..endpos]`).
pub fn exec<T: Unit>(
    prog: &Program,
    text: &[T],
    pos: usize,
    anchor: Anchor,
    budget: Budget<'_>,
) -> Result<Option<Captures>, MatchError> {
    if pos > text.len() {
        return Ok(None);
    }
    let mut m = Machine {
        prog,
        text,
        slots: vec![-1; 2 * (prog.groups + 1)],
        counters: vec![(0, -1); prog.counters],
        lastindex: -1,
        stack: Vec::with_capacity(16),
        looks: Vec::new(),
        steps: 0,
        reported: 0,
    };
    let r = search(&mut m, pos, anchor, budget);
    if r.is_ok() && m.steps > m.reported {
        budget(m.steps - m.reported)?;
    }
    r
}

fn search<T: Unit>(
    m: &mut Machine<'_, '_, T>,
    pos: usize,
    anchor: Anchor,
    budget: Budget<'_>,
) -> Result<Option<Captures>, MatchError> {
    let prog = m.prog;
    let text = m.text;
    let full = anchor == Anchor::Full;
    if anchor != Anchor::Search {
        let r = m.run(pos, full, budget)?;
        return Ok(r);
    }
    // Search: prefilter on a literal first character and on start anchors.
    let first = prog.insts.get(1).copied();
    let only_at_start = match first {
        Some(Inst::Assert(AssertKind::StartText)) => true,
        Some(Inst::Assert(AssertKind::Bol)) => !prog.multiline,
        _ => false,
    };
    if only_at_start {
        return if pos == 0 {
            m.run(0, false, budget)
        } else {
            Ok(None)
        };
    }
    let lit = match first {
        Some(Inst::One(Single::Char(c))) => Some(c),
        Some(Inst::RepSingle {
            single: Single::Char(c),
            min,
            ..
        }) if min > 0 => Some(c),
        _ => None,
    };
    let mut start = pos;
    loop {
        if let Some(c) = lit {
            match text
                .get(start..)
                .and_then(|t| t.iter().position(|u| u.code() == c))
            {
                Some(off) => start += off,
                None => return Ok(None),
            }
        }
        if let Some(caps) = m.run(start, false, budget)? {
            return Ok(Some(caps));
        }
        if start >= text.len() {
            return Ok(None);
        }
        start += 1;
        m.steps += 1;
    }
}

impl<'p, 't, T: Unit> Machine<'p, 't, T> {
    #[inline]
    fn unit(&self, pos: usize) -> Option<u32> {
        self.text.get(pos).map(|u| u.code())
    }

    #[inline]
    fn single(&self, s: Single, c: u32) -> bool {
        match s {
            Single::Char(x) => c == x,
            Single::CharFold(x) => self.prog.mode.lower(c) == x,
            Single::Any => true,
            Single::AnyButNewline => c != '\n' as u32,
            Single::Class(i) => self.prog.classes.get(i).is_some_and(|cl| cl.matches(c)),
        }
    }

    fn is_word_at(&self, pos: usize) -> bool {
        self.unit(pos).is_some_and(|c| self.prog.mode.is_word(c))
    }

    fn assert(&self, kind: AssertKind, pos: usize) -> bool {
        let len = self.text.len();
        let nl = '\n' as u32;
        match kind {
            AssertKind::Bol => pos == 0 || (self.prog.multiline && self.unit(pos - 1) == Some(nl)),
            AssertKind::Eol => {
                if self.prog.multiline {
                    pos == len || self.unit(pos) == Some(nl)
                } else {
                    pos == len || (pos + 1 == len && self.unit(pos) == Some(nl))
                }
            }
            AssertKind::StartText => pos == 0,
            AssertKind::EndText => pos == len,
            AssertKind::WordBoundary | AssertKind::NotWordBoundary => {
                if len == 0 {
                    return false;
                }
                let before = pos > 0 && self.is_word_at(pos - 1);
                let after = pos < len && self.is_word_at(pos);
                (before != after) == (kind == AssertKind::WordBoundary)
            }
        }
    }

    fn push(&mut self, f: Frame) -> Result<(), MatchError> {
        if self.stack.len() >= MAX_FRAMES {
            return Err(MatchError::TooDeep);
        }
        self.stack.push(f);
        Ok(())
    }

    fn set_slot(&mut self, slot: usize, pos: usize) -> Result<(), MatchError> {
        let old = self.slots.get(slot).copied().unwrap_or(-1);
        self.push(Frame::Slot { slot, old })?;
        if let Some(s) = self.slots.get_mut(slot) {
            *s = pos as isize;
        }
        if slot % 2 == 1 && slot > 1 {
            self.push(Frame::LastIndex(self.lastindex))?;
            self.lastindex = (slot / 2) as isize;
        }
        Ok(())
    }

    fn set_counter(&mut self, r: usize, count: u32, last: isize) -> Result<(), MatchError> {
        let (oc, ol) = self.counters.get(r).copied().unwrap_or((0, -1));
        self.push(Frame::Counter {
            r,
            count: oc,
            last: ol,
        })?;
        if let Some(c) = self.counters.get_mut(r) {
            *c = (count, last);
        }
        Ok(())
    }

    /// Undoes frames down to (not including) index `to`, applying restores.
    fn unwind_to(&mut self, to: usize) {
        while self.stack.len() > to {
            if let Some(f) = self.stack.pop() {
                self.restore(&f);
            }
        }
    }

    fn restore(&mut self, f: &Frame) {
        match *f {
            Frame::Slot { slot, old } => {
                if let Some(s) = self.slots.get_mut(slot) {
                    *s = old;
                }
            }
            Frame::LastIndex(old) => self.lastindex = old,
            Frame::Counter { r, count, last } => {
                if let Some(c) = self.counters.get_mut(r) {
                    *c = (count, last);
                }
            }
            _ => {}
        }
    }

    /// Pops frames until one offers a way to continue; `None` when none is left.
    fn backtrack(&mut self) -> Result<Option<(usize, usize)>, MatchError> {
        while let Some(f) = self.stack.pop() {
            self.steps += 1;
            match f {
                Frame::Alt { pc, pos } => return Ok(Some((pc, pos))),
                Frame::Greedy { pc, min_pos, pos } => {
                    let mut p = pos;
                    // Step back one unit; when a literal follows, step to where it matches.
                    let follow = match self.prog.insts.get(pc) {
                        Some(Inst::One(Single::Char(c))) => Some(*c),
                        _ => None,
                    };
                    loop {
                        if p <= min_pos {
                            break;
                        }
                        p -= 1;
                        match follow {
                            Some(c) if self.unit(p) != Some(c) => {
                                if p == min_pos {
                                    break;
                                }
                                continue;
                            }
                            _ => {}
                        }
                        if p > min_pos {
                            self.push(Frame::Greedy {
                                pc,
                                min_pos,
                                pos: p,
                            })?;
                        }
                        return Ok(Some((pc, p)));
                    }
                }
                Frame::Lazy { pc, pos, count } => {
                    if let Some(Inst::RepSingle { single, max, .. }) =
                        self.prog.insts.get(pc).copied()
                    {
                        if let Some(c) = self.unit(pos) {
                            if self.single(single, c) {
                                if count + 1 < max {
                                    self.push(Frame::Lazy {
                                        pc,
                                        pos: pos + 1,
                                        count: count + 1,
                                    })?;
                                }
                                return Ok(Some((pc + 1, pos + 1)));
                            }
                        }
                    }
                }
                Frame::LazyIter { r, pc, pos } => {
                    let count = self.counters.get(r).map_or(0, |c| c.0);
                    self.set_counter(r, count.saturating_add(1), pos as isize)?;
                    return Ok(Some((pc, pos)));
                }
                Frame::Look {
                    negative,
                    pos,
                    resume,
                } => {
                    self.looks.pop();
                    if negative {
                        return Ok(Some((resume, pos)));
                    }
                }
                other => self.restore(&other),
            }
        }
        Ok(None)
    }

    /// One attempt at `start`.
    fn run(
        &mut self,
        start: usize,
        full: bool,
        budget: Budget<'_>,
    ) -> Result<Option<Captures>, MatchError> {
        self.stack.clear();
        self.looks.clear();
        self.slots.iter_mut().for_each(|s| *s = -1);
        self.counters.iter_mut().for_each(|c| *c = (0, -1));
        self.lastindex = -1;
        let mut pc = 0usize;
        let mut pos = start;
        loop {
            self.steps += 1;
            if self.steps >= self.reported + BUDGET_INTERVAL {
                budget(self.steps - self.reported)?;
                self.reported = self.steps;
            }
            let Some(&inst) = self.prog.insts.get(pc) else {
                return Ok(None);
            };
            let ok = match inst {
                Inst::One(s) => match self.unit(pos) {
                    Some(c) if self.single(s, c) => {
                        pos += 1;
                        pc += 1;
                        true
                    }
                    _ => false,
                },
                Inst::RepSingle {
                    single,
                    min,
                    max,
                    greedy,
                } => {
                    let limit = if max == MAXREPEAT {
                        usize::MAX
                    } else {
                        max as usize
                    };
                    let want = if greedy { limit } else { min as usize };
                    let mut n = 0usize;
                    while n < want {
                        match self.unit(pos + n) {
                            Some(c) if self.single(single, c) => n += 1,
                            _ => break,
                        }
                    }
                    self.steps += n as u64;
                    if n < min as usize {
                        false
                    } else {
                        if greedy {
                            if n > min as usize {
                                self.push(Frame::Greedy {
                                    pc: pc + 1,
                                    min_pos: pos + min as usize,
                                    pos: pos + n,
                                })?;
                            }
                        } else if n < limit {
                            self.push(Frame::Lazy {
                                pc,
                                pos: pos + n,
                                count: n as u32,
                            })?;
                        }
                        pos += n;
                        pc += 1;
                        true
                    }
                }
                Inst::Assert(k) => {
                    pc += 1;
                    self.assert(k, pos)
                }
                Inst::Split(a, b) => {
                    self.push(Frame::Alt { pc: b, pos })?;
                    pc = a;
                    true
                }
                Inst::Jmp(t) => {
                    pc = t;
                    true
                }
                Inst::Save(slot) => {
                    self.set_slot(slot, pos)?;
                    pc += 1;
                    true
                }
                Inst::RepInit(r) => {
                    self.set_counter(r, 0, -1)?;
                    pc += 1;
                    true
                }
                Inst::RepLoop {
                    r,
                    min,
                    max,
                    greedy,
                    exit,
                } => {
                    let (count, last) = self.counters.get(r).copied().unwrap_or((0, -1));
                    if count < min {
                        self.set_counter(r, count + 1, pos as isize)?;
                        pc += 1;
                    } else {
                        let can_iterate = (count < max || max == MAXREPEAT) && last != pos as isize;
                        if !can_iterate {
                            pc = exit;
                        } else if greedy {
                            self.push(Frame::Alt { pc: exit, pos })?;
                            self.set_counter(r, count + 1, pos as isize)?;
                            pc += 1;
                        } else {
                            self.push(Frame::LazyIter { r, pc: pc + 1, pos })?;
                            pc = exit;
                        }
                    }
                    true
                }
                Inst::Backref { group, fold } => {
                    let s = self.slots.get(2 * group).copied().unwrap_or(-1);
                    let e = self.slots.get(2 * group + 1).copied().unwrap_or(-1);
                    if s < 0 || e < s {
                        false
                    } else {
                        let (s, e) = (s as usize, e as usize);
                        let n = e - s;
                        let mode = self.prog.mode;
                        let ok = pos + n <= self.text.len()
                            && (0..n).all(|k| {
                                let a = self.unit(s + k).unwrap_or(0);
                                let b = self.unit(pos + k).unwrap_or(0);
                                a == b || (fold && mode.lower(a) == mode.lower(b))
                            });
                        self.steps += n as u64;
                        if ok {
                            pos += n;
                            pc += 1;
                        }
                        ok
                    }
                }
                Inst::LookStart {
                    behind,
                    negative,
                    resume,
                } => {
                    let from = match behind {
                        Some(w) => pos.checked_sub(w as usize),
                        None => Some(pos),
                    };
                    match from {
                        None => {
                            if negative {
                                pc = resume;
                                true
                            } else {
                                false
                            }
                        }
                        Some(from) => {
                            self.looks.push(self.stack.len());
                            self.push(Frame::Look {
                                negative,
                                pos,
                                resume,
                            })?;
                            pos = from;
                            pc += 1;
                            true
                        }
                    }
                }
                Inst::LookEnd => {
                    let Some(mark) = self.looks.pop() else {
                        return Ok(None);
                    };
                    let (negative, saved, resume) = match self.stack.get(mark) {
                        Some(Frame::Look {
                            negative,
                            pos,
                            resume,
                        }) => (*negative, *pos, *resume),
                        _ => return Ok(None),
                    };
                    if negative {
                        self.unwind_to(mark + 1);
                        self.stack.pop();
                        false
                    } else {
                        // Keep the restores made inside the body; drop its alternatives.
                        let tail: Vec<Frame> = self.stack.drain(mark..).collect();
                        for f in tail {
                            if matches!(
                                f,
                                Frame::Slot { .. } | Frame::LastIndex(_) | Frame::Counter { .. }
                            ) {
                                self.stack.push(f);
                            }
                        }
                        pos = saved;
                        pc = resume;
                        true
                    }
                }
                Inst::GroupTest { group, no } => {
                    let e = self.slots.get(2 * group + 1).copied().unwrap_or(-1);
                    let s = self.slots.get(2 * group).copied().unwrap_or(-1);
                    pc = if s >= 0 && e >= 0 { pc + 1 } else { no };
                    true
                }
                Inst::Match => {
                    if full && pos != self.text.len() {
                        false
                    } else {
                        return Ok(Some(Captures {
                            slots: self.slots.clone(),
                            lastindex: self.lastindex,
                        }));
                    }
                }
            };
            if !ok {
                match self.backtrack()? {
                    Some((p, q)) => {
                        pc = p;
                        pos = q;
                    }
                    None => return Ok(None),
                }
            }
        }
    }
}
