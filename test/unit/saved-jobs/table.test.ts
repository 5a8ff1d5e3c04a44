import { describe, expect, it } from 'vitest';
import { toRow, type JobRow } from '../../../lib/saved-jobs/rows';
import { newRecord } from '../../../lib/saved-jobs/record';
import {
  activeFilters,
  appliedAt,
  filterRows,
  idsBetween,
  NO_FILTERS,
  sortRows,
  type Column,
  type Direction,
  type TableFilters,
} from '../../../lib/saved-jobs/table';
import type { JobStatus, Profile } from '../../../lib/model/types';
import type { SavedJob } from '../../../lib/saved-jobs/types';
import { CAD_SALARY, sampleJob } from '../../helpers/jobs';

const CANADA: Profile = { country: 'CA', subdivision: null, currency: 'CAD', minPay: null };
const day = (d: number): number => new Date(2026, 2, d, 12).getTime();

interface Spec {
  id: string;
  title: string;
  company: string | null;
  location: string | null;
  countries: string[];
  pay: number | null;
  saved: number;
  history: [JobStatus, number][];
  followUp: string | null;
}

// Four jobs chosen so every column orders them differently, with a missing value in most.
const SPECS: Spec[] = [
  {
    id: 'a',
    title: 'Écrivain',
    company: 'Zephyr',
    location: 'Berlin',
    countries: ['CA'],
    pay: 90_000,
    saved: day(1),
    history: [['applied', day(3)]],
    followUp: '2026-03-20',
  },
  {
    id: 'b',
    title: 'analyst',
    company: null,
    location: 'Remote - Canada',
    countries: ['US'],
    pay: null,
    saved: day(2),
    history: [],
    followUp: null,
  },
  {
    id: 'c',
    title: 'Backend',
    company: 'acme',
    location: null,
    countries: [],
    pay: 150_000,
    saved: day(3),
    history: [
      ['applied', day(5)],
      ['interviewing', day(9)],
    ],
    followUp: '2026-03-10',
  },
  {
    id: 'd',
    title: 'designer',
    company: 'Brightleaf',
    location: 'Paris',
    countries: ['CA'],
    pay: 60_000,
    saved: day(4),
    history: [['rejected', day(6)]],
    followUp: null,
  },
];

function savedOf(s: Spec): SavedJob {
  const job = sampleJob({
    url: `https://boards.example/jobs/${s.id}`,
    title: s.title,
    company: s.company,
    locationText: s.location,
    salary: s.pay === null ? null : { ...CAD_SALARY, min: s.pay, max: s.pay },
  });
  job.eligibility = {
    ...job.eligibility,
    kind: s.countries.length ? 'countries' : 'unknown',
    countries: s.countries,
  };
  const { record } = newRecord(s.id, job, s.saved);
  const history = [...record.statusHistory, ...s.history.map(([status, at]) => ({ status, at }))];
  return {
    ...record,
    statusHistory: history,
    status: history.at(-1)?.status ?? 'saved',
    followUp: s.followUp,
  };
}

const ROWS: JobRow[] = SPECS.map((s) => toRow(savedOf(s), CANADA));
const ids = (rows: JobRow[]): string => rows.map((r) => r.saved.id).join('');

describe('sortRows', () => {
  it.each<[Column, Direction, string]>([
    ['title', 'ascending', 'bcda'], // accents and case folded: analyst, Backend, designer, Écrivain
    ['title', 'descending', 'adcb'],
    ['company', 'ascending', 'cdab'], // no company last
    ['company', 'descending', 'adcb'],
    ['location', 'ascending', 'adbc'],
    ['location', 'descending', 'bdac'], // no location last either way
    ['verdict', 'ascending', 'dacb'], // eligible (newest first), unclear, not open
    ['pay', 'descending', 'cadb'],
    ['pay', 'ascending', 'dacb'],
    ['status', 'ascending', 'bacd'], // saved, applied, interviewing, rejected
    ['saved', 'descending', 'dcba'],
    ['saved', 'ascending', 'abcd'],
    ['applied', 'ascending', 'acdb'], // never applied last
    ['applied', 'descending', 'cadb'],
    ['followUp', 'ascending', 'cadb'],
    ['followUp', 'descending', 'acdb'],
  ])('by %s %s', (column, direction, want) => {
    expect(ids(sortRows(ROWS, { column, direction }))).toBe(want);
  });
});

describe('filterRows', () => {
  const NOW = new Date(2026, 2, 15, 12).getTime();
  it.each<[string, Partial<TableFilters>, string]>([
    ['no filter', {}, 'abcd'],
    ['search words, any order, folded', { text: 'ecrivain zeph' }, 'a'],
    ['title part', { title: 'AN' }, 'b'],
    ['company part', { company: 'leaf' }, 'd'],
    ['location part', { location: 'canada' }, 'b'],
    ['verdict', { verdict: 'eligible' }, 'ad'],
    ['status', { status: 'applied' }, 'a'],
    ['least pay, no figure left out', { minPay: 80_000 }, 'ac'],
    ['saved from', { saved: { from: '2026-03-03', to: null } }, 'cd'],
    ['saved between', { saved: { from: '2026-03-02', to: '2026-03-03' } }, 'bc'],
    ['applied up to', { applied: { from: null, to: '2026-03-04' } }, 'a'],
    ['follow-up due by now', { followUp: 'due' }, 'c'],
    ['follow-up set', { followUp: 'set' }, 'ac'],
    ['no follow-up', { followUp: 'none' }, 'bd'],
    ['several at once', { verdict: 'eligible', minPay: 70_000 }, 'a'],
  ])('%s', (_, patch, want) => {
    expect(ids(filterRows(ROWS, { ...NO_FILTERS, ...patch }, NOW))).toBe(want);
  });

  it('counts the filters in use', () => {
    expect(activeFilters(NO_FILTERS)).toBe(0);
    expect(activeFilters({ ...NO_FILTERS, text: 'x', saved: { from: '2026-01-01', to: null } })).toBe(2);
  });
});

describe('derived facts', () => {
  it('the applied date is the first move to applied', () => {
    const [a, b, c] = ROWS.map((r) => appliedAt(r.saved));
    expect([a, b, c]).toEqual([day(3), null, day(5)]);
  });
});

describe('idsBetween (shift-click)', () => {
  const LIST = ['a', 'b', 'c', 'd', 'e'];
  it.each<[string | null, string, string[]]>([
    ['b', 'd', ['b', 'c', 'd']],
    ['d', 'b', ['b', 'c', 'd']],
    ['c', 'c', ['c']],
    [null, 'c', ['c']],
    ['gone', 'e', ['e']],
    ['a', 'gone', []],
  ])('from %s to %s', (anchor, target, want) => {
    expect(idsBetween(LIST, anchor, target)).toEqual(want);
  });
});
