import { describe, expect, it } from 'vitest';
import { RATE_CURRENCIES } from '../../../../lib/analysis/salary/rate-currencies';
import { DEFAULT_RATES, rateOf } from '../../../../lib/analysis/salary/rates';

// The built-in rates come from one dated, published snapshot (scripts/gen-rates.ts).
describe('the built-in rate table', () => {
  it('is dated, says where it comes from, and is based on the US dollar', () => {
    expect(DEFAULT_RATES.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(DEFAULT_RATES.source).toMatch(/^@fawazahmed0\/currency-api@\d{4}\.\d{1,2}\.\d{1,2}$/);
    expect(DEFAULT_RATES.base).toBe('USD');
    expect(rateOf(DEFAULT_RATES, 'USD')).toBe(1);
  });

  it.each([...RATE_CURRENCIES])('has a rate for %s', (code) => {
    expect(rateOf(DEFAULT_RATES, code)).toBeGreaterThan(0);
  });

  it('holds the currencies Jobsight reads, and only those', () => {
    expect(Object.keys(DEFAULT_RATES.rates).sort()).toEqual([...RATE_CURRENCIES].sort());
  });
});
