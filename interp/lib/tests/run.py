"""Differential test runner for Kaa's Python-written standard library.

For every ``test_<name>.py`` in this folder the script is run twice under
``python3``: once against CPython's own standard library ("real") and once
with our module(s) from ``interp/lib`` substituted under the real name
("ours").  The two outputs (stdout and stderr) must be identical.

A test may substitute more than one module with a first-line comment::

    # substitute: collections, operator

Besides the differential runs, every module in ``interp/lib`` is checked to
parse as Python 3.4 and to import only ``sys``, ``math``, ``builtins`` and
other modules of ``interp/lib``.

Usage: ``python3 interp/lib/tests/run.py [-v] [--together] [--manifest]
[--interpreter CMD] [name ...]``.
``--interpreter CMD`` runs each test (with kaa_check.py prepended) under CMD
instead, e.g. ``--interpreter "kaa run"``, and diffs it against python3 with
the real standard library: the same tests then check Kaa itself.
``--manifest`` rewrites interp/lib/MODULES.txt (the list of files to embed,
which normal runs check is current).
``--together`` substitutes all of our modules in every run (an integration
check of our modules importing each other).  Exit status is non-zero if any
check fails.
"""
import ast
import difflib
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

TESTS = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.dirname(TESTS)
# re is a native module of the interpreter; string.Template imports it lazily
# only for subclasses that customise idpattern or pattern; time is native too
# (datetime imports it lazily for the clock and struct_time).
ALLOWED_IMPORTS = {"sys", "math", "builtins", "re", "time", "_kaa_re", "_random", "_kaa_random",
                   "_weakref", "_heapq", "_bisect", "_collections", "_kaa_itertools", "hashlib",
                   "_kaa_traceback", "linecache", "struct", "binascii", "unicodedata",
                   "_kaa_zlib", "_kaa_csv", "gc"}
# Stricter 3.4 grammar check (rejects what feature_version=(3, 4) lets through).
AST34 = "/work/shared/tools/ast34.py"

BOOTSTRAP = r"""
import sys
mode, tmp, script, names = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
sys.kaa_lib_mode = mode
# CPython's own modules that tests use: load them with the real standard
# library first (in both runs), so that only the test code sees ours.
import io, os, random, re  # noqa: E401
if mode == "ours":
    import importlib.machinery  # before the purge: it imports warnings itself
    for name in names:
        for loaded in list(sys.modules):
            if loaded == name or loaded.startswith(name + "."):
                del sys.modules[loaded]
    sys.path.insert(0, tmp)

    class OursFirst(object):
        # Find the substituted modules in tmp before built-in and frozen ones.

        @classmethod
        def find_spec(cls, fullname, path=None, target=None):
            if fullname.split(".")[0] in names:
                where = [tmp] if path is None else path
                return importlib.machinery.PathFinder.find_spec(fullname, where)
            return None

    sys.meta_path.insert(0, OursFirst)
    for name in names:
        module = __import__(name)
        if not getattr(module, "__file__", "").startswith(tmp):
            raise SystemExit("substitution failed for " + name)
sys.path.insert(0, %r)
sys.argv = [script]
with open(script) as handle:
    source = handle.read()
code = compile(source, script, "exec")
exec(code, {"__name__": "__main__", "__file__": script, "__builtins__": __builtins__})
""" % TESTS


def lib_modules():
    """Return {module name: path} for every module and package in interp/lib."""
    found = {}
    for entry in sorted(os.listdir(LIB)):
        path = os.path.join(LIB, entry)
        if entry.endswith(".py"):
            found[entry[:-3]] = path
        elif os.path.isdir(path) and os.path.exists(os.path.join(path, "__init__.py")):
            found[entry] = path
    return found


def source_files(path):
    """Yield the .py files of a module path (a file or a package folder)."""
    if os.path.isfile(path):
        yield path
        return
    for root, _dirs, files in os.walk(path):
        for name in sorted(files):
            if name.endswith(".py"):
                yield os.path.join(root, name)


