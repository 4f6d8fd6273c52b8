#!/bin/sh
# Regenerates dump_cases.expected from dump_cases.py with CPython 3.4's
# ast.dump (via /work/shared/tools/ast34.py): one line per case.
cd "$(dirname "$0")"
python3 - <<'PY'
import subprocess
cases = open('dump_cases.py').read().split('# ---\n')
out = []
for c in cases:
    r = subprocess.run(['python3', '/work/shared/tools/ast34.py', '-'], input=c.encode(), capture_output=True)
    if r.returncode != 0:
        out.append('ERROR ' + r.stderr.decode().strip())
    else:
        out.append(r.stdout.decode().strip())
open('dump_cases.expected', 'w').write('\n'.join(out) + '\n')
PY
