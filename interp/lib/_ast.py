"""The node classes of CPython 3.4's abstract syntax tree (``_ast``).

Every class is made from the table below, which follows 3.4's
``Parser/Python.asdl``: each abstract kind (``stmt``, ``expr``, ...) lists
its ``_attributes`` and its concrete nodes with their ``_fields``.  The
native ``_kaa_ast`` turns the interpreter's own tree into instances of these
classes (``ast.parse``) and back (``compile(tree, ...)``).
"""

PyCF_ONLY_AST = 1024

# The shared Load(), Add(), ... instances that parsed trees use (filled by
# the interpreter as it builds trees).
_singletons = {}


class AST(object):
    """The base of every node class."""

    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        if args:
            fields = self._fields
            if len(args) != len(fields):
                n = len(fields)
                raise TypeError("%s constructor takes %s%d positional argument%s" % (
                    type(self).__name__, "either 0 or " if n else "", n,
                    "" if n == 1 else "s"))
            for name, value in zip(fields, args):
                setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


AST.__module__ = "_ast"

# kind: (attributes, "Node(field, field) Node2 ...")
_LOC = ("lineno", "col_offset")
_SPEC = (
    ("mod", (), "Module(body) Interactive(body) Expression(body) Suite(body)"),
    ("stmt", _LOC,
     "FunctionDef(name,args,body,decorator_list,returns) "
     "ClassDef(name,bases,keywords,starargs,kwargs,body,decorator_list) "
     "Return(value) Delete(targets) Assign(targets,value) "
     "AugAssign(target,op,value) For(target,iter,body,orelse) "
     "While(test,body,orelse) If(test,body,orelse) With(items,body) "
     "Raise(exc,cause) Try(body,handlers,orelse,finalbody) Assert(test,msg) "
     "Import(names) ImportFrom(module,names,level) Global(names) "
     "Nonlocal(names) Expr(value) Pass() Break() Continue()"),
    ("expr", _LOC,
     "BoolOp(op,values) BinOp(left,op,right) UnaryOp(op,operand) "
     "Lambda(args,body) IfExp(test,body,orelse) Dict(keys,values) Set(elts) "
     "ListComp(elt,generators) SetComp(elt,generators) "
     "DictComp(key,value,generators) GeneratorExp(elt,generators) "
     "Yield(value) YieldFrom(value) Compare(left,ops,comparators) "
     "Call(func,args,keywords,starargs,kwargs) Num(n) Str(s) Bytes(s) "
     "NameConstant(value) Ellipsis() Attribute(value,attr,ctx) "
     "Subscript(value,slice,ctx) Starred(value,ctx) Name(id,ctx) "
     "List(elts,ctx) Tuple(elts,ctx)"),
    ("expr_context", (), "Load() Store() Del() AugLoad() AugStore() Param()"),
    ("slice", (), "Slice(lower,upper,step) ExtSlice(dims) Index(value)"),
    ("boolop", (), "And() Or()"),
    ("operator", (),
     "Add() Sub() Mult() Div() Mod() Pow() LShift() RShift() BitOr() "
     "BitXor() BitAnd() FloorDiv()"),
    ("unaryop", (), "Invert() Not() UAdd() USub()"),
    ("cmpop", (), "Eq() NotEq() Lt() LtE() Gt() GtE() Is() IsNot() In() NotIn()"),
    ("excepthandler", _LOC, "ExceptHandler(type,name,body)"),
)
# Product types: (name, fields, attributes), direct subclasses of AST.
_PRODUCTS = (
    ("comprehension", "target,iter,ifs", ()),
    ("arguments", "args,vararg,kwonlyargs,kw_defaults,kwarg,defaults", ()),
    ("arg", "arg,annotation", _LOC),
    ("keyword", "arg,value", ()),
    ("alias", "name,asname", ()),
    ("withitem", "context_expr,optional_vars", ()),
)


def _make(name, base, fields, attributes=None):
    ns = {"_fields": fields, "__module__": "_ast"}
    if attributes is not None:
        ns["_attributes"] = attributes
    cls = type(name, (base,), ns)
    globals()[name] = cls
    return cls


def _build():
    for kind, attributes, nodes in _SPEC:
        base = _make(kind, AST, (), attributes)
        for node in nodes.split():
            name, _, rest = node.partition("(")
            fields = tuple(f for f in rest.rstrip(")").split(",") if f)
            _make(name, base, fields)
    for name, fields, attributes in _PRODUCTS:
        _make(name, AST, tuple(fields.split(",")), attributes)


_build()
del _build, _make, _SPEC, _PRODUCTS, _LOC
