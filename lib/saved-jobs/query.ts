import { matchWords } from './identity';
import type { JobStatus } from '../model/types';
import type { Workplace } from '../model/types';
import type { JobRow } from './rows';

/** Rows rendered at first and per "Show more": the list stays fast with thousands of jobs. */
export const PAGE_SIZE = 50;

export const SORTS = ['saved', 'pay', 'company'] as const;
export type Sort = (typeof SORTS)[number];

export interface JobQuery {
  /** Words that must all appear in the title, company, location, site, notes or tags. */
  text: string;
  status: JobStatus | 'any';
  /** Only jobs whose verdict for the user is "eligible". */
  eligibleOnly: boolean;
  /** Minimum yearly pay in the user's currency; jobs without a pay figure are left out. */
  minPay: number | null;
  workplace: Workplace | 'any';
  sort: Sort;
}

export const DEFAULT_QUERY: JobQuery = {
  text: '',
  status: 'any',
  eligibleOnly: false,
  minPay: null,
  workplace: 'any',
  sort: 'saved',
};

export function searchTerms(text: string): string[] {
  return matchWords(text).split(' ').filter(Boolean);
}

function keeps(row: JobRow, q: JobQuery, terms: string[]): boolean {
  const s = row.saved;
  if (q.status !== 'any' && s.status !== q.status) return false;
  if (q.workplace !== 'any' && s.job.workplace !== q.workplace) return false;
  if (q.eligibleOnly && row.verdict.status !== 'eligible') return false;
  if (q.minPay !== null && (row.yearlyPay === null || row.yearlyPay < q.minPay)) return false;
  return terms.every((t) => row.haystack.includes(t));
}

const COMPANY = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const newestFirst = (a: JobRow, b: JobRow): number => b.saved.savedAt - a.saved.savedAt;

/** Missing values sort last whichever way the list is sorted. */
function lastIfMissing<T>(a: T | null, b: T | null, compare: (x: T, y: T) => number): number | null {
  if (a === null && b === null) return null;
  if (a === null) return 1;
  if (b === null) return -1;
  return compare(a, b) || null;
}

const COMPARE: Record<Sort, (a: JobRow, b: JobRow) => number> = {
  saved: newestFirst,
  pay: (a, b) => lastIfMissing(a.yearlyPay, b.yearlyPay, (x, y) => y - x) ?? newestFirst(a, b),
  company: (a, b) =>
    lastIfMissing(a.saved.job.company, b.saved.job.company, (x, y) => COMPANY.compare(x, y)) ??
    newestFirst(a, b),
};

/** The rows a query keeps, in its order. */
export function runQuery(rows: readonly JobRow[], q: JobQuery): JobRow[] {
  const terms = searchTerms(q.text);
  return rows.filter((r) => keeps(r, q, terms)).sort(COMPARE[q.sort]);
}
