import { JOB_STATUSES, type JobStatus, type VerdictStatus } from '../model/types';
import { dueAt, localDate } from './follow-up';
import { searchTerms } from './query';
import type { JobRow } from './rows';
import type { SavedJob } from './types';

// The tracker's table: its columns, the facts derived for them, sorting and filtering. Pure, so the
// tests and the bench run the same code as the page.

export const COLUMNS = [
  'title',
  'company',
  'location',
  'verdict',
  'pay',
  'status',
  'saved',
  'applied',
  'followUp',
] as const;
export type Column = (typeof COLUMNS)[number];

export type Direction = 'ascending' | 'descending';
export interface TableSort {
  column: Column;
  direction: Direction;
}

/** Local calendar dates, 'YYYY-MM-DD', either end open. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

export const FOLLOW_UP_FILTERS = ['any', 'due', 'set', 'none'] as const;
export type FollowUpFilter = (typeof FOLLOW_UP_FILTERS)[number];

export interface TableFilters {
  /** The search box: words that must all appear in title, company, location, site, notes or tags. */
  text: string;
  title: string;
  company: string;
  location: string;
  verdict: VerdictStatus | 'any';
  status: JobStatus | 'any';
  /** Least yearly pay in the user's currency; jobs without a figure are left out. */
  minPay: number | null;
  saved: DateRange;
  applied: DateRange;
  /** 'due': a follow-up date that has come (09:00 on the day, as the toolbar badge counts). */
  followUp: FollowUpFilter;
}

const ANY_DATE: DateRange = { from: null, to: null };

export const NO_FILTERS: TableFilters = {
  text: '',
  title: '',
  company: '',
  location: '',
  verdict: 'any',
  status: 'any',
  minPay: null,
  saved: ANY_DATE,
  applied: ANY_DATE,
  followUp: 'any',
};

export const DEFAULT_SORT: TableSort = { column: 'saved', direction: 'descending' };

/** When the job was first marked applied, or null if it never was. */
export function appliedAt(saved: SavedJob): number | null {
  return saved.statusHistory.find((c) => c.status === 'applied')?.at ?? null;
}

const fold = (text: string | null): string | null =>
  text ? text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() : null;

const VERDICT_ORDER: Record<VerdictStatus, number> = { eligible: 0, unknown: 1, 'not-eligible': 2 };

type Key = string | number | null;

/** What each column sorts by; null is a missing value, last whichever the direction. */
const SORT_KEY: Record<Column, (row: JobRow) => Key> = {
  title: (r) => fold(r.saved.job.title),
  company: (r) => fold(r.saved.job.company),
  location: (r) => fold(r.saved.job.locationText),
  verdict: (r) => VERDICT_ORDER[r.verdict.status],
  pay: (r) => r.yearlyPay,
  status: (r) => JOB_STATUSES.indexOf(r.saved.status),
  saved: (r) => r.saved.savedAt,
  applied: (r) => appliedAt(r.saved),
  followUp: (r) => r.saved.followUp,
};

function compareKeys(a: Key, b: Key, sign: number): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return (a < b ? -1 : 1) * sign;
}

/** Rows in the order of one column, ties newest saved first. Keys are read once per row, not per
 * comparison: sorting 5 000 rows stays well inside a frame. */
export function sortRows(rows: readonly JobRow[], { column, direction }: TableSort): JobRow[] {
  const key = SORT_KEY[column];
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row) => ({ row, key: key(row) }))
    .sort(
      (a, b) => compareKeys(a.key, b.key, sign) || compareKeys(a.row.saved.savedAt, b.row.saved.savedAt, -1),
    )
    .map((d) => d.row);
}

const open = ({ from, to }: DateRange): boolean => from === null && to === null;

const inRange = (date: string | null, { from, to }: DateRange): boolean =>
  date !== null && (from === null || date >= from) && (to === null || date <= to);

/** Due as the toolbar badge counts it (lib/saved-jobs/follow-up.ts): from 09:00 on the day. */
function followUpKeeps(date: string | null, filter: FollowUpFilter, now: number): boolean {
  if (filter === 'due') return date !== null && (dueAt(date) ?? Infinity) <= now;
  if (filter === 'set') return date !== null;
  if (filter === 'none') return date === null;
  return true;
}

const contains = (text: string | null, part: string): boolean => !part || (fold(text) ?? '').includes(part);

/** A predicate for the filters, their words folded once rather than per row. */
function keeper(f: TableFilters, now: number): (row: JobRow) => boolean {
  const terms = searchTerms(f.text);
  const [title = '', company = '', location = ''] = [f.title, f.company, f.location].map(
    (t) => fold(t.trim()) ?? '',
  );
  return (row) => {
    const { saved } = row;
    if (f.status !== 'any' && saved.status !== f.status) return false;
    if (f.verdict !== 'any' && row.verdict.status !== f.verdict) return false;
    if (f.minPay !== null && (row.yearlyPay === null || row.yearlyPay < f.minPay)) return false;
    if (!contains(saved.job.title, title)) return false;
    if (!contains(saved.job.company, company)) return false;
    if (!contains(saved.job.locationText, location)) return false;
    // A date is worked out only for a range in use: most filtering has none, over 5 000 rows.
    if (!open(f.saved) && !inRange(localDate(saved.savedAt), f.saved)) return false;
    if (!open(f.applied)) {
      const applied = appliedAt(saved);
      if (!inRange(applied === null ? null : localDate(applied), f.applied)) return false;
    }
    if (!followUpKeeps(saved.followUp, f.followUp, now)) return false;
    return terms.every((t) => row.haystack.includes(t));
  };
}

/** The rows the filters keep; `now` is what a "due" follow-up is compared with. */
export function filterRows(rows: readonly JobRow[], filters: TableFilters, now = Date.now()): JobRow[] {
  return rows.filter(keeper(filters, now));
}

/** How many filters differ from none, for the "Clear filters" button. */
export function activeFilters(f: TableFilters): number {
  return (Object.keys(NO_FILTERS) as (keyof TableFilters)[]).filter(
    (k) => JSON.stringify(f[k]) !== JSON.stringify(NO_FILTERS[k]),
  ).length;
}

/** The ids from `anchor` to `target` inclusive, in the list's order (a shift-click); just the target
 * when the anchor is no longer listed. */
export function idsBetween(ids: readonly string[], anchor: string | null, target: string): string[] {
  const a = anchor === null ? -1 : ids.indexOf(anchor);
  const b = ids.indexOf(target);
  if (b < 0) return [];
  if (a < 0) return [target];
  return ids.slice(Math.min(a, b), Math.max(a, b) + 1);
}
