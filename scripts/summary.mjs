// Adds up the runners' own reports into one line: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const read = (name) => {
  const file = join(dir, name);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
};
let passed = 0;
let failed = 0;
const add = (p, f) => {
  passed += p;
  failed += f;
};

for (const name of ['check.json', 'build.json', 'budgets.json', 'webext.json']) {
  const r = read(name);
  if (r) add(JSON.parse(r).passed, JSON.parse(r).failed);
}
const vitest = read('vitest.json');
if (vitest) {
  const v = JSON.parse(vitest);
  add(v.numPassedTests, v.numFailedTests + (v.numRuntimeErrorTestSuites ?? 0));
} else add(0, 1);
const pw = read('playwright.json');
if (pw) {
  const s = JSON.parse(pw).stats;
  add(s.expected + s.flaky, s.unexpected);
}
const ff = read('firefox.txt');
if (ff) {
  const m = /(\d+) passed, (\d+) failed/.exec(ff);
  if (m) add(Number(m[1]), Number(m[2]));
  else add(0, 1);
}
console.log(`${passed} passed, ${failed} failed`);
