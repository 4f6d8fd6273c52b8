#!/usr/bin/env python3
"""Regenerate (or check) conformance/expected/ by running CPython on every case.

Usage:
    python3 conformance/regen.py                 # rewrite expected/ for every case
    python3 conformance/regen.py --check         # verify expected/ matches CPython now
    python3 conformance/regen.py --category int  # only one category (repeatable)
    python3 conformance/regen.py --no-seed-check # skip the hash-seed determinism run

Expected results come from python3 (3.11) only, run as ../shared/py34-vs-py311.md
section 0 prescribes (PYTHONHASHSEED=0 PYTHONNODEBUGRANGES=1
PYTHONINTMAXSTRDIGITS=0, absolute path, stdin from the .stdin file), with the
3.4 normalisations of that section applied to the last traceback line:
RecursionError -> RuntimeError, ModuleNotFoundError -> ImportError, the
`__main__.` prefix for exception classes defined in the script, and the
`. Did you mean: ...?` suffix stripped.  Where 3.4 differs in a way the case
still needs, conformance/overrides.json replaces fields (each entry carries a
"py34_override" reason citing the py34-vs-py311.md row).  Nothing else is typed
by hand.

Every case is also checked: it must be valid Python 3.4 (ast.parse with
feature_version=(3, 4) and ../shared/tools/ast34.py), except files named
`bad_*.py` in the `syntax` category, which must be rejected by both; its
output must not depend on the hash seed (it is run again with
PYTHONHASHSEED=1); and CPython must write nothing to stderr except the
traceback of an uncaught exception or a SystemExit message.
"""

import argparse
import ast
import concurrent.futures
import importlib.util
import json
import os
import re
import subprocess
import sys
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
EXPECTED = os.path.join(HERE, "expected")
OVERRIDES = os.path.join(HERE, "overrides.json")
AST34 = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "tools", "ast34.py"))
if not os.path.exists(AST34):
    AST34 = "/work/shared/tools/ast34.py"
TIMEOUT = 60
# Categories whose expected files also keep the normalised full stderr.
STDERR_CATEGORIES = {"traceback"}
# Exception names that 3.4 spells differently (py34-vs-py311.md section 0).
RENAMED = {"RecursionError": "RuntimeError", "ModuleNotFoundError": "ImportError"}
LAST_LINE = re.compile(r"^([A-Za-z_][A-Za-z0-9_.]*)(?:: (.*))?$")
DID_YOU_MEAN = re.compile(r"\. Did you mean: .*\?$")
CARET_LINE = re.compile(r"^\s*[~^]+\s*$")


def list_cases(categories):
    """Yields (category, name) for every case, sorted."""
    for cat in sorted(os.listdir(CASES)):
        if categories and cat not in categories:
            continue
        d = os.path.join(CASES, cat)
        if not os.path.isdir(d):
            continue
        for f in sorted(os.listdir(d)):
            if f.endswith(".py"):
                yield cat, f[:-3]


