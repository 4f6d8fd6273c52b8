//! The scanning state machine: lines, indentation, brackets, and the
//! dispatch to the scanners of each token class.
//!
//! It follows the structure of CPython 3.4's `tok_get`: at the beginning of
//! a line measure the indentation (tab stops of 8, and again with tab stops of
//! 1 to detect inconsistent mixing), skip blank and comment-only lines, then
//! read tokens until the line break, which is a NEWLINE only outside
//! brackets. It works on bytes; every byte that starts a token class is ASCII,
//! so slicing always falls on character boundaries.

use super::errors::Cause;
use super::Lexed;
use crate::syntax::error::SyntaxError;
use crate::syntax::token::{Pos, Token, TokenKind};

/// CPython's `MAXINDENT`: at most 99 nested indentation levels.
const MAX_INDENT: usize = 100;

/// Lexer state over one source text.
pub(super) struct Scanner<'a> {
    pub(super) src: &'a str,
    pub(super) bytes: &'a [u8],
    /// Byte offset of the next unread byte.
    pub(super) pos: usize,
    /// 1-based number of the physical line `pos` is on.
    pub(super) line: u32,
    /// Byte offset where that line starts.
    pub(super) line_start: usize,
    /// At the beginning of a line, before its indentation was measured.
    at_bol: bool,
    /// Bracket nesting depth; negative after a stray closing bracket (the
    /// parser fails there anyway, as in CPython).
    level: i64,
    /// A token was emitted since the last NEWLINE.
    line_open: bool,
    /// Open indentation levels: (column with tabs to 8, column with tabs to 1).
    indents: Vec<(usize, usize)>,
    pub(super) tokens: Vec<Token>,
}

impl<'a> Scanner<'a> {
    pub(super) fn new(src: &'a str) -> Self {
        // A leading byte-order mark is not part of the program.
        let start = if src.starts_with('\u{feff}') { 3 } else { 0 };
        Scanner {
            src,
            bytes: src.as_bytes(),
            pos: start,
            line: 1,
            line_start: start,
            at_bol: true,
            level: 0,
            line_open: false,
            indents: Vec::new(),
            tokens: Vec::new(),
        }
    }

    /// Tokenizes the whole text.
    pub(super) fn run(mut self) -> Lexed {
        let result = self.scan_all();
        Lexed {
            tokens: self.tokens,
            error: result.err(),
        }
    }

    fn scan_all(&mut self) -> Result<(), SyntaxError> {
        if let Some(nul) = self.bytes.iter().position(|&b| b == 0) {
            return Err(self.null_byte_error(nul));
        }
        loop {
            // A huge source stops at the evaluation's deadline.
            if crate::sandbox::deadline::step_past_deadline() {
                return Err(SyntaxError::time_limit());
            }
            let blank = if self.at_bol {
                self.at_bol = false;
                self.indentation()?
            } else {
                false
            };
            // Tokens of one physical line (and of the lines a backslash
            // joins to it).
            loop {
                self.skip_blanks();
                if self.peek() == Some(b'#') {
                    while !matches!(self.peek(), None | Some(b'\n' | b'\r')) {
                        self.pos += 1;
                    }
                }
                match self.peek() {
                    None => return self.finish(),
                    Some(b'\n' | b'\r') => {
                        let start = self.pos;
                        let start_pos = self.here();
                        self.consume_newline();
                        if !blank && self.level <= 0 {
                            let len = self.pos - start;
                            self.tokens.push(Token {
                                kind: TokenKind::Newline,
                                span: start..self.pos,
                                start: start_pos,
                                end: Pos {
                                    line: start_pos.line,
                                    col: start_pos.col + len as u32,
                                },
                            });
                            self.line_open = false;
                        }
                        self.at_bol = true;
                        break;
                    }
                    Some(b'\\') => self.continuation()?,
                    Some(c) => self.token(c)?,
                }
            }
        }
    }

    /// The byte at `pos`, if any.
    pub(super) fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// The byte at `pos + n`, if any.
    pub(super) fn peek_at(&self, n: usize) -> Option<u8> {
        self.bytes.get(self.pos + n).copied()
    }

    /// The position of `pos`.
    pub(super) fn here(&self) -> Pos {
        Pos {
            line: self.line,
            col: (self.pos - self.line_start) as u32,
        }
    }

    fn skip_blanks(&mut self) {
        while let Some(b' ' | b'\t' | b'\x0c') = self.peek() {
            self.pos += 1;
        }
    }

    /// Length of the line break at `pos` (`\n`, `\r\n` or `\r`), 0 if none.
    pub(super) fn newline_len(&self) -> usize {
        match self.peek() {
            Some(b'\n') => 1,
            Some(b'\r') if self.peek_at(1) == Some(b'\n') => 2,
            Some(b'\r') => 1,
            _ => 0,
        }
    }

    /// Steps over a line break.
    pub(super) fn consume_newline(&mut self) {
        self.pos += self.newline_len();
        self.line += 1;
        self.line_start = self.pos;
    }

