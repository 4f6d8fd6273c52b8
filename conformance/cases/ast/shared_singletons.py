# parsed trees share one instance of each context and operator class
import ast
a = ast.parse("x + y").body[0].value
b = ast.parse("p = q + r").body[0]
print(a.left.ctx is a.right.ctx, a.left.ctx is b.value.left.ctx, a.op is b.value.op)
print(b.targets[0].ctx is a.left.ctx, type(b.targets[0].ctx).__name__)
print(ast.Load() is ast.Load())
