//! The abstract syntax tree, node for node the one of CPython 3.4's `ast` module
//! (`Parser/Python.asdl` of 3.4).
//!
//! Every statement and expression carries its [`Loc`]: `lineno` (1-based) and
//! `col_offset` (0-based, counted in UTF-8 bytes, as CPython counts it).
//! Optional fields (`expr?` in the ASDL) are `Option`, sequences are `Vec`.
//! `ast.dump` prints every field, so nothing here is implicit.

use num_bigint::BigInt;

/// A source position as CPython records it on AST nodes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Loc {
    /// 1-based line number.
    pub line: u32,
    /// 0-based column, in UTF-8 bytes from the start of the line.
    pub col: u32,
}

/// `mod` in the ASDL: what `ast.parse` returns for each mode.
#[derive(Clone, Debug, PartialEq)]
pub enum Mod {
    /// `Module(stmt* body)`: a file, mode `exec`.
    Module { body: Vec<Stmt> },
    /// `Interactive(stmt* body)`: one REPL entry, mode `single`.
    Interactive { body: Vec<Stmt> },
    /// `Expression(expr body)`: mode `eval`.
    Expression { body: Box<Expr> },
}

/// A statement with its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    /// Where the statement starts.
    pub loc: Loc,
    /// What kind of statement it is.
    pub kind: StmtKind,
}

/// `stmt` in the ASDL.
#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// `FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns)`
    FunctionDef {
        name: String,
        args: Box<Arguments>,
        body: Vec<Stmt>,
        decorator_list: Vec<Expr>,
        returns: Option<Box<Expr>>,
    },
    /// `ClassDef(identifier name, expr* bases, keyword* keywords, expr? starargs, expr? kwargs, stmt* body, expr* decorator_list)`
    ClassDef {
        name: String,
        bases: Vec<Expr>,
        keywords: Vec<Keyword>,
        starargs: Option<Box<Expr>>,
        kwargs: Option<Box<Expr>>,
        body: Vec<Stmt>,
        decorator_list: Vec<Expr>,
    },
    /// `Return(expr? value)`
    Return { value: Option<Box<Expr>> },
    /// `Delete(expr* targets)`
    Delete { targets: Vec<Expr> },
    /// `Assign(expr* targets, expr value)`
    Assign {
        targets: Vec<Expr>,
        value: Box<Expr>,
    },
    /// `AugAssign(expr target, operator op, expr value)`
    AugAssign {
        target: Box<Expr>,
        op: Operator,
        value: Box<Expr>,
    },
    /// `For(expr target, expr iter, stmt* body, stmt* orelse)`
    For {
        target: Box<Expr>,
        iter: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `While(expr test, stmt* body, stmt* orelse)`
    While {
        test: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `If(expr test, stmt* body, stmt* orelse)`
    If {
        test: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `With(withitem* items, stmt* body)`
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    /// `Raise(expr? exc, expr? cause)`
    Raise {
        exc: Option<Box<Expr>>,
        cause: Option<Box<Expr>>,
    },
    /// `Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)`
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    /// `Assert(expr test, expr? msg)`
    Assert {
        test: Box<Expr>,
        msg: Option<Box<Expr>>,
    },
    /// `Import(alias* names)`
    Import { names: Vec<Alias> },
    /// `ImportFrom(identifier? module, alias* names, int? level)`
    ImportFrom {
        module: Option<String>,
        names: Vec<Alias>,
        level: u32,
    },
    /// `Global(identifier* names)`
    Global { names: Vec<String> },
    /// `Nonlocal(identifier* names)`
    Nonlocal { names: Vec<String> },
    /// `Expr(expr value)`: an expression statement.
    Expr { value: Box<Expr> },
    /// `Pass`
    Pass,
    /// `Break`
    Break,
    /// `Continue`
    Continue,
}

/// An expression with its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    /// Where the expression starts.
    pub loc: Loc,
    /// What kind of expression it is.
    pub kind: ExprKind,
}

/// `expr` in the ASDL.
#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// `BoolOp(boolop op, expr* values)`
    BoolOp { op: BoolOp, values: Vec<Expr> },
    /// `BinOp(expr left, operator op, expr right)`
    BinOp {
        left: Box<Expr>,
        op: Operator,
        right: Box<Expr>,
    },
    /// `UnaryOp(unaryop op, expr operand)`
    UnaryOp { op: UnaryOp, operand: Box<Expr> },
    /// `Lambda(arguments args, expr body)`
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    /// `IfExp(expr test, expr body, expr orelse)`
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `Dict(expr* keys, expr* values)`
    Dict { keys: Vec<Expr>, values: Vec<Expr> },
    /// `Set(expr* elts)`
    Set { elts: Vec<Expr> },
    /// `ListComp(expr elt, comprehension* generators)`
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `SetComp(expr elt, comprehension* generators)`
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `DictComp(expr key, expr value, comprehension* generators)`
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `GeneratorExp(expr elt, comprehension* generators)`
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `Yield(expr? value)`
    Yield { value: Option<Box<Expr>> },
    /// `YieldFrom(expr value)`
    YieldFrom { value: Box<Expr> },
    /// `Compare(expr left, cmpop* ops, expr* comparators)`
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    /// `Call(expr func, expr* args, keyword* keywords, expr? starargs, expr? kwargs)`
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
        starargs: Option<Box<Expr>>,
        kwargs: Option<Box<Expr>>,
    },
    /// `Num(object n)`: an int, float or imaginary literal.
    Num { n: Number },
    /// `Str(string s)`: adjacent literals are already concatenated. When the
    /// value holds lone surrogates, `wide` has its exact code points and `s`
    /// is the lossy form (U+FFFD for each surrogate).
    Str { s: String, wide: Option<Box<[u32]>> },
    /// `Bytes(bytes s)`
    Bytes { s: Vec<u8> },
    /// `NameConstant(singleton value)`: `None`, `True`, `False`.
    NameConstant { value: Singleton },
    /// `Ellipsis`
    Ellipsis,
    /// `Attribute(expr value, identifier attr, expr_context ctx)`
    Attribute {
        value: Box<Expr>,
        attr: String,
        ctx: ExprContext,
    },
    /// `Subscript(expr value, slice slice, expr_context ctx)`
    Subscript {
        value: Box<Expr>,
        slice: Box<Slice>,
        ctx: ExprContext,
    },
    /// `Starred(expr value, expr_context ctx)`
    Starred { value: Box<Expr>, ctx: ExprContext },
    /// `Name(identifier id, expr_context ctx)`
    Name { id: String, ctx: ExprContext },
    /// `List(expr* elts, expr_context ctx)`
    List { elts: Vec<Expr>, ctx: ExprContext },
    /// `Tuple(expr* elts, expr_context ctx)`
    Tuple { elts: Vec<Expr>, ctx: ExprContext },
}

