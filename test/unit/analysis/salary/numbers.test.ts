import { describe, expect, it } from 'vitest';
import { readNumber } from '../../../../lib/analysis/salary/numbers';

describe('readNumber', () => {
  it.each([
    ['206,700', 206700],
    ['7.000', 7000],
    ['80.000', 80000],
    ['100.000,00', 100000],
    ['1,234.56', 1234.56],
    ['1.234,56', 1234.56],
    ['25,00,000', 2500000],
    ['1,20,000', 120000],
    ['12,34,567.89', 1234567.89],
    ['0.047', 0.047],
    ['17,89', 17.89],
    ['50.50', 50.5],
    ["120'000", 120000],
    ['1’250’000', 1250000],
    ['45 000', 45000],
    ['45\u00a0000', 45000],
    ['1\u202f234\u202f567', 1234567],
    ['1,000,000', 1000000],
    ['62.07', 62.07],
  ])('%s is %d', (raw, value) => {
    expect(readNumber(raw)).toBe(value);
  });

  it('reads "1.500" as a decimal before a scale suffix ("1.500k")', () => {
    expect(readNumber('1.500', true)).toBe(1.5);
  });

  it('reads a comma before one or two digits as a decimal comma', () => {
    expect(readNumber('12,34')).toBe(12.34);
  });

  it.each(['1,2,3', '1.2.3', '1,000.000,5', '12.34.567', '1234567890123456'])('rejects %s', (raw) => {
    expect(readNumber(raw)).toBeNull();
  });
});
