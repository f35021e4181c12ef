#!/usr/bin/env bash
# Runs every test: unit tests in Node, then end-to-end tests in Debian's Chromium and Firefox
# ESR with the freshly built extension. Installs what is missing first (tools/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
npm test
