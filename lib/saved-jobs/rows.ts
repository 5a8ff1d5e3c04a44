import { verdictFor } from '../analysis/eligibility';
import { DEFAULT_RATES, toYearly, type RateTable } from '../analysis/salary';
import { matchWords } from './identity';
import type { SavedJob } from './types';
import type { Profile, Verdict } from '../model/types';

/** A saved job with what the list needs for this user, worked out once rather than per keystroke. */
export interface JobRow {
  saved: SavedJob;
  verdict: Verdict;
  /** The top of the yearly pay in the user's currency, or null when it cannot be worked out. */
  yearlyPay: number | null;
  /** The bottom of that range (the same figure when the pay is one figure). */
  yearlyFloor: number | null;
  /** Folded text that search looks in. */
  haystack: string;
}

function haystackOf(s: SavedJob): string {
  const j = s.job;
  return matchWords(
    [j.title, j.company, j.locationText, j.site, s.notes, ...s.tags].filter(Boolean).join(' '),
  );
}

export function toRow(saved: SavedJob, profile: Profile, rates: RateTable = DEFAULT_RATES): JobRow {
  const salary = saved.job.salary;
  const yearly = salary ? toYearly(salary, profile.currency, rates) : null;
  return {
    saved,
    verdict: verdictFor(saved.job.eligibility, profile),
    yearlyPay: yearly ? (yearly.max ?? yearly.min) : null,
    yearlyFloor: yearly ? (yearly.min ?? yearly.max) : null,
    haystack: haystackOf(saved),
  };
}

/** Rows for a list, reusing the ones already made for unchanged records (one cache per profile). */
export function rowsFor(
  jobs: readonly SavedJob[],
  profile: Profile,
  cache: WeakMap<SavedJob, JobRow>,
): JobRow[] {
  return jobs.map((job) => {
    let row = cache.get(job);
    if (!row) cache.set(job, (row = toRow(job, profile)));
    return row;
  });
}
