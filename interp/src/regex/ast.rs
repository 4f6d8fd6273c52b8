//! The parsed form of a pattern (what `sre_parse` produces), before compilation.

use super::charclass::ClassSet;

/// "No upper bound" for repeat counts (CPython's `MAXREPEAT`, 2**32 - 1).
pub const MAXREPEAT: u32 = u32::MAX;

/// A zero-width position test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssertKind {
    /// `^`: start of string, or after any newline under MULTILINE.
    Bol,
    /// `$`: end of string or before a final newline; before any newline under MULTILINE.
    Eol,
    /// `\A`
    StartText,
    /// `\Z`
    EndText,
    /// `\b`
    WordBoundary,
    /// `\B`
    NotWordBoundary,
}

/// One node of the pattern tree.
#[derive(Clone, Debug)]
pub enum Node {
    /// Matches the empty string.
    Empty,
    /// One code point (a byte value for bytes patterns).
    Literal(u32),
    /// `.`
    Any,
    /// `[...]` or a category escape such as `\d`.
    Class(ClassSet),
    /// A sequence.
    Cat(Vec<Node>),
    /// `a|b|c`
    Alt(Vec<Node>),
    /// `(...)` (capturing when the index is given).
    Group(Option<usize>, Box<Node>),
    /// `x*`, `x{m,n}?` and friends.
    Repeat {
        /// Minimum count.
        min: u32,
        /// Maximum count ([`MAXREPEAT`] for none).
        max: u32,
        /// `false` for the `?` (lazy) forms.
        greedy: bool,
        /// What is repeated.
        node: Box<Node>,
    },
    /// A zero-width position test.
    Assert(AssertKind),
    /// `\1`, `(?P=name)`
    Backref(usize),
    /// `(?=...)`, `(?!...)`, `(?<=...)`, `(?<!...)`
    Look {
        /// Lookbehind instead of lookahead.
        behind: bool,
        /// Negative assertion.
        negative: bool,
        /// The asserted pattern.
        node: Box<Node>,
    },
    /// `(?(group)yes|no)`
    Cond {
        /// The group tested.
        group: usize,
        /// Taken when the group matched.
        yes: Box<Node>,
        /// Taken otherwise.
        no: Box<Node>,
    },
}

impl Node {
    /// Minimum and maximum width in code units (`MAXREPEAT` = unbounded), as 3.4's `getwidth()` computes it.
    pub fn width(&self) -> (u32, u32) {
        match self {
            Node::Empty | Node::Assert(_) | Node::Look { .. } => (0, 0),
            Node::Literal(_) | Node::Any | Node::Class(_) => (1, 1),
            Node::Cat(items) => items.iter().fold((0, 0), |(lo, hi), n| {
                let (a, b) = n.width();
                (sat_add(lo, a), sat_add(hi, b))
            }),
            Node::Alt(items) => {
                let mut lo = MAXREPEAT;
                let mut hi = 0;
                for n in items {
                    let (a, b) = n.width();
                    lo = lo.min(a);
                    hi = hi.max(b);
                }
                if items.is_empty() {
                    (0, 0)
                } else {
                    (lo, hi)
                }
            }
            Node::Group(_, n) => n.width(),
            Node::Repeat { min, max, node, .. } => {
                let (a, b) = node.width();
                (sat_mul(a, *min), sat_mul(b, *max))
            }
            // sre_parse's getwidth() counts neither backreferences nor
            // conditionals, so `(?<=\1)` passes the fixed-width check in 3.4.
            Node::Backref(_) | Node::Cond { .. } => (0, 0),
        }
    }
}

fn sat_add(a: u32, b: u32) -> u32 {
    if a == MAXREPEAT || b == MAXREPEAT {
        MAXREPEAT
    } else {
        a.saturating_add(b)
    }
}

fn sat_mul(a: u32, b: u32) -> u32 {
    if a == 0 || b == 0 {
        0
    } else if a == MAXREPEAT || b == MAXREPEAT {
        MAXREPEAT
    } else {
        a.saturating_mul(b)
    }
}
