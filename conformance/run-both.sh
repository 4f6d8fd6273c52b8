#!/usr/bin/env bash
# Runs the conformance suite in-process and over HTTP against a freshly started
# `kaa serve`; any case whose two results differ fails (issue 7: both modes must
# give identical results). For CI: `bash conformance/run-both.sh`.
#
# Environment: CARGO_TARGET_DIR (where `kaa` is built, default ./target),
# KAA_SERVE_ARGS (extra flags for `kaa serve`, e.g. "--isolation thread"),
# CARGO_PROFILE_FLAGS (e.g. "--release"; default: the dev profile).
set -euo pipefail
cd "$(dirname "$0")/.."
profile_flags=${CARGO_PROFILE_FLAGS:-}
target_dir=${CARGO_TARGET_DIR:-target}
profile_dir=debug
[[ "$profile_flags" == *--release* ]] && profile_dir=release

cargo build $profile_flags -p kaa-service -p kaa-conformance
kaa="$target_dir/$profile_dir/kaa"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"

# shellcheck disable=SC2086
"$kaa" serve --listen "127.0.0.1:$port" ${KAA_SERVE_ARGS:-} >"$target_dir/conformance-serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
    if curl -fsS "$url/healthz" >/dev/null 2>&1; then break; fi
    sleep 0.1
done

"$target_dir/$profile_dir/kaa-conformance" --both --server "$url" "$@"
