import type { SavedJob } from './types';
import type { Profile } from '../model/types';
import { toRow, type JobRow } from './rows';
import { STATUS_LABEL } from './status';

// A CSV for spreadsheets: one row per job, dates as YYYY-MM-DD, numbers as plain digits.
// Page text and notes are data: a cell a spreadsheet would run as a formula is made text.

type Cell = string | number | null;
type Column = [header: string, value: (row: JobRow) => Cell];

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function lastChange(s: SavedJob): number {
  return s.statusHistory.at(-1)?.at ?? s.savedAt;
}

function columns(currency: string): Column[] {
  return [
    ['Title', (r) => r.saved.job.title],
    ['Company', (r) => r.saved.job.company],
    ['Status', (r) => STATUS_LABEL[r.saved.status]],
    ['Status date', (r) => day(lastChange(r.saved))],
    ['Saved', (r) => day(r.saved.savedAt)],
    ['Location', (r) => r.saved.job.locationText],
    ['Workplace', (r) => r.saved.job.workplace],
    ['Employment type', (r) => r.saved.job.employmentType],
    ['Eligible for me', (r) => r.verdict.status],
    ['Pay as written', (r) => r.saved.job.salary?.raw ?? null],
    ['Pay min', (r) => r.saved.job.salary?.min ?? null],
    ['Pay max', (r) => r.saved.job.salary?.max ?? null],
    ['Pay currency', (r) => r.saved.job.salary?.currency ?? null],
    ['Pay period', (r) => r.saved.job.salary?.period ?? null],
    [`Yearly pay (${currency})`, (r) => r.yearlyPay],
    ['Tags', (r) => r.saved.tags.join(', ')],
    ['Notes', (r) => r.saved.notes],
    ['URL', (r) => r.saved.job.url],
    ['Posting id', (r) => r.saved.job.postingId],
  ];
}

// Spreadsheets run a cell starting with these as a formula (tab and CR too, after trimming).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formula starts neutralised with a leading quote mark, then quoted as RFC 4180 asks. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : value;
  const safe = typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Every job as CSV with a header line; a byte-order mark so spreadsheets read it as UTF-8. */
export function jobsToCsv(jobs: readonly SavedJob[], profile: Profile): string {
  const cols = columns(profile.currency);
  const lines = [cols.map(([header]) => csvCell(header)).join(',')];
  for (const job of jobs) {
    const row = toRow(job, profile);
    lines.push(cols.map(([, value]) => csvCell(value(row))).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
