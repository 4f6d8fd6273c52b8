//! Tokens: what the lexer hands the parser.
//!
//! The kinds follow CPython's `token` module (the exact types that
//! `tokenize` reports): one kind per keyword-free token class, one per
//! operator or delimiter. Keywords arrive as `Name` tokens; the parser tells
//! them apart by text, as CPython's grammar does.

/// A position in the source: 1-based line, 0-based column in UTF-8 bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    /// 1-based line number.
    pub line: u32,
    /// 0-based byte column within the line.
    pub col: u32,
}

/// One token with its text and extent.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    /// What kind of token it is.
    pub kind: TokenKind,
    /// Byte offsets `start..end` into the decoded source text. Empty for
    /// INDENT/DEDENT/ENDMARKER and for the NEWLINE synthesised at end of file.
    pub span: std::ops::Range<usize>,
    /// Where the token starts.
    pub start: Pos,
    /// Where the token ends (exclusive).
    pub end: Pos,
}

/// The kinds of token in Python 3.4's lexical grammar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// End of input.
    EndMarker,
    /// An identifier or keyword.
    Name,
    /// A numeric literal (its text is decoded by the parser).
    Number,
    /// One string literal including prefix and quotes (decoded by the parser;
    /// adjacent literals are separate tokens).
    String,
    /// End of a logical line.
    Newline,
    /// Indentation increased.
    Indent,
    /// Indentation decreased (one per level closed).
    Dedent,
    LPar,
    RPar,
    LSqb,
    RSqb,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    LBrace,
    RBrace,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    RArrow,
    Ellipsis,
}

impl TokenKind {
    /// The name CPython's `token` module gives this kind (`NAME`, `LPAR`, …),
    /// as printed by `kaa tokens`.
    pub fn name(self) -> &'static str {
        use TokenKind::*;
        match self {
            EndMarker => "ENDMARKER",
            Name => "NAME",
            Number => "NUMBER",
            String => "STRING",
            Newline => "NEWLINE",
            Indent => "INDENT",
            Dedent => "DEDENT",
            LPar => "LPAR",
            RPar => "RPAR",
            LSqb => "LSQB",
            RSqb => "RSQB",
            Colon => "COLON",
            Comma => "COMMA",
            Semi => "SEMI",
            Plus => "PLUS",
            Minus => "MINUS",
            Star => "STAR",
            Slash => "SLASH",
            VBar => "VBAR",
            Amper => "AMPER",
            Less => "LESS",
            Greater => "GREATER",
            Equal => "EQUAL",
            Dot => "DOT",
            Percent => "PERCENT",
            LBrace => "LBRACE",
            RBrace => "RBRACE",
            EqEqual => "EQEQUAL",
            NotEqual => "NOTEQUAL",
            LessEqual => "LESSEQUAL",
            GreaterEqual => "GREATEREQUAL",
            Tilde => "TILDE",
            Circumflex => "CIRCUMFLEX",
            LeftShift => "LEFTSHIFT",
            RightShift => "RIGHTSHIFT",
            DoubleStar => "DOUBLESTAR",
            PlusEqual => "PLUSEQUAL",
            MinEqual => "MINEQUAL",
            StarEqual => "STAREQUAL",
            SlashEqual => "SLASHEQUAL",
            PercentEqual => "PERCENTEQUAL",
            AmperEqual => "AMPEREQUAL",
            VBarEqual => "VBAREQUAL",
            CircumflexEqual => "CIRCUMFLEXEQUAL",
            LeftShiftEqual => "LEFTSHIFTEQUAL",
            RightShiftEqual => "RIGHTSHIFTEQUAL",
            DoubleStarEqual => "DOUBLESTAREQUAL",
            DoubleSlash => "DOUBLESLASH",
            DoubleSlashEqual => "DOUBLESLASHEQUAL",
            At => "AT",
            RArrow => "RARROW",
            Ellipsis => "ELLIPSIS",
        }
    }
}
