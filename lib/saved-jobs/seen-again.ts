import type { IDBPDatabase } from 'idb';
import type { Job } from '../model/job';
import type { JobsDB } from './db';
import { findSaved } from './jobs';
import { inTransaction } from './tx';
import type { Snapshot } from './types';

// A saved posting opened again may have changed since it was saved (pay, places, a closing date):
// its description then is kept beside the saved one, for the tracker's job page to show the
// difference (diff.ts). Spacing alone is no change; a page back to the saved text has no change.

type Db = IDBPDatabase<JobsDB>;

const normalised = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The snapshot after the page showed `description` at `now`; the same object when nothing changes. */
export function withSeenAgain(snapshot: Snapshot, description: string, now: number): Snapshot {
  const page = normalised(description);
  // the page gave no description this time: nothing to compare
  if (!page) return snapshot;
  if (page === normalised(snapshot.description))
    return snapshot.seenLater ? { ...snapshot, seenLater: null } : snapshot;
  return { ...snapshot, seenLater: { description, seenAt: now } };
}

/**
 * Note the description of a posting the user opened, when it is a saved one seen on its own page,
 * its ATS id or its posting id (the same board's text); a match by company and title alone is
 * another board's wording, not a change. Returns the snapshot as stored, or null when not saved.
 */
export async function noteSeenAgain(db: Db, job: Job, now = Date.now()): Promise<Snapshot | null> {
  const match = await findSaved(db, job);
  if (!match || match.by === 'company-title') return null;
  const tx = db.transaction('snapshots', 'readwrite');
  return inTransaction(tx, async () => {
    const snapshot = await tx.store.get(match.record.id);
    if (!snapshot) return null;
    const next = withSeenAgain(snapshot, job.description, now);
    if (next !== snapshot) await tx.store.put(next);
    return next;
  });
}
