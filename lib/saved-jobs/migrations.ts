import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Job } from '../model/job';
import { splitJob, withDerived } from './record';
import { JOB_STATUSES, type JobStatus } from '../model/types';
import type { SavedJob, Snapshot, StatusChange } from './types';

// Each step takes the database from version n-1 to n inside the one upgrade transaction: a
// failure anywhere aborts the upgrade and leaves the old version and every record as they were.
// Steps are never edited once shipped; a change of schema is a new step.

type Db = IDBPDatabase<unknown>;
type Tx = IDBPTransaction<unknown, StoreNames<unknown>[], 'versionchange'>;
type Step = (db: Db, tx: Tx) => Promise<void>;

/** A record as version 1 wrote it. */
export interface SavedJobV1 {
  id: string;
  job: Job;
  savedAt: number;
  updatedAt: number;
  status: JobStatus;
  notes: string;
  tags: string[];
}

async function createV1(db: Db): Promise<void> {
  const jobs = db.createObjectStore('jobs', { keyPath: 'id' });
  jobs.createIndex('savedAt', 'savedAt');
}

function historyOf(old: SavedJobV1): StatusChange[] {
  const first: StatusChange = { status: 'saved', at: old.savedAt };
  return old.status === 'saved' ? [first] : [first, { status: old.status, at: old.updatedAt }];
}

/** A record as versions 2 and 3 wrote it: no follow-up date, no contacts. */
export type SavedJobV3 = Omit<SavedJob, 'followUp' | 'contacts'>;
/** A snapshot as versions 2 and 3 wrote it: no later sighting of the posting. */
export type SnapshotV3 = Omit<Snapshot, 'seenLater'>;

/** Version 1 had no status history, sightings or derived fields, and kept the texts inline. */
export function upgradeV1Record(old: SavedJobV1): { record: SavedJobV3; snapshot: SnapshotV3 } {
  const { card, snapshot } = splitJob(old.id, old.job);
  const status = JOB_STATUSES.includes(old.status) ? old.status : 'saved';
  const record = withDerived({
    id: old.id,
    job: card,
    savedAt: old.savedAt,
    updatedAt: old.updatedAt ?? old.savedAt,
    status,
    statusHistory: historyOf({ ...old, status }),
    notes: old.notes ?? '',
    tags: old.tags ?? [],
    links: [],
  });
  return { record, snapshot };
}

async function v1ToV2(db: Db, tx: Tx): Promise<void> {
  const snapshots = db.createObjectStore('snapshots', { keyPath: 'id' });
  const jobs = tx.objectStore('jobs');
  jobs.createIndex('status', 'status');
  jobs.createIndex('company', 'companyKey');
  jobs.createIndex('eligibility', 'reach', { multiEntry: true });
  jobs.createIndex('keys', 'keys', { multiEntry: true });
  for (let cursor = await jobs.openCursor(); cursor; cursor = await cursor.continue()) {
    const { record, snapshot } = upgradeV1Record(cursor.value as SavedJobV1);
    await Promise.all([cursor.update(record), snapshots.put(snapshot)]);
  }
}

/** Version 3: the postings the user opened (first and last seen), saved or not. */
async function v2ToV3(db: Db): Promise<void> {
  const seen = db.createObjectStore('seen', { keyPath: 'key' });
  seen.createIndex('lastSeen', 'lastSeen');
  seen.createIndex('titleKey', 'titleKey');
}

/** Version 4: a follow-up date (indexed) and contacts on every job; a later sighting on every snapshot. */
async function v3ToV4(_db: Db, tx: Tx): Promise<void> {
  const jobs = tx.objectStore('jobs');
  jobs.createIndex('followUp', 'followUp');
  for (let cursor = await jobs.openCursor(); cursor; cursor = await cursor.continue()) {
    const old = cursor.value as SavedJobV3;
    await cursor.update({ ...old, followUp: null, contacts: [] } satisfies SavedJob);
  }
  const snapshots = tx.objectStore('snapshots');
  for (let cursor = await snapshots.openCursor(); cursor; cursor = await cursor.continue()) {
    const old = cursor.value as SnapshotV3;
    await cursor.update({ ...old, seenLater: null } satisfies Snapshot);
  }
}

const STEPS: Record<number, Step> = { 1: createV1, 2: v1ToV2, 3: v2ToV3, 4: v3ToV4 };

/** Run every step from oldVersion up to newVersion. */
export async function migrate(db: Db, tx: Tx, oldVersion: number, newVersion: number): Promise<void> {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = STEPS[version];
    if (!step) throw new Error(`no migration to version ${version}`);
    await step(db, tx);
  }
}
