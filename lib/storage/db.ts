import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Job } from '../job';

export const JOB_STATUSES = ['saved', 'applied', 'interviewing', 'offer', 'rejected', 'archived'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export interface SavedJob {
  /** jobKey() of the posting's URL. */
  id: string;
  job: Job;
  savedAt: number;
  updatedAt: number;
  status: JobStatus;
  notes: string;
  tags: string[];
}

export interface JobsDB extends DBSchema {
  jobs: { key: string; value: SavedJob; indexes: { savedAt: number } };
}

export const DB_NAME = 'jobsight';
export const DB_VERSION = 1;

/** Open the saved-jobs database (extension origin only: background and extension pages). */
export function openJobsDb(name = DB_NAME): Promise<IDBPDatabase<JobsDB>> {
  return openDB<JobsDB>(name, DB_VERSION, {
    upgrade(db) {
      const jobs = db.createObjectStore('jobs', { keyPath: 'id' });
      jobs.createIndex('savedAt', 'savedAt');
    },
  });
}
