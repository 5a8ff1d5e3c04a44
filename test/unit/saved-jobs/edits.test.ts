import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openJobsDb, type JobsDB } from '../../../lib/saved-jobs/db';
import { addTagMany, setContacts, setFollowUp, setStatusMany } from '../../../lib/saved-jobs/edits';
import { deleteMany, getSnapshot, listJobs, restoreMany, saveJob } from '../../../lib/saved-jobs/jobs';
import { idbStore } from '../../../lib/saved-jobs/store';
import { readAllJobs } from '../../../lib/saved-jobs/transfer';
import type { Contact } from '../../../lib/saved-jobs/types';
import { variedJob } from '../../helpers/saved-jobs';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

type Db = IDBPDatabase<JobsDB>;

/** Five saved jobs; their ids, oldest first. */
async function five(): Promise<{ db: Db; ids: string[] }> {
  const db = await openJobsDb();
  const ids: string[] = [];
  for (let i = 0; i < 5; i++) ids.push((await saveJob(db, variedJob(i), 1000 + i)).record.id);
  return { db, ids };
}

const byId = async (db: Db) => new Map((await listJobs(db)).map((r) => [r.id, r]));

const ANA: Contact = { name: 'Ana Ruiz', role: 'Recruiter', email: 'ana@acme.example', link: '' };

describe('bulk actions', () => {
  it('sets the status of many jobs at once, each with its history, and leaves the others', async () => {
    const { db, ids } = await five();
    const changed = await setStatusMany(db, [ids[0]!, ids[2]!, 'gone'], 'applied', 9000);
    expect(changed.map((r) => r.id)).toEqual([ids[0], ids[2]]);
    const after = await byId(db);
    expect(after.get(ids[0]!)?.statusHistory.at(-1)).toEqual({ status: 'applied', at: 9000 });
    expect(after.get(ids[2]!)).toMatchObject({ status: 'applied', updatedAt: 9000 });
    expect(after.get(ids[1]!)?.status).toBe('saved');
  });

  it('adds a tag to many jobs once each, whatever its case', async () => {
    const { db, ids } = await five();
    await addTagMany(db, ids.slice(0, 2), 'Dream');
    await addTagMany(db, ids.slice(0, 3), '  dream ');
    const after = await byId(db);
    expect(ids.map((id) => after.get(id)?.tags)).toEqual([['Dream'], ['Dream'], ['dream'], [], []]);
    await expect(addTagMany(db, ids, '  ')).rejects.toThrow(/word/);
  });

  it('deletes many jobs with their texts, and Undo puts every one back as it was', async () => {
    const { db, ids } = await five();
    await setFollowUp(db, ids[1]!, '2026-03-02', 2000);
    const before = await readAllJobs(db);
    const deleted = await deleteMany(db, [ids[1]!, ids[3]!]);
    expect(deleted.map((d) => d.record.id)).toEqual([ids[1], ids[3]]);
    expect(await listJobs(db)).toHaveLength(3);
    expect(await getSnapshot(db, ids[1]!)).toBeUndefined();
    expect((await restoreMany(db, deleted)).map((r) => r.id)).toEqual([ids[1], ids[3]]);
    expect(await readAllJobs(db)).toEqual(before);
  });

  it('a bulk change that fails part way changes nothing', async () => {
    const { db, ids } = await five();
    const before = await readAllJobs(db);
    const deleted = await deleteMany(db, ids.slice(0, 2));
    const broken = {
      ...deleted[1]!,
      record: { ...deleted[1]!.record, notes: (() => {}) as unknown as string },
    };
    await expect(restoreMany(db, [deleted[0]!, broken])).rejects.toThrow();
    expect(await listJobs(db)).toHaveLength(3);
    await restoreMany(db, deleted);
    expect(await readAllJobs(db)).toEqual(before);
  });
});

describe('follow-up dates and contacts', () => {
  it.each([
    ['a date', '2026-12-24', '2026-12-24'],
    ['none', null, null],
  ])('sets %s', async (_, date, stored) => {
    const { db, ids } = await five();
    await setFollowUp(db, ids[0]!, '2026-01-01');
    expect((await setFollowUp(db, ids[0]!, date, 7000)).followUp).toBe(stored);
    expect((await byId(db)).get(ids[0]!)).toMatchObject({ followUp: stored, updatedAt: 7000 });
  });

  it.each(['2026-02-30', '24/12/2026', '2026-1-5', ''])(
    'refuses %j, which is no calendar date',
    async (date) => {
      const { db, ids } = await five();
      await expect(setFollowUp(db, ids[0]!, date)).rejects.toThrow(/calendar date/);
      expect((await byId(db)).get(ids[0]!)?.followUp).toBeNull();
    },
  );

  it('refuses a job that is gone', async () => {
    const { db } = await five();
    await expect(setFollowUp(db, 'gone', '2026-12-24')).rejects.toThrow(/no longer saved/);
  });

  it('stores contacts trimmed, without blank rows', async () => {
    const { db, ids } = await five();
    const blank: Contact = { name: ' ', role: '', email: '', link: '' };
    const record = await setContacts(db, ids[0]!, [{ ...ANA, name: '  Ana   Ruiz ' }, blank]);
    expect(record.contacts).toEqual([ANA]);
  });

  it('a re-save of the page and a merge keep the follow-up and the contacts', async () => {
    const { db, ids } = await five();
    const store = idbStore(db);
    await store.setFollowUp(ids[0]!, '2026-12-24');
    await store.setContacts(ids[0]!, [ANA]);
    await saveJob(db, { ...variedJob(0), description: 'Rewritten.' }, 8000);
    expect((await byId(db)).get(ids[0]!)).toMatchObject({ followUp: '2026-12-24', contacts: [ANA] });
    const [deleted] = await store.deleteMany([ids[0]!]);
    await saveJob(db, variedJob(0), 9000);
    const bob: Contact = { name: 'Bob', role: '', email: '', link: 'https://example.com/bob' };
    await store.setContacts(ids[0]!, [bob]);
    await store.restoreMany([deleted!]);
    expect((await byId(db)).get(ids[0]!)).toMatchObject({ followUp: '2026-12-24', contacts: [bob, ANA] });
  });
});
