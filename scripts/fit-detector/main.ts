// npm run fit-detector [-- CORPUS]: fits the weights of the detector's cheap signals on our fixtures
// and the working part of the shared corpus, prints cross-validated accuracy, and writes
// lib/page/detect/weights.ts. The content script ships those numbers, not this script.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURES } from '../../lib/page/detect/features';
import { crossValidate, fit, predict } from './logistic';
import { labelledPages } from './pages';

const ROOT = join(import.meta.dirname, '../..');
const corpus = process.argv[2] ?? join(ROOT, '../shared/corpus');
const pages = labelledPages(corpus);
const xs = pages.map((p) => FEATURES.map((f) => p.features[f]));
const ys = pages.map((p) => (p.isJob ? 1 : 0));

// The penalty that generalises best, chosen by cross-validation.
const PENALTIES = [0.001, 0.003, 0.01, 0.03, 0.1];
const scored = PENALTIES.map((l2) => ({ l2, cv: crossValidate(xs, ys, l2) }));
const { l2, cv } = scored.reduce((best, s) => (s.cv > best.cv ? s : best));
const model = fit(xs, ys, { l2 });
const wrong = pages.filter((p, i) => predict(model, xs[i] as number[]) >= 0.5 !== p.isJob);
const round = (v: number): number => Math.round(v * 1000) / 1000;

const weights = FEATURES.map((f, i) => `  ${f}: ${round(model.weights[i] ?? 0)},`).join('\n');
writeFileSync(
  join(ROOT, 'lib/page/detect/weights.ts'),
  `import type { Features } from './features';

// Written by scripts/fit-detector (npm run fit-detector): logistic regression on ${pages.length} labelled
// pages (${ys.filter(Boolean).length} postings), L2 penalty ${l2}, 5-fold cross-validated accuracy
// ${(cv * 100).toFixed(1)} %. Do not edit by hand.

export const BIAS = ${round(model.bias)};

export const WEIGHTS: Features = {
${weights}
};
`,
);
console.log(`pages: ${pages.length} (${ys.filter(Boolean).length} postings)`);
for (const s of scored)
  console.log(`L2 ${s.l2}: 5-fold cross-validated accuracy ${(s.cv * 100).toFixed(1)} %`);
console.log(`chosen: L2 ${l2}, cross-validated accuracy ${(cv * 100).toFixed(1)} %`);
console.log(`training accuracy: ${(((pages.length - wrong.length) / pages.length) * 100).toFixed(1)} %`);
for (const p of wrong) console.log(`  wrong: ${p.name} (${p.isJob ? 'posting' : 'not a posting'})`);
console.log('wrote lib/page/detect/weights.ts');
