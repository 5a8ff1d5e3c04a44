import type { IDBPDatabase } from 'idb';
import type { JobStatus } from '../model/types';
import { cleanContacts } from './contacts';
import type { JobsDB } from './db';
import { isFollowUpDate } from './follow-up';
import { inTransaction } from './tx';
import type { Contact, SavedJob } from './types';

// The user's edits to saved jobs: each call one transaction, on one job or on many at once (the
// tracker's bulk actions), so a bulk change is all there or not at all.

type Db = IDBPDatabase<JobsDB>;
type Change = (r: SavedJob) => SavedJob;

/** Change each of these saved jobs in one transaction; a job that is gone is skipped. */
export async function updateEach(db: Db, ids: readonly string[], change: Change): Promise<SavedJob[]> {
  const tx = db.transaction('jobs', 'readwrite');
  return inTransaction(tx, async () => {
    const changed: SavedJob[] = [];
    for (const id of new Set(ids)) {
      const record = await tx.store.get(id);
      if (!record) continue;
      const next = change(record);
      if (next !== record) await tx.store.put(next);
      changed.push(next);
    }
    return changed;
  });
}

/** Change one saved job in one transaction; refuses a job that is gone. */
export async function updateOne(db: Db, id: string, change: Change): Promise<SavedJob> {
  const [changed] = await updateEach(db, [id], change);
  if (!changed) throw new Error('This job is no longer saved.');
  return changed;
}

const MAX_HISTORY = 200;
const MAX_TAGS = 20;

export function withStatus(r: SavedJob, status: JobStatus, now: number): SavedJob {
  if (r.status === status) return r;
  const statusHistory = [...r.statusHistory, { status, at: now }].slice(-MAX_HISTORY);
  return { ...r, status, statusHistory, updatedAt: now };
}

function withTag(r: SavedJob, tag: string, now: number): SavedJob {
  const known = r.tags.some((t) => t.toLowerCase() === tag.toLowerCase());
  return known || r.tags.length >= MAX_TAGS ? r : { ...r, tags: [...r.tags, tag], updatedAt: now };
}

export function setStatusMany(db: Db, ids: readonly string[], status: JobStatus, now = Date.now()) {
  return updateEach(db, ids, (r) => withStatus(r, status, now));
}

/** Add one tag to each job that lacks it (any case); a job with the most tags already is left as is. */
export function addTagMany(db: Db, ids: readonly string[], tag: string, now = Date.now()) {
  const clean = tag.replace(/\s+/g, ' ').trim().slice(0, 40);
  if (!clean) return Promise.reject(new Error('A tag needs a word.'));
  return updateEach(db, ids, (r) => withTag(r, clean, now));
}

/** Set or clear (null) the day to follow a job up, 'YYYY-MM-DD'. */
export function setFollowUp(db: Db, id: string, date: string | null, now = Date.now()): Promise<SavedJob> {
  if (date !== null && !isFollowUpDate(date))
    return Promise.reject(new Error(`Not a calendar date: ${JSON.stringify(date)}.`));
  return updateOne(db, id, (r) => (r.followUp === date ? r : { ...r, followUp: date, updatedAt: now }));
}

export function setContacts(db: Db, id: string, contacts: readonly Contact[], now = Date.now()) {
  const clean = cleanContacts(contacts);
  return updateOne(db, id, (r) => ({ ...r, contacts: clean, updatedAt: now }));
}
