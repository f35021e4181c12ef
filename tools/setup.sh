#!/usr/bin/env bash
# Installs what Backstory's demo and tests need on a fresh Debian machine with Node:
# Debian's Chromium and Firefox ESR with their Persian language packs (only when missing), then the npm packages (only when
# node_modules is missing or older than the lock file). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr)
# The interface in Persian is tested in each browser's Persian interface (their language packs).
[ -n "${CHROMIUM_PATH:-}" ] || [ -f /usr/lib/chromium/locales/fa.pak ] || missing+=(chromium-l10n)
[ -n "${FIREFOX_PATH:-}" ] || compgen -G '/usr/lib/firefox-esr/browser/extensions/langpack-fa@*' >/dev/null || missing+=(firefox-esr-l10n-fa)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]} from Debian's packages"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
fi
