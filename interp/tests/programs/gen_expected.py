#!/usr/bin/env python3
"""Regenerates the expected output of every tests/programs/*.py with python3.

For each NAME.py this writes NAME.out: stdout, then a line "--- exit N",
then stderr normalised towards CPython 3.4 (see /work/shared/py34-vs-py311.md
section 0): the script path as given, no caret lines, no "Did you mean",
RecursionError -> RuntimeError, ModuleNotFoundError -> ImportError, and
`__main__.` before exception classes defined in the program.

Run from anywhere: python3 interp/tests/programs/gen_expected.py
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main_classes(src):
    return set(re.findall(r"^\s*class\s+(\w+)", src, re.M))


def normalise(stderr, name, classes):
    out = []
    for line in stderr.splitlines():
        if re.fullmatch(r"\s*[\^~]+\s*", line):
            continue
        line = line.replace('File "%s"' % os.path.join(HERE, name), 'File "%s"' % name)
        line = re.sub(r"\. Did you mean: '.*'\?$", "", line)
        line = re.sub(r"^RecursionError", "RuntimeError", line)
        line = re.sub(r"^ModuleNotFoundError", "ImportError", line)
        m = re.match(r"^(\w+)(: |$)(.*)", line)
        if m and m.group(1) in classes:
            line = "__main__." + line
        out.append(line)
    return "\n".join(out) + ("\n" if out else "")


def main():
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".py") and f != "gen_expected.py")
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONNODEBUGRANGES="1", PYTHONINTMAXSTRDIGITS="0", LANG="C.UTF-8")
    for name in names:
        path = os.path.join(HERE, name)
        src = open(path).read()
        stdin_path = path[:-3] + ".stdin"
        stdin = open(stdin_path).read() if os.path.exists(stdin_path) else ""
        p = subprocess.run([sys.executable, path], input=stdin, capture_output=True, text=True, env=env, cwd=HERE)
        err = normalise(p.stderr, name, main_classes(src))
        with open(path[:-3] + ".out", "w") as f:
            f.write(p.stdout)
            f.write("--- exit %d\n" % p.returncode)
            f.write(err)
        print(name, p.returncode)


if __name__ == "__main__":
    main()
