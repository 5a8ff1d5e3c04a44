import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { migrate } from './migrations';
import type { JobStatus } from '../model/types';
import type { SavedJob, SeenPosting, Snapshot } from './types';

export interface JobsDB extends DBSchema {
  jobs: {
    key: string;
    value: SavedJob;
    indexes: {
      savedAt: number;
      status: JobStatus;
      company: string;
      eligibility: string;
      keys: string;
      followUp: string;
    };
  };
  snapshots: { key: string; value: Snapshot };
  seen: { key: string; value: SeenPosting; indexes: { lastSeen: number; titleKey: string } };
}

export const DB_NAME = 'jobsight';
export const DB_VERSION = 4;

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished: the failure came after the commit, nothing left to undo.
  }
}

export interface OpenOptions {
  /** The connection was closed under us (a newer version is opening, or the browser closed it). */
  onClose?: () => void;
}

/** Open the saved-jobs database (extension origin only: background and extension pages), upgrading it. */
export function openJobsDb(name = DB_NAME, { onClose }: OpenOptions = {}): Promise<IDBPDatabase<JobsDB>> {
  const opening = openDB<JobsDB>(name, DB_VERSION, {
    upgrade(db, oldVersion, newVersion, tx) {
      // A failed upgrade rejects the open itself; the transaction's own promise adds nothing.
      tx.done.catch(() => {});
      const untyped = db as unknown as Parameters<typeof migrate>[0];
      const upgrade = tx as unknown as Parameters<typeof migrate>[1];
      migrate(untyped, upgrade, oldVersion, newVersion ?? DB_VERSION).catch((e: unknown) => {
        console.error('Jobsight: database upgrade failed; nothing was changed', e);
        abortQuietly(tx);
      });
    },
    // Another page is upgrading: step aside so it can, and let the owner reopen later.
    blocking() {
      void opening.then((db) => db.close());
      onClose?.();
    },
    terminated: () => onClose?.(),
  });
  return opening;
}
