//! The parser: a hand-written recursive-descent parser for the Python 3.4
//! grammar (`Grammar/Grammar` of 3.4) that builds [`ast::Mod`] directly, with
//! the checks and messages of CPython 3.4's `Python/ast.c`.
//!
//! # Error order
//!
//! CPython 3.4 first parses the whole input into a concrete tree and only then
//! converts it to an AST, so a grammar error anywhere in the file wins over an
//! `ast.c` error (`can't assign to literal`, …) earlier in it, and a tokenizer
//! error wins only when the parser gets that far. We do the same in one pass:
//! `ast.c`-level errors are *deferred* (the first one is kept, parsing goes
//! on) and reported only if the grammar accepts the whole input.
//!
//! # Depth limits
//!
//! The parser never overflows the native stack:
//! * more than [`MAX_BRACKETS`] (200) open brackets give
//!   `SyntaxError: too many nested parentheses` (CPython 3.11's limit; 3.4
//!   fails near 100 with `s_push: parser stack overflow`);
//! * more than [`MAX_NESTING`] nested recursive constructs (brackets,
//!   `lambda`, conditional expressions, …) or an expression tree deeper than
//!   [`MAX_DEPTH`] give [`SyntaxErrorKind::TooDeep`] (`RuntimeError:
//!   maximum recursion depth exceeded during compilation`). Operator chains
//!   (`1+1+…`, `not not …`, `-(-…)`'s unary part, `a.b.c…`, `a**b**…`) are
//!   built iteratively, and their height is checked as they grow, so no tree
//!   deeper than `MAX_DEPTH` is ever built (the compiler and `Drop` recurse
//!   over the tree).

mod arguments;
mod atoms;
mod compound;
mod expressions;
mod statements;
mod strings;
mod targets;
#[cfg(test)]
mod tests;

use super::ast::{Expr, ExprKind, Loc, Mod};
use super::error::{SyntaxError, SyntaxErrorKind};
use super::token::{Token, TokenKind};

/// What to parse a source as (the `mode` of `compile()`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module: `Module`.
    Exec,
    /// One expression: `Expression`.
    Eval,
    /// One interactive statement: `Interactive`.
    Single,
}

/// Open brackets allowed at once; one more is `too many nested parentheses`.
pub const MAX_BRACKETS: u32 = 200;
/// Nested recursive constructs (brackets, lambdas, conditional expressions,
/// argument lists, …) allowed before `TooDeep`.
pub const MAX_NESTING: u32 = 300;
/// Height of an expression tree allowed before `TooDeep`.
pub const MAX_DEPTH: u32 = 1000;
/// Nested blocks (indentation levels) allowed, as CPython's tokenizer's
/// `MAXINDENT`; one more is `IndentationError: too many levels of indentation`.
pub const MAX_BLOCKS: u32 = 100;

/// Parses decoded source text into an AST.
pub fn parse(source: &str, mode: Mode) -> Result<Mod, SyntaxError> {
    let lexed = super::lexer::tokenize(source);
    if let Some(e) = lexed.error.as_ref() {
        if e.kind == SyntaxErrorKind::TimeLimit {
            return Err(e.clone());
        }
    }
    let mut parser = Parser::new(source, lexed.tokens, lexed.error.is_some());
    let result = parser.parse_mode(mode);
    if parser.timed_out {
        return Err(SyntaxError::time_limit());
    }
    let error = match result {
        Ok(tree) => match (lexed.error, parser.deferred.take()) {
            (Some(e), _) => e,
            (None, Some(e)) => e,
            (None, None) => return Ok(tree),
        },
        Err(Failure::Lexer) => lexed
            .error
            .unwrap_or_else(|| SyntaxError::new("invalid syntax", 1, 1)),
        Err(Failure::Error(e)) => e,
    };
    let error = if mode == Mode::Eval && error.msg == "unexpected EOF while parsing" {
        eval_eof(source)
    } else {
        error
    };
    Err(finish_error(error, source))
}

