#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml), one script so that the steps run in order (Trunk
# starts the hooks of one stage together): the wasm split into the main module and the parts
# loaded on demand, the Content-Security-Policy, the service worker with the build's file
# list, then (release only) .br and .gz copies of every file.
set -euo pipefail
staging="${TRUNK_STAGING_DIR:-dist}"
profile="${TRUNK_PROFILE:-release}"
node scripts/split.mjs "$staging" "$profile"
python3 scripts/csp.py
if [ "$profile" = release ]; then
  node scripts/service_worker.mjs "$staging"
  node scripts/compress.mjs "$staging"
else
  node scripts/service_worker.mjs "$staging" --debug
fi
