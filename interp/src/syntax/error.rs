//! `SyntaxError` and its subclasses as the front end reports them.

use std::fmt;

/// Which built-in exception class a front-end error is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    /// `SyntaxError`
    SyntaxError,
    /// `IndentationError` (a subclass of SyntaxError)
    IndentationError,
    /// `TabError` (a subclass of IndentationError)
    TabError,
    /// Source nested too deeply to compile: CPython 3.4 raises
    /// `RuntimeError: maximum recursion depth exceeded during compilation`.
    /// Not a SyntaxError subclass; the run's status is a runtime error.
    TooDeep,
    /// The evaluation's wall-clock deadline passed while lexing, parsing or
    /// compiling (a huge or pathological source): not a Python exception,
    /// the run ends with the time-limit status.
    TimeLimit,
}

impl SyntaxErrorKind {
    /// The Python class name.
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::TooDeep => "RuntimeError",
            SyntaxErrorKind::TimeLimit => "TimeoutError",
        }
    }
}

/// A syntax error with the fields CPython's `SyntaxError` carries.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    /// The exception class.
    pub kind: SyntaxErrorKind,
    /// The message, exactly as CPython 3.4 words it (e.g. `invalid syntax`).
    pub msg: String,
    /// 1-based line number of the error.
    pub line: u32,
    /// 1-based column (CPython's `offset`) of the caret, in characters.
    /// Errors found after parsing, in CPython 3.4's `ast.c` (`can't assign
    /// to literal`, `keyword argument repeated`, …), carry the node's
    /// 0-based column in UTF-8 bytes here instead, exactly as 3.4 does.
    pub offset: u32,
    /// The source line the error is on, without its line ending, if known.
    pub text: Option<String>,
}

impl SyntaxError {
    /// A plain `SyntaxError` at a 1-based line and offset; `text` is filled in
    /// later by [`SyntaxError::with_source`].
    pub fn new(msg: impl Into<String>, line: u32, offset: u32) -> Self {
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            line,
            offset,
            text: None,
        }
    }

    /// The error of a front end that stopped at the deadline
    /// ([`crate::sandbox::deadline::step_past_deadline`]).
    pub fn time_limit() -> Self {
        SyntaxError::new("time limit exceeded", 0, 0).with_kind(SyntaxErrorKind::TimeLimit)
    }

    /// The same error with another exception class.
    pub fn with_kind(mut self, kind: SyntaxErrorKind) -> Self {
        self.kind = kind;
        self
    }

    /// Whether the error only says the input stopped too early (a REPL
    /// should read another line): `unexpected EOF while parsing` or an
    /// unterminated triple-quoted string.
    pub fn is_incomplete_input(&self) -> bool {
        matches!(self.kind, SyntaxErrorKind::SyntaxError)
            && (self.msg == "unexpected EOF while parsing"
                || self.msg == "EOF while scanning triple-quoted string literal")
    }

    /// Fills `text` with the offending line of `source`, when it is missing.
    pub fn with_source(mut self, source: &str) -> Self {
        if self.text.is_none() && self.line >= 1 {
            self.text = source
                .split('\n')
                .nth(self.line as usize - 1)
                .map(|l| l.trim_end_matches('\r').to_string());
        }
        self
    }

    /// The traceback text CPython prints for this error (without a
    /// `Traceback` header, which syntax errors in the main file do not have):
    ///
    /// ```text
    ///   File "main.py", line 1
    ///     x = = 1
    ///         ^
    /// SyntaxError: invalid syntax
    /// ```
    pub fn format(&self, filename: &str) -> String {
        let mut out = format!("  File \"{}\", line {}\n", filename, self.line);
        if let Some(text) = &self.text {
            // CPython 3.4's `print_error_text`: an offset just past the end
            // of the line points at its line break, so it moves back one;
            // leading blanks are dropped and the offset moves with them; the
            // caret then goes after `offset - 1` spaces (not clamped: an
            // empty line at end of file still gets its caret).
            let mut offset = self.offset as i64;
            if offset > 0 && offset == text.chars().count() as i64 + 1 {
                offset -= 1;
            }
            let trimmed = text.trim_start_matches([' ', '\t']);
            offset -= (text.chars().count() - trimmed.chars().count()) as i64;
            out.push_str("    ");
            out.push_str(trimmed);
            out.push('\n');
            out.push_str("    ");
            out.push_str(&" ".repeat((offset - 1).max(0) as usize));
            out.push_str("^\n");
        }
        out.push_str(self.kind.name());
        out.push_str(": ");
        out.push_str(&self.msg);
        out.push('\n');
        out
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (line {})", self.msg, self.line)
    }
}

impl std::error::Error for SyntaxError {}

#[cfg(test)]
mod tests {
    use super::super::parser::{parse, Mode};

    fn formatted(src: &str) -> String {
        match parse(src, Mode::Exec) {
            Ok(_) => String::from("parsed"),
            Err(e) => e.format("t.py"),
        }
    }

    #[test]
    fn incomplete_input() {
        let incomplete = |src: &str| match parse(src, Mode::Single) {
            Ok(_) => false,
            Err(e) => e.is_incomplete_input(),
        };
        assert!(incomplete("if x:\n"));
        assert!(incomplete("f(1,\n"));
        assert!(incomplete("x = '''abc\n"));
        assert!(!incomplete("x = 1 +\n"));
        assert!(!incomplete("x = (1]\n"));
    }

    /// Caret placement as CPython 3.4 prints it (`py34-vs-py311.md` §3).
    #[test]
    fn carets_like_cpython_34() {
        // Row 177: caret under the `1`.
        assert_eq!(
            formatted("x = 1\nif x == 1\n    pass\n"),
            "  File \"t.py\", line 2\n    if x == 1\n            ^\nSyntaxError: invalid syntax\n"
        );
        // Row 181: single caret under `f`.
        assert_eq!(
            formatted("f(x) = 2\n"),
            "  File \"t.py\", line 1\n    f(x) = 2\n    ^\nSyntaxError: can't assign to function call\n"
        );
        // Row 183: caret under the `n` of `return` (column 6).
        assert_eq!(
            formatted("def f():\nreturn 1\n"),
            "  File \"t.py\", line 2\n    return 1\n         ^\nIndentationError: expected an indented block\n"
        );
        // Row 180: single caret at the end.
        assert_eq!(
            formatted("print \"hello\"\n"),
            "  File \"t.py\", line 1\n    print \"hello\"\n                ^\nSyntaxError: Missing parentheses in call to 'print'\n"
        );
    }
}
