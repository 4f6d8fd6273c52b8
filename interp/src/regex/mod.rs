//! A regular-expression engine with CPython 3.4's `sre` syntax and semantics.
//!
//! [`parser`] turns a pattern into an [`ast::Node`] tree (with 3.4's error
//! messages), [`program`] compiles the tree to instructions, and [`matcher`]
//! runs them with an explicit backtrack stack (no native recursion over the
//! input), calling a budget callback so runaway backtracking can be stopped.
//! [`template`] parses `sub()` replacement templates. The engine knows nothing
//! of the VM: text is a slice of code units (`u8` or `char`), positions are
//! indices into it.

pub mod ast;
pub mod charclass;
pub mod error;
pub mod matcher;
pub mod parser;
pub mod program;
pub mod scan;
pub mod template;
pub mod wide;

#[cfg(test)]
mod tests;

pub use error::{ErrorKind, RegexError};
pub use matcher::{Anchor, Budget, Captures, MatchError, Stop};

/// The flag bits of CPython's `re` module.
pub mod flags {
    /// `re.TEMPLATE`
    pub const TEMPLATE: u32 = 1;
    /// `re.IGNORECASE`
    pub const IGNORECASE: u32 = 2;
    /// `re.LOCALE`
    pub const LOCALE: u32 = 4;
    /// `re.MULTILINE`
    pub const MULTILINE: u32 = 8;
    /// `re.DOTALL`
    pub const DOTALL: u32 = 16;
    /// `re.UNICODE`
    pub const UNICODE: u32 = 32;
    /// `re.VERBOSE`
    pub const VERBOSE: u32 = 64;
    /// `re.DEBUG`
    pub const DEBUG: u32 = 128;
    /// `re.ASCII`
    pub const ASCII: u32 = 256;

    /// The flag of an inline `(?x)` letter.
    pub fn inline(c: char) -> Option<u32> {
        Some(match c {
            'i' => IGNORECASE,
            'L' => LOCALE,
            'm' => MULTILINE,
            's' => DOTALL,
            'x' => VERBOSE,
            'a' => ASCII,
            't' => TEMPLATE,
            'u' => UNICODE,
            _ => return None,
        })
    }
}

/// A code unit of the text: a byte (bytes patterns, or ASCII-only str) or a char.
pub trait Unit: Copy {
    /// The code point value.
    fn code(self) -> u32;
}

impl Unit for u8 {
    #[inline]
    fn code(self) -> u32 {
        self as u32
    }
}

impl Unit for u32 {
    #[inline]
    fn code(self) -> u32 {
        self
    }
}

/// Whether `cp` is a surrogate code point.
#[inline]
pub fn is_surrogate_unit(cp: u32) -> bool {
    (0xd800..=0xdfff).contains(&cp)
}

impl Unit for char {
    #[inline]
    fn code(self) -> u32 {
        self as u32
    }
}

/// A compiled pattern.
#[derive(Clone, Debug)]
pub struct Regex {
    /// The instructions.
    pub program: program::Program,
    /// The final flags (what `Pattern.flags` reports).
    pub flags: u32,
    /// Number of capturing groups.
    pub groups: usize,
    /// Named groups and their numbers, in definition order.
    pub names: Vec<(String, usize)>,
    /// A bytes pattern.
    pub is_bytes: bool,
}

impl Regex {
    /// The compiled program of a parsed pattern.
    fn from_parsed(parsed: parser::Parsed, is_bytes: bool) -> Regex {
        let program = program::compile(&parsed.node, parsed.flags, parsed.groups);
        Regex {
            program,
            flags: parsed.flags,
            groups: parsed.groups,
            names: parsed.names,
            is_bytes,
        }
    }

    /// Compiles `pattern` (for bytes patterns, one char per byte) with `flags`.
    pub fn new(pattern: &[char], flags: u32, is_bytes: bool) -> Result<Regex, RegexError> {
        let parsed = parser::parse(pattern, flags, is_bytes)?;
        Ok(Regex::from_parsed(parsed, is_bytes))
    }

    /// Compiles a str pattern given as code points (lone surrogates
    /// allowed; see [`wide`]).
    pub fn from_code_points(pattern: &[u32], flags: u32) -> Result<Regex, RegexError> {
        if !pattern.iter().any(|&c| is_surrogate_unit(c)) {
            let chars: Vec<char> = pattern.iter().filter_map(|&c| char::from_u32(c)).collect();
            return Regex::new(&chars, flags, false);
        }
        let base = wide::free_base(pattern).ok_or_else(wide::no_free_block)?;
        let chars = wide::escape(pattern, base);
        let parsed = parser::parse_wide(&chars, flags, false, Some(base))?;
        Ok(Regex::from_parsed(parsed, false))
    }

    /// Compiles a str pattern.
    pub fn from_str(pattern: &str, flags: u32) -> Result<Regex, RegexError> {
        let chars: Vec<char> = pattern.chars().collect();
        Regex::new(&chars, flags, false)
    }

    /// One match of `text` (already cut at endpos) from `pos`.
    pub fn exec<T: Unit>(
        &self,
        text: &[T],
        pos: usize,
        anchor: Anchor,
        budget: Budget<'_>,
    ) -> Result<Option<Captures>, MatchError> {
        matcher::exec(&self.program, text, pos, anchor, budget)
    }

    /// The group number of a named group.
    pub fn group_index(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|&(_, g)| g)
    }
}
