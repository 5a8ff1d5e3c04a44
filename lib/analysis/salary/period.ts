// The period of an amount whose unit is not written, judged from its size: the period that
// makes it closest to a typical year's pay in that currency, nudged by what the page says
// ("hourly contract"). The same yardstick rejects amounts that cannot be pay at all.
import { PERIODS, type Period } from '../../model/types';
import { PERIODS_PER_YEAR } from './constants';
import { pairs, wordSet } from './lists';

/** A typical yearly pay for posted jobs, in each currency: only its order of magnitude matters.
 * Kept in the currency itself, so refreshing the exchange rates never moves a period's reading. */
const TYPICAL_YEARLY: Record<string, number> = Object.fromEntries(
  Object.entries(
    pairs(`
      USD=75000 CAD=86300 AUD=96400 NZD=88800 GBP=44200 EUR=48300 CHF=90700 JPY=6290000
      CNY=146000 HKD=350000 TWD=821000 KRW=58800000 SGD=75000 INR=1030000 PKR=1670000 LKR=1470000
      NPR=549000 BDT=478000 IDR=97100000 MYR=67100 PHP=463000 THB=342000 VND=300000000 SEK=606000
      NOK=682000 DKK=432000 ISK=8350000 PLN=103000 CZK=608000 HUF=7950000 RON=86600 BGN=28300
      UAH=420000 RUB=1650000 TRY=530000 ILS=183000 AED=184000 SAR=150000 QAR=182000 KWD=15400
      EGP=254000 MAD=81000 NGN=7700000 KES=776000 ZAR=377000 BRL=92700 MXN=309000 ARS=12400000
      CLP=17900000 COP=44000000 PEN=37600 UYU=662000`),
  ).map(([code, amount]) => [code, Number(amount)]),
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
  const typical = (currency && TYPICAL_YEARLY[currency]) || (TYPICAL_YEARLY['USD'] as number);
  return Math.abs(Math.log((value * PERIODS_PER_YEAR[period]) / typical));
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
