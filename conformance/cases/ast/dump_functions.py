# ast.dump of definitions (3.4 node shapes; expected text from tools/ast34.py)
import ast
SOURCES = [
    "def f(a, b=1, *args, c, d=2, **kw) -> int:\n    return a",
    "@dec\n@dec2(x)\ndef g():\n    yield\n    yield from h()",
    "class C(B, metaclass=M, *bs, **kws):\n    'doc'\n    x = 1",
    "def h(a: 'ann', *, k):\n    nonlocal q\n    global r",
    "lambda x, *y, z=3, **w: x",
    "class D:\n    def m(self):\n        return self",
]
for s in SOURCES:
    print(ast.dump(ast.parse(s)))
