import { describe, expect, it } from 'vitest';
import { csvCell, jobsToCsv } from '../../../lib/saved-jobs/csv';
import { DEFAULT_QUERY, runQuery, searchTerms, type JobQuery } from '../../../lib/saved-jobs/query';
import { rowsFor, toRow, type JobRow } from '../../../lib/saved-jobs/rows';
import { reconcile } from '../../../lib/saved-jobs/reconcile';
import { parseTags } from '../../../lib/saved-jobs/status';
import { newRecord } from '../../../lib/saved-jobs/record';
import type { SavedJob } from '../../../lib/saved-jobs/types';
import type { Profile, Salary } from '../../../lib/model/types';
import { sampleJob } from '../../helpers/jobs';
import { variedSavedJobs } from '../../helpers/saved-jobs';

const CANADA: Profile = { country: 'CA', subdivision: null, currency: 'CAD', minPay: null };

const pay = (min: number, max: number, currency: string, period: Salary['period'] = 'year'): Salary => ({
  min,
  max,
  currency,
  period,
  periodInferred: false,
  raw: `${currency} ${min}-${max}`,
  source: 'label',
  evidence: '',
  flags: [],
});

function saved(n: number, over: Parameters<typeof sampleJob>[0], extra: Partial<SavedJob> = {}): SavedJob {
  const { record } = newRecord(
    `https://a.example/${n}`,
    sampleJob({ url: `https://a.example/${n}`, ...over }),
    n * 1000,
  );
  return { ...record, ...extra };
}

const JOBS: SavedJob[] = [
  saved(1, {
    title: 'Backend Engineer',
    company: 'Acme',
    salary: pay(100_000, 120_000, 'CAD'),
    workplace: 'remote',
  }),
  saved(
    2,
    { title: 'Data Analyst', company: 'brightleaf', salary: pay(50, 60, 'USD', 'hour'), workplace: 'hybrid' },
    { status: 'applied', tags: ['Dream'] },
  ),
  saved(
    3,
    {
      title: 'Café Manager',
      company: null,
      workplace: 'onsite',
      eligibility: { ...sampleJob({}).eligibility, countries: ['US'], evidence: [] },
    },
    { notes: 'Ask about visas' },
  ),
  saved(
    4,
    {
      title: 'Support Lead',
      company: 'Zephyr',
      eligibility: { ...sampleJob({}).eligibility, kind: 'worldwide', countries: [] },
    },
    { status: 'archived' },
  ),
];

const rows = (profile = CANADA): JobRow[] => JOBS.map((j) => toRow(j, profile));
const titles = (q: Partial<JobQuery>, profile = CANADA): string[] =>
  runQuery(rows(profile), { ...DEFAULT_QUERY, ...q }).map((r) => r.saved.job.title);