/// `unexpected EOF while parsing` for `eval()` input, which gets no
/// made-up final line break: the cursor stays at the end of the last line
/// (line 0 for empty input).
fn eval_eof(source: &str) -> SyntaxError {
    let last_line = source.lines().count() as u32;
    let last_len = source.lines().last().map_or(0, |l| l.chars().count());
    let mut e = SyntaxError::new("unexpected EOF while parsing", last_line, last_len as u32);
    e.text = Some(source.lines().last().unwrap_or("").to_string());
    e
}

/// Fills the source line and applies CPython 3.4's `print`/`exec` rewrite
/// (`SyntaxError.__init__` turns any syntax error on a line that starts with
/// `print ` or `exec ` and has no `(` into `Missing parentheses in call to …`).
fn finish_error(error: SyntaxError, source: &str) -> SyntaxError {
    let mut error = error.with_source(source);
    if error.kind == SyntaxErrorKind::TooDeep {
        error.text = None;
        return error;
    }
    if let Some(text) = &error.text {
        if !text.contains('(') {
            let legacy = legacy_statement(text).or_else(|| {
                text.find(':')
                    .and_then(|colon| legacy_statement(&text[colon + 1..]))
            });
            if let Some(name) = legacy {
                error.msg = format!("Missing parentheses in call to '{}'", name);
            }
        }
    }
    error
}

/// `print` or `exec` when `text` (after leading blanks) starts with it and a space.
fn legacy_statement(text: &str) -> Option<&'static str> {
    let text = text.trim_start_matches([' ', '\t', '\x0c']);
    if text.starts_with("print ") {
        Some("print")
    } else if text.starts_with("exec ") {
        Some("exec")
    } else {
        None
    }
}

/// Why parsing stopped.
pub(crate) enum Failure {
    /// A syntax error (or a depth error) to report as is.
    Error(SyntaxError),
    /// The parser needed a token past the tokenizer's error: report that.
    Lexer,
}

impl From<SyntaxError> for Failure {
    fn from(e: SyntaxError) -> Self {
        Failure::Error(e)
    }
}

/// The parser's result type.
pub(crate) type PResult<T> = Result<T, Failure>;

/// An expression with the height of its tree (a leaf is 1).
pub(crate) type Ex = (Expr, u32);

/// Parser state: the token list, a cursor and the limits' counters.
pub(crate) struct Parser<'s> {
    /// The decoded source (token spans index into it).
    pub(crate) src: &'s str,
    /// All tokens, plus a final ENDMARKER sentinel when the lexer stopped early.
    pub(crate) tokens: Vec<Token>,
    /// Index of the current token.
    pub(crate) pos: usize,
    /// Index of the sentinel standing for the tokenizer error, if any.
    lexer_error_at: Option<usize>,
    /// The first `ast.c`-level error, reported if the grammar accepts all.
    pub(crate) deferred: Option<SyntaxError>,
    /// Open brackets right now.
    pub(crate) brackets: u32,
    /// Recursive constructs open right now.
    pub(crate) nesting: u32,
    /// Open blocks right now.
    pub(crate) blocks: u32,
    /// How deep the statement being parsed sits in the tree (blocks, plus
    /// the If nesting of `elif` chains).
    pub(crate) stmt_depth: u32,
    /// Parsing in `eval` mode (a NEWLINE made up at end of input is EOF).
    pub(crate) eval_mode: bool,
    /// The deadline passed while parsing ([`Parser::bump`]).
    pub(crate) timed_out: bool,
}

