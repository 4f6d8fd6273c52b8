#!/usr/bin/env bash
# Playground end-to-end test: builds kaa (unless KAA_BIN is given), starts
# `kaa serve` on a free loopback port, and drives the page in headless
# Chromium with playwright-core. Installs Debian's chromium and the npm
# package when missing. Exit status is the test's.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

if [ ! -x /usr/bin/chromium ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if [ ! -d "$here/node_modules/playwright-core" ]; then
  (cd "$here" && npm install --no-audit --no-fund --silent)
fi
if [ -z "${KAA_BIN:-}" ]; then
  (cd "$root" && cargo build -q -p kaa-service)
  KAA_BIN="${CARGO_TARGET_DIR:-$root/target}/debug/kaa"
fi

log="$(mktemp)"
"$KAA_BIN" serve --listen 127.0.0.1:0 --workers 2 >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 100); do
  url="$(sed -n 's/^kaa: listening on //p' "$log")"
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || { echo "kaa serve did not start:"; cat "$log"; exit 1; }
cd "$here"
KAA_URL="$url" node --test playground.test.mjs
