#!/usr/bin/env python3
"""Write the 3.4 ``ast.dump`` expectations of the conformance cases
``conformance/cases/ast/dump_*.py`` that list their inputs in ``SOURCES``
(one ``print(ast.dump(ast.parse(s)))`` per source, or with
``annotate_fields=False``) into conformance/overrides.json, computed by
/work/shared/tools/ast34.py (python3 3.11's ``ast.dump`` prints 3.11's node
shapes, py34-vs-py311.md section 9).

Usage: python3 interp/lib/tests/ast34_overrides.py
"""
import ast
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
CASES = os.path.join(ROOT, "conformance", "cases", "ast")
OVERRIDES = os.path.join(ROOT, "conformance", "overrides.json")
AST34 = "/work/shared/tools/ast34.py"
REASON = ("py34-vs-py311.md section 9: ast.dump prints 3.4's node shapes "
          "(Num/Str/NameConstant, starargs/kwargs, every field); text from tools/ast34.py")


def sources_of(path):
    tree = ast.parse(open(path).read())
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "SOURCES":
            return ast.literal_eval(node.value)
    return None


def main():
    with open(OVERRIDES) as f:
        overrides = json.load(f)
    for name in sorted(os.listdir(CASES)):
        if not (name.startswith("dump_") and name.endswith(".py")):
            continue
        path = os.path.join(CASES, name)
        sources = sources_of(path)
        if sources is None:
            continue
        flags = ["--no-annotate"] if "annotate_fields=False" in open(path).read() else []
        out = []
        for src in sources:
            r = subprocess.run([sys.executable, AST34] + flags + ["-c", src],
                               capture_output=True, text=True, check=True)
            out.append(r.stdout)
        overrides["ast/" + name[:-3]] = {"py34_override": REASON, "stdout": "".join(out)}
        print("ast/" + name[:-3], len(sources), "sources")
    with open(OVERRIDES, "w") as f:
        json.dump(overrides, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