def static_check(modules):
    """Check 3.4 syntax and allowed imports; return a list of problems."""
    problems = []
    for _name, path in sorted(modules.items()):
        for filename in source_files(path):
            with open(filename) as handle:
                source = handle.read()
            try:
                tree = ast.parse(source, filename, feature_version=(3, 4))
            except SyntaxError as exc:
                problems.append("%s: not Python 3.4: %s" % (filename, exc))
                continue
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    targets = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom):
                    if node.level:
                        continue
                    targets = [node.module]
                else:
                    continue
                for target in targets:
                    top = target.split(".")[0]
                    if top not in ALLOWED_IMPORTS and top not in modules:
                        problems.append("%s:%d: imports %s" % (filename, node.lineno, target))
    if os.path.exists(AST34):
        for _name, path in sorted(modules.items()):
            for filename in source_files(path):
                proc = subprocess.run([sys.executable, AST34, filename],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                if proc.returncode != 0:
                    problems.append("%s: rejected by ast34.py: %s"
                                    % (filename, proc.stderr.decode()[-300:]))
    return problems


MANIFEST = os.path.join(LIB, "MODULES.txt")
MANIFEST_HEADER = ("# Every embedded module: dotted name, file (relative to interp/lib), kind.\n"
                   "# Regenerate with: python3 interp/lib/tests/run.py --manifest\n")


def manifest_text():
    """MODULES.txt: one 'name path kind' line per module to embed."""
    rows = []
    for entry in sorted(os.listdir(LIB)):
        path = os.path.join(LIB, entry)
        if entry.endswith(".py"):
            rows.append((entry[:-3], entry, "module"))
        elif os.path.isdir(path) and os.path.exists(os.path.join(path, "__init__.py")):
            rows.append((entry, entry + "/__init__.py", "package"))
            for sub in sorted(os.listdir(path)):
                if sub.endswith(".py") and sub != "__init__.py":
                    rows.append((entry + "." + sub[:-3], entry + "/" + sub, "module"))
    return MANIFEST_HEADER + "".join("%s %s %s\n" % row for row in rows)


def substituted_names(script, default):
    """Read the '# substitute:' header of a test script."""
    with open(script) as handle:
        first = handle.readline()
    if first.startswith("# substitute:"):
        return [n.strip() for n in first.split(":", 1)[1].split(",") if n.strip()]
    return [default]


def run_once(mode, tmp, script, names):
    """Run one test script in a fresh python3; return (stdout, stderr, status)."""
    env = dict(os.environ)
    env.update(PYTHONHASHSEED="0", PYTHONNODEBUGRANGES="1",
               PYTHONINTMAXSTRDIGITS="0", LANG="C.UTF-8", KAA_LIB_MODE=mode)
    env.pop("PYTHONPATH", None)
    try:
        proc = subprocess.run(
            [sys.executable, "-I", "-S", "-c", BOOTSTRAP, mode, tmp, script] + names,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, timeout=300)
    except subprocess.TimeoutExpired:
        return "", "TIMEOUT", -1
    return (proc.stdout.decode("utf-8", "replace"),
            proc.stderr.decode("utf-8", "replace"), proc.returncode)


def combined_script(script, tmp):
    """kaa_check.py and the test in one file (for an interpreter that cannot
    import from the tests folder); returns its path."""
    with open(os.path.join(TESTS, "kaa_check.py")) as handle:
        helpers = handle.read()
    with open(script) as handle:
        body = [line for line in handle.read().splitlines(True)
                if not line.startswith("from kaa_check import")]
    # Keep a '# substitute:' header first, as the test had it.
    header = body.pop(0) if body and body[0].startswith("# substitute:") else ""
    path = os.path.join(tmp, os.path.basename(script))
    with open(path, "w") as handle:
        handle.write(header + helpers + "\n" + "".join(body))
    return path


def compare_external(name, script, interpreter, verbose):
    """Diff python3 (real stdlib) against another interpreter (e.g. Kaa)."""
    tmp = tempfile.mkdtemp(prefix="kaa-lib-")
    try:
        path = combined_script(script, tmp)
        real = run_once("real", tmp, path, [])
        env = dict(os.environ, PYTHONHASHSEED="0", LANG="C.UTF-8")
        try:
            proc = subprocess.run(shlex.split(interpreter) + [path], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, env=env, timeout=300)
            ours = (proc.stdout.decode("utf-8", "replace"),
                    proc.stderr.decode("utf-8", "replace"), proc.returncode)
        except subprocess.TimeoutExpired:
            ours = ("", "TIMEOUT", -1)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return report(name, real, ours, verbose)


def report(name, real, ours, verbose):
    """Print ok/FAIL with a diff; return True when the runs agree."""
    cases = real[0].count("\n")
    if real == ours and real[2] == 0:
        print("ok   %-14s %d lines" % (name, cases))
        return True
    print("FAIL %-14s" % name)
    if real[2] != 0:
        print("  the real run failed (status %d):\n%s" % (real[2], real[1][-3000:]))
    for label, index in (("stdout", 0), ("stderr", 1)):
        if real[index] != ours[index]:
            diff = difflib.unified_diff(real[index].splitlines(), ours[index].splitlines(),
                                        "real " + label, "ours " + label, lineterm="", n=1)
            lines = list(diff)
            limit = len(lines) if verbose else 40
            print("\n".join("  " + line for line in lines[:limit]))
            if len(lines) > limit:
                print("  ... %d more diff lines (-v shows all)" % (len(lines) - limit))
    if ours[2] != real[2]:
        print("  exit status: real %d, ours %d" % (real[2], ours[2]))
    return False


def compare(name, script, modules, verbose, together=False):
    """Run one test both ways; return True when outputs agree.

    With together=True every module of interp/lib is substituted at once,
    so that our modules are checked against each other too.
    """
    names = sorted(modules) if together else substituted_names(script, name)
    missing = [n for n in names if n not in modules]
    if missing:
        print("FAIL %-14s no module %s in interp/lib" % (name, ", ".join(missing)))
        return False
    tmp = tempfile.mkdtemp(prefix="kaa-lib-")
    try:
        for module in names:
            path = modules[module]
            if os.path.isdir(path):
                shutil.copytree(path, os.path.join(tmp, module),
                                ignore=shutil.ignore_patterns("tests", "__pycache__"))
            else:
                shutil.copy(path, os.path.join(tmp, module + ".py"))
        real = run_once("real", tmp, script, names)
        ours = run_once("ours", tmp, script, names)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return report(name, real, ours, verbose)


def main(argv):
    verbose = "-v" in argv
    together = "--together" in argv
    interpreter = None
    if "--interpreter" in argv:
        position = argv.index("--interpreter")
        interpreter = argv[position + 1]
        argv = argv[:position] + argv[position + 2:]
    wanted = [a for a in argv if not a.startswith("-")]
    modules = lib_modules()
    if "--manifest" in argv:
        with open(MANIFEST, "w") as handle:
            handle.write(manifest_text())
        print("wrote " + MANIFEST)
        return 0
    failed = 0
    try:
        with open(MANIFEST) as handle:
            current = handle.read()
    except OSError:
        current = ""
    if current != manifest_text():
        print("FAIL static: MODULES.txt is stale (run with --manifest)")
        failed += 1
    for problem in static_check(modules):
        print("FAIL static: " + problem)
        failed += 1
    scripts = sorted(f for f in os.listdir(TESTS) if f.startswith("test_") and f.endswith(".py"))
    for filename in scripts:
        name = filename[len("test_"):-len(".py")]
        if wanted and name not in wanted:
            continue
        script = os.path.join(TESTS, filename)
        if interpreter is not None:
            agreed = compare_external(name, script, interpreter, verbose)
        else:
            agreed = compare(name, script, modules, verbose, together)
        if not agreed:
            failed += 1
    print("%d failed" % failed if failed else "all passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
