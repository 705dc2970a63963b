#!/usr/bin/env bash
# Sets up what is missing, builds the release bundle, and runs the benchmark in headless
# Chromium on loopback, then shows where the wasm's bytes go. Pass --smoke for small counts
# (what the test command runs).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/setup.sh"
cd "$ROOT"
trunk build --release --locked
node bench/run.mjs "$@"
echo
bash bench/breakdown.sh "$@"
