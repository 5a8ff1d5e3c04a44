// Splits ../shared/corpus into a working part and a set-aside third, chosen by a hash of each case's
// name, as folders of links: .corpus/work and .corpus/holdout. Tune on the work part (read its misses
// with --verbose); read the holdout only as a score. A gap between the two is over-fitting to undo.
//   node scripts/corpus-split.mjs [CORPUS]
//   node ../shared/eval/score.mjs --batch --corpus .corpus/work --verbose
//   node ../shared/eval/score.mjs --batch --corpus .corpus/holdout
import { mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { heldOut } from './corpus-parts.mjs';

const corpus = resolve(process.argv[2] ?? '../shared/corpus');
const out = resolve('.corpus');
rmSync(out, { recursive: true, force: true });
for (const part of ['work', 'holdout']) mkdirSync(join(out, part), { recursive: true });

const counts = { work: 0, holdout: 0 };
for (const file of readdirSync(corpus)) {
  const name = file.replace(/\.[^.]+$/, '');
  if (!/\.(json|html?|md|txt)$/.test(file) || file === 'INDEX.md') continue;
  const part = heldOut(name) ? 'holdout' : 'work';
  symlinkSync(join(corpus, file), join(out, part, file));
  if (file.endsWith('.json')) counts[part]++;
}
console.log(`work: ${counts.work} cases, holdout: ${counts.holdout} cases (in ${out})`);
