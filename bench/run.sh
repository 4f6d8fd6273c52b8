#!/usr/bin/env bash
# Run every bench/programs/*.py under python3 and under kaa, check that both
# print the same output, and write a results table into bench/README.md.
#
# Usage: bench/run.sh [PATTERN]        only programs whose name contains PATTERN
# Environment:
#   KAA=/path/to/kaa      use this binary (skips the build)
#   BENCH_NO_BUILD=1      do not run cargo build; use the existing release binary
#   BENCH_RUNS=N          hyperfine runs per command (default 5, after 1 warm-up)
#   BENCH_NO_README=1     print the table only, leave README.md alone
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

pattern="${1:-}"
runs="${BENCH_RUNS:-5}"
find_python
ensure_hyperfine
build_kaa

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
results="$work/results.tsv"
: >"$results"

echo "python: $PYTHON ($("$PYTHON" --version 2>&1))" >&2
echo "kaa:    ${KAA:-n/a (no binary)}" >&2

for prog in "$BENCH"/programs/*.py; do
    name="$(basename "$prog" .py)"
    [[ -n "$pattern" && "$name" != *"$pattern"* ]] && continue
    "$PYTHON" "$prog" >"$work/py.out" 2>"$work/py.err" || {
        echo "bench: python3 failed on $name" >&2
        cat "$work/py.err" >&2
        exit 1
    }
    kaa_ok=0
    check="n/a"
    if [[ -n "$KAA" ]]; then
        if "$KAA" run "$prog" >"$work/kaa.out" 2>"$work/kaa.err"; then
            if cmp -s "$work/py.out" "$work/kaa.out"; then
                check="same"
                kaa_ok=1
            else
                check="differs"
            fi
        else
            check="kaa failed: $(tail -n 1 "$work/kaa.err" | tr '\t|' '  ' | cut -c1-60)"
        fi
    fi
    if [[ $kaa_ok == 1 ]]; then
        hyperfine -N --warmup 1 --runs "$runs" --export-json "$work/h.json" \
            "$PYTHON $prog" "$KAA run $prog" >&2
        py_med="$(median_of "$work/h.json" 0)"
        kaa_med="$(median_of "$work/h.json" 1)"
    else
        hyperfine -N --warmup 1 --runs "$runs" --export-json "$work/h.json" "$PYTHON $prog" >&2
        py_med="$(median_of "$work/h.json" 0)"
        kaa_med="n/a"
    fi
    printf '%s\t%s\t%s\t%s\n' "$name" "$py_med" "$kaa_med" "$check" >>"$results"
    echo "bench: $name python=$py_med kaa=$kaa_med ($check)" >&2
done

{
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') by \`bench/run.sh\` on $(nproc) cores ($(uname -m)):"
    echo "$("$PYTHON" --version 2>&1) (\`$PYTHON\`) vs \`${KAA:-kaa (not built)}\`;"
    echo "hyperfine median of $runs runs after 1 warm-up. Ratio = kaa / python (lower is better)."
    echo
    "$PYTHON" "$BENCH/summarize.py" "$results"
    echo
    machine_note
} >"$work/table.md"
cat "$work/table.md"
if [[ "${BENCH_NO_README:-0}" != 1 && -z "$pattern" ]]; then
    "$PYTHON" "$BENCH/update_readme.py" programs "$work/table.md"
    echo "bench: table written to bench/README.md" >&2
fi
