#!/usr/bin/env bash
# Every test: static checks, unit tests, the built extension in Chromium and in Firefox.
# Keeps going after a failure so one run shows everything; ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
results=$(mktemp -d)
status=0
step() { echo; echo "== $1"; }

bash scripts/ensure-browsers.sh || exit 1

step "check (types, lint, format)"
if npm run --silent check; then echo '{"passed":1,"failed":0}' >"$results/check.json"
else echo '{"passed":0,"failed":1}' >"$results/check.json"; status=1; fi

step "unit tests"
npx vitest run --reporter=default --reporter=json --outputFile.json="$results/vitest.json" || status=1

step "build"
if ! npm run --silent build >"$results/build.log" 2>&1; then
  cat "$results/build.log"; echo '{"passed":0,"failed":1}' >"$results/build.json"; status=1
else
  echo '{"passed":1,"failed":0}' >"$results/build.json"
  step "size budgets (build output)"
  npx tsx scripts/budgets.ts --json "$results/budgets.json" || status=1
  step "web-ext lint (Firefox build; a warning fails it)"
  if npx web-ext lint --warnings-as-errors -s "${JOBSIGHT_OUT:-.output}/firefox-mv2" >"$results/webext.log" 2>&1; then
    echo '{"passed":1,"failed":0}' >"$results/webext.json"; tail -n 3 "$results/webext.log"
  else
    cat "$results/webext.log"; echo '{"passed":0,"failed":1}' >"$results/webext.json"; status=1
  fi
  step "e2e: Chromium"
  PLAYWRIGHT_JSON_OUTPUT_NAME="$results/playwright.json" npx playwright test --reporter=list,json || status=1
  step "e2e: Firefox"
  npx tsx test/e2e/firefox.ts | tee "$results/firefox.txt" || status=1
fi

echo
node scripts/summary.mjs "$results"
exit $status
