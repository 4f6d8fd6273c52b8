# ast.dump of statements (3.4 node shapes; expected text from tools/ast34.py)
import ast
SOURCES = [
    "x = y",
    "a, b = c",
    "x += 1",
    "del a[0], b.c",
    "for i in range(10):\n    pass\nelse:\n    break",
    "while x:\n    continue",
    "if a:\n    b\nelif c:\n    d\nelse:\n    e",
    "with open(f) as g, h:\n    pass",
    "raise E from c",
    "try:\n    pass\nexcept E as e:\n    pass\nexcept:\n    raise\nelse:\n    x\nfinally:\n    y",
    "assert x, 'msg'",
    "import a.b as c, d",
    "from ..m import (x as y, z)",
    "from . import q",
    "global g\nnonlocal_name = 1",
    "return_value = lambda: 0",
]
for s in SOURCES:
    print(ast.dump(ast.parse(s)))
