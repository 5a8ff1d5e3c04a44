// parseSalaryText on 1 MB hostile strings: a backtracking parser would take hours on these; ours
// scans once. The same inputs are checked (not timed) in test/unit/analysis/salary/hostile.test.ts.
// Run with `npm run bench -- salary`.
import { parseSalaryText } from '../lib/analysis/salary';
import { pseudoRandom, repeat } from '../test/helpers/hostile';
import { benchmark, type Suite } from './harness';

const INPUTS: Record<string, () => string> = {
  digits: () => repeat('9'),
  'digits and commas': () => repeat('1,'),
  'grouped dollars': () => repeat('$1,000'),
  'currency signs': () => repeat('$€£'),
  'dollar ranges': () => repeat('$1-$2 '),
  'space-grouped digits': () => repeat('1 000 '),
  'pay words and amounts': () => repeat('salary up to $100k per '),
  'random money characters': () =>
    pseudoRandom(['$', '1', ',', '0', '.', '€', ' ', '-', 'k', '~', "'", '\u00a0']),
};

export const salarySuite: Suite = {
  name: 'salary',
  note: 'salary: `parseSalaryText` on one 1 MB string of the kind named.',
  prepare: () =>
    Object.entries(INPUTS).map(([name, make]) => {
      const text = make();
      return benchmark({ name: `salary: ${name}, 1 MB`, runs: 5, run: () => void parseSalaryText(text) });
    }),
};
