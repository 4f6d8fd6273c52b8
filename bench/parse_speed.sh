#!/usr/bin/env bash
# Parse speed: `kaa ast FILE` against python3's ast.parse on a generated
# multi-megabyte file, and writes the figures into bench/README.md.
#
# Usage: bench/parse_speed.sh [MEGABYTES]     (default 4)
# Environment: KAA, BENCH_NO_BUILD, BENCH_RUNS (default 5), BENCH_NO_README as for run.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

mb="${1:-4}"
runs="${BENCH_RUNS:-5}"
find_python
ensure_hyperfine
build_kaa

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
big="$work/big.py"
"$PYTHON" "$BENCH/gen_big_source.py" "$big" "$mb" >&2
bytes="$(wc -c <"$big")"

py_cmd="$PYTHON -c \"import ast,sys; ast.parse(open(sys.argv[1]).read())\" $big"
kaa_status="n/a (no binary)"
if [[ -n "$KAA" ]]; then
    if "$KAA" ast "$big" >"$work/kaa.ast" 2>"$work/kaa.err"; then
        kaa_status="ok"
    else
        kaa_status="kaa ast failed: $(tail -n 1 "$work/kaa.err" | cut -c1-80)"
    fi
fi

if [[ "$kaa_status" == ok ]]; then
    hyperfine --warmup 1 --runs "$runs" --export-json "$work/h.json" \
        "$py_cmd" "$KAA ast $big >/dev/null" >&2
    py_med="$(median_of "$work/h.json" 0)"
    kaa_med="$(median_of "$work/h.json" 1)"
    ratio="$("$PYTHON" -c "import sys; print('%.2f×' % (float(sys.argv[2]) / float(sys.argv[1])))" "$py_med" "$kaa_med")"
else
    hyperfine --warmup 1 --runs "$runs" --export-json "$work/h.json" "$py_cmd" >&2
    py_med="$(median_of "$work/h.json" 0)"
    kaa_med="n/a"
    ratio="n/a"
fi

{
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') by \`bench/parse_speed.sh $mb\`: a generated file of $bytes bytes"
    echo "(\`bench/gen_big_source.py\`), hyperfine median of $runs runs; both include process start-up."
    echo
    echo "| command | median |"
    echo "|---|---:|"
    echo "| \`python3 -c 'import ast,sys; ast.parse(open(sys.argv[1]).read())' FILE\` | $(printf %.3f "$py_med") s |"
    if [[ "$kaa_med" == n/a ]]; then kaa_cell="n/a"; else kaa_cell="$(printf '%.3f s' "$kaa_med")"; fi
    echo "| \`kaa ast FILE >/dev/null\` | $kaa_cell |"
    echo
    echo "kaa / python: **$ratio** (lower is better). kaa status: $kaa_status."
    echo
    machine_note
} >"$work/section.md"
cat "$work/section.md"
if [[ "${BENCH_NO_README:-0}" != 1 ]]; then
    "$PYTHON" "$BENCH/update_readme.py" parse "$work/section.md"
fi
