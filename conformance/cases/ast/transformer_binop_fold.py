# an optimiser that swaps operators, then runs the result
import ast
class Swap(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            node.op = ast.Sub()
        elif isinstance(node.op, ast.Sub):
            node.op = ast.Add()
        return node
tree = Swap().visit(ast.parse("print(10 + 3 - 1, [2 + 2])"))
exec(compile(tree, '<swap>', 'exec'))
e = Swap().visit(ast.parse("7 + 2", mode='eval'))
print(eval(compile(e, '<e>', 'eval')))
