import { describe, expect, it } from 'vitest';
import {
  DAYS_PER_YEAR,
  DEFAULT_RATES,
  HOURS_PER_YEAR,
  MONTHS_PER_YEAR,
  toYearly,
  WEEKS_PER_YEAR,
  type RateTable,
} from '../../../../lib/analysis/salary';
import type { Period, Salary } from '../../../../lib/model/types';

function salary(
  min: number | null,
  max: number | null,
  currency: string | null,
  period: Period,
  periodInferred = false,
): Salary {
  return { min, max, currency, period, periodInferred, raw: '', source: 'text', evidence: '', flags: [] };
}

const TABLE: RateTable = { date: '2030-01-01', base: 'USD', rates: { USD: 1, EUR: 0.5, GBP: 0.8, INR: 80 } };

describe('toYearly', () => {
  it('uses a working year of 2080 hours, 260 days, 52 weeks, 12 months', () => {
    expect([HOURS_PER_YEAR, DAYS_PER_YEAR, WEEKS_PER_YEAR, MONTHS_PER_YEAR]).toEqual([2080, 260, 52, 12]);
  });

  it.each([
    [salary(47, 94, 'USD', 'hour'), 'USD', 97760, 195520, true],
    [salary(500, 500, 'GBP', 'day'), 'GBP', 130000, 130000, true],
    [salary(2000, 2000, 'USD', 'week'), 'USD', 104000, 104000, true],
    [salary(5000, 6000, 'EUR', 'month'), 'EUR', 60000, 72000, true],
    [salary(100000, 120000, 'USD', 'year'), 'USD', 100000, 120000, false],
    [salary(100000, 120000, 'USD', 'year', true), 'USD', 100000, 120000, true],
    [salary(100000, 120000, 'USD', 'year'), 'EUR', 50000, 60000, true],
    [salary(40000, 48000, 'GBP', 'year'), 'EUR', 25000, 30000, true],
    [salary(null, 1200000, 'INR', 'year'), 'usd', null, 15000, true],
    [salary(1000, null, 'EUR', 'month'), 'GBP', 19200, null, true],
  ] as const)('%o in %s', (s, to, min, max, approximate) => {
    expect(toYearly(s, to, TABLE)).toEqual({
      min,
      max,
      currency: to.toUpperCase(),
      approximate,
      ratesDate: '2030-01-01',
    });
  });

  it('returns null without a currency or a rate', () => {
    expect(toYearly(salary(50000, 50000, null, 'year'), 'USD', TABLE)).toBeNull();
    expect(toYearly(salary(50000, 50000, 'XYZ', 'year'), 'USD', TABLE)).toBeNull();
    expect(toYearly(salary(50000, 50000, 'USD', 'year'), 'XYZ', TABLE)).toBeNull();
  });

  it('needs no rate to stay in the same currency', () => {
    expect(toYearly(salary(10, 10, 'XYZ', 'hour'), 'XYZ', TABLE)?.max).toBe(20800);
  });

  it('uses the default table, dated', () => {
    const r = toYearly(salary(100000, 100000, 'EUR', 'year'), 'USD');
    expect(r?.ratesDate).toBe(DEFAULT_RATES.date);
    expect(r?.max).toBe(Math.round(100000 / (DEFAULT_RATES.rates.EUR as number)));
  });
});

describe('DEFAULT_RATES', () => {
  it('is a dated USD table of at least 30 positive rates', () => {
    expect(DEFAULT_RATES.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(DEFAULT_RATES.base).toBe('USD');
    expect(DEFAULT_RATES.rates.USD).toBe(1);
    const rates = Object.entries(DEFAULT_RATES.rates);
    expect(rates.length).toBeGreaterThanOrEqual(30);
    for (const [code, rate] of rates) {
      expect(code).toMatch(/^[A-Z]{3}$/);
      expect(rate).toBeGreaterThan(0);
    }
  });
});
