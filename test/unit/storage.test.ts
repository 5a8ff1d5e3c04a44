import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Job } from '../../lib/job';
import { openJobsDb } from '../../lib/storage/db';
import { handleMessage } from '../../lib/storage/handle-message';
import { deleteJob, listJobs, saveJob } from '../../lib/storage/jobs';
import { jobKey } from '../../lib/storage/key';
import { sampleJob } from '../helpers/jobs';

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});

describe('saved jobs in IndexedDB', () => {
  it('lists saved jobs newest first', async () => {
    const db = await openJobsDb();
    await saveJob(db, sampleJob({ title: 'First', url: 'https://a.example/jobs/1' }), 1000);
    await saveJob(db, sampleJob({ title: 'Second', url: 'https://a.example/jobs/2' }), 2000);
    expect((await listJobs(db)).map((j) => j.job.title)).toEqual(['Second', 'First']);
  });

  it('updates, never duplicates, the same URL', async () => {
    const db = await openJobsDb();
    await saveJob(db, sampleJob({ title: 'Old title', url: 'https://a.example/jobs/1?utm_source=x' }), 1000);
    await saveJob(db, sampleJob({ title: 'New title', url: 'https://www.a.example/jobs/1/#apply' }), 5000);
    const all = await listJobs(db);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ savedAt: 1000, updatedAt: 5000, job: { title: 'New title' } });
  });

  it('deletes', async () => {
    const db = await openJobsDb();
    const saved = await saveJob(db, sampleJob({}), 1000);
    await deleteJob(db, saved.id);
    expect(await listJobs(db)).toEqual([]);
  });

  it('refuses a record that is not a valid job', async () => {
    const db = await openJobsDb();
    await expect(saveJob(db, { ...sampleJob({}), title: '' } as Job)).rejects.toThrow();
    expect(await listJobs(db)).toEqual([]);
  });
});

describe('jobKey', () => {
  it.each([
    ['https://www.x.example/jobs/1/?utm_source=a&gh_src=b#top', 'https://x.example/jobs/1'],
    ['http://x.example/viewjob?jk=abc&from=serp', 'https://x.example/viewjob?jk=abc'],
  ])('%s', (url, key) => {
    expect(jobKey(url)).toBe(key);
  });
});

describe('background message handler', () => {
  it('validates and saves, then reports the saved status', async () => {
    const db = openJobsDb();
    const ctx = { db: () => db };
    const job = sampleJob({ url: 'https://a.example/jobs/9' });
    expect(await handleMessage({ type: 'save-job', job }, ctx)).toMatchObject({ ok: true });
    expect(await handleMessage({ type: 'saved-status', url: 'https://a.example/jobs/9' }, ctx)).toEqual({
      saved: true,
      status: 'saved',
    });
  });

  it.each([[{ type: 'save-job', job: { title: 'x' } }], [{ type: 'drop-database' }], ['save-job'], [null]])(
    'refuses %j',
    async (msg) => {
      const db = openJobsDb();
      expect(await handleMessage(msg, { db: () => db })).toMatchObject({ ok: false });
      expect(await listJobs(await db)).toEqual([]);
    },
  );

  it('tells the badge what a page holds', async () => {
    const kinds: string[] = [];
    await handleMessage(
      { type: 'page-scanned', kind: 'posting' },
      { db: openJobsDb, onScanned: (k) => kinds.push(k) },
    );
    expect(kinds).toEqual(['posting']);
  });
});