/// The value of a `Num` node.
#[derive(Clone, Debug, PartialEq)]
pub enum Number {
    /// An integer literal (any size).
    Int(BigInt),
    /// A float literal.
    Float(f64),
    /// An imaginary literal `<imag>j` (real part 0).
    Complex { imag: f64 },
}

/// The value of a `NameConstant` node.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Singleton {
    /// `None`
    None,
    /// `True`
    True,
    /// `False`
    False,
}

/// `expr_context` in the ASDL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExprContext {
    Load,
    Store,
    Del,
    AugLoad,
    AugStore,
    Param,
}

/// `slice` in the ASDL.
#[derive(Clone, Debug, PartialEq)]
pub enum Slice {
    /// `Slice(expr? lower, expr? upper, expr? step)`
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    /// `ExtSlice(slice* dims)`
    ExtSlice { dims: Vec<Slice> },
    /// `Index(expr value)`
    Index { value: Box<Expr> },
}

/// `boolop` in the ASDL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

/// `operator` in the ASDL (binary and augmented-assignment operators).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Operator {
    Add,
    Sub,
    Mult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

/// `unaryop` in the ASDL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

/// `cmpop` in the ASDL.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// `comprehension = (expr target, expr iter, expr* ifs)`
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

/// `ExceptHandler(expr? type, identifier? name, stmt* body)`, with its position.
#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub loc: Loc,
    pub type_: Option<Box<Expr>>,
    pub name: Option<String>,
    pub body: Vec<Stmt>,
}

/// `arguments = (arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)`
///
/// `kw_defaults` has one entry per keyword-only argument; `None` where it has
/// no default (CPython puts a `None` there too).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Arguments {
    pub args: Vec<Arg>,
    pub vararg: Option<Arg>,
    pub kwonlyargs: Vec<Arg>,
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Arg>,
    pub defaults: Vec<Expr>,
}

/// `arg = (identifier arg, expr? annotation)`, with its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    pub loc: Loc,
    pub arg: String,
    pub annotation: Option<Box<Expr>>,
}

/// `keyword = (identifier arg, expr value)`
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub arg: String,
    pub value: Expr,
}

/// `alias = (identifier name, identifier? asname)`
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub name: String,
    pub asname: Option<String>,
}

/// `withitem = (expr context_expr, expr? optional_vars)`
#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Box<Expr>>,
}
