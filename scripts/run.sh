#!/usr/bin/env bash
# Sets up what is missing, then serves the app on http://127.0.0.1:8080 and rebuilds it
# on change. Pass --release for the size-optimised build.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/setup.sh"
cd "$ROOT"
exec trunk serve --address 127.0.0.1 --port 8080 "$@"
