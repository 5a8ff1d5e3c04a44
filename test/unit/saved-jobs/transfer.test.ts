import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  EXPORT_FORMAT,
  MAX_IMPORT_BYTES,
  parseExport,
  readExportFile,
  toExportFile,
  type ExportFile,
} from '../../../lib/saved-jobs/export-file';
import { openJobsDb, type JobsDB } from '../../../lib/saved-jobs/db';
import { setContacts, setFollowUp } from '../../../lib/saved-jobs/edits';
import { listJobs, saveJob, setNotes, setStatus } from '../../../lib/saved-jobs/jobs';
import { noteSeenAgain } from '../../../lib/saved-jobs/seen-again';
import { importJobs, readAllJobs } from '../../../lib/saved-jobs/transfer';
import { sampleJob } from '../../helpers/jobs';
import { variedJob, variedSavedJobs } from '../../helpers/saved-jobs';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

type Db = IDBPDatabase<JobsDB>;

async function exportText(db: Db): Promise<string> {
  return JSON.stringify(toExportFile(await readAllJobs(db), 0));
}

async function wipe(db: Db): Promise<void> {
  const tx = db.transaction(['jobs', 'snapshots'], 'readwrite');
  await Promise.all([tx.objectStore('jobs').clear(), tx.objectStore('snapshots').clear(), tx.done]);
}

