# Shared helpers for bench/*.sh (sourced, not run).
#
# Sets REPO, BENCH, PYTHON (the real interpreter, not a pyenv shim) and KAA
# (the kaa binary, or empty when it cannot run programs yet).

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$BENCH/.." && pwd)"

# CPython 3.4 has no int<->str digit limit and the bench programs rely on that.
export PYTHONINTMAXSTRDIGITS=0
export PYTHONHASHSEED=0

find_python() {
    PYTHON="$(python3 -c 'import sys; print(sys.executable)')"
    if [[ ! -x "$PYTHON" ]]; then
        echo "bench: cannot find the python3 executable" >&2
        exit 2
    fi
}

ensure_hyperfine() {
    if ! command -v hyperfine >/dev/null 2>&1; then
        echo "bench: installing hyperfine" >&2
        apt-get install -y hyperfine >/dev/null 2>&1 ||
            { apt-get update >/dev/null 2>&1 && apt-get install -y hyperfine >/dev/null 2>&1; } || {
            echo "bench: hyperfine is missing and could not be installed" >&2
            exit 2
        }
    fi
}

# build_kaa: builds the release binary unless KAA is already set or
# BENCH_NO_BUILD=1; leaves KAA empty when no usable binary exists.
build_kaa() {
    if [[ -n "${KAA:-}" ]]; then
        return
    fi
    local target="${CARGO_TARGET_DIR:-$REPO/target}"
    if [[ "${BENCH_NO_BUILD:-0}" != 1 ]]; then
        echo "bench: cargo build --release -p kaa-service" >&2
        (cd "$REPO" && cargo build --release -p kaa-service >&2) || echo "bench: build failed" >&2
    fi
    if [[ -x "$target/release/kaa" ]]; then
        KAA="$target/release/kaa"
    else
        KAA=""
    fi
}

# median_of JSON: the median (seconds) of the first command in a hyperfine export.
median_of() {
    "$PYTHON" -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print("%.6f" % r[int(sys.argv[2])]["median"])' "$1" "$2"
}

# machine_note: one line about the machine's state, written under each table
# (the machine is shared; a high load inflates every figure, both columns alike).
machine_note() {
    echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) when the run ended."
}