impl<'s> Parser<'s> {
    fn new(src: &'s str, mut tokens: Vec<Token>, lexer_failed: bool) -> Self {
        let needs_sentinel =
            lexer_failed || tokens.last().map(|t| t.kind) != Some(TokenKind::EndMarker);
        let mut lexer_error_at = None;
        if needs_sentinel {
            let end = tokens
                .last()
                .map(|t| (t.span.end, t.end))
                .unwrap_or((0, super::token::Pos { line: 1, col: 0 }));
            if lexer_failed {
                lexer_error_at = Some(tokens.len());
            }
            tokens.push(Token {
                kind: TokenKind::EndMarker,
                span: end.0..end.0,
                start: end.1,
                end: end.1,
            });
        }
        Parser {
            src,
            tokens,
            pos: 0,
            lexer_error_at,
            deferred: None,
            brackets: 0,
            nesting: 0,
            blocks: 0,
            stmt_depth: 0,
            eval_mode: false,
            timed_out: false,
        }
    }

    // ----- token access -----

    /// The current token (the sentinel ENDMARKER at the end).
    pub(crate) fn tok(&self) -> &Token {
        let last = self.tokens.len() - 1;
        &self.tokens[self.pos.min(last)]
    }

    /// The kind of the current token.
    pub(crate) fn kind(&self) -> TokenKind {
        self.tok().kind
    }

    /// The kind of the token after the current one.
    pub(crate) fn peek_kind(&self) -> TokenKind {
        let last = self.tokens.len() - 1;
        self.tokens[(self.pos + 1).min(last)].kind
    }

