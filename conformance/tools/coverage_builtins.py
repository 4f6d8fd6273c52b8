#!/usr/bin/env python3
"""Coverage audit of issue 4 (built-in types and functions) over conformance/cases.

Usage:
    python3 conformance/tools/coverage_builtins.py            # summary + holes
    python3 conformance/tools/coverage_builtins.py --all      # every name with its status
    python3 conformance/tools/coverage_builtins.py --type str # one type only

What it does:
  1. Takes the public names of every issue-4 type from python3's dir(), minus the
     names CPython 3.4 does not have (POST_34 below: py34-vs-py311.md section 7 rows
     261-269, plus the 3.5+ additions checked against the 3.4 library reference).
  2. Runs every case under python3 with sys.setprofile and records, for each C
     function or method called, whether a call returned normally ("ok") and whether
     one raised ("err").  This catches method calls through instances, descriptors
     (list.append(l, x)) and the builtin functions.
  3. Names that are not C calls (attributes such as int.real, slices' start, dunders
     reached through operators) are looked up as text: `.name` in a case file.
     For those, "err" means the text occurs in a case whose run ends with an
     exception or that contains `except`.

A name is a hole when it has no "ok" use, or no "err" use while it takes arguments
(every C method with arguments has at least an argument-count error path).
Counts of cases per issue-4 category are printed at the end.
"""

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CONF = os.path.dirname(HERE)
CASES = os.path.join(CONF, "cases")
EXPECTED = os.path.join(CONF, "expected")

# Categories whose cases belong to issue 4.
ISSUE4_CATEGORIES = [
    "int", "bool", "float", "complex", "str", "string", "format", "string_format",
    "bytes", "memoryview", "tuple", "list", "dict", "set", "range", "slice", "iter",
    "builtin", "descr", "types", "unary", "binop", "compare", "contains",
]

DICT_VIEWS = {
    "dict_keys": type({}.keys()),
    "dict_values": type({}.values()),
    "dict_items": type({}.items()),
}

TYPES = {
    "int": int, "bool": bool, "float": float, "complex": complex, "str": str,
    "bytes": bytes, "bytearray": bytearray, "memoryview": memoryview, "tuple": tuple,
    "list": list, "dict": dict, "set": set, "frozenset": frozenset, "range": range,
    "slice": slice, "enumerate": enumerate, "zip": zip, "map": map, "filter": filter,
    "reversed": reversed, "object": object, "type": type,
}
TYPES.update(DICT_VIEWS)

# Names python3 (3.11) has and CPython 3.4 does not, per type.  Sources:
# py34-vs-py311.md rows 261-269 and 213; the 3.4 library reference for the rest.
POST_34 = {
    "int": {"bit_count", "as_integer_ratio", "__getstate__", "__init_subclass__"},
    "bool": {"bit_count", "as_integer_ratio", "__getstate__", "__init_subclass__"},
    "float": {"__floor__", "__ceil__", "__getstate__", "__init_subclass__"},
    "complex": {"__getstate__", "__init_subclass__", "__complex__"},
    "str": {"isascii", "removeprefix", "removesuffix", "__getstate__", "__init_subclass__"},
    "bytes": {"hex", "isascii", "removeprefix", "removesuffix", "__mod__", "__rmod__",
              "__getstate__", "__init_subclass__", "__buffer__", "__bytes__"},
    "bytearray": {"hex", "isascii", "removeprefix", "removesuffix", "__mod__",
                  "__rmod__", "__getstate__", "__init_subclass__", "__buffer__",
                  "__release_buffer__"},
    "memoryview": {"hex", "toreadonly", "__iter__", "__getstate__", "__init_subclass__",
                   "__buffer__", "__release_buffer__", "_from_flags"},
    "dict": {"__or__", "__ror__", "__ior__", "__reversed__", "__class_getitem__",
             "__getstate__", "__init_subclass__"},
    "list": {"__class_getitem__", "__getstate__", "__init_subclass__"},
    "tuple": {"__class_getitem__", "__getstate__", "__init_subclass__"},
    "set": {"__class_getitem__", "__getstate__", "__init_subclass__"},
    "frozenset": {"__class_getitem__", "__getstate__", "__init_subclass__"},
    "range": {"__bool__", "__getstate__", "__init_subclass__"},
    "slice": {"__getstate__", "__init_subclass__"},
    "enumerate": {"__class_getitem__", "__getstate__", "__init_subclass__"},
    "zip": {"__getstate__", "__init_subclass__", "__setstate__"},
    "map": {"__getstate__", "__init_subclass__"},
    "filter": {"__getstate__", "__init_subclass__"},
    "reversed": {"__getstate__", "__init_subclass__"},
    "object": {"__getstate__", "__init_subclass__"},
    "type": {"__getstate__", "__init_subclass__", "__or__", "__ror__",
             "__type_params__", "__annotations__"},
    "dict_keys": {"mapping", "__reversed__", "__getstate__", "__init_subclass__", "isdisjoint"},
    "dict_values": {"mapping", "__reversed__", "__getstate__", "__init_subclass__"},
    "dict_items": {"mapping", "__reversed__", "__getstate__", "__init_subclass__", "isdisjoint"},
}
# dict_keys/items .isdisjoint exists in 3.4 (collections.abc Set mixin is not it, the C
# type has it since 3.3); keep it in the audit.
POST_34["dict_keys"].discard("isdisjoint")
POST_34["dict_items"].discard("isdisjoint")

