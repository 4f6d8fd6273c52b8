"""Abstract syntax trees (``ast``), the Python 3.4 API.

The node classes come from ``_ast``; ``parse`` is ``compile()`` with
``PyCF_ONLY_AST`` (the interpreter builds the nodes natively), and
``compile()`` accepts the trees back.  The helpers below walk, print,
transform and evaluate trees as 3.4's module does.
"""

from _ast import *
from _ast import AST, PyCF_ONLY_AST


def parse(source, filename='<unknown>', mode='exec'):
    """Parse the source into an AST node (``compile(..., PyCF_ONLY_AST)``)."""
    return compile(source, filename, mode, PyCF_ONLY_AST)


_NAMED = {'None': None, 'True': True, 'False': False}
_ARITH = (Num, UnaryOp, BinOp)


def literal_eval(node_or_string):
    """Evaluate a node or string holding only a Python literal: strings,
    bytes, numbers, tuples, lists, dicts, sets, booleans and None, with
    unary and binary ``+``/``-`` on numbers (complex literals)."""
    node = node_or_string
    if isinstance(node, str):
        node = parse(node, mode='eval')
    if isinstance(node, Expression):
        node = node.body
    return _literal(node)


def _literal(node):
    if isinstance(node, (Str, Bytes)):
        return node.s
    if isinstance(node, Num):
        return node.n
    if isinstance(node, Tuple):
        return tuple([_literal(x) for x in node.elts])
    if isinstance(node, List):
        return [_literal(x) for x in node.elts]
    if isinstance(node, Set):
        return set([_literal(x) for x in node.elts])
    if isinstance(node, Dict):
        return dict([(_literal(k), _literal(v))
                     for k, v in zip(node.keys, node.values)])
    if isinstance(node, NameConstant):
        return node.value
    if isinstance(node, Name) and node.id in _NAMED:
        return _NAMED[node.id]
    if (isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub))
            and isinstance(node.operand, _ARITH)):
        value = _literal(node.operand)
        return +value if isinstance(node.op, UAdd) else -value
    if (isinstance(node, BinOp) and isinstance(node.op, (Add, Sub))
            and isinstance(node.left, _ARITH) and isinstance(node.right, _ARITH)):
        left = _literal(node.left)
        right = _literal(node.right)
        return left + right if isinstance(node.op, Add) else left - right
    raise ValueError('malformed node or string: ' + repr(node))


def dump(node, annotate_fields=True, include_attributes=False):
    """The tree as one line of text, ``Name(field=value, ...)``; without
    ``annotate_fields`` the field names are left out, with
    ``include_attributes`` line numbers and columns are added."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)

    def text(value):
        if isinstance(value, AST):
            parts = []
            for name, child in iter_fields(value):
                if annotate_fields:
                    parts.append('%s=%s' % (name, text(child)))
                else:
                    parts.append(text(child))
            out = value.__class__.__name__ + '(' + ', '.join(parts)
            if include_attributes and value._attributes:
                out += ', ' if parts else ' '
                out += ', '.join(['%s=%s' % (a, text(getattr(value, a)))
                                  for a in value._attributes])
            return out + ')'
        if isinstance(value, list):
            return '[' + ', '.join([text(x) for x in value]) + ']'
        return repr(value)

    return text(node)


def copy_location(new_node, old_node):
    """Copy ``lineno`` and ``col_offset`` from old_node to new_node."""
    for name in ('lineno', 'col_offset'):
        if (name in old_node._attributes and name in new_node._attributes
                and hasattr(old_node, name)):
            setattr(new_node, name, getattr(old_node, name))
    return new_node


def fix_missing_locations(node):
    """Give every node that lacks ``lineno``/``col_offset`` its parent's."""
    todo = [(node, 1, 0)]
    while todo:
        current, lineno, col = todo.pop()
        attributes = current._attributes
        if 'lineno' in attributes:
            if hasattr(current, 'lineno'):
                lineno = current.lineno
            else:
                current.lineno = lineno
        if 'col_offset' in attributes:
            if hasattr(current, 'col_offset'):
                col = current.col_offset
            else:
                current.col_offset = col
        children = list(iter_child_nodes(current))
        for child in reversed(children):
            todo.append((child, lineno, col))
    return node


def increment_lineno(node, n=1):
    """Add n to the line number of node and of every node below it."""
    for child in walk(node):
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
    return node


def iter_fields(node):
    """Yield ``(name, value)`` for each field of node that is set."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """Yield the direct child nodes: fields that are nodes, and the nodes
    in fields that are lists."""
    for name, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """The docstring of a FunctionDef, ClassDef or Module node, or None;
    with ``clean``, indentation is cleaned as ``inspect.cleandoc`` does."""
    if not isinstance(node, (FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    body = node.body
    if body and isinstance(body[0], Expr) and isinstance(body[0].value, Str):
        doc = body[0].value.s
        if clean:
            import inspect
            doc = inspect.cleandoc(doc)
        return doc
    return None


def walk(node):
    """Yield node and every node below it, breadth first."""
    todo = [node]
    i = 0
    while i < len(todo):
        current = todo[i]
        todo[i] = None
        i += 1
        todo.extend(iter_child_nodes(current))
        yield current


class NodeVisitor(object):
    """Walks a tree calling ``visit_<ClassName>`` for each node, or
    ``generic_visit`` (which visits the children) where there is none."""

    def visit(self, node):
        """Visit one node."""
        visitor = getattr(self, 'visit_' + node.__class__.__name__,
                          self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        """Visit every child of node."""
        for name, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose ``visit_*`` methods return the replacement of
    the node: itself, a new node, None (remove it) or, inside a list
    field, a sequence of nodes to splice in."""

    def generic_visit(self, node):
        """Replace each child of node by what visiting it returns."""
        for name, old in iter_fields(node):
            if isinstance(old, list):
                replaced = []
                for value in old:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        if not isinstance(value, AST):
                            replaced.extend(value)
                            continue
                    replaced.append(value)
                old[:] = replaced
            elif isinstance(old, AST):
                new = self.visit(old)
                if new is None:
                    delattr(node, name)
                else:
                    setattr(node, name, new)
        return node
