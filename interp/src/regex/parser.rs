//! Pattern parser following CPython 3.4's `sre_parse` (syntax, flags and error messages).

use super::ast::{AssertKind, Node, MAXREPEAT};
use super::charclass::{Category, ClassItem, ClassSet};
use super::error::{py_repr, ErrorKind, RegexError};
use super::flags;

/// Deepest group nesting accepted (a guard for the recursive descent).
pub const MAX_DEPTH: usize = 200;

/// The result of parsing a pattern.
#[derive(Debug)]
pub struct Parsed {
    /// The pattern tree.
    pub node: Node,
    /// The final flags (argument flags, inline flags and the implied UNICODE flag).
    pub flags: u32,
    /// Number of capturing groups.
    pub groups: usize,
    /// Named groups, in definition order.
    pub names: Vec<(String, usize)>,
}

type PResult<T> = Result<T, RegexError>;

/// A token of the pattern: a plain character or a backslash escape.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tok {
    Char(char),
    Esc(char),
}

struct Parser<'a> {
    src: &'a [char],
    i: usize,
    flags: u32,
    is_bytes: bool,
    groups: usize,
    names: Vec<(String, usize)>,
    open: Vec<usize>,
    depth: usize,
    /// For a pattern holding lone surrogates: the first code point of the
    /// private-use block that stands for them in `src` (see [`parse_wide`]).
    wide_base: Option<u32>,
}

/// Parses `pattern` (bytes patterns as latin-1 characters) with the given flags.
pub fn parse(pattern: &[char], flags_in: u32, is_bytes: bool) -> PResult<Parsed> {
    parse_wide(pattern, flags_in, is_bytes, None)
}

/// [`parse`] for a pattern whose lone surrogates were written into `pattern`
/// as the characters of the 2048-code-point private-use block starting at
/// `wide_base` (a block the pattern does not otherwise use): literals in
/// that block stand for U+D800 + offset.
pub fn parse_wide(
    pattern: &[char],
    flags_in: u32,
    is_bytes: bool,
    wide_base: Option<u32>,
) -> PResult<Parsed> {
    let mut p = Parser {
        src: pattern,
        i: 0,
        flags: flags_in,
        is_bytes,
        groups: 1,
        names: Vec::new(),
        open: Vec::new(),
        depth: 0,
        wide_base,
    };
    let node = p.parse_sub(false)?;
    let final_flags = fix_flags(p.flags, is_bytes)?;
    match p.next()? {
        Some(Tok::Char(')')) => return Err(RegexError::error("unbalanced parenthesis")),
        Some(_) => {
            return Err(RegexError::error(
                "bogus characters at end of regular expression",
            ))
        }
        None => {}
    }
    if flags_in & flags::VERBOSE == 0 && final_flags & flags::VERBOSE != 0 {
        return parse_wide(pattern, final_flags, is_bytes, wide_base);
    }
    if p.groups > 101 {
        return Err(RegexError::new(
            ErrorKind::Assertion,
            "sorry, but this version only supports 100 named groups",
        ));
    }
    Ok(Parsed {
        node,
        flags: final_flags,
        groups: p.groups - 1,
        names: p.names,
    })
}

/// `sre_parse.fix_flags`: adds UNICODE to str patterns and rejects bad combinations.
pub fn fix_flags(f: u32, is_bytes: bool) -> PResult<u32> {
    if !is_bytes {
        if f & flags::ASCII == 0 {
            Ok(f | flags::UNICODE)
        } else if f & flags::UNICODE != 0 {
            Err(RegexError::new(
                ErrorKind::Value,
                "ASCII and UNICODE flags are incompatible",
            ))
        } else {
            Ok(f)
        }
    } else if f & flags::UNICODE != 0 {
        Err(RegexError::new(
            ErrorKind::Value,
            "can't use UNICODE flag with a bytes pattern",
        ))
    } else {
        Ok(f)
    }
}

fn is_ident(s: &str) -> bool {
    crate::text::case::isidentifier(s)
}

impl<'a> Parser<'a> {
    /// The code point a pattern character stands for (see `wide_base`).
    #[inline]
    fn lit(&self, c: char) -> u32 {
        let c = c as u32;
        match self.wide_base {
            Some(b) if (b..b + 0x800).contains(&c) => c - b + 0xd800,
            _ => c,
        }
    }

    fn peek(&self) -> Option<Tok> {
        let c = *self.src.get(self.i)?;
        if c == '\\' {
            self.src.get(self.i + 1).map(|&e| Tok::Esc(e))
        } else {
            Some(Tok::Char(c))
        }
    }

