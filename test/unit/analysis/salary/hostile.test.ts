import { describe, expect, it } from 'vitest';
import { parseSalaryText, pickSalary } from '../../../../lib/analysis/salary';
import { pseudoRandom, repeat } from '../../../helpers/hostile';

// The parser is a linear scanner; these only check that hostile megabytes come back at all
// (a backtracking parser would hang here). Timing lives in bench/salary.bench.ts.

// A generous limit so a slow CI machine does not flake; a backtracking parser would need hours.
describe('parseSalaryText on 1 MB of hostile text', { timeout: 60_000 }, () => {
  it.each([
    ['digits', repeat('9')],
    ['digits and commas', repeat('1,')],
    ['grouped dollars', repeat('$1,000')],
    ['currency signs', repeat('$€£')],
    ['dollar ranges', repeat('$1-$2 ')],
    ['space-grouped digits', repeat('1 000 ')],
    ['pay words and amounts', repeat('salary up to $100k per ')],
    [
      'random money characters',
      pseudoRandom(['$', '1', ',', '0', '.', '€', ' ', '-', 'k', '~', "'", '\u00a0']),
    ],
  ])('%s', (_name, text) => {
    const found = parseSalaryText(text);
    expect(Array.isArray(found)).toBe(true);
    expect(found.length).toBeLessThanOrEqual(100);
  });

  it('pickSalary on a hostile block list', () => {
    const blocks = Array.from({ length: 400 }, () => repeat('$1,0').slice(0, 500));
    expect(pickSalary({ labelled: [], blocks, context: blocks.join('\n') }).all.length).toBeLessThanOrEqual(
      100,
    );
  });
});
