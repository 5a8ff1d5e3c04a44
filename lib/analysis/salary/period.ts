// The period of an amount whose unit is not written, judged from its size: the period that
// makes it closest to a typical year's pay in that currency, nudged by what the page says
// ("hourly contract"). The same yardstick rejects amounts that cannot be pay at all.
import { PERIODS, type Period } from '../../model/types';
import { PERIODS_PER_YEAR } from './constants';
import { pairs, wordSet } from './lists';
import { DEFAULT_RATES, rateOf } from './rates';

/** A typical yearly pay for posted jobs, in USD, by currency: only its order of magnitude matters. */
const TYPICAL_YEARLY_USD: Record<string, number> = Object.fromEntries(
  Object.entries(
    pairs(`
      USD=75000 CAD=60000 AUD=60000 NZD=50000 GBP=55000 EUR=50000 CHF=100000 JPY=40000 CNY=20000
      HKD=45000 TWD=25000 KRW=40000 SGD=55000 INR=12000 PKR=6000 LKR=5000 NPR=4000 BDT=4000
      IDR=6000 MYR=15000 PHP=8000 THB=10000 VND=6000 SEK=55000 NOK=60000 DKK=60000 ISK=60000
      PLN=25000 CZK=25000 HUF=20000 RON=18000 BGN=15000 UAH=10000 RUB=15000 TRY=15000 ILS=50000
      AED=50000 SAR=40000 QAR=50000 KWD=50000 EGP=5000 MAD=8000 NGN=5000 KES=6000 ZAR=20000
      BRL=15000 MXN=15000 ARS=12000 CLP=18000 COP=10000 PEN=10000 UYU=15000`),
  ).map(([code, usd]) => [code, Number(usd)]),
);

/** Where pay is usually quoted per month. */
const MONTHLY_CURRENCIES = wordSet(`
  BRL MXN ARS CLP COP PEN UYU PHP IDR VND THB MYR CNY TWD AED SAR QAR KWD EGP TRY PLN CZK HUF RON
  BGN UAH RUB KES NGN PKR BDT LKR NPR MAD`);

/** Quoting pay per week or per day is rarer than per hour, month or year. */
const PENALTY: Record<Period, number> = { hour: 0.3, day: 1, week: 1.5, month: 0.3, year: 0 };
const HINT_BONUS = 0.6;
/** An unwritten period must bring the amount within 12× of a typical year… */
const MAX_INFERRED_DISTANCE = Math.log(12.5);
/** …and a written one within 60×. */
const MAX_WRITTEN_DISTANCE = Math.log(60);

function representative(min: number | null, max: number | null): number | null {
  if (min !== null && max !== null) return Math.sqrt(min * max);
  return max ?? min;
}

/** Distance, in log units, between this amount over a year and a typical year's pay. */
function distance(value: number, currency: string | null, period: Period): number {
  const code = currency && rateOf(DEFAULT_RATES, currency) !== null ? currency : 'USD';
  const rate = rateOf(DEFAULT_RATES, code) ?? 1;
  const typical = TYPICAL_YEARLY_USD[code] ?? 30000;
  return Math.abs(Math.log((value * PERIODS_PER_YEAR[period]) / rate / typical));
}

function penalty(period: Period, currency: string | null): number {
  if (currency && MONTHLY_CURRENCIES.has(currency)) {
    if (period === 'month') return 0;
    if (period === 'year') return 0.3;
  }
  return PENALTY[period];
}

/** The most likely period, or null when no period makes the amount look like pay. */
export function inferPeriod(
  min: number | null,
  max: number | null,
  currency: string | null,
  hints: ReadonlySet<Period>,
): Period | null {
  const value = representative(min, max);
  if (value === null || value <= 0) return null;
  let best: Period | null = null;
  let bestCost = Infinity;
  for (const period of PERIODS) {
    const d = distance(value, currency, period);
    if (d > MAX_INFERRED_DISTANCE) continue;
    const cost = d + penalty(period, currency) - (hints.has(period) ? HINT_BONUS : 0);
    if (cost < bestCost) [best, bestCost] = [period, cost];
  }
  return best;
}

/** Whether an amount with a written period can be pay ("£300 a year" cannot). */
export function plausibleFor(
  min: number | null,
  max: number | null,
  currency: string | null,
  period: Period,
): boolean {
  const value = representative(min, max);
  return value !== null && value > 0 && distance(value, currency, period) <= MAX_WRITTEN_DISTANCE;
}
