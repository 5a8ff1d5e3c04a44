import type { IDBPDatabase } from 'idb';
import { JobSchema, type Job } from '../model/job';
import type { JobsDB } from './db';
import { identityKeys } from './identity';
import { jobKey } from './key';
import { findMatch, type KeysIndex, type Match } from './match';
import { mergeSaved } from './merge';
import { emptySnapshot, hasSighting, linkRecord, newRecord, refreshRecord } from './record';
import { updateOne, withStatus } from './edits';
import { inTransaction } from './tx';
import type { JobStatus } from '../model/types';
import type { FullSavedJob, JobIdentity, SavedJob, Snapshot } from './types';

type Db = IDBPDatabase<JobsDB>;

export interface SaveResult {
  record: SavedJob;
  /** new: first save; updated: the same page again; linked: the same posting seen on another page. */
  outcome: 'new' | 'updated' | 'linked';
}

/** Save a posting in one transaction: a new record, a refresh of the same page, or a sighting of a saved one. */
export async function saveJob(db: Db, input: Job, now = Date.now()): Promise<SaveResult> {
  const job = JobSchema.parse(input);
  const id = jobKey(job.canonicalUrl ?? job.url);
  // Strict: the save is on disk before the panel says "Saved".
  const tx = db.transaction(['jobs', 'snapshots'], 'readwrite', { durability: 'strict' });
  const jobs = tx.objectStore('jobs');
  const snapshots = tx.objectStore('snapshots');
  return inTransaction(tx, async () => {
    const same = await jobs.get(id);
    const match = same
      ? { record: same, by: 'page' }
      : await findMatch(jobs.index('keys'), identityKeys(job));
    if (match && match.by !== 'page') {
      const record = linkRecord(match.record, job, now);
      await jobs.put(record);
      return { record, outcome: 'linked' };
    }
    const full = match ? refreshRecord(match.record, job, now) : newRecord(id, job, now);
    await jobs.put(full.record);
    await snapshots.put(full.snapshot);
    return { record: full.record, outcome: match ? 'updated' : 'new' };
  });
}

/** The saved job this posting is, recognised by page, ATS id, posting id, or company and title. */
export function findSaved(db: Db, posting: JobIdentity): Promise<Match | undefined> {
  return findSavedIn(db.transaction('jobs').store, posting);
}

/** The saved jobs, as a transaction the caller holds reads them. */
export interface JobsLookup {
  get(key: string): Promise<SavedJob | undefined>;
  index(name: 'keys'): KeysIndex;
}

/** `findSaved`, in a transaction the caller holds (many cards looked up in one). */
export async function findSavedIn(jobs: JobsLookup, posting: JobIdentity): Promise<Match | undefined> {
  const same = await jobs.get(safeKey(posting.canonicalUrl ?? posting.url));
  return same ? { record: same, by: 'page' } : findMatch(jobs.index('keys'), identityKeys(posting));
}

/**
 * Remember that a saved posting was seen on another page, so that page alone finds it next
 * time. Done when the panel asks and the posting is recognised: the panel then offers no Save.
 */
export async function noteSighting(
  db: Db,
  match: Match,
  seen: JobIdentity,
  now = Date.now(),
): Promise<SavedJob> {
  if (match.by === 'page' || hasSighting(match.record, seen.url)) return match.record;
  return updateOne(db, match.record.id, (r) => (hasSighting(r, seen.url) ? r : linkRecord(r, seen, now)));
}

function safeKey(url: string): string {
  try {
    return jobKey(url);
  } catch {
    return url;
  }
}

/** Every saved job, newest first, without the long texts. */
export async function listJobs(db: Db): Promise<SavedJob[]> {
  const all = await db.getAllFromIndex('jobs', 'savedAt');
  return all.reverse();
}

/** IndexedDB 3's `getAllRecords` (Chromium 141 on; fake-indexeddb too): the newest records in one
 * request. Older browsers walk a cursor, a round trip to the database per record. */
interface NewestInOneRequest {
  getAllRecords?(options: { direction: 'prev'; count: number }): Promise<{ value: SavedJob }[]>;
}

/** The newest saved jobs, for a first screen shown before the whole list is read. */
export async function listNewest(db: Db, count: number): Promise<SavedJob[]> {
  const index = db.transaction('jobs').store.index('savedAt');
  const { getAllRecords } = index as unknown as NewestInOneRequest;
  if (getAllRecords)
    return (await getAllRecords.call(index, { direction: 'prev', count })).map((r) => r.value);
  const newest: SavedJob[] = [];
  let cursor = await index.openCursor(null, 'prev');
  while (cursor && newest.length < count) {
    newest.push(cursor.value);
    if (newest.length < count) cursor = await cursor.continue();
  }
  return newest;
}

export async function getSnapshot(db: Db, id: string): Promise<Snapshot | undefined> {
  return db.get('snapshots', id);
}

export function setStatus(db: Db, id: string, status: JobStatus, now = Date.now()): Promise<SavedJob> {
  return updateOne(db, id, (r) => withStatus(r, status, now));
}

export function setNotes(
  db: Db,
  id: string,
  { notes, tags }: Pick<SavedJob, 'notes' | 'tags'>,
  now = Date.now(),
): Promise<SavedJob> {
  return updateOne(db, id, (r) => ({ ...r, notes, tags, updatedAt: now }));
}

/** Delete saved jobs and their texts in one transaction; returns what was deleted, for undo. */
export async function deleteMany(db: Db, ids: readonly string[]): Promise<FullSavedJob[]> {
  const tx = db.transaction(['jobs', 'snapshots'], 'readwrite');
  const jobs = tx.objectStore('jobs');
  const snapshots = tx.objectStore('snapshots');
  return inTransaction(tx, async () => {
    const deleted: FullSavedJob[] = [];
    for (const id of new Set(ids)) {
      const [record, snapshot] = await Promise.all([jobs.get(id), snapshots.get(id)]);
      await Promise.all([jobs.delete(id), snapshots.delete(id)]);
      if (record) deleted.push({ record, snapshot: snapshot ?? emptySnapshot(id) });
    }
    return deleted;
  });
}

/** Delete a saved job and its texts; returns what was deleted, for undo. */
export async function deleteJob(db: Db, id: string): Promise<FullSavedJob | undefined> {
  return (await deleteMany(db, [id]))[0];
}

/** Put deleted jobs back (undo) in one transaction; one saved again meanwhile is merged with it. */
export async function restoreMany(db: Db, deleted: readonly FullSavedJob[]): Promise<SavedJob[]> {
  const tx = db.transaction(['jobs', 'snapshots'], 'readwrite');
  const jobs = tx.objectStore('jobs');
  const snapshots = tx.objectStore('snapshots');
  return inTransaction(tx, async () => {
    const restored: SavedJob[] = [];
    for (const job of deleted) {
      const id = job.record.id;
      const [record, snapshot] = await Promise.all([jobs.get(id), snapshots.get(id)]);
      const full = record && snapshot ? mergeSaved({ record, snapshot }, job) : job;
      await Promise.all([jobs.put(full.record), snapshots.put(full.snapshot)]);
      restored.push(full.record);
    }
    return restored;
  });
}

/** Put a deleted job back (undo); if it was saved again meanwhile, the two are merged. */
export async function restoreJob(db: Db, deleted: FullSavedJob): Promise<SavedJob> {
  const [restored] = await restoreMany(db, [deleted]);
  if (!restored) throw new Error('Nothing was restored.');
  return restored;
}
