# visit returns what the visit_ method returns
import ast
class Calc(ast.NodeVisitor):
    def visit_Expression(self, node):
        return self.visit(node.body)
    def visit_BinOp(self, node):
        l, r = self.visit(node.left), self.visit(node.right)
        return {'Add': l + r, 'Sub': l - r, 'Mult': l * r}[type(node.op).__name__]
    def visit_Name(self, node):
        return {'a': 3, 'b': 4}[node.id]
print(Calc().visit(ast.parse("(a + b) * b - a", mode='eval')))