async function importText(db: Db, text: string) {
  const parsed = parseExport(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return importJobs(db, parsed.jobs);
}

/** A database with a few jobs that have statuses, notes, tags and a sighting on another board. */
async function filled(): Promise<Db> {
  const db = await openJobsDb();
  for (let i = 0; i < 8; i++) await saveJob(db, variedJob(i), 1000 + i);
  const first = (await listJobs(db)).at(-1)!;
  await setStatus(db, first.id, 'applied', 5000);
  await setNotes(db, first.id, { notes: 'Line one\n"quoted", =SUM(A1)', tags: ['dream', 'ç'] }, 6000);
  await saveJob(db, { ...variedJob(0), url: 'https://remotewlb.com/job/copy-0', site: 'remotewlb' }, 7000);
  await setFollowUp(db, first.id, '2026-12-24', 7500);
  await noteSeenAgain(db, { ...variedJob(1), description: 'Now paid less.' }, 7700);
  await setContacts(
    db,
    first.id,
    [{ name: 'Ana', role: 'Recruiter', email: 'ana@x.example', link: '' }],
    7600,
  );
  return db;
}

describe('export and import', () => {
  it('export → wipe → import gives back identical data', async () => {
    const db = await filled();
    const before = await readAllJobs(db);
    expect(before[0]?.record.links).toHaveLength(1);
    const text = await exportText(db);
    await wipe(db);
    expect(await listJobs(db)).toEqual([]);
    expect(await importText(db, text)).toEqual({ added: 8, merged: 0 });
    expect(await readAllJobs(db)).toEqual(before);
    expect(await exportText(db)).toBe(text);
    const jobs = (JSON.parse(text) as ExportFile).jobs;
    expect(jobs.map((j) => j.followUp)).toContain('2026-12-24');
    expect(jobs.map((j) => j.seenLater)).toContainEqual({ description: 'Now paid less.', seenAt: 7700 });
  });

  it('reads a version 1 file (before follow-ups and contacts): every job, none of them set', async () => {
    const db = await filled();
    const v2 = toExportFile(await readAllJobs(db), 0);
    const v1 = {
      ...v2,
      version: 1,
      jobs: v2.jobs.map(({ followUp: _f, contacts: _c, seenLater: _s, ...job }) => job),
    };
    await wipe(db);
    expect(await importText(db, JSON.stringify(v1))).toEqual({ added: 8, merged: 0 });
    const after = await readAllJobs(db);
    expect(after).toHaveLength(8);
    for (const { record, snapshot } of after) {
      expect(record).toMatchObject({ followUp: null, contacts: [] });
      expect(snapshot.seenLater).toBeNull();
    }
    expect(after.map((j) => j.record.notes)).toEqual(v2.jobs.map((j) => j.notes));
  });

  it.each([
    ['a follow-up that is no date', { followUp: '2026-13-01' }, /jobs\.0\.followUp/],
    ['a version 2 job without contacts', { contacts: undefined }, /jobs\.0\.contacts/],
  ])('refuses %s', (_, change, message) => {
    const file = toExportFile(variedSavedJobs(2));
    const text = JSON.stringify({ ...file, jobs: [{ ...file.jobs[0], ...change }, file.jobs[1]] });
    expect(parseExport(text)).toMatchObject({ ok: false, error: expect.stringMatching(message) });
  });

  it('importing into a database that has the jobs merges them and loses nothing', async () => {
    const db = await filled();
    const text = await exportText(db);
    const first = (await listJobs(db)).at(-1)!;
    await setNotes(db, first.id, { notes: 'Newer note', tags: ['later'] }, 9000);
    await saveJob(db, sampleJob({ url: 'https://only-here.example/1', company: 'Only Here' }), 9500);
    expect(await importText(db, text)).toEqual({ added: 0, merged: 8 });
    const after = await listJobs(db);
    expect(after).toHaveLength(9);
    expect(after.find((j) => j.id === first.id)).toMatchObject({
      notes: 'Newer note\n\nLine one\n"quoted", =SUM(A1)',
      tags: ['later', 'dream', 'ç'],
      status: 'applied',
    });
  });

  it('recognises an imported job saved here under another page of the same posting', async () => {
    const db = await openJobsDb();
    const file = toExportFile(variedSavedJobs(1));
    await saveJob(db, { ...variedJob(0), url: 'https://remotewlb.com/job/same-posting' }, 1);
    expect(await importText(db, JSON.stringify(file))).toEqual({ added: 0, merged: 1 });
    expect(await listJobs(db)).toHaveLength(1);
  });
});

describe('bad imports are refused whole and change nothing', () => {
  const valid = () => toExportFile(variedSavedJobs(3));
  const text = (v: unknown) => JSON.stringify(v);
  const job0 = () => valid().jobs[0]!;

  it.each<[string, () => string, RegExp]>([
    ['truncated JSON', () => text(valid()).slice(0, 500), /not valid JSON/],
    ['an empty file', () => '', /not valid JSON/],
    ['another app’s JSON', () => text({ jobs: [] }), /not a Jobsight export/],
    ['a JSON array', () => text([job0()]), /not a Jobsight export/],
    ['a newer version', () => text({ ...valid(), version: 3 }), /newer Jobsight \(format version 3\)/],
    [
      'an unknown version',
      () => text({ ...valid(), version: 'one' }),
      /format version Jobsight does not know/,
    ],
    [
      'a job without a title',
      () => text({ ...valid(), jobs: [{ ...job0(), job: { ...job0().job, title: '' } }] }),
      /damaged \(jobs\.0\.job\.title/,
    ],
    [
      'an unknown status',
      () => text({ ...valid(), jobs: [job0(), { ...job0(), status: 'hired' }] }),
      /damaged \(jobs\.1\.status/,
    ],
    ['jobs that are not a list', () => text({ ...valid(), jobs: {} }), /damaged \(jobs/],
    [
      'a 50 MB file',
      () => text({ ...valid(), padding: 'x'.repeat(50 * 1024 * 1024) }),
      /too large .*50 MB; the limit is 40 MB/,
    ],
  ])('%s', async (_, make, message) => {
    const db = await filled();
    const before = await readAllJobs(db);
    const parsed = parseExport(make());
    expect(parsed).toMatchObject({ ok: false, error: expect.stringMatching(message) });
    expect(await readAllJobs(db)).toEqual(before);
  });

  it('an import that fails part way is rolled back', async () => {
    const db = await filled();
    const before = await readAllJobs(db);
    const jobs = variedSavedJobs(30).map((j) => ({
      ...j,
      record: { ...j.record, id: `new-${j.record.id}` },
    }));
    // A value IndexedDB cannot store, as the 21st job: the first twenty were already written.
    const broken = { ...jobs[20]!, record: { ...jobs[20]!.record, notes: (() => {}) as unknown as string } };
    await expect(importJobs(db, [...jobs.slice(0, 20), broken])).rejects.toThrow();
    expect(await readAllJobs(db)).toEqual(before);
  });

  it('a file over the limit is refused before it is read', async () => {
    const huge = {
      size: MAX_IMPORT_BYTES + 1,
      text: () => Promise.reject(new Error('read')),
    } as unknown as Blob;
    expect(await readExportFile(huge)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/too large/),
    });
  });

  it('a file of the right size and format is read', async () => {
    const file = new Blob([JSON.stringify(valid())], { type: 'application/json' });
    const parsed = await readExportFile(file);
    expect(parsed.ok && parsed.jobs.map((j) => j.record.id)).toHaveLength(3);
    expect(EXPORT_FORMAT).toBe('jobsight-saved-jobs');
  });
});
