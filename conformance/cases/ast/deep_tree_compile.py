# ast.parse and compile round-trip a long chain without trouble
import ast
src = " + ".join(["1"] * 300)
tree = ast.parse(src, mode='eval')
print(eval(compile(tree, '<chain>', 'eval')))
print(sum(1 for n in ast.walk(tree) if isinstance(n, ast.BinOp)))
src = "x = [" + ", ".join(str(i) for i in range(2000)) + "]"
print(len(ast.parse(src).body[0].value.elts))
