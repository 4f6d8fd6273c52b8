import ast
class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []
    def visit_Name(self, node):
        self.seen.append((node.id, type(node.ctx).__name__))
    def visit_FunctionDef(self, node):
        self.seen.append(('def', node.name))
        self.generic_visit(node)
v = Names()
v.visit(ast.parse("def f(a):\n    b = a + c\n    return g(b)\nx = f"))
print(v.seen)
class Counter(ast.NodeVisitor):
    def __init__(self):
        self.n = {}
    def generic_visit(self, node):
        k = type(node).__name__
        if isinstance(node, (ast.stmt, ast.expr_context, ast.operator)):
            self.n[k] = self.n.get(k, 0) + 1
        ast.NodeVisitor.generic_visit(self, node)
c = Counter()
c.visit(ast.parse("for i in x:\n    if i: y = i * 2\n    else: del i\n"))
print(sorted(c.n.items()))
print(ast.NodeVisitor().visit(ast.parse("x")))
