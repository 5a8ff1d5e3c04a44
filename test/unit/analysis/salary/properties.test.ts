import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SalarySchema } from '../../../../lib/model/job';
import { parseSalaryText, salaryFromJsonLd } from '../../../../lib/analysis/salary';
import type { Salary } from '../../../../lib/model/types';
import { salaryLine } from '../../../../lib/analysis/view';
import { anyText, phrase, PROTOTYPE_WORDS, RUNS, words } from '../../../helpers/arbitraries';

const SIGNS = words('$|€|£|¥|₹|CA$|US$|A$|R$|HK$|USD|EUR|CAD|GBP|INR|CHF|kr|zł|K€');
const PERIODS = words(
  'per hour|/hr|an hour|a year|per annum|p.a.|monthly|/month|daily|per week|LPA|lakh|crore|mil|pro Jahr',
);
const GLUE = words(
  'Salary:|Pay|OTE|bonus|equity|401k|raised|between|and|to|up to|from|-|–|~|,|.|k|K|M|+|/|(',
);
const amount = fc.integer({ min: 0, max: 5_000_000 });
const NUMBERS = fc.oneof(
  amount.map((n) => n.toLocaleString('en-US')),
  amount.map((n) => n.toLocaleString('de-DE')),
  amount.map(String),
  fc.integer({ min: 1, max: 999 }).map((n) => `${n}k`),
  fc.double({ min: 0, max: 500, noNaN: true }).map((n) => n.toFixed(2)),
);
const payWord = fc.oneof(
  ...[SIGNS, PERIODS, GLUE, PROTOTYPE_WORDS].map((list) => fc.constantFrom(...list)),
  NUMBERS,
  NUMBERS,
);
/** "Salary: CA$ 120,000 – 150k per annum", and nonsense made of the same words. */
const payText = phrase(payWord);

function expectValid(s: Salary): void {
  expect(SalarySchema.safeParse(s).success).toBe(true);
  if (s.min !== null && s.max !== null) expect(s.min).toBeLessThanOrEqual(s.max);
}

// The renderer writes whole units (maximumFractionDigits: 0), so $17.89 reads back as $18.
const whole = (n: number | null): number | null => (n === null ? null : Math.round(n));
const figures = (s: Salary) => ({
  min: whole(s.min),
  max: whole(s.max),
  currency: s.currency,
  period: s.period,
});

describe('parseSalaryText, for any text', () => {
  it('never throws, and every reading is a valid salary with min ≤ max', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, payText), (text) => parseSalaryText(text).forEach(expectValid)),
      RUNS,
    );
  });

  it('reads its own rendering back as the same figures', () => {
    fc.assert(
      fc.property(payText, (text) => {
        for (const s of parseSalaryText(text)) {
          const line = salaryLine(s);
          if (!line) continue; // no currency: nothing the panel writes
          const again = parseSalaryText(line);
          expect(again, line).toHaveLength(1);
          expect(figures(again[0] as Salary), line).toEqual(figures(s));
        }
      }),
      RUNS,
    );
  });
});

describe('salaryFromJsonLd, for any JSON', () => {
  it('never throws, and a reading is a valid salary with min ≤ max', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 6 }),
        fc.option(fc.constantFrom('USD', 'EUR', '$', '')),
        (v, cur) => {
          const s = salaryFromJsonLd(v, cur ?? undefined);
          if (s) expectValid(s);
        },
      ),
      RUNS,
    );
  });
});
