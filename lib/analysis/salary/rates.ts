import { GENERATED_RATES } from './rates.generated';

/** Units of each currency that one unit of `base` buys, as of `date` (YYYY-MM-DD). */
export interface RateTable {
  date: string;
  base: string;
  /** Where the rates come from (a package and its version), for the options page. */
  source?: string;
  rates: Record<string, number>;
}

/**
 * Offline rates, so conversion works without a network call: one dated daily snapshot of a
 * published rate table (scripts/gen-rates.ts; `npm run rates` refreshes it). They are approximate
 * by design: the UI marks converted pay with "≈" and says the date, and the options page lets the
 * user set any rate of their own.
 */
export const DEFAULT_RATES: RateTable = GENERATED_RATES;

/** Units of `code` per unit of the table's base, or null when the table does not know it. */
export function rateOf(table: RateTable, code: string): number | null {
  if (code === table.base) return table.rates[code] ?? 1;
  const rate = table.rates[code];
  return rate !== undefined && Number.isFinite(rate) && rate > 0 ? rate : null;
}
