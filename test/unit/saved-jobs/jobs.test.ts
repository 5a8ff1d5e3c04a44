import { IDBFactory, IDBIndex } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Job } from '../../../lib/model/job';
import { openJobsDb } from '../../../lib/saved-jobs/db';
import {
  deleteJob,
  findSaved,
  getSnapshot,
  listJobs,
  listNewest,
  restoreJob,
  saveJob,
  setNotes,
  setStatus,
} from '../../../lib/saved-jobs/jobs';
import { jobKey } from '../../../lib/saved-jobs/key';
import { CAD_SALARY, sampleJob } from '../../helpers/jobs';

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});

describe('saved jobs in IndexedDB', () => {
  it('lists saved jobs newest first', async () => {
    const db = await openJobsDb();
    await saveJob(db, sampleJob({ title: 'First', url: 'https://a.example/jobs/1' }), 1000);
    await saveJob(
      db,
      sampleJob({ title: 'Second', url: 'https://a.example/jobs/2', company: 'Other' }),
      2000,
    );
    expect((await listJobs(db)).map((j) => j.job.title)).toEqual(['Second', 'First']);
  });

  it('reads the newest jobs first without reading them all', async () => {
    const db = await openJobsDb();
    for (let i = 0; i < 5; i++)
      await saveJob(
        db,
        sampleJob({ url: `https://a.example/${i}`, title: `Job ${i}`, company: `C${i}` }),
        1000 + i,
      );
    expect('getAllRecords' in IDBIndex.prototype).toBe(true);
    expect((await listNewest(db, 2)).map((j) => j.job.title)).toEqual(['Job 4', 'Job 3']);
    expect(await listNewest(db, 9)).toHaveLength(5);
    // A browser without getAllRecords walks a cursor, to the same answer.
    const getAllRecords: unknown = Reflect.get(IDBIndex.prototype, 'getAllRecords');
    try {
      Reflect.deleteProperty(IDBIndex.prototype, 'getAllRecords');
      expect((await listNewest(db, 2)).map((j) => j.job.title)).toEqual(['Job 4', 'Job 3']);
      expect(await listNewest(db, 9)).toHaveLength(5);
    } finally {
      Reflect.set(IDBIndex.prototype, 'getAllRecords', getAllRecords);
    }
  });

  it('keeps every field: the card in the list, the description and evidence in the snapshot', async () => {
    const db = await openJobsDb();
    const job = sampleJob({
      description: 'The whole description.',
      provenance: {
        title: { value: 'Platform Engineer', source: 'jsonld', evidence: '"title": "Platform Engineer"' },
      },
    });
    const { record } = await saveJob(db, job, 1000);
    const { description, provenance, ...card } = job;
    expect(record).toMatchObject({
      job: card,
      status: 'saved',
      statusHistory: [{ status: 'saved', at: 1000 }],
    });
    expect(await getSnapshot(db, record.id)).toEqual({
      id: record.id,
      description,
      provenance,
      seenLater: null,
    });
    expect(record).toMatchObject({ followUp: null, contacts: [] });
  });

  it('normalises pay to USD a year for sorting', async () => {
    const db = await openJobsDb();
    const salary = { ...CAD_SALARY, min: 40, max: 50, currency: 'USD', period: 'hour' as const };
    const { record } = await saveJob(db, sampleJob({ salary }), 1000);
    expect(record.pay).toMatchObject({ min: 83_200, max: 104_000, top: 104_000, currency: 'USD' });
  });

  it('updates, never duplicates, the same URL', async () => {
    const db = await openJobsDb();
    await saveJob(db, sampleJob({ title: 'Old title', url: 'https://a.example/jobs/1?utm_source=x' }), 1000);
    const again = await saveJob(
      db,
      sampleJob({ title: 'New title', url: 'https://www.a.example/jobs/1/#apply' }),
      5000,
    );
    expect(again.outcome).toBe('updated');
    const all = await listJobs(db);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ savedAt: 1000, updatedAt: 5000, job: { title: 'New title' } });
  });

  it('records each status change with its date', async () => {
    const db = await openJobsDb();
    const { record } = await saveJob(db, sampleJob({}), 1000);
    await setStatus(db, record.id, 'applied', 2000);
    await setStatus(db, record.id, 'applied', 2500);
    const changed = await setStatus(db, record.id, 'interviewing', 3000);
    expect(changed.statusHistory).toEqual([
      { status: 'saved', at: 1000 },
      { status: 'applied', at: 2000 },
      { status: 'interviewing', at: 3000 },
    ]);
    expect((await listJobs(db))[0]).toMatchObject({ status: 'interviewing', updatedAt: 3000 });
  });

  it('keeps notes and tags, and a re-save of the page leaves them alone', async () => {
    const db = await openJobsDb();
    const { record } = await saveJob(db, sampleJob({}), 1000);
    await setNotes(db, record.id, { notes: 'Ask about on-call', tags: ['k8s'] }, 2000);
    await saveJob(db, sampleJob({ title: 'Platform Engineer II' }), 3000);
    expect((await listJobs(db))[0]).toMatchObject({
      notes: 'Ask about on-call',
      tags: ['k8s'],
      job: { title: 'Platform Engineer II' },
    });
  });

  it('deletes a job and its texts, and undo brings both back', async () => {
    const db = await openJobsDb();
    const { record } = await saveJob(db, sampleJob({}), 1000);
    const deleted = await deleteJob(db, record.id);
    expect(await listJobs(db)).toEqual([]);
    expect(await getSnapshot(db, record.id)).toBeUndefined();
    await restoreJob(db, deleted!);
    expect(await listJobs(db)).toEqual([record]);
    expect((await getSnapshot(db, record.id))?.description).toBe('Runs the platform.');
  });

  it('refuses a record that is not a valid job', async () => {
    const db = await openJobsDb();
    await expect(saveJob(db, { ...sampleJob({}), title: '' } as Job)).rejects.toThrow();
    expect(await listJobs(db)).toEqual([]);
  });

  it('refuses to change a job that is no longer saved', async () => {
    const db = await openJobsDb();
    await expect(setStatus(db, 'https://gone.example/1', 'applied')).rejects.toThrow(/no longer saved/);
  });
});

