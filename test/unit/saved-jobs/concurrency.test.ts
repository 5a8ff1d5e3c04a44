import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openJobsDb } from '../../../lib/saved-jobs/db';
import { getSnapshot, listJobs, saveJob, setNotes } from '../../../lib/saved-jobs/jobs';
import { sampleJob } from '../../helpers/jobs';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('saves that race or are cut short', () => {
  it('two tabs saving different jobs at once keep both', async () => {
    // Two connections, as the background and a popup (or two wakings of the worker) hold.
    const [a, b] = await Promise.all([openJobsDb(), openJobsDb()]);
    const jobs = Array.from({ length: 20 }, (_, i) =>
      sampleJob({ url: `https://a.example/jobs/${i}`, title: `Job ${i}`, company: `Company ${i}` }),
    );
    await Promise.all(jobs.map((job, i) => saveJob(i % 2 ? a : b, job, 1000 + i)));
    expect((await listJobs(a)).map((j) => j.job.title).sort()).toEqual(jobs.map((j) => j.title).sort());
  });

  it('two tabs saving the same posting at once make one record', async () => {
    const [a, b] = await Promise.all([openJobsDb(), openJobsDb()]);
    const results = await Promise.all([
      saveJob(a, sampleJob({ url: 'https://a.example/jobs/1?utm_source=tab1' }), 1000),
      saveJob(b, sampleJob({ url: 'https://www.a.example/jobs/1' }), 1001),
    ]);
    expect(results.map((r) => r.outcome)).toEqual(['new', 'updated']);
    expect(await listJobs(a)).toHaveLength(1);
  });

  it('a save cut off before it commits (the worker stopped) changes nothing, and a retry works', async () => {
    const db = await openJobsDb();
    const { record } = await saveJob(db, sampleJob({ description: 'First reading.' }), 1000);
    await setNotes(db, record.id, { notes: 'mine', tags: [] }, 1500);
    const before = await listJobs(db);

    // The worker stops after the job record is written, before the texts are and before the commit.
    const realPut = IDBObjectStore.prototype.put;
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'jobs') return realPut.apply(this, args);
      this.transaction.abort();
      throw new DOMException('The worker stopped', 'AbortError');
    });
    await expect(saveJob(db, sampleJob({ description: 'Second reading.' }), 2000)).rejects.toThrow();
    await expect(
      saveJob(db, sampleJob({ url: 'https://b.example/new', company: 'B' }), 2000),
    ).rejects.toThrow();
    expect(put).toHaveBeenCalledTimes(4);
    put.mockRestore();

    expect(await listJobs(db)).toEqual(before);
    expect((await getSnapshot(db, record.id))?.description).toBe('First reading.');
    await saveJob(db, sampleJob({ description: 'Second reading.' }), 3000);
    expect((await getSnapshot(db, record.id))?.description).toBe('Second reading.');
    expect((await listJobs(db))[0]?.notes).toBe('mine');
  });

  it('a connection closed for an upgrade elsewhere tells its owner to reopen', async () => {
    const onClose = vi.fn();
    const db = await openJobsDb(undefined, { onClose });
    const newer = indexedDB.open('jobsight', 99);
    newer.onupgradeneeded = () => newer.transaction?.abort();
    await new Promise((resolve) => (newer.onerror = resolve));
    expect(onClose).toHaveBeenCalledOnce();
    await expect(listJobs(db)).rejects.toThrow();
  });
});
