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
}

impl SyntaxErrorKind {
    /// The Python class name.
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::TooDeep => "RuntimeError",
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

    /// The same error with another exception class.
    pub fn with_kind(mut self, kind: SyntaxErrorKind) -> Self {
        self.kind = kind;
        self
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
            // CPython strips leading whitespace and moves the caret with it.
            let trimmed = text.trim_start_matches([' ', '\t', '\x0c']);
            let removed = text.chars().count() - trimmed.chars().count();
            let trimmed = trimmed.trim_end_matches(['\n', '\r']);
            out.push_str("    ");
            out.push_str(trimmed);
            out.push('\n');
            let caret = (self.offset as usize).saturating_sub(1 + removed);
            out.push_str("    ");
            out.push_str(&" ".repeat(caret.min(trimmed.chars().count())));
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
