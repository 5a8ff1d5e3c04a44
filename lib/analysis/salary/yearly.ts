import type { Salary } from '../../model/types';
import { PERIODS_PER_YEAR } from './constants';
import { DEFAULT_RATES, rateOf, type RateTable } from './rates';

export interface YearlyPay {
  min: number | null;
  max: number | null;
  currency: string;
  /** Converted between currencies or from a shorter period (hour × 2080…), or a guessed period. */
  approximate: boolean;
  /** Date of the rate table used. */
  ratesDate: string;
}

/**
 * A salary as yearly pay in currency `to`, or null when its currency is unknown or the table
 * has no rate for either currency.
 */
export function toYearly(s: Salary, to: string, rates: RateTable = DEFAULT_RATES): YearlyPay | null {
  if (!s.currency) return null;
  const target = to.toUpperCase();
  const same = s.currency === target;
  const from = rateOf(rates, s.currency);
  const into = rateOf(rates, target);
  if (!same && (from === null || into === null)) return null;
  const factor = PERIODS_PER_YEAR[s.period] * (same ? 1 : (into as number) / (from as number));
  const convert = (v: number | null): number | null => (v === null ? null : Math.round(v * factor));
  return {
    min: convert(s.min),
    max: convert(s.max),
    currency: target,
    approximate: !same || s.period !== 'year' || s.periodInferred || s.flags.includes('estimate'),
    ratesDate: rates.date,
  };
}
