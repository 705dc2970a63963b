#!/usr/bin/env bash
# Installs whatever the project needs and is missing: the wasm target, the pinned Trunk,
# wasm-bindgen CLI and wasm-split CLI, the npm tools (wasm-opt, playwright-core, axe-core,
# fflate), Chromium and chromedriver.
# Idempotent, and quick when everything is already there. Source it (`. scripts/setup.sh`)
# to also get PATH and CHROMEDRIVER set for the caller.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14" # trunk 0.22 needs a newer rustc than this machine's 1.95
# Splits the wasm into the parts loaded on demand (scripts/split.mjs); its runtime half,
# wasm_split_helpers, comes with Leptos.
WASM_SPLIT_VERSION="0.2.4"
# The CLI must equal the wasm-bindgen crate pinned in Cargo.toml, or Trunk tries to
# download another one and fails offline.
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' "$ROOT/Cargo.toml")"

say() { printf '[setup] %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ] \
  || ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 5 minutes)"
  # --locked first for the tested dependency set; the registry may lack one of its pins
  # (seen: webpki-roots 1.0.11), then let cargo pick compatible versions.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked \
    || cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# The CLI prints no version: the marker file records which one was installed.
split_stamp="$HOME/.cargo/bin/.golive-wasm-split-$WASM_SPLIT_VERSION"
if ! command -v wasm-split-cli >/dev/null || [ ! -f "$split_stamp" ]; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION (about 5 minutes)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
  touch "$split_stamp"
fi

# npm tools (wasm-opt from binaryen 132, playwright-core, axe-core for the accessibility
# checks, fflate for the benchmark's vanilla page): reinstalled when the lock changes.
stamp="$ROOT/node_modules/.golive-lock"
if [ ! -f "$stamp" ] || ! cmp -s "$ROOT/package-lock.json" "$stamp"; then
  say "installing npm tools (binaryen, playwright-core, axe-core, fflate)"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$ROOT/package-lock.json" "$stamp"
fi

if ! command -v python3 >/dev/null; then
  say "installing python3 (Trunk's post-build hook writes the Content-Security-Policy with it)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq python3 >/dev/null
fi

# Only the tests and the benchmark need a browser; a build (GOLIVE_SETUP_NO_BROWSER=1, as the
# GitHub Pages workflow sets) does not.
if [ "${GOLIVE_SETUP_NO_BROWSER:-0}" != 1 ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
  say "installing chromium and chromedriver from Debian"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver >/dev/null
fi

export CHROMEDRIVER=/usr/bin/chromedriver
