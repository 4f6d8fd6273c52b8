# None removes a statement; a list splices several in
import ast
class T(ast.NodeTransformer):
    def visit_Expr(self, node):
        call = node.value
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Name):
            if call.func.id == 'drop':
                return None
            if call.func.id == 'twice':
                call.func.id = 'print'
                return [node, node]
        return node
tree = T().visit(ast.parse("drop(1)\ntwice('hi')\nprint('end')"))
print(len(tree.body))
exec(compile(tree, '<t>', 'exec'))
