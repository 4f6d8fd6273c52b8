#!/usr/bin/env bash
# Runs every test of the project: formatting, lints, unit and integration
# tests (golden AST corpus, interpreter programs, service), the conformance
# suite in-process and over HTTP, and the CPython check of expected files.
# Usage: scripts/test-all.sh            (from anywhere inside the checkout)
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy"
cargo clippy --workspace --all-targets -- -D warnings

step "cargo test"
cargo test --workspace

step "service isolation tests (fault injection, a test-only feature)"
cargo test -p kaa-service --features fault-injection --test http_isolation

if [ -f conformance/regen.py ]; then
  step "conformance expected files still match CPython"
  python3 conformance/regen.py --check
fi

if [ -f conformance/src/main.rs ] && grep -q -- "--server" conformance/src/*.rs 2>/dev/null; then
  step "conformance over HTTP"
  # The dev-profile binaries (opt-level 1, dependencies at 2) are already built
  # by `cargo test`; a release build here would add minutes to CI for a run
  # that takes seconds either way.
  cargo build -p kaa-service --bin kaa -p kaa-conformance
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  "${CARGO_TARGET_DIR:-target}/debug/kaa" serve --listen "127.0.0.1:$port" &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    sleep 0.1
  done
  cargo run -p kaa-conformance -- --server "http://127.0.0.1:$port"
  kill $server 2>/dev/null || true
  trap - EXIT
fi

if [ -x service/e2e/run.sh ] && command -v chromium >/dev/null 2>&1; then
  step "playground end-to-end (headless Chromium)"
  service/e2e/run.sh
fi

step "all tests passed"
