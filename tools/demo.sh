#!/usr/bin/env bash
# Shows Backstory at work on the demo article (demo/article.html): with a display, a Chromium
# window to read and hover; without one, screenshots in demo-output/. Extra arguments go to
# tools/demo.ts (--headless, --browser firefox).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
npm run build --silent >/dev/null
npx tsx tools/demo.ts "$@"