    /// The source text of the current token.
    pub(crate) fn text(&self) -> &'s str {
        let span = self.tok().span.clone();
        self.src.get(span).unwrap_or("")
    }

    /// Where the current token starts, as an AST position.
    ///
    /// CPython 3.4's tokenizer gives a token the line it *ends* on, so a
    /// string literal spanning lines (and every node that starts with it,
    /// such as a docstring statement) is placed on its last line; its
    /// `col_offset` there is -1, which `Loc` cannot hold, so the column
    /// stays the start column.
    pub(crate) fn loc(&self) -> Loc {
        let tok = self.tok();
        Loc {
            line: tok.end.line.max(tok.start.line),
            col: tok.start.col,
        }
    }

    /// Moves to the next token.
    pub(crate) fn bump(&mut self) {
        if self.pos < self.tokens.len() - 1 {
            self.pos += 1;
        }
        // Past the deadline: jump to the end, so that parsing stops at once
        // (`parse` then reports the time limit).
        if crate::sandbox::deadline::step_past_deadline() {
            self.timed_out = true;
            self.pos = self.tokens.len() - 1;
        }
    }

    /// Whether the current token is of `kind`.
    pub(crate) fn at(&self, kind: TokenKind) -> bool {
        self.kind() == kind
    }

    /// Whether the current token is the keyword `kw`.
    pub(crate) fn at_kw(&self, kw: &str) -> bool {
        self.kind() == TokenKind::Name && self.text() == kw
    }

    /// Consumes a token of `kind` if it is there.
    pub(crate) fn eat(&mut self, kind: TokenKind) -> bool {
        if self.at(kind) {
            self.bump();
            true
        } else {
            false
        }
    }

    /// Consumes the keyword `kw` if it is there.
    pub(crate) fn eat_kw(&mut self, kw: &str) -> bool {
        if self.at_kw(kw) {
            self.bump();
            true
        } else {
            false
        }
    }

    /// Consumes a token of `kind` or fails with a grammar error here.
    pub(crate) fn expect(&mut self, kind: TokenKind) -> PResult<()> {
        if self.eat(kind) {
            Ok(())
        } else {
            Err(self.unexpected())
        }
    }

    /// Consumes the keyword `kw` or fails with a grammar error here.
    pub(crate) fn expect_kw(&mut self, kw: &str) -> PResult<()> {
        if self.eat_kw(kw) {
            Ok(())
        } else {
            Err(self.unexpected())
        }
    }

    /// Whether the current token is a NAME that is not a keyword.
    pub(crate) fn at_identifier(&self) -> bool {
        self.kind() == TokenKind::Name && !is_keyword(self.text())
    }

    /// Consumes an identifier (a NAME that is not a keyword).
    pub(crate) fn identifier(&mut self) -> PResult<String> {
        if self.at_identifier() {
            let name = crate::syntax::literal::decode_name(self.text()).into_owned();
            self.bump();
            Ok(name)
        } else {
            Err(self.unexpected())
        }
    }

    // ----- errors -----

    /// The grammar error CPython's parser reports at the current token:
    /// `invalid syntax`, `unexpected EOF while parsing`, `unexpected indent`,
    /// `unexpected unindent`; the tokenizer's error at the sentinel.
    pub(crate) fn unexpected(&self) -> Failure {
        self.grammar_error(false)
    }

    /// The error for a missing INDENT: `expected an indented block`.
    pub(crate) fn expected_indent(&self) -> Failure {
        self.grammar_error(true)
    }

    fn grammar_error(&self, wanted_indent: bool) -> Failure {
        if Some(self.pos) == self.lexer_error_at {
            return Failure::Lexer;
        }
        let tok = self.tok();
        if self.at_eof() {
            if self.eval_mode {
                return eval_eof(self.src).into();
            }
            return crate::syntax::lexer::unexpected_eof(self.src).into();
        }
        let offset = crate::syntax::lexer::error_offset(self.src, tok);
        let (msg, kind) = if wanted_indent {
            (
                "expected an indented block",
                SyntaxErrorKind::IndentationError,
            )
        } else {
            match tok.kind {
                TokenKind::Indent => ("unexpected indent", SyntaxErrorKind::IndentationError),
                TokenKind::Dedent => ("unexpected unindent", SyntaxErrorKind::IndentationError),
                _ => ("invalid syntax", SyntaxErrorKind::SyntaxError),
            }
        };
        SyntaxError::new(msg, tok.end.line, offset)
            .with_kind(kind)
            .into()
    }

    /// Whether the parser is at the end of input: ENDMARKER, a DEDENT that
    /// only DEDENTs follow, or (in eval mode) the made-up final NEWLINE.
    fn at_eof(&self) -> bool {
        let tok = self.tok();
        if tok.kind == TokenKind::EndMarker {
            return true;
        }
        let end_line = self.tokens.last().map_or(0, |t| t.start.line);
        if tok.span.is_empty() && tok.start.line >= end_line {
            return true;
        }
        // eval() input: the NEWLINE made up for a last line without one.
        self.eval_mode
            && tok.kind == TokenKind::Newline
            && tok.span.is_empty()
            && self.tokens[self.pos + 1..]
                .iter()
                .all(|t| matches!(t.kind, TokenKind::Dedent | TokenKind::EndMarker))
    }

    /// The 0-based column in characters of byte offset `at`, given its
    /// 0-based byte column `byte_col` on its line.
    pub(crate) fn char_col(&self, at: usize, byte_col: u32) -> u32 {
        let start = at.saturating_sub(byte_col as usize);
        match self.src.get(start..at) {
            Some(s) => s.chars().count() as u32,
            None => byte_col,
        }
    }

    /// Records an `ast.c`-level error at `loc` (CPython's offset there is
    /// the node's 0-based byte column); only the first one is kept.
    pub(crate) fn defer(&mut self, msg: impl Into<String>, loc: Loc) {
        if self.deferred.is_none() {
            self.deferred = Some(SyntaxError::new(msg, loc.line, loc.col));
        }
    }

    /// An expression node with height `h`, or `TooDeep` when `h` is over
    /// [`MAX_DEPTH`].
    pub(crate) fn node(&self, loc: Loc, kind: ExprKind, h: u32) -> PResult<Ex> {
        if h > MAX_DEPTH {
            return Err(too_deep(loc));
        }
        Ok((Expr { loc, kind }, h))
    }

    /// Enters a recursive construct; fails with `TooDeep` past [`MAX_NESTING`].
    pub(crate) fn enter(&mut self) -> PResult<()> {
        self.nesting += 1;
        if self.nesting > MAX_NESTING {
            return Err(too_deep(self.loc()));
        }
        Ok(())
    }

    /// Leaves a recursive construct entered with [`Parser::enter`].
    pub(crate) fn leave(&mut self) {
        self.nesting -= 1;
    }

    /// Consumes an opening bracket, counting it against [`MAX_BRACKETS`].
    pub(crate) fn open_bracket(&mut self) -> PResult<()> {
        self.brackets += 1;
        if self.brackets > MAX_BRACKETS {
            let tok = self.tok();
            let offset = self.char_col(tok.span.start, tok.start.col) + 1;
            return Err(
                SyntaxError::new("too many nested parentheses", tok.start.line, offset).into(),
            );
        }
        self.bump();
        Ok(())
    }

    /// Consumes the closing bracket `kind` matching an [`Parser::open_bracket`].
    pub(crate) fn close_bracket(&mut self, kind: TokenKind) -> PResult<()> {
        self.expect(kind)?;
        self.brackets -= 1;
        Ok(())
    }

    // ----- modes -----

    fn parse_mode(&mut self, mode: Mode) -> PResult<Mod> {
        match mode {
            Mode::Exec => {
                let mut body = Vec::new();
                while !self.at(TokenKind::EndMarker) {
                    if self.eat(TokenKind::Newline) {
                        continue;
                    }
                    self.statement(&mut body)?;
                }
                if Some(self.pos) == self.lexer_error_at {
                    return Err(Failure::Lexer);
                }
                Ok(Mod::Module { body })
            }
            Mode::Eval => {
                self.eval_mode = true;
                let (body, _) = self.testlist()?;
                while self.eat(TokenKind::Newline) {}
                if !self.at(TokenKind::EndMarker) || Some(self.pos) == self.lexer_error_at {
                    return Err(self.unexpected());
                }
                Ok(Mod::Expression {
                    body: Box::new(body),
                })
            }
            Mode::Single => {
                let mut body = Vec::new();
                if self.at(TokenKind::Newline) {
                    let loc = self.loc();
                    self.bump();
                    body.push(super::ast::Stmt {
                        loc,
                        kind: super::ast::StmtKind::Pass,
                    });
                } else if self.at(TokenKind::EndMarker) {
                    return Err(self.unexpected());
                } else {
                    self.statement(&mut body)?;
                }
                while self.at(TokenKind::Newline) || self.at(TokenKind::Dedent) {
                    self.bump();
                }
                if !self.at(TokenKind::EndMarker) {
                    if Some(self.pos) == self.lexer_error_at {
                        return Err(Failure::Lexer);
                    }
                    let loc = self.loc();
                    return Err(SyntaxError::new(
                        "multiple statements found while compiling a single statement",
                        loc.line,
                        loc.col + 1,
                    )
                    .into());
                }
                if Some(self.pos) == self.lexer_error_at {
                    return Err(Failure::Lexer);
                }
                Ok(Mod::Interactive { body })
            }
        }
    }
}

/// The `TooDeep` error at `loc`.
pub(crate) fn too_deep(loc: Loc) -> Failure {
    SyntaxError::new(
        "maximum recursion depth exceeded during compilation",
        loc.line,
        loc.col + 1,
    )
    .with_kind(SyntaxErrorKind::TooDeep)
    .into()
}

/// Python 3.4's keywords (`keyword.kwlist`).
pub fn is_keyword(name: &str) -> bool {
    matches!(
        name,
        "False"
            | "None"
            | "True"
            | "and"
            | "as"
            | "assert"
            | "break"
            | "class"
            | "continue"
            | "def"
            | "del"
            | "elif"
            | "else"
            | "except"
            | "finally"
            | "for"
            | "from"
            | "global"
            | "if"
            | "import"
            | "in"
            | "is"
            | "lambda"
            | "nonlocal"
            | "not"
            | "or"
            | "pass"
            | "raise"
            | "return"
            | "try"
            | "while"
            | "with"
            | "yield"
    )
}
