import { describe, expect, it } from 'vitest';
import { SalarySchema } from '../../../../lib/model/job';
import { parseSalaryText, salaryFromJsonLd } from '../../../../lib/analysis/salary';
import type { Salary } from '../../../../lib/model/types';
import { namedPay, salaryLine } from '../../../../lib/analysis/view';

// Edge cases of the input: odd names, prototype words, deep nesting, records that must stay valid.

const only = (text: string): Salary => {
  const [s, ...more] = parseSalaryText(text);
  if (!s || more.length) throw new Error(`not one salary in ${text}`);
  return s;
};

describe('salaryLine writes what was read', () => {
  it.each([
    ['from 1 LPA', 'from ₹100,000 a year'],
    ['from $40 an hour', 'from US$40 an hour'],
    ['up to $90k', 'up to US$90,000 a year'],
    ['$90k - $110k', 'US$90,000–US$110,000 a year'],
    // hourly and daily pay keeps its cents
    ['CAD 50.5 per hour', 'CA$50.50 an hour'],
    ['$17.89/hr', 'US$17.89 an hour'],
    ['$17.89 - $21.50 per hour', 'US$17.89–US$21.50 an hour'],
    ['€350 per day', '€350 a day'],
  ])('%s → %s', (text, line) => expect(salaryLine(only(text))).toBe(line));
});

describe('a bare "$" is always named, in whatever currency it stands for', () => {
  it.each<[string, Partial<Salary>, string | null]>([
    ['$130,000', { currency: 'AUD' }, 'A$130,000 a year'],
    ['$50.50 an hour', { currency: 'CAD', period: 'hour' }, 'CA$50.50 an hour'],
    ['$150,000', { currency: 'USD' }, 'US$150,000 a year'],
    // the page named it already
    ['CA$50.50 an hour', { currency: 'CAD', period: 'hour' }, null],
    ['USD 150,000', { currency: 'USD' }, null],
    ['USD $150,000', { currency: 'USD' }, null],
    ['€60,000', { currency: 'EUR' }, null],
  ])('%s (%j) → %s', (raw, over, want) => {
    const s = only(raw);
    expect(namedPay({ ...s, ...over, raw })).toBe(want);
  });
});

const figures = (text: string) =>
  parseSalaryText(text).map(({ min, max, currency, period, raw }) => ({ min, max, currency, period, raw }));

describe("Object.prototype's names are plain words", () => {
  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty'])('%s', (word) => {
    for (const text of [`${word} 100,000`, `100,000 ${word}`, `Salary: ${word} $90k`])
      expect(figures(text), text).toEqual(figures(text.replace(word, 'plain')));
  });
});

const DEPTH = 10_000;
const arrays = (inner: unknown): unknown => {
  let v = inner;
  for (let i = 0; i < DEPTH; i++) v = [v];
  return v;
};
const chain = (key: string, inner: unknown): unknown => {
  let v = inner;
  for (let i = 0; i < DEPTH; i++) v = { [key]: v };
  return v;
};

describe('salaryFromJsonLd on JSON nested 10 000 deep', () => {
  it.each([
    ['arrays', arrays(90_000)],
    ['a chain of values', chain('value', 90_000)],
    ['junk beside the pay', { value: 90_000, currency: 'USD', unitText: 'YEAR', junk: arrays(1) }],
  ])('%s', (_name, value) => {
    const s = salaryFromJsonLd(value);
    if (s) expect(SalarySchema.safeParse(s).success).toBe(true);
  });
});
