//! Character classes (`[...]`, `\d`, `\w`, `\s`) and case folding.

use crate::text::props;

/// A category escape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    /// `\d`
    Digit,
    /// `\D`
    NotDigit,
    /// `\w`
    Word,
    /// `\W`
    NotWord,
    /// `\s`
    Space,
    /// `\S`
    NotSpace,
}

/// One member of a class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClassItem {
    /// A single code point.
    Char(u32),
    /// An inclusive range.
    Range(u32, u32),
    /// A category.
    Cat(Category),
}

/// A parsed class: its members and whether it is negated.
#[derive(Clone, Debug, Default)]
pub struct ClassSet {
    /// `[^...]`
    pub negated: bool,
    /// The members.
    pub items: Vec<ClassItem>,
}

/// How characters are classified: Unicode (str patterns) or ASCII (bytes, `re.ASCII`, `re.LOCALE`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CharMode {
    /// Unicode semantics for `\w \d \s`, `\b` and case folding.
    pub unicode: bool,
    /// IGNORECASE.
    pub fold: bool,
}

impl CharMode {
    /// The simple lowercase of `c` in this mode.
    #[inline]
    pub fn lower(self, c: u32) -> u32 {
        if c < 128 {
            if (b'A' as u32..=b'Z' as u32).contains(&c) {
                c + 32
            } else {
                c
            }
        } else if !self.unicode {
            c
        } else {
            match char::from_u32(c) {
                Some(ch) => simple_map(ch.to_lowercase(), c),
                None => c,
            }
        }
    }

    /// The simple uppercase of `c` in this mode.
    pub fn upper(self, c: u32) -> u32 {
        if c < 128 {
            if (b'a' as u32..=b'z' as u32).contains(&c) {
                c - 32
            } else {
                c
            }
        } else if !self.unicode {
            c
        } else {
            match char::from_u32(c) {
                Some(ch) => simple_map(ch.to_uppercase(), c),
                None => c,
            }
        }
    }

    /// `\w` membership.
    #[inline]
    pub fn is_word(self, c: u32) -> bool {
        if c < 128 {
            let b = c as u8;
            b.is_ascii_alphanumeric() || b == b'_'
        } else if !self.unicode {
            false
        } else {
            char::from_u32(c).is_some_and(props::is_alnum)
        }
    }

    /// `\d` membership.
    pub fn is_digit(self, c: u32) -> bool {
        if c < 128 {
            (b'0' as u32..=b'9' as u32).contains(&c)
        } else {
            self.unicode && char::from_u32(c).is_some_and(props::is_decimal)
        }
    }

    /// `\s` membership.
    pub fn is_space(self, c: u32) -> bool {
        if c < 128 {
            matches!(c, 9..=13 | 32) || (self.unicode && (0x1c..=0x1f).contains(&c))
        } else {
            self.unicode && char::from_u32(c).is_some_and(props::is_space)
        }
    }

    fn category(self, cat: Category, c: u32) -> bool {
        match cat {
            Category::Digit => self.is_digit(c),
            Category::NotDigit => !self.is_digit(c),
            Category::Word => self.is_word(c),
            Category::NotWord => !self.is_word(c),
            Category::Space => self.is_space(c),
            Category::NotSpace => !self.is_space(c),
        }
    }
}

fn simple_map(mut it: impl Iterator<Item = char>, c: u32) -> u32 {
    match (it.next(), it.next()) {
        (Some(a), None) => a as u32,
        (Some(a), Some(_)) => {
            // A multi-character mapping has no simple form, except a few
            // (such as U+0130) whose first character is the simple one.
            if c == 0x130 {
                a as u32
            } else {
                c
            }
        }
        _ => c,
    }
}

/// A class ready for matching, with an ASCII bitmap for the fast path.
#[derive(Clone, Debug)]
pub struct CompiledClass {
    set: ClassSet,
    mode: CharMode,
    ascii: [u64; 2],
}

impl CompiledClass {
    /// Prepares `set` for matching in `mode`.
    pub fn new(set: ClassSet, mode: CharMode) -> CompiledClass {
        let mut c = CompiledClass {
            set,
            mode,
            ascii: [0; 2],
        };
        let mut bits = [0u64; 2];
        for ch in 0..128u32 {
            if c.slow_matches(ch) {
                bits[(ch >> 6) as usize] |= 1 << (ch & 63);
            }
        }
        c.ascii = bits;
        c
    }

    /// Whether `c` is in the class.
    #[inline]
    pub fn matches(&self, c: u32) -> bool {
        if c < 128 {
            self.ascii[(c >> 6) as usize] & (1 << (c & 63)) != 0
        } else {
            self.slow_matches(c)
        }
    }

    fn contains_raw(&self, c: u32) -> bool {
        self.set.items.iter().any(|it| match *it {
            ClassItem::Char(x) => x == c,
            ClassItem::Range(a, b) => a <= c && c <= b,
            ClassItem::Cat(cat) => self.mode.category(cat, c),
        })
    }

    fn contains_folded(&self, c: u32) -> bool {
        let m = self.mode;
        let lc = m.lower(c);
        self.set.items.iter().any(|it| match *it {
            ClassItem::Char(x) => m.lower(x) == lc,
            ClassItem::Range(a, b) => [c, lc, m.upper(c)]
                .iter()
                .any(|&x| a <= x && x <= b && m.lower(x) == lc),
            ClassItem::Cat(cat) => m.category(cat, lc),
        })
    }

    fn slow_matches(&self, c: u32) -> bool {
        let hit = if self.mode.fold {
            self.contains_folded(c)
        } else {
            self.contains_raw(c)
        };
        hit != self.set.negated
    }
}
