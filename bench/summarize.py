#!/usr/bin/env python3
"""Turn the per-program results of bench/run.sh into a markdown table.

    python3 bench/summarize.py RESULTS.tsv > table.md

Each RESULTS.tsv line: program, python median (s), kaa median (s) or n/a,
output check (same | differs | kaa failed: ... | n/a).  The ratio is
kaa / python (lower is better, < 1 means kaa is faster); the geometric mean
covers the programs that have both numbers and the same output.
"""
import math
import sys


def fmt_time(t):
    return 'n/a' if t is None else ('%.3f s' % t if t >= 0.1 else '%.1f ms' % (t * 1000))


def main(path):
    rows = []
    for line in open(path, encoding='utf-8'):
        parts = line.rstrip('\n').split('\t')
        if len(parts) < 4:
            continue
        name, py, kaa, check = parts[:4]
        py = float(py) if py not in ('', 'n/a') else None
        kaa = float(kaa) if kaa not in ('', 'n/a') else None
        rows.append((name, py, kaa, check))
    out = ['| program | python median | kaa median | kaa / python | output |',
           '|---|---:|---:|---:|---|']
    logs = []
    for name, py, kaa, check in rows:
        ratio = None
        if py and kaa and check == 'same':
            ratio = kaa / py
            logs.append(math.log(ratio))
        out.append('| %s | %s | %s | %s | %s |' % (name, fmt_time(py), fmt_time(kaa),
                                                 'n/a' if ratio is None else '%.2f×' % ratio, check))
    geo = 'n/a' if not logs else '%.2f× over %d programs' % (math.exp(sum(logs) / len(logs)), len(logs))
    out.append('')
    out.append('Geometric mean of kaa / python: %s.' % geo)
    print('\n'.join(out))


if __name__ == '__main__':
    main(sys.argv[1])
