#!/usr/bin/env bash
# Load benchmark of `kaa serve` on loopback, bounded in time.
#
# For a trivial program (print(1)) and a CPU-heavy one, measures
# requests/s and p50/p99 latency with wrk against:
#   kaa serve --isolation process   (pre-started sandboxed workers)
#   kaa serve --isolation thread    (in-process threads)
#   naive_server.py                 (python3 started per request)
# all in the same run, and writes bench/load/results.md. Then, for the
# trivial program, the latency of each kaa mode under a paced load at half
# the issue's throughput target (2,500 requests/s in thread mode, 1,000 in
# process mode): each connection waits PACE_MS between requests, and the
# number of connections is chosen so that the offered rate is about that.
#
# Usage: bench/load/run.sh [SECONDS_PER_RUN (default 10)]
# (BENCH_NO_README=1: do not write the figures into bench/README.md)
# Env: KAA_BIN (default: target/release/kaa, built if missing),
#      CONNECTIONS (default 16), WORKERS (default: CPUs), PACE_MS (default 5).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
secs="${1:-10}"
conns="${CONNECTIONS:-16}"
workers="${WORKERS:-$(nproc)}"
pace_ms="${PACE_MS:-5}"

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
if [ -z "${KAA_BIN:-}" ]; then
  (cd "$root" && cargo build -q --release -p kaa-service)
  KAA_BIN="${CARGO_TARGET_DIR:-$root/target}/release/kaa"
fi

tmp="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]:-}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$tmp"; }
trap cleanup EXIT

printf '{"source": "print(1)"}' > "$tmp/trivial.json"
printf '{"source": "t = 0\\nfor i in range(200000):\\n    t += i * i\\nprint(t)"}' > "$tmp/cpu.json"

start_kaa() { # mode -> url
  local log="$tmp/kaa-$1.log"
  "$KAA_BIN" serve --listen 127.0.0.1:0 --isolation "$1" --workers "$workers" --queue-size 1024 >"$log" 2>/dev/null &
  pids+=($!)
  for _ in $(seq 100); do
    local url; url="$(sed -n 's/^kaa: listening on //p' "$log")"
    [ -n "$url" ] && { echo "$url"; return; }
    sleep 0.1
  done
  echo "kaa serve ($1) did not start" >&2; exit 1
}

start_naive() {
  local port=$((20000 + RANDOM % 20000)) log="$tmp/naive.log"
  python3 "$here/naive_server.py" "$port" >"$log" 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do
    grep -q "listening" "$log" && { echo "http://127.0.0.1:$port"; return; }
    sleep 0.1
  done
  echo "naive_server.py did not start" >&2; exit 1
}

measure() { # name url body [connections [delay_ms]] -> table row
  local out c="${4:-$conns}"
  out="$(BODY_FILE="$3" DELAY_MS="${5:-}" wrk -t2 -c"$c" -d"${secs}s" --timeout 10s --latency -s "$here/post.lua" "$2/v1/execute")"
  local rps p50 p99 non2xx
  rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
  p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"
  p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
  non2xx="$(awk '/Non-2xx/ {print $NF}' <<<"$out")"
  echo "| $1 | $(basename "$3" .json) | $rps | $p50 | $p99 | ${non2xx:-0} |"
}

process_url="$(start_kaa process)"
thread_url="$(start_kaa thread)"
naive_url="$(start_naive)"
# Sanity check: each answers print(1) with "1".
for u in "$process_url" "$thread_url" "$naive_url"; do
  curl -fsS -H 'content-type: application/json' -d @"$tmp/trivial.json" "$u/v1/execute" | grep -q '"stdout": *"1\\n"' \
    || { echo "server at $u does not run print(1) correctly" >&2; exit 1; }
done

{
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') by \`bench/load/run.sh $secs\` on $(nproc) CPUs (wrk on the same cores): wrk -t2 -c$conns -d${secs}s, kaa workers=$workers, queue 1024; load average $(cut -d' ' -f1-3 /proc/loadavg) at the start."
  echo
  echo "| server | program | requests/s | p50 | p99 | non-2xx |"
  echo "|---|---|---|---|---|---|"
  for body in "$tmp/trivial.json" "$tmp/cpu.json"; do
    measure "kaa process" "$process_url" "$body"
    measure "kaa thread" "$thread_url" "$body"
    measure "python3 per request" "$naive_url" "$body"
  done
  echo
  echo "Paced load (trivial program): each connection waits ${pace_ms} ms between requests;"
  echo "connections chosen for about half the target rate (latency counted from each send)."
  echo
  echo "| server | offered | connections | requests/s | p50 | p99 | non-2xx |"
  echo "|---|---|---|---|---|---|---|"
  for pair in "process 1000" "thread 2500"; do
    set -- $pair
    # rate = connections / (pace + ~0.5 ms of service time)
    c="$(awk -v r="$2" -v p="$pace_ms" 'BEGIN { c = int(r * (p + 0.5) / 1000 + 0.5); if (c < 2) c = 2; print c }')"
    url="$process_url"; [ "$1" = thread ] && url="$thread_url"
    row="$(measure "kaa $1" "$url" "$tmp/trivial.json" "$c" "$pace_ms")"
    echo "$row" | awk -v o="$2/s" -v c="$c" -F'|' '{ printf "|%s| %s | %s |%s|%s|%s|%s|\n", $2, o, c, $4, $5, $6, $7 }'
  done
  echo
  echo "Load average $(cut -d' ' -f1-3 /proc/loadavg) when the run ended."
} | tee "$here/results.md"
if [ "${BENCH_NO_README:-0}" != 1 ]; then
  python3 "$root/bench/update_readme.py" load "$here/results.md"
  echo "bench: figures written to bench/README.md" >&2
fi
