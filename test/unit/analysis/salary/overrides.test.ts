import { describe, expect, it } from 'vitest';
import { DEFAULT_RATES, toYearly } from '../../../../lib/analysis/salary';
import { parseOverrides, withOverrides } from '../../../../lib/analysis/salary/overrides';
import type { Salary } from '../../../../lib/model/types';

const pay: Salary = {
  min: 100000,
  max: 100000,
  currency: 'CAD',
  period: 'year',
  periodInferred: false,
  raw: 'CA$100,000',
  source: 'text',
  evidence: 'CA$100,000',
  flags: [],
};

describe('rate overrides', () => {
  it('converts with the user’s rate and says so', () => {
    const table = withOverrides(DEFAULT_RATES, { CAD: 1.25 });
    const y = toYearly(pay, 'USD', table);
    expect(y?.min).toBe(80000);
    expect(y?.ratesDate).toContain('with your rates for CAD');
  });

  it('leaves the table alone without overrides, and never overrides the base', () => {
    expect(withOverrides(DEFAULT_RATES, {})).toBe(DEFAULT_RATES);
    expect(withOverrides(DEFAULT_RATES, { USD: 2 })).toBe(DEFAULT_RATES);
  });

  it.each([
    [{ EUR: 0.9 }, { EUR: 0.9 }],
    [{ EUR: -1 }, {}],
    [{ euro: 0.9 }, {}],
    [{ EUR: 'x' }, {}],
    [null, {}],
    ['junk', {}],
  ])('parseOverrides(%j)', (raw, want) => {
    expect(parseOverrides(raw)).toEqual(want);
  });
});