    fn peek_char(&self) -> Option<char> {
        match self.peek() {
            Some(Tok::Char(c)) => Some(c),
            _ => None,
        }
    }

    fn next(&mut self) -> PResult<Option<Tok>> {
        let Some(&c) = self.src.get(self.i) else {
            return Ok(None);
        };
        if c == '\\' {
            match self.src.get(self.i + 1) {
                Some(&e) => {
                    self.i += 2;
                    Ok(Some(Tok::Esc(e)))
                }
                None => Err(RegexError::error("bogus escape (end of line)")),
            }
        } else {
            self.i += 1;
            Ok(Some(Tok::Char(c)))
        }
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek_char() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn next_digit_if(&mut self, pred: impl Fn(char) -> bool) -> Option<char> {
        match self.peek_char() {
            Some(c) if pred(c) => {
                self.i += 1;
                Some(c)
            }
            _ => None,
        }
    }

    fn parse_sub(&mut self, nested: bool) -> PResult<Node> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(RegexError::new(
                ErrorKind::Runtime,
                "maximum recursion depth exceeded",
            ));
        }
        let mut items = vec![self.parse_seq()?];
        while self.eat('|') {
            items.push(self.parse_seq()?);
        }
        let _ = nested;
        self.depth -= 1;
        Ok(if items.len() == 1 {
            items.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alt(items)
        })
    }

    /// `_parse_sub_cond`: the yes|no branches of a conditional group.
    fn parse_cond(&mut self) -> PResult<(Node, Node)> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(RegexError::new(
                ErrorKind::Runtime,
                "maximum recursion depth exceeded",
            ));
        }
        let yes = self.parse_seq()?;
        let no = if self.eat('|') {
            let n = self.parse_seq()?;
            if self.peek_char() == Some('|') {
                return Err(RegexError::error(
                    "conditional backref with more than two branches",
                ));
            }
            n
        } else {
            Node::Empty
        };
        if self.peek().is_some() && self.peek_char() != Some(')') {
            return Err(RegexError::error("pattern not properly closed"));
        }
        self.depth -= 1;
        Ok((yes, no))
    }

    fn parse_seq(&mut self) -> PResult<Node> {
        let mut seq: Vec<Node> = Vec::new();
        while let Some(tok) = self.peek() {
            if tok == Tok::Char('|') || tok == Tok::Char(')') {
                break;
            }
            self.next()?;
            if self.flags & flags::VERBOSE != 0 {
                if let Tok::Char(c) = tok {
                    if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
                        continue;
                    }
                    if c == '#' {
                        loop {
                            match self.next()? {
                                None | Some(Tok::Char('\n')) => break,
                                _ => {}
                            }
                        }
                        continue;
                    }
                }
            }
            match tok {
                Tok::Esc(e) => {
                    let n = self.escape(e)?;
                    seq.push(n);
                }
                Tok::Char(c) => match c {
                    '[' => seq.push(self.class()?),
                    '*' | '+' | '?' | '{' => {
                        let (min, max) = match c {
                            '?' => (0, 1),
                            '*' => (0, MAXREPEAT),
                            '+' => (1, MAXREPEAT),
                            _ => match self.interval()? {
                                Some(mm) => mm,
                                None => {
                                    seq.push(Node::Literal('{' as u32));
                                    continue;
                                }
                            },
                        };
                        let item = match seq.pop() {
                            None | Some(Node::Assert(_)) => {
                                return Err(RegexError::error("nothing to repeat"))
                            }
                            Some(Node::Repeat { .. }) => {
                                return Err(RegexError::error("multiple repeat"))
                            }
                            Some(n) => n,
                        };
                        let greedy = !self.eat('?');
                        seq.push(Node::Repeat {
                            min,
                            max,
                            greedy,
                            node: Box::new(item),
                        });
                    }
                    '.' => seq.push(Node::Any),
                    '(' => {
                        if let Some(n) = self.group()? {
                            seq.push(n);
                        }
                    }
                    '^' => seq.push(Node::Assert(AssertKind::Bol)),
                    '$' => seq.push(Node::Assert(AssertKind::Eol)),
                    c => seq.push(Node::Literal(self.lit(c))),
                },
            }
        }
        Ok(if seq.len() == 1 {
            seq.pop().unwrap_or(Node::Empty)
        } else if seq.is_empty() {
            Node::Empty
        } else {
            Node::Cat(seq)
        })
    }

    /// After `{`: `Some((min, max))` for a valid interval, `None` (position restored) for a literal brace.
    fn interval(&mut self) -> PResult<Option<(u32, u32)>> {
        if self.peek_char() == Some('}') {
            return Ok(None);
        }
        let here = self.i;
        let mut lo = String::new();
        let mut hi = String::new();
        while let Some(d) = self.next_digit_if(|c| c.is_ascii_digit()) {
            lo.push(d);
        }
        if self.eat(',') {
            while let Some(d) = self.next_digit_if(|c| c.is_ascii_digit()) {
                hi.push(d);
            }
        } else {
            hi = lo.clone();
        }
        if !self.eat('}') {
            self.i = here;
            return Ok(None);
        }
        let too_large =
            || RegexError::new(ErrorKind::Overflow, "the repetition number is too large");
        let mut min = 0u32;
        let mut max = MAXREPEAT;
        if !lo.is_empty() {
            min = lo
                .parse::<u64>()
                .ok()
                .filter(|&v| v < MAXREPEAT as u64)
                .ok_or_else(too_large)? as u32;
        }
        if !hi.is_empty() {
            max = hi
                .parse::<u64>()
                .ok()
                .filter(|&v| v < MAXREPEAT as u64)
                .ok_or_else(too_large)? as u32;
            if max < min {
                return Err(RegexError::error("bad repeat interval"));
            }
        }
        Ok(Some((min, max)))
    }

    fn read_name(&mut self, end: char) -> PResult<String> {
        let mut name = String::new();
        loop {
            match self.next()? {
                None => return Err(RegexError::error("unterminated name")),
                Some(Tok::Char(c)) if c == end => break,
                Some(Tok::Char(c)) => name.push(c),
                Some(Tok::Esc(c)) => {
                    name.push('\\');
                    name.push(c);
                }
            }
        }
        if name.is_empty() {
            return Err(RegexError::error("missing group name"));
        }
        Ok(name)
    }

    fn lookup(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|&(_, g)| g)
    }

    fn close_paren(&mut self) -> PResult<()> {
        if self.eat(')') {
            Ok(())
        } else {
            Err(RegexError::error("unbalanced parenthesis"))
        }
    }

    /// After `(`: a group, an assertion, a conditional, or `None` for comments and flag groups.
    fn group(&mut self) -> PResult<Option<Node>> {
        let mut name: Option<String> = None;
        let mut capture = true;
        let mut cond: Option<usize> = None;
        if self.eat('?') {
            if self.eat('P') {
                if self.eat('<') {
                    let n = self.read_name('>')?;
                    if !is_ident(&n) {
                        return Err(RegexError::error(format!(
                            "bad character in group name {}",
                            py_repr(&n)
                        )));
                    }
                    name = Some(n);
                } else if self.eat('=') {
                    let n = self.read_name(')')?;
                    if !is_ident(&n) {
                        return Err(RegexError::error(format!(
                            "bad character in backref group name {}",
                            py_repr(&n)
                        )));
                    }
                    return match self.lookup(&n) {
                        Some(g) => Ok(Some(Node::Backref(g))),
                        None => Err(RegexError::error("unknown group name")),
                    };
                } else {
                    return match self.next()? {
                        None => Err(RegexError::error("unexpected end of pattern")),
                        Some(Tok::Char(c)) => {
                            Err(RegexError::error(format!("unknown specifier: ?P{c}")))
                        }
                        Some(Tok::Esc(c)) => {
                            Err(RegexError::error(format!("unknown specifier: ?P\\{c}")))
                        }
                    };
                }
            } else if self.eat(':') {
                capture = false;
            } else if self.eat('#') {
                while self.peek().is_some() && self.peek_char() != Some(')') {
                    self.next()?;
                }
                self.close_paren()?;
                return Ok(None);
            } else if matches!(self.peek_char(), Some('=' | '!' | '<')) {
                let mut c = self.peek_char().unwrap_or('=');
                self.i += 1;
                let mut behind = false;
                if c == '<' {
                    match self.peek_char() {
                        Some(d @ ('=' | '!')) => {
                            self.i += 1;
                            c = d;
                            behind = true;
                        }
                        _ => return Err(RegexError::error("syntax error")),
                    }
                }
                let body = self.parse_sub(true)?;
                self.close_paren()?;
                if behind {
                    let (lo, hi) = body.width();
                    if lo != hi {
                        return Err(RegexError::error(
                            "look-behind requires fixed-width pattern",
                        ));
                    }
                }
                return Ok(Some(Node::Look {
                    behind,
                    negative: c == '!',
                    node: Box::new(body),
                }));
            } else if self.eat('(') {
                let n = self.read_name(')')?;
                capture = false;
                let g = if is_ident(&n) {
                    match self.lookup(&n) {
                        Some(g) => g,
                        None => return Err(RegexError::error("unknown group name")),
                    }
                } else {
                    match n.parse::<usize>() {
                        Ok(g) if n.bytes().all(|b| b.is_ascii_digit()) => g,
                        _ => return Err(RegexError::error("bad character in group name")),
                    }
                };
                cond = Some(g);
            } else {
                // 3.4 treats anything else after `(?` as flags: a non-flag
                // character there is reported as the end of the pattern.
                if self.peek_char().and_then(flags::inline).is_none() {
                    return Err(RegexError::error("unexpected end of pattern"));
                }
                while let Some(f) = self.peek_char().and_then(flags::inline) {
                    self.i += 1;
                    self.flags |= f;
                }
                return match self.next()? {
                    None => Err(RegexError::error("unexpected end of pattern")),
                    Some(Tok::Char(')')) => Ok(None),
                    Some(_) => Err(RegexError::error("unknown extension")),
                };
            }
        }
        let index = if capture {
            Some(self.open_group(name)?)
        } else {
            None
        };
        let node = match cond {
            // CPython 3.4 tests `if condgroup:`, so `(?(0)...)` is a plain group.
            Some(g) if g != 0 => {
                let (yes, no) = self.parse_cond()?;
                Node::Cond {
                    group: g,
                    yes: Box::new(yes),
                    no: Box::new(no),
                }
            }
            _ => self.parse_sub(true)?,
        };
        self.close_paren()?;
        if let Some(g) = index {
            self.open.retain(|&o| o != g);
        }
        Ok(Some(Node::Group(index, Box::new(node))))
    }

    fn open_group(&mut self, name: Option<String>) -> PResult<usize> {
        let gid = self.groups;
        self.groups += 1;
        if let Some(n) = name {
            if let Some(old) = self.lookup(&n) {
                return Err(RegexError::error(format!(
                    "redefinition of group name {} as group {gid}; was group {old}",
                    py_repr(&n)
                )));
            }
            self.names.push((n, gid));
        }
        self.open.push(gid);
        Ok(gid)
    }

    fn bogus(&self, esc: &str) -> RegexError {
        RegexError::error(format!("bogus escape: {}", py_repr(esc)))
    }

    /// Reads up to `n` hex digits after `\x`, `\u` or `\U`; exactly `n` are required.
    fn hex(&mut self, lead: char, n: usize) -> PResult<u32> {
        let mut esc = format!("\\{lead}");
        let mut v = 0u32;
        for _ in 0..n {
            match self.next_digit_if(|c| c.is_ascii_hexdigit()) {
                Some(d) => {
                    esc.push(d);
                    v = v.wrapping_mul(16) + d.to_digit(16).unwrap_or(0);
                }
                None => return Err(self.bogus(&esc)),
            }
        }
        if lead == 'U' && v > 0x10FFFF {
            return Err(self.bogus(&esc));
        }
        Ok(v)
    }

    fn simple_escape(c: char) -> Option<u32> {
        Some(match c {
            'a' => 7,
            'f' => 12,
            'n' => 10,
            'r' => 13,
            't' => 9,
            'v' => 11,
            '\\' => 92,
            _ => return None,
        })
    }

    fn category(c: char) -> Option<Category> {
        Some(match c {
            'd' => Category::Digit,
            'D' => Category::NotDigit,
            'w' => Category::Word,
            'W' => Category::NotWord,
            's' => Category::Space,
            'S' => Category::NotSpace,
            _ => return None,
        })
    }

    /// `_escape`: an escape outside a class.
    fn escape(&mut self, e: char) -> PResult<Node> {
        if let Some(cat) = Self::category(e) {
            return Ok(Node::Class(ClassSet {
                negated: false,
                items: vec![ClassItem::Cat(cat)],
            }));
        }
        match e {
            'A' => return Ok(Node::Assert(AssertKind::StartText)),
            'Z' => return Ok(Node::Assert(AssertKind::EndText)),
            'b' => return Ok(Node::Assert(AssertKind::WordBoundary)),
            'B' => return Ok(Node::Assert(AssertKind::NotWordBoundary)),
            _ => {}
        }
        if let Some(v) = Self::simple_escape(e) {
            return Ok(Node::Literal(v));
        }
        match e {
            'x' => Ok(Node::Literal(self.hex('x', 2)? & 0xff)),
            'u' if !self.is_bytes => Ok(Node::Literal(self.hex('u', 4)?)),
            'U' if !self.is_bytes => Ok(Node::Literal(self.hex('U', 8)?)),
            '0' => {
                let mut v = 0u32;
                for _ in 0..2 {
                    match self.next_digit_if(|c| ('0'..='7').contains(&c)) {
                        Some(d) => v = v * 8 + (d as u32 - '0' as u32),
                        None => break,
                    }
                }
                Ok(Node::Literal(v & 0xff))
            }
            '1'..='9' => {
                let mut esc = format!("\\{e}");
                if let Some(d2) = self.next_digit_if(|c| c.is_ascii_digit()) {
                    esc.push(d2);
                    let oct = |c: char| ('0'..='7').contains(&c);
                    if oct(e) && oct(d2) {
                        if let Some(d3) = self.next_digit_if(oct) {
                            let v = (e as u32 - 48) * 64 + (d2 as u32 - 48) * 8 + (d3 as u32 - 48);
                            return Ok(Node::Literal(v & 0xff));
                        }
                    }
                }
                let group: usize = esc[1..].parse().unwrap_or(usize::MAX);
                if group < self.groups {
                    if self.open.contains(&group) {
                        return Err(RegexError::error("cannot refer to open group"));
                    }
                    return Ok(Node::Backref(group));
                }
                Err(self.bogus(&esc))
            }
            c => Ok(Node::Literal(self.lit(c))),
        }
    }

    /// `_class_escape`: an escape inside `[...]`; `Err` for bad ones, `Ok(item)` otherwise.
    fn class_escape(&mut self, e: char) -> PResult<ClassItem> {
        if e == 'b' {
            return Ok(ClassItem::Char(8));
        }
        if let Some(v) = Self::simple_escape(e) {
            return Ok(ClassItem::Char(v));
        }
        if let Some(cat) = Self::category(e) {
            return Ok(ClassItem::Cat(cat));
        }
        match e {
            'x' => Ok(ClassItem::Char(self.hex('x', 2)? & 0xff)),
            'u' if !self.is_bytes => Ok(ClassItem::Char(self.hex('u', 4)?)),
            'U' if !self.is_bytes => Ok(ClassItem::Char(self.hex('U', 8)?)),
            '0'..='7' => {
                let mut v = e as u32 - 48;
                for _ in 0..2 {
                    match self.next_digit_if(|c| ('0'..='7').contains(&c)) {
                        Some(d) => v = v * 8 + (d as u32 - 48),
                        None => break,
                    }
                }
                Ok(ClassItem::Char(v & 0xff))
            }
            '8' | '9' => Err(self.bogus(&format!("\\{e}"))),
            c => Ok(ClassItem::Char(self.lit(c))),
        }
    }

    fn class_atom(&mut self, tok: Option<Tok>) -> PResult<ClassItem> {
        match tok {
            Some(Tok::Esc(e)) => self.class_escape(e),
            Some(Tok::Char(c)) => Ok(ClassItem::Char(self.lit(c))),
            None => Err(RegexError::error("unexpected end of regular expression")),
        }
    }

    /// After `[`: a character class.
    fn class(&mut self) -> PResult<Node> {
        let mut set = ClassSet {
            negated: self.eat('^'),
            items: Vec::new(),
        };
        loop {
            let tok = self.next()?;
            if tok == Some(Tok::Char(']')) && !set.items.is_empty() {
                break;
            }
            let a = self.class_atom(tok)?;
            if self.eat('-') {
                let t2 = self.next()?;
                if t2 == Some(Tok::Char(']')) {
                    set.items.push(a);
                    set.items.push(ClassItem::Char('-' as u32));
                    break;
                }
                if t2.is_none() {
                    return Err(RegexError::error("unexpected end of regular expression"));
                }
                let b = self.class_atom(t2)?;
                match (a, b) {
                    (ClassItem::Char(lo), ClassItem::Char(hi)) if lo <= hi => {
                        set.items.push(ClassItem::Range(lo, hi))
                    }
                    _ => return Err(RegexError::error("bad character range")),
                }
            } else {
                set.items.push(a);
            }
        }
        Ok(Node::Class(set))
    }
}
