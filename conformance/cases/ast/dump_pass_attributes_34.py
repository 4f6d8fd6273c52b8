# 3.4's dump puts a space before the attributes of a node with no fields
import ast
print(ast.dump(ast.parse("pass\nbreak").body[0], include_attributes=True))
print(ast.dump(ast.parse("while 1:\n  break").body[0].body[0], include_attributes=True))