    /// Measures the indentation of a new line and emits INDENT/DEDENT
    /// tokens. Returns whether the line is blank (only whitespace and maybe
    /// a comment), which CPython skips entirely.
    fn indentation(&mut self) -> Result<bool, SyntaxError> {
        let (mut col, mut alt_col) = (0usize, 0usize);
        loop {
            match self.peek() {
                Some(b' ') => {
                    col += 1;
                    alt_col += 1;
                }
                Some(b'\t') => {
                    col = (col / 8 + 1) * 8;
                    alt_col += 1;
                }
                Some(b'\x0c') => {
                    col = 0;
                    alt_col = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        let blank = match self.peek() {
            Some(b'#' | b'\n' | b'\r') => true,
            // A last line of only whitespace: CPython adds a line break.
            None => self.pos > self.line_start,
            _ => false,
        };
        if blank || self.level != 0 {
            return Ok(blank);
        }
        let (top, alt_top) = self.indents.last().copied().unwrap_or((0, 0));
        if col == top {
            if alt_col != alt_top {
                return Err(self.error_at_line_end(Cause::TabSpace));
            }
        } else if col > top {
            if self.indents.len() + 1 >= MAX_INDENT {
                return Err(self.error_at_line_end(Cause::TooDeep));
            }
            if alt_col <= alt_top {
                return Err(self.error_at_line_end(Cause::TabSpace));
            }
            self.indents.push((col, alt_col));
            let here = self.here();
            self.tokens.push(Token {
                kind: TokenKind::Indent,
                span: self.pos..self.pos,
                start: Pos {
                    line: here.line,
                    col: 0,
                },
                end: here,
            });
        } else {
            let mut dedents = 0;
            let mut keep = self.indents.len();
            while keep > 0 && col < self.indents[keep - 1].0 {
                keep -= 1;
                dedents += 1;
            }
            let (top, alt_top) = if keep == 0 {
                (0, 0)
            } else {
                self.indents[keep - 1]
            };
            if col != top {
                return Err(self.error_at_line_end(Cause::Dedent));
            }
            if alt_col != alt_top {
                return Err(self.error_at_line_end(Cause::TabSpace));
            }
            self.indents.truncate(keep);
            let here = self.here();
            for _ in 0..dedents {
                self.push_empty(TokenKind::Dedent, here);
            }
        }
        Ok(false)
    }

    /// Pushes a token with an empty span at `pos`.
    fn push_empty(&mut self, kind: TokenKind, at: Pos) {
        self.tokens.push(Token {
            kind,
            span: self.pos..self.pos,
            start: at,
            end: at,
        });
    }

    /// Pushes a token spanning `start..pos` that began at `start_pos`.
    pub(super) fn push(&mut self, kind: TokenKind, start: usize, start_pos: Pos) {
        self.tokens.push(Token {
            kind,
            span: start..self.pos,
            start: start_pos,
            end: self.here(),
        });
        self.line_open = true;
    }

    /// A backslash outside a string: it must end the line, which joins the
    /// next one to it.
    fn continuation(&mut self) -> Result<(), SyntaxError> {
        self.pos += 1;
        match self.newline_len() {
            0 if self.pos < self.bytes.len() => Err(self.error_at_line_end(Cause::LineCont)),
            0 => {
                // Backslash as the very last byte: CPython fakes the line
                // break, so the logical line goes on past the end of file.
                self.line += 1;
                self.line_start = self.pos;
                Ok(())
            }
            _ => {
                self.consume_newline();
                Ok(())
            }
        }
    }

    /// End of input: close the logical line and the open blocks.
    fn finish(&mut self) -> Result<(), SyntaxError> {
        if self.level > 0 {
            return Err(self.unexpected_eof_here());
        }
        if self.line_open {
            let here = self.here();
            self.push_empty(TokenKind::Newline, here);
            self.line_open = false;
        }
        // ENDMARKER goes on the line after the last one, as in `tokenize`,
        // which does not count a last line of only blanks as a line.
        let last_line = self.bytes.get(self.line_start..self.pos).unwrap_or(&[]);
        let counts = last_line
            .iter()
            .any(|b| !matches!(b, b' ' | b'\t' | b'\x0c'));
        let eof = Pos {
            line: if counts { self.line + 1 } else { self.line },
            col: 0,
        };
        for _ in 0..self.indents.len() {
            self.push_empty(TokenKind::Dedent, eof);
        }
        self.indents.clear();
        self.push_empty(TokenKind::EndMarker, eof);
        Ok(())
    }

    /// One token starting with byte `c` (not a blank, `#`, line break or
    /// backslash).
    fn token(&mut self, c: u8) -> Result<(), SyntaxError> {
        let start = self.pos;
        let start_pos = self.here();
        match c {
            b'a'..=b'z' | b'A'..=b'Z' | b'_' | 0x80..=0xff => self.name_or_string(),
            b'0'..=b'9' => self.number(),
            b'.' => {
                if matches!(self.peek_at(1), Some(b'0'..=b'9')) {
                    self.number()
                } else if self.peek_at(1) == Some(b'.') && self.peek_at(2) == Some(b'.') {
                    self.pos += 3;
                    self.push(TokenKind::Ellipsis, start, start_pos);
                    Ok(())
                } else {
                    self.pos += 1;
                    self.push(TokenKind::Dot, start, start_pos);
                    Ok(())
                }
            }
            b'\'' | b'"' => self.string(start, start_pos),
            _ => self.operator(c, start, start_pos),
        }
    }

    /// An operator or delimiter, or a character no token can start with.
    fn operator(&mut self, c: u8, start: usize, start_pos: Pos) -> Result<(), SyntaxError> {
        let c2 = self.peek_at(1).unwrap_or(0);
        let c3 = self.peek_at(2).unwrap_or(0);
        let (kind, len) = match (c, c2, c3) {
            (b'<', b'<', b'=') => (TokenKind::LeftShiftEqual, 3),
            (b'>', b'>', b'=') => (TokenKind::RightShiftEqual, 3),
            (b'*', b'*', b'=') => (TokenKind::DoubleStarEqual, 3),
            (b'/', b'/', b'=') => (TokenKind::DoubleSlashEqual, 3),
            (b'=', b'=', _) => (TokenKind::EqEqual, 2),
            (b'!', b'=', _) => (TokenKind::NotEqual, 2),
            (b'<', b'>', _) => {
                // The tokenizer knows `<>`, but 3.4's parser rejects it
                // (without `from __future__ import barry_as_FLUFL`).
                self.pos += 2;
                return Err(self.invalid_syntax_before(self.pos));
            }
            (b'<', b'=', _) => (TokenKind::LessEqual, 2),
            (b'<', b'<', _) => (TokenKind::LeftShift, 2),
            (b'>', b'=', _) => (TokenKind::GreaterEqual, 2),
            (b'>', b'>', _) => (TokenKind::RightShift, 2),
            (b'+', b'=', _) => (TokenKind::PlusEqual, 2),
            (b'-', b'=', _) => (TokenKind::MinEqual, 2),
            (b'-', b'>', _) => (TokenKind::RArrow, 2),
            (b'*', b'*', _) => (TokenKind::DoubleStar, 2),
            (b'*', b'=', _) => (TokenKind::StarEqual, 2),
            (b'/', b'/', _) => (TokenKind::DoubleSlash, 2),
            (b'/', b'=', _) => (TokenKind::SlashEqual, 2),
            (b'|', b'=', _) => (TokenKind::VBarEqual, 2),
            (b'%', b'=', _) => (TokenKind::PercentEqual, 2),
            (b'&', b'=', _) => (TokenKind::AmperEqual, 2),
            (b'^', b'=', _) => (TokenKind::CircumflexEqual, 2),
            (b'(', _, _) => (TokenKind::LPar, 1),
            (b')', _, _) => (TokenKind::RPar, 1),
            (b'[', _, _) => (TokenKind::LSqb, 1),
            (b']', _, _) => (TokenKind::RSqb, 1),
            (b'{', _, _) => (TokenKind::LBrace, 1),
            (b'}', _, _) => (TokenKind::RBrace, 1),
            (b':', _, _) => (TokenKind::Colon, 1),
            (b',', _, _) => (TokenKind::Comma, 1),
            (b';', _, _) => (TokenKind::Semi, 1),
            (b'+', _, _) => (TokenKind::Plus, 1),
            (b'-', _, _) => (TokenKind::Minus, 1),
            (b'*', _, _) => (TokenKind::Star, 1),
            (b'/', _, _) => (TokenKind::Slash, 1),
            (b'|', _, _) => (TokenKind::VBar, 1),
            (b'&', _, _) => (TokenKind::Amper, 1),
            (b'<', _, _) => (TokenKind::Less, 1),
            (b'>', _, _) => (TokenKind::Greater, 1),
            (b'=', _, _) => (TokenKind::Equal, 1),
            (b'%', _, _) => (TokenKind::Percent, 1),
            (b'^', _, _) => (TokenKind::Circumflex, 1),
            (b'~', _, _) => (TokenKind::Tilde, 1),
            (b'@', _, _) => (TokenKind::At, 1),
            _ => {
                // `$`, `?`, `!`, a backtick, a control character: CPython's
                // tokenizer passes it on as OP and the parser rejects it.
                self.pos += 1;
                return Err(self.invalid_syntax_before(self.pos));
            }
        };
        match kind {
            TokenKind::LPar | TokenKind::LSqb | TokenKind::LBrace => self.level += 1,
            TokenKind::RPar | TokenKind::RSqb | TokenKind::RBrace => self.level -= 1,
            _ => {}
        }
        self.pos += len;
        self.push(kind, start, start_pos);
        Ok(())
    }
}
