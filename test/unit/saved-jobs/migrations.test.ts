import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, DB_VERSION, openJobsDb } from '../../../lib/saved-jobs/db';
import { findSaved, getSnapshot, listJobs } from '../../../lib/saved-jobs/jobs';
import { setFollowUp } from '../../../lib/saved-jobs/edits';
import {
  migrate,
  upgradeV1Record,
  type SavedJobV1,
  type SavedJobV3,
  type SnapshotV3,
} from '../../../lib/saved-jobs/migrations';
import { joinJob } from '../../../lib/saved-jobs/record';
import { variedJob } from '../../helpers/saved-jobs';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const STATUSES = ['saved', 'applied', 'interviewing', 'offer', 'rejected', 'archived'] as const;

/** Records exactly as version 1 of Jobsight wrote them. */
function v1Records(n: number): SavedJobV1[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `https://boards.example/jobs/${i}`,
    job: variedJob(i),
    savedAt: 1_000 + i,
    updatedAt: 5_000 + i,
    status: STATUSES[i % STATUSES.length] ?? 'saved',
    notes: i % 2 ? `note ${i}` : '',
    tags: i % 3 ? [] : ['a', `t${i}`],
  }));
}

/** A version 1 database built the way version 1 built it, with raw idb. */
async function fillV1(records: SavedJobV1[]): Promise<void> {
  const db = await openDB(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore('jobs', { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
    },
  });
  const tx = db.transaction('jobs', 'readwrite');
  await Promise.all(records.map((r) => tx.store.put(r)));
  await tx.done;
  db.close();
}

/** The database as the migrations up to `version` leave it, opened with raw idb. */
function migratedTo(version: number) {
  return openDB(DB_NAME, version, {
    async upgrade(d, oldVersion, _newVersion, tx) {
      await migrate(d as never, tx as never, oldVersion, version);
    },
  });
}

describe('migration from version 1', () => {
  it('carries every record and every field forward to the current version', async () => {
    const old = v1Records(60);
    await fillV1(old);
    const db = await openJobsDb();
    expect(db.version).toBe(DB_VERSION);
    const migrated = await listJobs(db);
    expect(migrated).toHaveLength(old.length);
    for (const before of old) {
      const after = migrated.find((r) => r.id === before.id);
      const snapshot = await getSnapshot(db, before.id);
      expect(after && snapshot && joinJob(after.job, snapshot)).toEqual(before.job);
      expect(after).toMatchObject({
        savedAt: before.savedAt,
        updatedAt: before.updatedAt,
        status: before.status,
        notes: before.notes,
        tags: before.tags,
        links: [],
      });
      expect(after?.statusHistory[0]).toEqual({ status: 'saved', at: before.savedAt });
      expect(after?.statusHistory.at(-1)?.status).toBe(before.status);
    }
  });

  it('fills the new indexes, so duplicates of old records are recognised', async () => {
    await fillV1(v1Records(12));
    const db = await openJobsDb();
    const old = variedJob(4);
    const elsewhere = {
      url: 'https://other.example/x',
      company: `${old.company ?? ''} Inc.`,
      title: old.title,
    };
    expect((await findSaved(db, elsewhere))?.record.id).toBe('https://boards.example/jobs/4');
    expect(await db.countFromIndex('jobs', 'status', 'applied')).toBe(2);
    expect(await db.countFromIndex('jobs', 'eligibility', 'WORLDWIDE')).toBe(4);
    expect(await db.countFromIndex('jobs', 'company', 'acme robotics')).toBe(2);
  });

  it('upgrades an empty version 1 database', async () => {
    await fillV1([]);
    const db = await openJobsDb();
    expect([...db.objectStoreNames].sort()).toEqual(['jobs', 'seen', 'snapshots']);
    expect([...db.transaction('jobs').store.indexNames].sort()).toEqual([
      'company',
      'eligibility',
      'followUp',
      'keys',
      'savedAt',
      'status',
    ]);
  });

  it('a failed upgrade leaves version 1 and every record as they were', async () => {
    const old = v1Records(3);
    await fillV1([...old, { ...old[0]!, id: 'broken', job: null } as unknown as SavedJobV1]);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(openJobsDb()).rejects.toThrow();
    expect(logged).toHaveBeenCalledOnce();
    const db = await openDB(DB_NAME);
    expect(db.version).toBe(1);
    expect(await db.getAll('jobs')).toHaveLength(4);
    expect(await db.get('jobs', old[1]!.id)).toEqual(old[1]);
    db.close();
  });
});