BUILTIN_FUNCTIONS = [
    "abs", "all", "any", "ascii", "bin", "callable", "chr", "compile", "delattr", "dir",
    "divmod", "eval", "exec", "format", "getattr", "globals", "hasattr", "hash", "hex",
    "id", "input", "isinstance", "issubclass", "iter", "len", "locals", "max", "min",
    "next", "oct", "open", "ord", "pow", "print", "repr", "round", "setattr", "sorted",
    "sum", "vars", "__import__", "__build_class__",
]
# Builtins that are types: their use is the constructor call, found as text `name(`.
BUILTIN_TYPES = [
    "bool", "bytearray", "bytes", "classmethod", "complex", "dict", "enumerate",
    "filter", "float", "frozenset", "int", "list", "map", "memoryview", "object",
    "property", "range", "reversed", "set", "slice", "staticmethod", "str", "super",
    "tuple", "type", "zip",
]

# Dunders that syntax or a protocol reaches (operators, comparisons, iteration,
# repr/str/hash/bool, attribute access, calls, with): exercised by every case of the
# type's category without naming them, which text search cannot see.  Reported as
# "implicit", not audited by name.
IMPLICIT_DUNDERS = {
    "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__",
    "__rtruediv__", "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__", "__divmod__",
    "__rdivmod__", "__pow__", "__rpow__", "__lshift__", "__rlshift__", "__rshift__",
    "__rrshift__", "__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__",
    "__iadd__", "__isub__", "__imul__", "__iand__", "__ior__", "__ixor__", "__neg__",
    "__pos__", "__abs__", "__invert__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__",
    "__ge__", "__hash__", "__bool__", "__int__", "__float__", "__repr__", "__str__",
    "__iter__", "__next__", "__len__", "__getitem__", "__setitem__", "__delitem__",
    "__contains__", "__getattribute__", "__setattr__", "__delattr__", "__init__",
    "__new__", "__call__", "__enter__", "__exit__", "__get__", "__set__", "__delete__",
    "__index__", "__class__",
}
# Explicit dunders and the other spellings that reach them.
DUNDER_ALIASES = {
    "__sizeof__": r"getsizeof\(", "__round__": r"\bround\(", "__trunc__": r"trunc\(",
    "__floor__": r"floor\(", "__ceil__": r"ceil\(", "__reversed__": r"reversed\(",
    "__dir__": r"\bdir\(", "__format__": r"\bformat\(|\.format\(|\{[^}]*:",
    "__instancecheck__": r"isinstance\(", "__subclasscheck__": r"issubclass\(",
    "__reduce_ex__": r"pickle|copy\.", "__reduce__": r"pickle|copy\.",
    "__getnewargs__": r"pickle|copy\.", "__length_hint__": r"length_hint",
    "__bytes__": r"\bbytes\(", "__complex__": r"\bcomplex\(",
}
# CPython memory-layout attributes of type: their values are CPython's C struct
# sizes, which no other implementation reproduces; checked for presence only.
LAYOUT_ATTRS = {"__basicsize__", "__itemsize__", "__flags__", "__dictoffset__",
                "__weakrefoffset__"}

