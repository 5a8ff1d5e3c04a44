import { describe, expect, it } from 'vitest';
import { salaryFromJsonLd } from '../../../../lib/analysis/salary';
import type { Period } from '../../../../lib/model/types';

const money = (value: unknown, currency = 'USD') => ({ '@type': 'MonetaryAmount', currency, value });
const quantity = (fields: Record<string, unknown>) => ({ '@type': 'QuantitativeValue', ...fields });

type Row = [
  what: string,
  baseSalary: unknown,
  legacy: string | undefined,
  expected: [number | null, number | null, string | null, Period, boolean],
];

const SHAPES: Row[] = [
  [
    'MonetaryAmount with a min/max QuantitativeValue',
    money(quantity({ minValue: 90000, maxValue: 130000, unitText: 'YEAR' })),
    undefined,
    [90000, 130000, 'USD', 'year', false],
  ],
  [
    'a single value',
    money(quantity({ value: 42.5, unitText: 'HOUR' })),
    undefined,
    [42.5, 42.5, 'USD', 'hour', false],
  ],
  [
    'numbers written as strings',
    money(quantity({ minValue: '85,000', maxValue: '95000.00', unitText: 'YEAR' }), 'GBP'),
    undefined,
    [85000, 95000, 'GBP', 'year', false],
  ],
  [
    'unitText "per year"',
    money(quantity({ value: 70000, unitText: 'per year' }), 'EUR'),
    undefined,
    [70000, 70000, 'EUR', 'year', false],
  ],
  [
    'unitText "ANNUAL"',
    money(quantity({ value: 70000, unitText: 'ANNUAL' }), 'EUR'),
    undefined,
    [70000, 70000, 'EUR', 'year', false],
  ],
  [
    'unitText "MONTHLY"',
    money(quantity({ value: 9000, unitText: 'MONTHLY' }), 'BRL'),
    undefined,
    [9000, 9000, 'BRL', 'month', false],
  ],
  [
    'unitText "Hourly"',
    money(quantity({ minValue: 20, maxValue: 24, unitText: 'Hourly' }), 'CAD'),
    undefined,
    [20, 24, 'CAD', 'hour', false],
  ],
  [
    'unitText "DAY"',
    money(quantity({ value: 500, unitText: 'DAY' }), 'GBP'),
    undefined,
    [500, 500, 'GBP', 'day', false],
  ],
  [
    'unitText "WEEK"',
    money(quantity({ value: 1800, unitText: 'WEEK' })),
    undefined,
    [1800, 1800, 'USD', 'week', false],
  ],
  [
    'UN/CEFACT unitCode "ANN"',
    money(quantity({ value: 65000, unitCode: 'ANN' })),
    undefined,
    [65000, 65000, 'USD', 'year', false],
  ],
  [
    'no unit: period from the amount',
    money(quantity({ minValue: 110000, maxValue: 140000 })),
    undefined,
    [110000, 140000, 'USD', 'year', true],
  ],
  [
    'value inline on the MonetaryAmount',
    { '@type': 'MonetaryAmount', currency: 'USD', minValue: 60000, maxValue: 75000, unitText: 'YEAR' },
    undefined,
    [60000, 75000, 'USD', 'year', false],
  ],
  [
    'unitText on the MonetaryAmount',
    { '@type': 'MonetaryAmount', currency: 'USD', unitText: 'HOUR', value: quantity({ value: 31 }) },
    undefined,
    [31, 31, 'USD', 'hour', false],
  ],
  [
    'legacy salaryCurrency',
    { '@type': 'MonetaryAmount', value: quantity({ value: 52000, unitText: 'YEAR' }) },
    'GBP',
    [52000, 52000, 'GBP', 'year', false],
  ],
  ['a bare number with legacy currency', 48000, 'EUR', [48000, 48000, 'EUR', 'year', true]],
  ['a numeric string', '72000', 'CAD', [72000, 72000, 'CAD', 'year', true]],
  ['a sentence', '$80,000 - $100,000 per year', undefined, [80000, 100000, 'USD', 'year', false]],
  [
    'a range without currency, legacy currency',
    '80,000 - 100,000',
    'EUR',
    [80000, 100000, 'EUR', 'year', true],
  ],
  ['a sentence with a bare "$" and legacy currency', '$95k', 'CAD', [95000, 95000, 'CAD', 'year', true]],
  [
    'an array',
    [money(quantity({ value: 0 })), money(quantity({ value: 30, unitText: 'HOUR' }))],
    undefined,
    [30, 30, 'USD', 'hour', false],
  ],
  [
    'a currency written as a sign',
    money(quantity({ value: 45000, unitText: 'YEAR' }), '£'),
    undefined,
    [45000, 45000, 'GBP', 'year', false],
  ],
  [
    'min and max swapped',
    money(quantity({ minValue: 120000, maxValue: 100000, unitText: 'YEAR' })),
    undefined,
    [100000, 120000, 'USD', 'year', false],
  ],
  [
    'estimatedSalary distribution',
    {
      '@type': 'MonetaryAmountDistribution',
      currency: 'USD',
      duration: 'P1Y',
      percentile25: 80000,
      median: 90000,
      percentile75: 100000,
      unitText: 'YEAR',
    },
    undefined,
    [80000, 100000, 'USD', 'year', false],
  ],
];

describe('salaryFromJsonLd', () => {
  it.each(SHAPES)('%s', (_what, baseSalary, legacy, [min, max, currency, period, periodInferred]) => {
    const s = salaryFromJsonLd(baseSalary, legacy);
    expect(
      s && {
        min: s.min,
        max: s.max,
        currency: s.currency,
        period: s.period,
        periodInferred: s.periodInferred,
      },
    ).toEqual({
      min,
      max,
      currency,
      period,
      periodInferred,
    });
    expect(s?.source).toBe('jsonld');
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['zero', money(quantity({ value: 0, unitText: 'YEAR' }))],
    ['no numbers', money(quantity({ unitText: 'YEAR' }))],
    ['a word', 'Competitive'],
    ['an implausible figure', money(quantity({ value: 1, unitText: 'YEAR' }))],
  ])('returns null for %s', (_what, baseSalary) => {
    expect(salaryFromJsonLd(baseSalary)).toBeNull();
  });

  it('flags an estimated distribution', () => {
    const s = salaryFromJsonLd({
      '@type': 'MonetaryAmountDistribution',
      currency: 'USD',
      median: 90000,
      unitText: 'YEAR',
    });
    expect(s?.flags).toEqual(['estimate']);
  });
});
