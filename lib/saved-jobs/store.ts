import type { IDBPDatabase } from 'idb';
import type { JobStatus } from '../model/types';
import { openJobsDb, type JobsDB } from './db';
import { addTagMany, setContacts, setFollowUp, setStatusMany } from './edits';
import {
  deleteJob,
  deleteMany,
  getSnapshot,
  listJobs,
  listNewest,
  restoreJob,
  restoreMany,
  setNotes,
  setStatus,
} from './jobs';
import { importJobs, readAllJobs, type ImportReport } from './transfer';
import type { Contact, FullSavedJob, SavedJob, Snapshot } from './types';

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
  // Bulk actions: each one transaction, all or nothing; jobs deleted meanwhile are skipped.
  setStatusMany(ids: string[], status: JobStatus): Promise<SavedJob[]>;
  addTagMany(ids: string[], tag: string): Promise<SavedJob[]>;
  /** Removes jobs and hands back all of them, for Undo. */
  deleteMany(ids: string[]): Promise<FullSavedJob[]>;
  restoreMany(deleted: FullSavedJob[]): Promise<SavedJob[]>;
  /** 'YYYY-MM-DD', or null to clear; anything else is refused. */
  setFollowUp(id: string, date: string | null): Promise<SavedJob>;
  setContacts(id: string, contacts: Contact[]): Promise<SavedJob>;
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
    setStatusMany: (ids, status) => setStatusMany(db, ids, status),
    addTagMany: (ids, tag) => addTagMany(db, ids, tag),
    deleteMany: (ids) => deleteMany(db, ids),
    restoreMany: (deleted) => restoreMany(db, deleted),
    setFollowUp: (id, date) => setFollowUp(db, id, date),
    setContacts: (id, contacts) => setContacts(db, id, contacts),
  };
}

/** The popup's store: the extension's IndexedDB, opened on first use. */
export async function openSavedJobs(): Promise<SavedJobsStore> {
  return idbStore(await openJobsDb());
}

/**
 * The store with its newest `count` jobs already being read: a page's first rows wait only for the
 * database, not also for its first render's effects (which run once that render is painted). The
 * first `listNewest(count)` is handed that read; any other call reads anew.
 */
export function withNewestRead(store: SavedJobsStore, count: number): SavedJobsStore {
  let early: Promise<SavedJob[]> | null = store.listNewest(count);
  return {
    ...store,
    listNewest: (n) => {
      const read = n === count ? early : null;
      early = null;
      return read ?? store.listNewest(n);
    },
  };
}
