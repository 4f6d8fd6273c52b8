import ast
src = '''"""Module doc.

    Indented line.
"""
def f():
    """  Function doc
        more
    """
class C:
    """Class doc"""
def g():
    x = 1
'''
t = ast.parse(src)
print(repr(ast.get_docstring(t)))
print(repr(ast.get_docstring(t, clean=False)))
print(repr(ast.get_docstring(t.body[1])))
print(repr(ast.get_docstring(t.body[2])))
print(repr(ast.get_docstring(t.body[3])))
try:
    ast.get_docstring(t.body[1].body[0])
except TypeError as e:
    print(e)
