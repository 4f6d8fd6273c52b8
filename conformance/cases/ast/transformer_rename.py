import ast
class Rename(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == 'old':
            return ast.copy_location(ast.Name(id='new', ctx=node.ctx), node)
        return node
tree = Rename().visit(ast.parse("old = 2\nprint(old * 21)"))
ns = {'print': print}
exec(compile(tree, '<r>', 'exec'), ns)
print(sorted(k for k in ns if k != '__builtins__'))
