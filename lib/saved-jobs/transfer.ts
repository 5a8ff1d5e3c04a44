import type { IDBPDatabase } from 'idb';
import type { JobsDB } from './db';
import { findMatch } from './match';
import { mergeSaved } from './merge';
import { emptySnapshot } from './record';
import { inTransaction } from './tx';
import type { FullSavedJob } from './types';

type Db = IDBPDatabase<JobsDB>;

/** Every saved job with its texts, oldest first, read in one transaction. */
export async function readAllJobs(db: Db): Promise<FullSavedJob[]> {
  const tx = db.transaction(['jobs', 'snapshots']);
  const [records, snapshots] = await Promise.all([
    tx.objectStore('jobs').index('savedAt').getAll(),
    tx.objectStore('snapshots').getAll(),
  ]);
  const texts = new Map(snapshots.map((s) => [s.id, s]));
  return records.map((record) => ({
    record,
    snapshot: texts.get(record.id) ?? emptySnapshot(record.id),
  }));
}

export interface ImportReport {
  added: number;
  merged: number;
}

/**
 * Add imported jobs in one transaction: a job already saved (same id, or recognised as the same
 * posting) is merged into the saved one; nothing saved is ever dropped or replaced wholesale.
 */
export async function importJobs(db: Db, incoming: FullSavedJob[]): Promise<ImportReport> {
  const tx = db.transaction(['jobs', 'snapshots'], 'readwrite', { durability: 'strict' });
  const jobs = tx.objectStore('jobs');
  const snapshots = tx.objectStore('snapshots');
  return inTransaction(tx, async () => {
    const report: ImportReport = { added: 0, merged: 0 };
    for (const job of incoming) {
      const existing =
        (await jobs.get(job.record.id)) ?? (await findMatch(jobs.index('keys'), job.record.keys))?.record;
      const texts = existing && (await snapshots.get(existing.id));
      const full = existing ? mergeSaved({ record: existing, snapshot: texts ?? job.snapshot }, job) : job;
      await Promise.all([jobs.put(full.record), snapshots.put(full.snapshot)]);
      report[existing ? 'merged' : 'added']++;
    }
    return report;
  });
}
