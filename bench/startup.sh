#!/usr/bin/env bash
# Start-up time (an empty program) and peak RSS (hello world), kaa against
# python3; writes the figures into bench/README.md.
#
# Usage: bench/startup.sh
# Environment: KAA, BENCH_NO_BUILD, BENCH_RUNS (default 30), BENCH_NO_README as for run.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

runs="${BENCH_RUNS:-30}"
find_python
ensure_hyperfine
build_kaa

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
empty="$BENCH/startup/empty.py"
hello="$BENCH/startup/hello.py"

# peak_rss CMD...: maximum resident set size in KiB, or n/a when the command fails.
peak_rss() {
    if /usr/bin/time -v "$@" >"$work/out" 2>"$work/time"; then
        awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time"
    else
        echo "n/a"
    fi
}

kaa_ok=0
if [[ -n "$KAA" ]] && "$KAA" run "$empty" >/dev/null 2>&1 &&
    [[ "$("$KAA" run "$hello" 2>/dev/null)" == "hello world" ]]; then
    kaa_ok=1
fi

if [[ $kaa_ok == 1 ]]; then
    hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/h.json" \
        "$PYTHON $empty" "$KAA run $empty" >&2
    py_start="$(median_of "$work/h.json" 0)"
    kaa_start="$(median_of "$work/h.json" 1)"
    kaa_rss="$(peak_rss "$KAA" run "$hello")"
else
    hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/h.json" "$PYTHON $empty" >&2
    py_start="$(median_of "$work/h.json" 0)"
    kaa_start="n/a"
    kaa_rss="n/a"
fi
py_rss="$(peak_rss "$PYTHON" "$hello")"

ms() { [[ "$1" == n/a ]] && echo n/a || "$PYTHON" -c "import sys; print('%.1f ms' % (float(sys.argv[1]) * 1000))" "$1"; }
kib() { [[ "$1" == n/a ]] && echo n/a || echo "$(($1 / 1024)) MiB ($1 KiB)"; }

{
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') by \`bench/startup.sh\` (hyperfine median of $runs runs; RSS from \`/usr/bin/time -v\`)."
    echo
    echo "| | python3 | kaa |"
    echo "|---|---:|---:|"
    echo "| start-up, empty program | $(ms "$py_start") | $(ms "$kaa_start") |"
    echo "| peak RSS, hello world | $(kib "$py_rss") | $(kib "$kaa_rss") |"
    echo
    machine_note
    [[ $kaa_ok == 1 ]] || echo -e "\nkaa: n/a (${KAA:-no binary}: \`kaa run\` does not run programs yet)."
} >"$work/section.md"
cat "$work/section.md"
if [[ "${BENCH_NO_README:-0}" != 1 ]]; then
    "$PYTHON" "$BENCH/update_readme.py" startup "$work/section.md"
fi
