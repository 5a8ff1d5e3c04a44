import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, parseProfile } from '../../../lib/model/profile';

describe('parseProfile', () => {
  it.each([
    [
      { country: 'CA', subdivision: 'CA-QC', currency: 'CAD', minPay: 90000 },
      { country: 'CA', subdivision: 'CA-QC', currency: 'CAD', minPay: 90000 },
    ],
    [
      { country: 'US', subdivision: 'CA-QC', currency: 'USD', minPay: null },
      { country: 'US', subdivision: null, currency: 'USD', minPay: null },
    ],
    [{ country: 'canada', subdivision: null, currency: 'CAD', minPay: null }, DEFAULT_PROFILE],
    [{ country: 'GB', subdivision: null, currency: 'GBP', minPay: -1 }, DEFAULT_PROFILE],
    [undefined, DEFAULT_PROFILE],
    ['<script>', DEFAULT_PROFILE],
  ])('%j', (raw, want) => {
    expect(parseProfile(raw)).toEqual(want);
  });
});
