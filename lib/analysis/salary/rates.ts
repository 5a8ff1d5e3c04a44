/** Units of each currency that one unit of `base` buys, as of `date` (YYYY-MM-DD). */
export interface RateTable {
  date: string;
  base: string;
  rates: Record<string, number>;
}

/**
 * Offline mid-market rates, so conversion works without a network call. The values are rounded
 * mid rates around 2 January 2025, compiled by hand from the public reference rates of that
 * week (ECB euro reference rates and the Federal Reserve H.10 release, re-based to USD; the
 * rest from each currency's central bank). They are approximate by design: the UI marks
 * converted pay with "≈" and this date, and the options page lets the user override any rate.
 * To update, replace the values and the date together.
 */
export const DEFAULT_RATES: RateTable = {
  date: '2025-01-02',
  base: 'USD',
  rates: {
    USD: 1,
    EUR: 0.966,
    GBP: 0.803,
    CAD: 1.438,
    AUD: 1.607,
    NZD: 1.776,
    CHF: 0.907,
    JPY: 157.2,
    CNY: 7.299,
    HKD: 7.768,
    TWD: 32.85,
    KRW: 1469,
    SGD: 1.363,
    INR: 85.75,
    PKR: 278.5,
    LKR: 293.5,
    NPR: 137.2,
    BDT: 119.5,
    IDR: 16180,
    MYR: 4.47,
    PHP: 57.9,
    THB: 34.2,
    VND: 25450,
    SEK: 11.02,
    NOK: 11.36,
    DKK: 7.2,
    ISK: 139.1,
    PLN: 4.13,
    CZK: 24.3,
    HUF: 397.5,
    RON: 4.81,
    BGN: 1.889,
    UAH: 42.0,
    RUB: 110.0,
    TRY: 35.36,
    ILS: 3.65,
    AED: 3.6725,
    SAR: 3.75,
    QAR: 3.64,
    KWD: 0.308,
    EGP: 50.8,
    MAD: 10.12,
    NGN: 1540,
    KES: 129.3,
    ZAR: 18.85,
    BRL: 6.18,
    MXN: 20.6,
    ARS: 1032,
    CLP: 995,
    COP: 4400,
    PEN: 3.76,
    UYU: 44.1,
  },
};

/** Units of `code` per unit of the table's base, or null when the table does not know it. */
export function rateOf(table: RateTable, code: string): number | null {
  if (code === table.base) return table.rates[code] ?? 1;
  const rate = table.rates[code];
  return rate !== undefined && Number.isFinite(rate) && rate > 0 ? rate : null;
}
