#!/usr/bin/env bash
# Sets up what is missing, then runs every check and test: format, lints (host and wasm32),
# native tests, browser tests in headless Chromium, and end-to-end tests on the release
# build served from the site root and from a sub-path. Stops at the first failure.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/setup.sh"
cd "$ROOT"

step() { printf '\n==> %s\n' "$*"; }

step "format"
cargo fmt --check

step "translations: same keys and variables in every locale, official step names"
python3 scripts/check_locales.py

step "lints (host)"
cargo clippy --all-targets --locked -- -D warnings

step "lints (wasm32)"
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
# The release build's code: the parts split off (ui::parts), a branch the line above skips.
cargo clippy --locked --target wasm32-unknown-unknown --features split -- -D warnings

step "native tests: domain and store"
cargo test --locked

step "documentation builds without warnings"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --locked

step "browser tests: wasm-bindgen-test in headless Chromium"
cargo test --locked --target wasm32-unknown-unknown

step "release build"
trunk build --release --locked

step "benchmark smoke run (small counts; keeps the benchmark from rotting, asserts no target)"
node bench/run.mjs --smoke
bash bench/breakdown.sh --smoke

step "end-to-end tests on the release build (site root and /golive/)"
node --test --test-concurrency=1 tests/e2e/

