#!/usr/bin/env bash
# Sets up what is missing, builds the release bundle, and runs the benchmark in headless
# Chromium on loopback. Pass --smoke for small counts (what the test command runs).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/setup.sh"
cd "$ROOT"
trunk build --release --locked
exec node bench/run.mjs "$@"
