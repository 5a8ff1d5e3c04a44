import { verdictFor } from './eligibility';
import type { Job } from '../model/job';
import { DEFAULT_RATES, toYearly, type RateTable } from './salary';
import type { JobView, Period, Profile, Salary } from '../model/types';

const PERIOD_WORD = {
  hour: 'an hour',
  day: 'a day',
  week: 'a week',
  month: 'a month',
  year: 'a year',
} as const;

// Building a NumberFormat costs more than using one, and the popup formats pay for many rows.
const FORMATS = new Map<string, Intl.NumberFormat>();

function format(currency: string, cents: boolean): Intl.NumberFormat {
  const key = `${currency}${cents ? '.00' : ''}`;
  const known = FORMATS.get(key);
  if (known) return known;
  const digits = cents
    ? { minimumFractionDigits: 2, maximumFractionDigits: 2 }
    : { maximumFractionDigits: 0 };
  const made = new Intl.NumberFormat('en', { style: 'currency', currency, ...digits });
  FORMATS.set(key, made);
  return made;
}

// A bare "$" is read as the reader's own dollar: every dollar is named ("A$", "CA$", "US$").
// Intl names the others in English; the US dollar alone it leaves bare.
const BARE_DOLLAR = /(^|[^A-Z])\$/;

/** "$17.89" keeps its cents when the page wrote them; "$90,000" has none to keep. */
function money(value: number, currency: string, small = false): string {
  const cents = small && !Number.isInteger(Math.round(value * 100) / 100);
  try {
    const text = format(currency, cents).format(value);
    return currency === 'USD' ? text.replace(BARE_DOLLAR, '$1US$$') : text;
  } catch {
    return `${currency} ${cents ? value.toFixed(2) : Math.round(value).toLocaleString('en')}`;
  }
}

/** Hourly and daily pay is small enough that its cents matter ("CAD 50.5 per hour" is not $51). */
const SMALL_PERIODS: ReadonlySet<Period> = new Set(['hour', 'day']);

function range(min: number | null, max: number | null, currency: string, small = false): string {
  const m = (v: number): string => money(v, currency, small);
  if (min !== null && max !== null && min !== max) return `${m(min)}–${m(max)}`;
  if (min === null && max !== null) return `up to ${m(max)}`;
  // "from $90,000": a floor is not the pay itself.
  if (min !== null && max === null) return `from ${m(min)}`;
  const one = min ?? max;
  return one === null ? '' : m(one);
}

/** "$47–$94 an hour": the page's figures read back, in their own currency and period. */
export function salaryLine(s: Salary): string | null {
  if (!s.currency) return null;
  const figures = range(s.min, s.max, s.currency, SMALL_PERIODS.has(s.period));
  return figures ? `${figures} ${PERIOD_WORD[s.period]}` : null;
}

/** "≈ €95,000–€118,000 a year": the user's money per year, or null when it adds nothing. */
export function yearlyLine(s: Salary, profile: Profile, rates: RateTable = DEFAULT_RATES): string | null {
  if (s.currency === profile.currency && s.period === 'year') return null;
  const y = toYearly(s, profile.currency, rates);
  if (!y) return null;
  const figures = range(y.min, y.max, y.currency);
  return figures ? `≈ ${figures} a year` : null;
}

/** The pay with its dollar named, where the page's own words leave a bare "$" ("$130,000" on an
 * Australian job is A$130,000); null where they name their currency themselves. */
export function namedPay(s: Salary): string | null {
  // "USD $150,000" names it with its code; "CA$50" and "A$130k" with their sign.
  const named =
    (s.currency !== null && s.raw.includes(s.currency)) ||
    !BARE_DOLLAR.test(s.raw.replace(/\b[A-Z]{1,2}\$/g, ''));
  return named ? null : salaryLine(s);
}

/** What the ≈ line rests on, for its tooltip: the line itself stays one line. */
export const ratesNote = (rates: RateTable = DEFAULT_RATES): string =>
  `Converted at the exchange rates of ${rates.date} (built in; change them in the options)`;

/** What the panel and the popup say about a job for this user. */
export function viewFor(job: Job, profile: Profile, rates: RateTable = DEFAULT_RATES): JobView {
  const verdict = verdictFor(job.eligibility, profile);
  const s = job.salary;
  const yearly = s ? toYearly(s, profile.currency, rates) : null;
  const top = yearly?.max ?? yearly?.min ?? null;
  return {
    verdict,
    pay: s ? salaryLine(s) : null,
    yearly: s ? yearlyLine(s, profile, rates) : null,
    ratesNote: s ? ratesNote(rates) : null,
    belowMinimum: profile.minPay !== null && top !== null && top < profile.minPay,
    needsProfile: !profile.country,
  };
}
