import type { IDBPDatabase } from 'idb';
import type { JobStatus } from '../model/types';
import { openJobsDb, type JobsDB } from './db';
import { deleteJob, getSnapshot, listJobs, listNewest, restoreJob, setNotes, setStatus } from './jobs';
import { importJobs, readAllJobs, type ImportReport } from './transfer';
import type { FullSavedJob, SavedJob, Snapshot } from './types';

// What the extension pages may do to the saved jobs, and nothing else. Components are handed one
// (lib/README.md: they never reach IndexedDB themselves), so a test or a bench can hand them another.

export interface SavedJobsStore {
  /** The newest `count` jobs, for the first screen. */
  listNewest(count: number): Promise<SavedJob[]>;
  listAll(): Promise<SavedJob[]>;
  /** Every job with its long texts, for an export. */
  readAll(): Promise<FullSavedJob[]>;
  snapshot(id: string): Promise<Snapshot | undefined>;
  setStatus(id: string, status: JobStatus): Promise<SavedJob>;
  setNotes(id: string, notes: { notes: string; tags: string[] }): Promise<SavedJob>;
  /** Removes a job and hands back all of it, for Undo. */
  delete(id: string): Promise<FullSavedJob | undefined>;
  restore(deleted: FullSavedJob): Promise<SavedJob>;
  import(incoming: FullSavedJob[]): Promise<ImportReport>;
}

/** The store over the extension's own IndexedDB, each call one transaction. */
export function idbStore(db: IDBPDatabase<JobsDB>): SavedJobsStore {
  return {
    listNewest: (count) => listNewest(db, count),
    listAll: () => listJobs(db),
    readAll: () => readAllJobs(db),
    snapshot: (id) => getSnapshot(db, id),
    setStatus: (id, status) => setStatus(db, id, status),
    setNotes: (id, notes) => setNotes(db, id, notes),
    delete: (id) => deleteJob(db, id),
    restore: (deleted) => restoreJob(db, deleted),
    import: (incoming) => importJobs(db, incoming),
  };
}

/** The popup's store: the extension's IndexedDB, opened on first use. */
export async function openSavedJobs(): Promise<SavedJobsStore> {
  return idbStore(await openJobsDb());
}
