"""Writes NAME.out for every NAME.py here from python3's output
(stdout, '--- exit N', stderr), the format tests/native_modules.rs compares."""
import glob
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
for path in sorted(glob.glob(os.path.join(here, "*.py"))):
    if path.endswith("gen_expected.py"):
        continue
    p = subprocess.run([sys.executable, os.path.basename(path)], cwd=here, capture_output=True, text=True, env=dict(os.environ, TZ="UTC"))
    with open(path[:-3] + ".out", "w") as f:
        f.write("%s--- exit %d\n%s" % (p.stdout, p.returncode, p.stderr))
