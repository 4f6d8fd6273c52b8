# returning None for a single-node field deletes the attribute
import ast
class Drop(ast.NodeTransformer):
    def visit_Name(self, node):
        return None if node.id == 'gone' else node
t = ast.parse("return_value = gone")
Drop().visit(t)
print(hasattr(t.body[0], 'value'), [f for f, v in ast.iter_fields(t.body[0]) if f != 'type_comment'])
try:
    compile(t, 'f', 'exec')
except TypeError as e:
    print(e)
