import type { Job } from '../model/job';
import { toYearly } from '../analysis/salary';
import { companyKeyOf, identityKeys, samePage } from './identity';
import type {
  FullSavedJob,
  JobCard,
  JobIdentity,
  NormalisedPay,
  SavedJob,
  Sighting,
  Snapshot,
} from './types';

/** The posting split into what the list shows and the long texts. */
export function splitJob(id: string, job: Job): { card: JobCard; snapshot: Snapshot } {
  const { description, provenance, ...card } = job;
  return { card, snapshot: { id, description, provenance, seenLater: null } };
}

/** The texts of a job whose snapshot is missing: none. */
export function emptySnapshot(id: string): Snapshot {
  return { id, description: '', provenance: {}, seenLater: null };
}

export function joinJob(card: JobCard, snapshot: Pick<Snapshot, 'description' | 'provenance'>): Job {
  return { ...card, description: snapshot.description, provenance: snapshot.provenance };
}

export function identityOf(job: JobIdentity): Required<JobIdentity> {
  return {
    url: job.url,
    canonicalUrl: job.canonicalUrl ?? null,
    site: job.site ?? 'generic',
    postingId: job.postingId ?? null,
    applyUrl: job.applyUrl ?? null,
    company: job.company ?? null,
    title: job.title ?? '',
  };
}

function normalisedPay(job: JobCard): NormalisedPay | null {
  const yearly = job.salary ? toYearly(job.salary, 'USD') : null;
  const top = yearly ? (yearly.max ?? yearly.min) : null;
  if (!yearly || top === null) return null;
  return { min: yearly.min, max: yearly.max, top, currency: 'USD', ratesDate: yearly.ratesDate };
}

function reachOf(job: JobCard): string[] {
  const e = job.eligibility;
  if (e.kind === 'worldwide') return ['WORLDWIDE'];
  if (e.kind === 'unknown') return ['UNKNOWN'];
  return [...new Set([...e.countries, ...e.regions])];
}

type Derived = Pick<SavedJob, 'keys' | 'companyKey' | 'reach' | 'pay'>;
/** What the user and the page give a record; the rest is derived. */
export type RecordInput = Omit<SavedJob, keyof Derived>;

/** The indexed fields, recomputed from the job and its sightings on every write. */
export function derive(job: JobCard, links: readonly Sighting[]): Derived {
  const keys = [job, ...links].flatMap((j) => identityKeys(j));
  return {
    keys: [...new Set(keys)],
    companyKey: companyKeyOf(job.company),
    reach: reachOf(job),
    pay: normalisedPay(job),
  };
}

/** A record as stored: user data plus fields derived afresh (generic: a migration step builds the
 * record of its own version). */
export function withDerived<R extends { job: JobCard; links: readonly Sighting[] }>(
  record: R,
): Omit<R, keyof Derived> & Derived {
  return { ...record, ...derive(record.job, record.links) };
}

export function newRecord(id: string, job: Job, now: number): FullSavedJob {
  const { card, snapshot } = splitJob(id, job);
  const record = withDerived<RecordInput>({
    id,
    job: card,
    savedAt: now,
    updatedAt: now,
    status: 'saved',
    statusHistory: [{ status: 'saved', at: now }],
    notes: '',
    tags: [],
    links: [],
    followUp: null,
    contacts: [],
  });
  return { record, snapshot };
}

/** The same page saved again: its content is read afresh; the user's data stays. */
export function refreshRecord(existing: SavedJob, job: Job, now: number): FullSavedJob {
  const { card, snapshot } = splitJob(existing.id, job);
  return { record: withDerived({ ...existing, job: card, updatedAt: now }), snapshot };
}

/**
 * The same posting on another page: remembered as a sighting, never saved twice. A sighting is
 * not an edit, so updatedAt stays.
 */
export function linkRecord(existing: SavedJob, seen: JobIdentity, now: number): SavedJob {
  const sighting: Sighting = { ...identityOf(seen), seenAt: now };
  const others = existing.links.filter((l) => !samePage(l.url, sighting.url));
  return withDerived({ ...existing, links: [...others, sighting] });
}

/** Whether a sighting of this page is already on the record. */
export function hasSighting(record: SavedJob, url: string): boolean {
  return record.links.some((l) => samePage(l.url, url));
}
