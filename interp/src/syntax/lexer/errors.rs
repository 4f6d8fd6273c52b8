//! Tokenizer errors with the line, offset and text CPython 3.4 gives them.
//!
//! CPython's `offset` is the number of characters from the start of its line
//! buffer to the tokenizer's cursor when it gave up. The cursor is:
//!
//! * the end of the line, line break included (indentation errors, a bad
//!   character after a backslash, an unterminated single-quoted string),
//! * the character it could not accept (`invalid token` in numbers),
//! * the end of the offending run (`invalid character in identifier`),
//! * the end of the token the parser rejected (`invalid syntax`).
//!
//! The offsets here count from the start of the *physical line* shown in
//! `text`; CPython counts from the first line of a multi-line string token
//! when the error follows one on the same line, which only changes
//! `SyntaxError.offset`, not what the traceback shows.
//!
//! End of file: CPython reads the file line by line and fakes a line break
//! after a last line that lacks one. When it reaches the end inside brackets
//! (or the parser does, see [`unexpected_eof`]) its line counter has moved
//! to line `n + 1` and its line buffer is empty: `text` is `''`, and
//! `offset` is the byte length of the last line plus one (a stale cursor).
//! py34-vs-py311.md §3 row 179 shows it (`x = [1, 2,` at end of a file:
//! `line 2`, an empty source line, a caret); row 178 shows the caret of an
//! unterminated string at the end of the line.
//!
//! Inside a string at end of file the reader goes one step further: after a
//! final line break it still reads one more, empty, line (its end-of-file
//! flag is not set yet), so an unterminated triple-quoted string in a file
//! of `n` lines ending with a line break fails on line `n + 2` with an
//! empty text; without the final break, on line `n + 1` showing the last
//! line. (Derived from 3.4's `tok_nextc`; `exec()` of a string reports the
//! string's first line instead.)

use super::scanner::Scanner;
use crate::syntax::error::{SyntaxError, SyntaxErrorKind};
use crate::syntax::token::{Token, TokenKind};

/// What went wrong, with CPython 3.4's message and exception class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Cause {
    /// `E_TABSPACE`
    TabSpace,
    /// `E_DEDENT`
    Dedent,
    /// `E_TOODEEP`
    TooDeep,
    /// `E_LINECONT`
    LineCont,
    /// `E_EOLS`
    Eol,
    /// `E_EOFS`
    Eof3,
    /// `E_TOKEN`
    Token,
    /// `E_IDENTIFIER`
    Identifier,
    /// A token the parser rejects whatever comes before it.
    Syntax,
}

impl Cause {
    fn kind(self) -> SyntaxErrorKind {
        match self {
            Cause::TabSpace => SyntaxErrorKind::TabError,
            Cause::Dedent | Cause::TooDeep => SyntaxErrorKind::IndentationError,
            _ => SyntaxErrorKind::SyntaxError,
        }
    }

    fn message(self) -> &'static str {
        match self {
            Cause::TabSpace => "inconsistent use of tabs and spaces in indentation",
            Cause::Dedent => "unindent does not match any outer indentation level",
            Cause::TooDeep => "too many levels of indentation",
            Cause::LineCont => "unexpected character after line continuation character",
            Cause::Eol => "EOL while scanning string literal",
            Cause::Eof3 => "EOF while scanning triple-quoted string literal",
            Cause::Token => "invalid token",
            Cause::Identifier => "invalid character in identifier",
            Cause::Syntax => "invalid syntax",
        }
    }

    fn error(self, line: u32, offset: usize, text: &str) -> SyntaxError {
        let mut e = SyntaxError::new(self.message(), line, clamp(offset)).with_kind(self.kind());
        e.text = Some(text.to_string());
        e
    }
}

