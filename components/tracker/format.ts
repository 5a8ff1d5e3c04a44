import type { JobRow } from '../../lib/saved-jobs/rows';
import { shortDate } from '../popup/format';

const MONEY = new Map<string, Intl.NumberFormat>();

function money(currency: string): Intl.NumberFormat {
  let f = MONEY.get(currency);
  if (!f) {
    f = new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 0 });
    MONEY.set(currency, f);
  }
  return f;
}

/** "CA$120,000–CA$150,000": the row's pay per year in the user's currency, '' when unknown. */
export function yearlyRange(row: Pick<JobRow, 'yearlyPay' | 'yearlyFloor'>, currency: string): string {
  const { yearlyFloor: low, yearlyPay: high } = row;
  if (high === null) return '';
  const f = money(currency);
  return low === null || low === high ? f.format(high) : `${f.format(low)}–${f.format(high)}`;
}

/** A local calendar date 'YYYY-MM-DD' as the moment it starts. */
export function dateOf(date: string): number {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(y, m - 1, d).getTime();
}

/** "Today", "Overdue: Mar 3", "Mar 20". */
export function followUpText(date: string, today: string): string {
  if (date === today) return 'Today';
  return date < today ? `Overdue: ${shortDate(dateOf(date))}` : shortDate(dateOf(date));
}
