#!/usr/bin/env bash
# Import time of the usual judge modules in a fresh interpreter once the
# process is warm (interp/examples/import_time.rs: median of N evaluations,
# each a new Interpreter::run), plus python3's figure for the same imports
# in a fresh process (`-X importtime` is not comparable, so the whole run of
# `python3 -c 'import …'` minus `python3 -c pass` is shown).
#
# Usage: bench/import_time.sh [N]    (default 300 evaluations)
# Environment: BENCH_NO_BUILD=1 skips the build; BENCH_NO_README=1 only prints.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

n="${1:-300}"
find_python
ensure_hyperfine
target="${CARGO_TARGET_DIR:-$REPO/target}"
if [[ "${BENCH_NO_BUILD:-0}" != 1 ]]; then
    (cd "$REPO" && cargo build --release -p kaa-interp --example import_time >&2)
fi
bin="$target/release/examples/import_time"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mods="sys, math, collections, itertools, functools, heapq, bisect, re, json, random"
hyperfine -N --warmup 2 --runs 20 --export-json "$work/h.json" \
    "$PYTHON -c pass" "$PYTHON -c 'import $mods'" >&2
py_empty="$(median_of "$work/h.json" 0)"
py_imp="$(median_of "$work/h.json" 1)"
{
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') by \`bench/import_time.sh $n\` on $(nproc) cores:"
    echo
    echo '```'
    "$bin" "$n" --each
    echo '```'
    echo
    echo "python3, fresh process: \`-c 'import $mods'\` median $(python3 -c "print('%.1f' % ($py_imp * 1e3))") ms,"
    echo "\`-c pass\` median $(python3 -c "print('%.1f' % ($py_empty * 1e3))") ms (hyperfine, 20 runs)."
    echo
    machine_note
} >"$work/table.md"
cat "$work/table.md"
if [[ "${BENCH_NO_README:-0}" != 1 ]]; then
    "$PYTHON" "$BENCH/update_readme.py" imports "$work/table.md"
    echo "bench: figures written to bench/README.md" >&2
fi
