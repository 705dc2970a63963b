#!/usr/bin/env bash
# Where the release wasm's bytes go (bench/breakdown.mjs), on a copy of the bundle that keeps
# its function names: Trunk's intermediate cargo output (every part, before the split),
# through wasm-bindgen and wasm-opt with the same settings as the release build
# (scripts/wasm-opt.args). Then the same build of
# examples/headless.rs, the app's rules and storage with no interface, to size what is not
# interface. Run after `trunk build --release`. Pass --smoke for a quick run (what the test
# command runs).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/setup.sh"
cd "$ROOT"
input=target/wasm32-unknown-unknown/release/golive.wasm
out=target/breakdown
[ -f "$input" ] || { echo "no $input: run trunk build --release first" >&2; exit 1; }
opt=$(cat scripts/wasm-opt.args)
mkdir -p "$out"
wasm-bindgen --target web --keep-debug --out-dir "$out" "$input"
# shellcheck disable=SC2086 # the parameters are a list of flags
wasm-opt $opt -g "$out/golive_bg.wasm" -o "$out/named.wasm"

cargo build --release --locked --target wasm32-unknown-unknown --example headless
wasm-bindgen --target web --out-dir "$out/headless" target/wasm32-unknown-unknown/release/examples/headless.wasm
# shellcheck disable=SC2086
wasm-opt $opt "$out/headless/headless_bg.wasm" -o "$out/headless/headless.wasm"

node bench/breakdown.mjs "$out/named.wasm" --headless "$out/headless/headless.wasm" "$out/headless/headless.js" "$@"
