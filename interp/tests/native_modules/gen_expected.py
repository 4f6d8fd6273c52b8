"""Writes NAME.out for every NAME.py here from python3's output
(stdout, '--- exit N', stderr), the format tests/native_modules.rs compares."""
import glob
import re
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
for path in sorted(glob.glob(os.path.join(here, "*.py"))):
    if path.endswith("gen_expected.py"):
        continue
    p = subprocess.run([sys.executable, os.path.basename(path)], cwd=here, capture_output=True, text=True, env=dict(os.environ, TZ="UTC"))
    # py34-vs-py311.md #115: 3.4 prints randrange's empty range as "(5,2, -3)".
    stdout = re.sub(r"empty range for randrange\(\) \((-?\d+), (-?\d+), ", r"empty range for randrange() (\1,\2, ", p.stdout)
    p = subprocess.CompletedProcess(p.args, p.returncode, stdout, p.stderr)
    with open(path[:-3] + ".out", "w") as f:
        f.write("%s--- exit %d\n%s" % (p.stdout, p.returncode, p.stderr))
