import type { IDBPDatabase } from 'idb';
import { JobSchema, type Job } from '../job';
import type { JobsDB, SavedJob } from './db';
import { jobKey } from './key';

/** Save a posting; the same URL again updates the record it already has. One transaction. */
export async function saveJob(db: IDBPDatabase<JobsDB>, input: Job, now = Date.now()): Promise<SavedJob> {
  const job = JobSchema.parse(input);
  const id = jobKey(job.canonicalUrl ?? job.url);
  const tx = db.transaction('jobs', 'readwrite');
  const existing = await tx.store.get(id);
  const record: SavedJob = existing
    ? { ...existing, job, updatedAt: now }
    : { id, job, savedAt: now, updatedAt: now, status: 'saved', notes: '', tags: [] };
  await tx.store.put(record);
  await tx.done;
  return record;
}

/** Every saved job, newest first. */
export async function listJobs(db: IDBPDatabase<JobsDB>): Promise<SavedJob[]> {
  const all = await db.getAllFromIndex('jobs', 'savedAt');
  return all.reverse();
}

export async function deleteJob(db: IDBPDatabase<JobsDB>, id: string): Promise<void> {
  await db.delete('jobs', id);
}

export async function findSaved(db: IDBPDatabase<JobsDB>, url: string): Promise<SavedJob | undefined> {
  return db.get('jobs', jobKey(url));
}