def script_classes(source):
    """Names of the classes the script defines (any nesting level)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return set()
    return {n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef)}


_AST34 = None
_AST34_LOCK = threading.Lock()


def ast34_error(source):
    """Why ../shared/tools/ast34.py rejects `source` as 3.4 syntax, or None."""
    global _AST34
    with _AST34_LOCK:
        if _AST34 is None:
            spec = importlib.util.spec_from_file_location("ast34", AST34)
            _AST34 = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(_AST34)
        try:
            _AST34.dump34(source)
            return None
        except SyntaxError as e:
            return "SyntaxError: %s (line %s)" % (e.msg, e.lineno)
        except _AST34.Not34 as e:
            return "not valid Python 3.4: %s" % e


def validate(cat, name, path, source):
    """Returns a list of problems with the case as Python 3.4 source."""
    problems = []
    must_fail = cat == "syntax" and name.startswith("bad_")
    try:
        ast.parse(source, feature_version=(3, 4))
        ok = True
    except SyntaxError:
        ok = False
    err34 = ast34_error(source)
    ok34 = err34 is None
    if must_fail:
        try:
            compile(source, path, "exec")
            compiles = True
        except SyntaxError:
            compiles = False
        if ok34 and compiles:
            problems.append("bad_ case is accepted by ast34.py and compile() (3.4 would run it)")
    else:
        if not ok:
            problems.append("not valid Python 3.4 (ast.parse feature_version=(3,4))")
        if not ok34:
            problems.append("rejected by ast34.py: " + err34)
    return problems


def run_python(path, stdin, seed):
    env = dict(os.environ)
    env.update(PYTHONHASHSEED=str(seed), PYTHONNODEBUGRANGES="1",
               PYTHONINTMAXSTRDIGITS="0", LANG="C.UTF-8", PYTHONIOENCODING="utf-8")
    for k in ("PYTHONSTARTUP", "PYTHONPATH", "PYTHONWARNINGS", "PYTHONUNBUFFERED"):
        env.pop(k, None)
    return subprocess.run([sys.executable, path], input=stdin.encode("utf-8"),
                          capture_output=True, env=env, timeout=TIMEOUT,
                          cwd=os.path.dirname(path))


def normalise_type(type_name, classes):
    type_name = RENAMED.get(type_name, type_name)
    if "." not in type_name and type_name in classes:
        type_name = "__main__." + type_name
    return type_name


def parse_stderr(stderr, path, name, classes):
    """Splits CPython's stderr into (error_type, error_message, normalised stderr)."""
    lines = stderr.splitlines()
    traceback = any(l.startswith("Traceback (most recent call last):") for l in lines)
    syntax = bool(lines) and any(l.startswith('  File "') for l in lines) and not traceback
    norm = []
    for l in lines:
        if CARET_LINE.match(l) and (traceback or syntax):
            continue
        norm.append(l.replace('"%s"' % path, '"%s.py"' % name))
    if not (traceback or syntax):
        return None, None, stderr
    # The exception line is the last unindented `Type` / `Type: msg` line;
    # a message with newlines continues on the lines after it.
    idx = None
    for i in range(len(norm) - 1, -1, -1):
        if LAST_LINE.match(norm[i]):
            idx = i
            break
    if idx is None:
        raise ValueError("cannot parse the last traceback line: %r" % (norm[-1:],))
    m = LAST_LINE.match(norm[idx])
    etype = normalise_type(m.group(1), classes)
    msg = "\n".join([m.group(2) or ""] + norm[idx + 1:])
    msg = DID_YOU_MEAN.sub("", msg)
    has_msg = m.group(2) is not None or idx + 1 < len(norm)
    norm[idx:] = (etype + (": " + msg if has_msg else "")).split("\n")
    return etype, msg, "\n".join(norm) + "\n"


def expected_for(cat, name):
    """Runs CPython on one case; returns (record, problems)."""
    path = os.path.join(CASES, cat, name + ".py")
    stdin_path = os.path.join(CASES, cat, name + ".stdin")
    with open(path, encoding="utf-8") as f:
        source = f.read()
    stdin = ""
    if os.path.exists(stdin_path):
        # newline="": the bytes as they are (a CRLF .stdin keeps its '\r')
        with open(stdin_path, encoding="utf-8", newline="") as f:
            stdin = f.read()
    problems = validate(cat, name, path, source)
    try:
        r = run_python(path, stdin, 0)
    except subprocess.TimeoutExpired:
        return None, problems + ["timed out under CPython"]
    stdout = r.stdout.decode("utf-8", "replace")
    stderr = r.stderr.decode("utf-8", "replace")
    classes = script_classes(source)
    try:
        etype, emsg, norm_stderr = parse_stderr(stderr, path, name, classes)
    except ValueError as e:
        return None, problems + [str(e)]
    if etype is None and "Warning" in stderr:
        problems.append("CPython printed a warning: %r" % stderr[:200])
    if etype is not None and "Warning" in norm_stderr.split("Traceback")[0]:
        problems.append("CPython printed a warning: %r" % norm_stderr[:200])
    if "0x" in stdout and re.search(r"0x[0-9a-f]{6,}", stdout):
        problems.append("stdout contains an address")
    record = {
        "stdout": stdout,
        "exit_code": r.returncode,
        "error_type": etype,
        "error_message": emsg,
    }
    if cat in STDERR_CATEGORIES and etype is not None:
        record["stderr"] = norm_stderr
    return record, problems