TRACER = r'''
import sys, json, runpy, builtins
_ok, _err = set(), set()
_pending = []

def _key(f):
    name = getattr(f, "__name__", None)
    if name is None:
        return None
    owner = getattr(f, "__objclass__", None)
    if owner is not None:
        return owner.__name__ + "." + name
    s = getattr(f, "__self__", None)
    if s is builtins or s is None:
        return "builtins." + name
    if isinstance(s, type):
        # classmethods such as int.from_bytes, dict.fromkeys, str.maketrans
        for k in type(s).__mro__ if not s.__mro__ else s.__mro__:
            if name in k.__dict__:
                return k.__name__ + "." + name
        return s.__name__ + "." + name
    if type(s).__name__ == "module":
        return None
    for k in type(s).__mro__:
        if name in k.__dict__:
            return k.__name__ + "." + name
    return type(s).__name__ + "." + name

def _prof(frame, event, arg):
    if event == "c_call":
        _pending.append(_key(arg))
    elif event == "c_return":
        k = _pending.pop() if _pending else None
        if k: _ok.add(k)
    elif event == "c_exception":
        k = _pending.pop() if _pending else None
        if k: _err.add(k)

out = sys.argv[1]
path = sys.argv[2]
sys.argv = [path]
try:
    sys.setprofile(_prof)
    runpy.run_path(path, run_name="__main__")
except BaseException:
    pass
finally:
    sys.setprofile(None)
    with open(out, "w") as fh:
        json.dump({"ok": sorted(_ok), "err": sorted(_err)}, fh)
'''


def list_cases():
    for cat in sorted(os.listdir(CASES)):
        d = os.path.join(CASES, cat)
        if not os.path.isdir(d):
            continue
        for f in sorted(os.listdir(d)):
            if f.endswith(".py"):
                yield cat, f[:-3]


def trace_all(cases, jobs=4):
    """Runs every case under the tracer; returns {(cat, name): {"ok": set, "err": set}}."""
    import concurrent.futures
    tmpdir = tempfile.mkdtemp(prefix="kaa-cov-")
    tracer = os.path.join(tmpdir, "tracer.py")
    with open(tracer, "w") as fh:
        fh.write(TRACER)
    env = dict(os.environ)
    env.update(PYTHONHASHSEED="0", PYTHONINTMAXSTRDIGITS="0", LANG="C.UTF-8",
               PYTHONIOENCODING="utf-8")

    def run(case):
        cat, name = case
        py = os.path.join(CASES, cat, name + ".py")
        stdin_path = os.path.join(CASES, cat, name + ".stdin")
        out = os.path.join(tmpdir, cat + "__" + name + ".json")
        stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
        try:
            subprocess.run([sys.executable, tracer, out, py], stdin=stdin,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           env=env, timeout=60, cwd=tmpdir)
        except subprocess.TimeoutExpired:
            pass
        finally:
            if stdin is not subprocess.DEVNULL:
                stdin.close()
        try:
            with open(out) as fh:
                d = json.load(fh)
            return case, {"ok": set(d["ok"]), "err": set(d["err"])}
        except (OSError, ValueError):
            return case, {"ok": set(), "err": set()}

    with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
        return dict(ex.map(run, cases))


def case_texts(cases):
    texts = {}
    for cat, name in cases:
        with open(os.path.join(CASES, cat, name + ".py"), encoding="utf-8") as fh:
            src = fh.read()
        exp = os.path.join(EXPECTED, cat, name + ".json")
        ends_in_error = False
        if os.path.exists(exp):
            with open(exp) as fh:
                ends_in_error = bool(json.load(fh).get("error_type"))
        texts[(cat, name)] = (src, ends_in_error or "except" in src)
    return texts