describe('searching, filtering and sorting saved jobs', () => {
  it.each<[string, Partial<JobQuery>, string[]]>([
    ['everything, newest first', {}, ['Support Lead', 'Café Manager', 'Data Analyst', 'Backend Engineer']],
    ['a word of the title', { text: 'engineer' }, ['Backend Engineer']],
    ['without accents', { text: 'cafe' }, ['Café Manager']],
    ['every word must match', { text: 'acme analyst' }, []],
    ['in notes', { text: 'visas' }, ['Café Manager']],
    ['in tags, any case', { text: 'DREAM' }, ['Data Analyst']],
    ['a status', { status: 'applied' }, ['Data Analyst']],
    ['a workplace', { workplace: 'onsite' }, ['Café Manager']],
    [
      'eligible for me (Canada, and worldwide)',
      { eligibleOnly: true },
      ['Support Lead', 'Backend Engineer', 'Data Analyst'].sort(),
    ],
    ['minimum pay in my currency', { minPay: 110_000 }, ['Data Analyst', 'Backend Engineer']],
    ['minimum pay leaves out jobs without pay', { minPay: 1 }, ['Data Analyst', 'Backend Engineer']],
    [
      'sorted by pay, highest first, unknown last',
      { sort: 'pay' },
      ['Data Analyst', 'Backend Engineer', 'Support Lead', 'Café Manager'],
    ],
    [
      'sorted by company, missing last',
      { sort: 'company' },
      ['Backend Engineer', 'Data Analyst', 'Support Lead', 'Café Manager'],
    ],
  ])('%s', (_, q, want) => {
    const got = titles(q);
    expect(q.eligibleOnly ? [...got].sort() : got).toEqual(want);
  });

  it('eligibility follows the profile', () => {
    expect(titles({ eligibleOnly: true }, { ...CANADA, country: 'US' })).toEqual([
      'Support Lead',
      'Café Manager',
    ]);
  });

  it('pay is compared per year in the profile currency: $50–60 an hour is about CA$170k', () => {
    const row = toRow(JOBS[1]!, CANADA);
    expect(row.yearlyPay).toBeGreaterThan(150_000);
    expect(toRow(JOBS[1]!, { ...CANADA, currency: 'USD' }).yearlyPay).toBe(124_800);
  });

  it('reuses rows for unchanged records and makes new ones for changed records', () => {
    const cache = new WeakMap<SavedJob, JobRow>();
    const first = rowsFor(JOBS, CANADA, cache);
    const changed = JOBS.map((j, i) => (i === 0 ? { ...j, notes: 'new' } : j));
    const second = rowsFor(changed, CANADA, cache);
    expect(second[1]).toBe(first[1]);
    expect(second[0]).not.toBe(first[0]);
    expect(second[0]?.haystack).toContain('new');
  });

  it('filters 5 000 jobs by a keystroke', () => {
    const many = rowsFor(
      variedSavedJobs(5000).map((j) => j.record),
      CANADA,
      new WeakMap(),
    );
    const found = runQuery(many, { ...DEFAULT_QUERY, text: 'support lead 777' });
    expect(found.map((r) => r.saved.job.title)).toEqual(['Support Lead 777']);
  });

  it.each([
    ['', []],
    ['  Node.js   C++ ', ['node', 'js', 'c']],
  ])('search terms of %j', (text, want) => {
    expect(searchTerms(text)).toEqual(want);
  });
});

describe('tags', () => {
  it.each([
    ['remote, Dream job,remote , ,DREAM JOB', ['remote', 'Dream job']],
    ['  many   spaces  ', ['many spaces']],
    ['', []],
  ])('%j', (input, want) => {
    expect(parseTags(input)).toEqual(want);
  });

  it('keeps at most 20 tags of 40 characters', () => {
    const tags = parseTags(Array.from({ length: 30 }, (_, i) => `${i}${'x'.repeat(50)}`).join(','));
    expect(tags).toHaveLength(20);
    expect(tags.every((t) => t.length === 40)).toBe(true);
  });
});

describe('CSV', () => {
  it.each<[string | number | null, string]>([
    ['plain', 'plain'],
    ['=HYPERLINK("http://evil.example")', `"'=HYPERLINK(""http://evil.example"")"`],
    ['+1 555', "'+1 555"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindent', "'\tindent"],
    ['a, b', '"a, b"'],
    ['line\nbreak', '"line\nbreak"'],
    ['say "hi"', '"say ""hi"""'],
    [120000, '120000'],
    [null, ''],
  ])('cell %j', (value, want) => {
    expect(csvCell(value)).toBe(want);
  });

  it('writes a header and one line per job, with dates, pay and hostile text made safe', () => {
    const hostile = saved(
      9,
      { title: '=cmd|" /C calc"!A0', company: 'Acme, Inc.', salary: pay(100_000, 120_000, 'CAD') },
      {
        notes: '@me\nsecond line',
        tags: ['x', 'y'],
      },
    );
    const csv = jobsToCsv([hostile], CANADA);
    expect(csv.startsWith('\uFEFFTitle,Company,Status,Status date,Saved,')).toBe(true);
    const line = csv.split('\r\n')[1] ?? '';
    expect(line).toContain(`"'=cmd|"" /C calc""!A0","Acme, Inc.",Saved,1970-01-01,1970-01-01,`);
    expect(line).toContain(',100000,120000,CAD,year,120000,"x, y","\'@me\nsecond line",https://a.example/9,');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('the whole list, read after the first screen', () => {
  const [a, b, c] = variedSavedJobs(3).map((j) => j.record) as [SavedJob, SavedJob, SavedJob];

  it('keeps changes and deletions made meanwhile, in the loaded order', () => {
    const changed = { ...b, status: 'applied' as const, updatedAt: b.updatedAt + 1 };
    expect(reconcile([c, b, a], [changed, a], new Set([a.id]))).toEqual([c, changed]);
  });

  it('takes the loaded copy when it is the newer one', () => {
    const stale = { ...b, notes: 'stale', updatedAt: b.updatedAt - 1 };
    expect(reconcile([b], [stale], new Set())).toEqual([b]);
  });
});