describe('migration from version 2', () => {
  /** A version 2 database with saved jobs, built by the migrations up to version 2. */
  async function fillV2(records: SavedJobV1[]): Promise<void> {
    await fillV1(records);
    const db = await migratedTo(2);
    expect(db.objectStoreNames.contains('seen')).toBe(false);
    db.close();
  }

  it('adds the memory of seen postings, every saved job kept as it was', async () => {
    const old = v1Records(12);
    await fillV2(old);
    const db = await openJobsDb();
    expect(db.version).toBe(DB_VERSION);
    expect(db.objectStoreNames.contains('seen')).toBe(true);
    expect([...db.transaction('seen').store.indexNames].sort()).toEqual(['lastSeen', 'titleKey']);
    expect((await listJobs(db)).map((r) => r.id).sort()).toEqual(old.map((r) => r.id).sort());
    const first = old[0];
    expect(first && (await findSaved(db, { url: first.id }))?.record.status).toBe(first?.status);
  });
});

describe('migration from version 3', () => {
  /** Saved jobs and their texts exactly as version 3 wrote them (no follow-up, contacts or later sighting). */
  function v3Jobs(n: number): { record: SavedJobV3; snapshot: SnapshotV3 }[] {
    return v1Records(n).map((old) => {
      const { record, snapshot } = upgradeV1Record(old);
      const { seenLater: _none, ...v3Snapshot } = snapshot as SnapshotV3 & { seenLater?: unknown };
      return { record, snapshot: v3Snapshot };
    });
  }

  /** A version 3 database built by the migrations up to version 3, then filled. */
  async function fillV3(jobs: { record: SavedJobV3; snapshot: SnapshotV3 }[]): Promise<void> {
    const db = await migratedTo(3);
    const tx = db.transaction(['jobs', 'snapshots'], 'readwrite');
    for (const { record, snapshot } of jobs)
      await Promise.all([tx.objectStore('jobs').put(record), tx.objectStore('snapshots').put(snapshot)]);
    await tx.done;
    db.close();
  }

  it('gives every job no follow-up and no contacts, and every snapshot no later sighting', async () => {
    const old = v3Jobs(25);
    await fillV3(old);
    const db = await openJobsDb();
    expect(db.version).toBe(DB_VERSION);
    const migrated = await listJobs(db);
    expect(migrated).toHaveLength(old.length);
    for (const { record, snapshot } of old) {
      expect(migrated.find((r) => r.id === record.id)).toEqual({ ...record, followUp: null, contacts: [] });
      expect(await getSnapshot(db, record.id)).toEqual({ ...snapshot, seenLater: null });
    }
  });

  it('indexes follow-up dates, and only jobs that have one', async () => {
    const old = v3Jobs(6);
    await fillV3(old);
    const db = await openJobsDb();
    expect(await db.countFromIndex('jobs', 'followUp')).toBe(0);
    await setFollowUp(db, old[2]!.record.id, '2026-12-24');
    await setFollowUp(db, old[4]!.record.id, '2026-12-01');
    const due = await db.getAllFromIndex('jobs', 'followUp');
    expect(due.map((r) => r.followUp)).toEqual(['2026-12-01', '2026-12-24']);
    expect(await db.getAllKeysFromIndex('jobs', 'followUp', IDBKeyRange.upperBound('2026-12-10'))).toEqual([
      old[4]!.record.id,
    ]);
  });
});