def audit_names():
    """Yields (owner, attr, is_callable, takes_args)."""
    for tname, t in TYPES.items():
        for attr in dir(t):
            if attr in POST_34.get(tname, ()):
                continue
            if attr in ("__doc__",):
                continue
            # Inherited from object and not overridden: audited under object.
            if tname != "object" and attr in dir(object) and getattr(t, attr, None) is getattr(object, attr, None):
                continue
            if tname != "object" and attr not in t.__dict__ and attr in object.__dict__:
                continue
            v = t.__dict__.get(attr)
            if v is None:
                # inherited (bool from int etc.): audit under the defining class
                continue
            is_callable = callable(v) and not isinstance(v, type)
            yield tname, attr, is_callable
    for f in BUILTIN_FUNCTIONS:
        yield "builtins", f, True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--type", action="append")
    ap.add_argument("--jobs", type=int, default=4)
    ap.add_argument("--cache", help="JSON file keeping traces of unchanged cases between runs")
    args = ap.parse_args()

    cases = list(list_cases())
    cache = {}
    if args.cache and os.path.exists(args.cache):
        with open(args.cache) as fh:
            cache = json.load(fh)

    def stamp(case):
        st = os.stat(os.path.join(CASES, case[0], case[1] + ".py"))
        return "%s/%s:%d:%d" % (case[0], case[1], st.st_mtime_ns, st.st_size)

    traced = {}
    todo = []
    for case in cases:
        hit = cache.get(stamp(case))
        if hit is not None:
            traced[case] = {"ok": set(hit["ok"]), "err": set(hit["err"])}
        else:
            todo.append(case)
    traced.update(trace_all(todo, args.jobs))
    if args.cache:
        with open(args.cache, "w") as fh:
            json.dump({stamp(c): {"ok": sorted(d["ok"]), "err": sorted(d["err"])}
                       for c, d in traced.items()}, fh)
    texts = case_texts(cases)
    ok_any = collections.defaultdict(set)
    err_any = collections.defaultdict(set)
    for case, d in traced.items():
        for k in d["ok"]:
            ok_any[k].add(case)
        for k in d["err"]:
            err_any[k].add(case)

    holes = []
    total = 0
    rows = []
    for owner, attr, is_callable in audit_names():
        if args.type and owner not in args.type:
            continue
        if attr in IMPLICIT_DUNDERS:
            rows.append((owner, attr, "implicit", "-"))
            continue
        total += 1
        key = owner + "." + attr
        ok = bool(ok_any.get(key))
        err = bool(err_any.get(key))
        how = "traced"
        if not (ok and err):
            # Text fallback: attributes, dunders reached by operators, functions
            # whose calls the profiler does not see.
            pat = re.compile(r"\b" + re.escape(attr) + r"\b" if owner == "builtins"
                             else r"\." + re.escape(attr) + r"\b")
            if attr in DUNDER_ALIASES:
                pat = re.compile(pat.pattern + "|" + DUNDER_ALIASES[attr])
            hits = [(c, e) for c, (src, e) in texts.items() if pat.search(src)]
            if hits:
                how = "text"
                ok = ok or True
                err = err or any(e for _, e in hits)
        needs_err = is_callable and not attr.startswith("__")
        status = "ok" if ok and (err or not needs_err) else ("no-error-path" if ok else "missing")
        rows.append((owner, attr, status, how))
        if status != "ok":
            holes.append((owner, attr, status))

    if args.all:
        for owner, attr, status, how in rows:
            print("%-12s %-24s %-14s %s" % (owner, attr, status, how))
    else:
        for owner, attr, status in holes:
            print("%-12s %-24s %s" % (owner, attr, status))
    print()
    print("implicit (operator/protocol) dunders, not audited by name: %d" % sum(
        1 for r in rows if r[2] == "implicit"))
    print("audited names: %d, fully covered: %d, no error path: %d, missing: %d" % (
        total, total - len(holes), sum(1 for h in holes if h[2] == "no-error-path"),
        sum(1 for h in holes if h[2] == "missing")))
    print()
    print("cases per issue-4 category:")
    n = 0
    for cat in ISSUE4_CATEGORIES:
        c = sum(1 for cc, _ in cases if cc == cat)
        n += c
        print("  %-14s %d" % (cat, c))
    print("  %-14s %d" % ("total", n))


if __name__ == "__main__":
    main()
