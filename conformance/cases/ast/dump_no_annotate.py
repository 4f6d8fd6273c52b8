# ast.dump(annotate_fields=False) (3.4 node shapes; expected text from tools/ast34.py)
import ast
SOURCES = [
    "x = f(1, y=2)",
    "def f(a):\n    return a + 1",
    "for a, b in c: print(a[1:])",
]
for s in SOURCES:
    print(ast.dump(ast.parse(s), annotate_fields=False))