def seed_check(cat, name, record):
    """Runs the case again with another hash seed; returns problems."""
    path = os.path.join(CASES, cat, name + ".py")
    stdin_path = os.path.join(CASES, cat, name + ".stdin")
    stdin = ""
    if os.path.exists(stdin_path):
        # newline="": the bytes as they are (a CRLF .stdin keeps its '\r')
        with open(stdin_path, encoding="utf-8", newline="") as f:
            stdin = f.read()
    try:
        r = run_python(path, stdin, 1)
    except subprocess.TimeoutExpired:
        return ["timed out under CPython (seed 1)"]
    if r.stdout.decode("utf-8", "replace") != record["stdout"]:
        return ["stdout depends on the hash seed (prints a str-keyed dict/set?)"]
    return []


def apply_override(key, record, overrides):
    o = overrides.get(key)
    if o is None:
        return record
    if "py34_override" not in o:
        raise SystemExit("overrides.json: %s has no py34_override reason" % key)
    record = dict(record)
    for k, v in o.items():
        if k != "py34_override" and k not in record and k != "stderr":
            raise SystemExit("overrides.json: %s has unknown field %s" % (key, k))
        record[k] = v
    return record


def process(cat, name, overrides, seed):
    record, problems = expected_for(cat, name)
    if record is not None and seed:
        problems += seed_check(cat, name, record)
    if record is not None:
        record = apply_override(cat + "/" + name, record, overrides)
    return cat, name, record, problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify instead of writing")
    ap.add_argument("--category", action="append", default=[], help="only this category")
    ap.add_argument("--no-seed-check", action="store_true", help="skip the PYTHONHASHSEED=1 run")
    ap.add_argument("--jobs", type=int, default=2 * (os.cpu_count() or 2))
    args = ap.parse_args()
    if hasattr(sys, "set_int_max_str_digits"):
        sys.set_int_max_str_digits(0)  # ast34.dump34 runs in this process

    with open(OVERRIDES, encoding="utf-8") as f:
        overrides = json.load(f)
    cases = list(list_cases(set(args.category)))
    keys = {c + "/" + n for c, n in cases}
    for k in overrides:
        if k not in keys and (not args.category or k.split("/")[0] in args.category):
            print("overrides.json: %s names no case" % k)
            if not args.category:
                return 1

    bad = 0
    mismatched = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = [pool.submit(process, c, n, overrides, not args.no_seed_check)
                   for c, n in cases]
        for fut in futures:
            cat, name, record, problems = fut.result()
            key = cat + "/" + name
            for p in problems:
                print("%s: %s" % (key, p))
            if problems:
                bad += 1
            if record is None:
                continue
            out = os.path.join(EXPECTED, cat, name + ".json")
            text = json.dumps(record, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
            if args.check:
                try:
                    with open(out, encoding="utf-8") as f:
                        old = f.read()
                except FileNotFoundError:
                    old = None
                if old != text:
                    print("%s: expected file %s" % (key, "missing" if old is None else "differs"))
                    mismatched += 1
            else:
                os.makedirs(os.path.dirname(out), exist_ok=True)
                with open(out, "w", encoding="utf-8") as f:
                    f.write(text)

    # Expected files whose case is gone.
    for cat in sorted(os.listdir(EXPECTED)) if os.path.isdir(EXPECTED) else []:
        if args.category and cat not in args.category:
            continue
        for f in sorted(os.listdir(os.path.join(EXPECTED, cat))):
            key = cat + "/" + f[:-5]
            if f.endswith(".json") and key not in keys:
                if args.check:
                    print("%s: expected file without a case" % key)
                    mismatched += 1
                else:
                    os.remove(os.path.join(EXPECTED, cat, f))
    ncats = len({c for c, _ in cases})
    print("%d cases in %d categories; %d with problems%s" % (
        len(cases), ncats, bad,
        ("; %d expected files out of date" % mismatched) if args.check else ""))
    return 1 if bad or mismatched else 0


if __name__ == "__main__":
    sys.exit(main())
