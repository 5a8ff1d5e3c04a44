import type { Job } from '../../lib/model/job';
import { newRecord } from '../../lib/saved-jobs/record';
import type { JobStatus } from '../../lib/model/types';
import type { FullSavedJob } from '../../lib/saved-jobs/types';
import type { Eligibility, Salary, Workplace } from '../../lib/model/types';
import { sampleJob } from './jobs';

// Many varied, valid saved jobs for the popup's tests and benchmark; the same every run.

const TITLES = [
  'Backend Engineer',
  'Data Analyst',
  'Product Designer',
  'Site Reliability Engineer',
  'Support Lead',
];
const COMPANIES = [
  'Northwind Labs',
  'Acme Robotics',
  'Quillmark',
  'Brightleaf',
  'Lumen Pay',
  'Zephyr Health',
];
const WORKPLACES: Workplace[] = ['remote', 'hybrid', 'onsite', 'unknown'];
const STATUSES: JobStatus[] = ['saved', 'applied', 'interviewing', 'offer', 'rejected', 'archived'];
const CURRENCIES = ['USD', 'EUR', 'CAD', 'GBP'];

function eligibility(i: number): Eligibility {
  const base = sampleJob({}).eligibility;
  if (i % 3 === 0) return { ...base, kind: 'worldwide', countries: [] };
  if (i % 3 === 1) return { ...base, countries: i % 2 ? ['CA'] : ['US'] };
  return { ...base, kind: 'unknown', countries: [] };
}

function salary(i: number): Salary | null {
  if (i % 5 === 4) return null;
  const min = 40_000 + (i % 17) * 5_000;
  const currency = CURRENCIES[i % CURRENCIES.length] ?? 'USD';
  return {
    min,
    max: min + 20_000,
    currency,
    period: 'year',
    periodInferred: false,
    raw: `${currency} ${min}–${min + 20_000}`,
    source: 'label',
    evidence: `Salary: ${currency} ${min}–${min + 20_000}`,
    flags: [],
  };
}

export function variedJob(i: number): Job {
  const pick = <T>(list: T[]): T => list[i % list.length] as T;
  return sampleJob({
    url: `https://boards.example/jobs/${i}`,
    title: `${pick(TITLES)} ${Math.floor(i / TITLES.length)}`,
    company: pick(COMPANIES),
    locationText: i % 2 ? 'Remote - Canada' : 'Berlin, Germany',
    workplace: pick(WORKPLACES),
    description: `Posting number ${i}. `.repeat(40),
    salary: salary(i),
    eligibility: eligibility(i),
  });
}

/** n saved jobs, one a minute apart, with statuses, notes and tags spread over them. */
export function variedSavedJobs(n: number, start = Date.UTC(2026, 0, 1)): FullSavedJob[] {
  return Array.from({ length: n }, (_, i) => {
    const full = newRecord(`https://boards.example/jobs/${i}`, variedJob(i), start + i * 60_000);
    const status = STATUSES[i % STATUSES.length] ?? 'saved';
    const record = {
      ...full.record,
      status,
      notes: i % 7 ? '' : `Call back ${i}`,
      tags: i % 4 ? [] : ['dream'],
    };
    return { ...full, record };
  });
}