describe('the same posting on another board', () => {
  const greenhouse = sampleJob({
    url: 'https://boards.greenhouse.io/northwind/jobs/4410021',
    site: 'greenhouse',
    postingId: '4410021',
    title: 'Platform Engineer',
    company: 'Northwind Labs',
  });

  it.each<[string, Partial<Job>, string]>([
    [
      'its Apply link names the ATS posting',
      { applyUrl: 'https://boards.greenhouse.io/northwind/jobs/4410021?gh_src=x' },
      'ats',
    ],
    [
      'a company site embeds it by gh_jid',
      { url: 'https://northwind.example/careers?gh_jid=4410021' },
      'ats',
    ],
    [
      'its canonical URL is the ATS page',
      { canonicalUrl: 'https://job-boards.greenhouse.io/northwind/jobs/4410021' },
      'ats',
    ],
    [
      'company and title match, written differently',
      { title: 'Platform Engineer - Remote (Canada)', company: 'Northwind Labs, Inc.' },
      'company-title',
    ],
  ])('is linked when %s', async (_, over, by) => {
    const db = await openJobsDb();
    await saveJob(db, greenhouse, 1000);
    const board = sampleJob({
      url: 'https://remotewlb.com/job/platform-engineer-88',
      site: 'remotewlb',
      title: 'Platform Engineer',
      company: 'Northwind',
      ...over,
    });
    expect((await findSaved(db, board))?.by).toBe(by);
    const { outcome, record } = await saveJob(db, board, 2000);
    expect(outcome).toBe('linked');
    const all = await listJobs(db);
    expect(all).toHaveLength(1);
    expect(record.links.map((l) => l.url)).toEqual([board.url]);
    // The saved posting itself is kept as it was.
    expect(all[0]?.job.url).toBe(greenhouse.url);
    // Once linked, the board's page alone finds it.
    expect((await findSaved(db, { url: board.url }))?.record.id).toBe(record.id);
  });

  it.each<[string, Partial<Job>]>([
    [
      'another Greenhouse id',
      { url: 'https://boards.greenhouse.io/northwind/jobs/4410999', postingId: '4410999' },
    ],
    [
      'another LinkedIn posting of a linked one',
      { url: 'https://www.linkedin.com/jobs/view/3900000002', site: 'linkedin' },
    ],
    [
      'another page of the same board',
      { url: 'https://www.linkedin.com/jobs/view/3900000001x', site: 'generic' },
    ],
    ['another company', { company: 'Southwind Labs' }],
    ['another title', { title: 'Platform Engineer, Data' }],
  ])('is not confused with %s', async (_, over) => {
    const db = await openJobsDb();
    await saveJob(db, greenhouse, 1000);
    await saveJob(
      db,
      sampleJob({
        url: 'https://www.linkedin.com/jobs/view/3900000001',
        site: 'linkedin',
        title: 'Platform Engineer',
        company: 'Northwind Labs',
      }),
      1500,
    );
    const other = {
      url: 'https://remotewlb.com/job/platform-engineer-77',
      site: 'remotewlb',
      postingId: null,
    };
    await saveJob(db, sampleJob({ ...greenhouse, ...other, ...over }), 2000);
    expect(await listJobs(db)).toHaveLength(2);
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