fn clamp(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Byte offset of the end of the line that starts at `start` (before its
/// line break).
fn line_end(bytes: &[u8], start: usize) -> usize {
    bytes
        .get(start..)
        .and_then(|rest| rest.iter().position(|&b| b == b'\n' || b == b'\r'))
        .map_or(bytes.len(), |n| start + n)
}

fn char_count(src: &str, range: std::ops::Range<usize>) -> usize {
    src.get(range).map_or(0, |s| s.chars().count())
}

impl Scanner<'_> {
    fn current_line(&self) -> &str {
        let end = line_end(self.bytes, self.line_start);
        self.src.get(self.line_start..end).unwrap_or("")
    }

    /// An error with CPython's cursor at the end of the current line, after
    /// its (possibly faked) line break.
    pub(super) fn error_at_line_end(&self, cause: Cause) -> SyntaxError {
        let text = self.current_line();
        cause.error(self.line, text.chars().count() + 1, text)
    }

    /// An error with CPython's cursor at byte `pos` of the current line.
    pub(super) fn error_before(&self, cause: Cause, pos: usize) -> SyntaxError {
        let offset = char_count(self.src, self.line_start..pos);
        cause.error(self.line, offset, self.current_line())
    }

    /// `invalid syntax` for a token ending at byte `end`.
    pub(super) fn invalid_syntax_before(&self, end: usize) -> SyntaxError {
        self.error_before(Cause::Syntax, end)
    }

    /// End of file inside a string. `escaped` says a backslash was the last
    /// byte, waiting for the character it escapes.
    ///
    /// CPython fakes a line break after a last line that lacks one; when
    /// the file does end with a line break, it still reads one more, empty,
    /// line before it notices the end. An unterminated single-quoted string
    /// fails at the first of those breaks it sees; otherwise the failure is
    /// at end of file, one line further.
    pub(super) fn string_eof_error(&self, triple: bool, escaped: bool) -> SyntaxError {
        let cause = if triple { Cause::Eof3 } else { Cause::Eol };
        if self.pos == self.line_start {
            // After a real line break: the extra empty line.
            let line = if triple { self.line + 1 } else { self.line };
            cause.error(line, 1, "")
        } else if !triple && !escaped {
            self.error_at_line_end(Cause::Eol)
        } else {
            let text = self.current_line();
            cause.error(self.line + 1, text.chars().count() + 1, text)
        }
    }

    /// `unexpected EOF while parsing` at the end of this text.
    pub(super) fn unexpected_eof_here(&self) -> SyntaxError {
        unexpected_eof(self.src)
    }

    /// Source with a NUL byte at `nul`: refused as a whole, as Python 3.11+
    /// does. (3.4's file reader silently cuts the line at the NUL.)
    pub(super) fn null_byte_error(&self, nul: usize) -> SyntaxError {
        let before = self.bytes.get(..nul).unwrap_or(&[]);
        let line = 1 + count_line_breaks(before);
        let start = before
            .iter()
            .rposition(|&b| b == b'\n' || b == b'\r')
            .map_or(self.line_start.min(nul), |i| i + 1);
        let end = line_end(self.bytes, start);
        let mut e = SyntaxError::new(
            "source code cannot contain null bytes",
            clamp(line),
            clamp(char_count(self.src, start..nul) + 1),
        );
        e.text = Some(self.src.get(start..end).unwrap_or("").replace('\0', ""));
        e
    }
}

/// Number of line breaks (`\n`, `\r\n`, `\r`) in `bytes`.
fn count_line_breaks(bytes: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => n += 1,
            b'\r' => {
                n += 1;
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    n
}

/// CPython 3.4's `SyntaxError: unexpected EOF while parsing` for a file
/// that ends inside brackets or in the middle of a statement: on line
/// `n + 1` (`n` = number of physical lines), `text` empty, `offset` the
/// byte length of the last line plus one. The parser uses it for a parse
/// error at an end-of-file token ([`super::Lexed::is_eof_token`]).
pub fn unexpected_eof(source: &str) -> SyntaxError {
    let bytes = source.as_bytes();
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let breaks = count_line_breaks(bytes);
    let ends_with_break = matches!(bytes.last(), Some(b'\n' | b'\r'));
    let line = if bytes.is_empty() {
        1
    } else if ends_with_break {
        breaks + 1
    } else {
        breaks + 2
    };
    // The last physical line, without its line break.
    let mut body = bytes;
    if ends_with_break {
        body = body.strip_suffix(b"\n").unwrap_or(body);
        body = body.strip_suffix(b"\r").unwrap_or(body);
    }
    let last_start = body
        .iter()
        .rposition(|&b| b == b'\n' || b == b'\r')
        .map_or(0, |i| i + 1);
    let offset = if bytes.is_empty() {
        0
    } else {
        body.len() - last_start + 1
    };
    let mut e = SyntaxError::new("unexpected EOF while parsing", clamp(line), clamp(offset));
    e.text = Some(String::new());
    e
}

/// CPython 3.4's `offset` for a parse error at `tok` (not an end-of-file
/// token): the characters from the start of the line `tok` ends on up to the
/// end of `tok`, a line break counting as one. The error's line is
/// `tok.end.line`.
pub fn error_offset(source: &str, tok: &Token) -> u32 {
    let bytes = source.as_bytes();
    let end = tok.span.end.min(bytes.len());
    let line_start = end.saturating_sub(tok.end.col as usize);
    match tok.kind {
        TokenKind::Newline => clamp(char_count(source, line_start..tok.span.start) + 1),
        _ => clamp(char_count(source, line_start..end)),
    }
}
