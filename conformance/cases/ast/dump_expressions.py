# ast.dump of expressions (3.4 node shapes; expected text from tools/ast34.py)
import ast
SOURCES = [
    "a and b or not c",
    "-x + ~y ** 2 // 3 % 4 - z << 1 >> 2 | 3 ^ 4 & 5",
    "a < b <= c == d != e > f >= g is h is not i in j not in k",
    "f(a, *b, c=1, **d)",
    "x.y.z[1][1:2][::3][1:2, ...][a, b]",
    "[x for x in y if x if z for w in x]",
    "{k: v for k, v in d.items()}",
    "{x for x in y}",
    "(x for x in y)",
    "{1: 2, 'a': b'b'}",
    "{1, 2}",
    "[*a, b] = c",
    "a if b else c",
    "None, True, False, ...",
    "1.5, 2j, 10 ** 100, 0xff, 'a' 'b', b'x' b'y'",
]
for s in SOURCES:
    print(ast.dump(ast.parse(s)))
