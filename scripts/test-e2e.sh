#!/usr/bin/env bash
# Build the extension, then run it in Chromium (Playwright) and Firefox (puppeteer-core, BiDi).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-browsers.sh
npm run --silent build
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npx playwright test
npx tsx test/e2e/firefox.ts
