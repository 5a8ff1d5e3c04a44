import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../lib/dispatch';
import type { Job } from '../../../lib/model/job';
import type { AnalysisResponse } from '../../../lib/model/messages';
import { readPage } from '../../../lib/page/read-page';
import { findAdapter } from '../../../lib/page/sites';
import { openJobsDb } from '../../../lib/saved-jobs/db';
import { findSaved, getSnapshot, saveJob } from '../../../lib/saved-jobs/jobs';
import type { MatchKind } from '../../../lib/saved-jobs/match';
import { noteSeenAgain, withSeenAgain } from '../../../lib/saved-jobs/seen-again';
import type { Snapshot } from '../../../lib/saved-jobs/types';
import { sampleJob } from '../../helpers/jobs';
import { pageDoc } from '../../helpers/pages';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const SAVED = 'Pays 100k. Remote in Canada.';
const snapshot = (seenLater: Snapshot['seenLater']): Snapshot => ({
  id: 'x',
  description: SAVED,
  provenance: {},
  seenLater,
});
const LATER = { description: 'Pays 90k. Remote in Canada.', seenAt: 500 };

describe('withSeenAgain', () => {
  it.each<[string, Snapshot, string, Snapshot['seenLater'] | 'unchanged']>([
    ['the saved text', snapshot(null), SAVED, 'unchanged'],
    ['the saved text with other spacing', snapshot(null), ` Pays 100k.\n\nRemote  in Canada. `, 'unchanged'],
    [
      'a changed text',
      snapshot(null),
      'Pays 120k. Remote in Canada.',
      { description: 'Pays 120k. Remote in Canada.', seenAt: 900 },
    ],
    ['a text changed again', snapshot(LATER), 'Closed.', { description: 'Closed.', seenAt: 900 }],
    ['the same change seen again', snapshot(LATER), LATER.description, { ...LATER, seenAt: 900 }],
    ['back to the saved text', snapshot(LATER), SAVED, null],
    ['no description this time', snapshot(LATER), '  ', 'unchanged'],
  ])('%s', (_, before, page, seenLater) => {
    const after = withSeenAgain(before, page, 900);
    if (seenLater === 'unchanged') expect(after).toBe(before);
    else expect(after).toEqual({ ...before, seenLater });
  });
});

describe('a saved posting opened again', () => {
  const job = (over: Partial<Job>) =>
    sampleJob({
      url: 'https://jobs.lever.co/acme/1f2e3d4c-aaaa-bbbb-cccc-000000000001',
      description: SAVED,
      ...over,
    });

  it.each<[string, Partial<Job>, string | null, MatchKind]>([
    ['on its own page, changed', { description: 'Pays 90k.' }, 'Pays 90k.', 'page'],
    [
      'by its ATS id on another address, changed',
      {
        url: 'https://jobs.lever.co/acme/1f2e3d4c-aaaa-bbbb-cccc-000000000001/apply?x=1',
        description: 'Pays 90k.',
      },
      'Pays 90k.',
      'ats',
    ],
    [
      'on another board by company and title only',
      { url: 'https://remoteok.com/remote-jobs/1', site: 'remoteok', description: 'Other words.' },
      null,
      'company-title',
    ],
  ])('%s', async (_, over, kept, by) => {
    const db = await openJobsDb();
    const { record } = await saveJob(db, job({}), 1000);
    expect((await findSaved(db, job(over)))?.by).toBe(by);
    await noteSeenAgain(db, job(over), 2000);
    const stored = await getSnapshot(db, record.id);
    expect(stored?.seenLater).toEqual(kept === null ? null : { description: kept, seenAt: 2000 });
    expect(stored?.description).toBe(SAVED);
  });

  it('is not noted for a posting that is not saved', async () => {
    const db = await openJobsDb();
    expect(await noteSeenAgain(db, job({}), 2000)).toBeNull();
  });

  it('is noted when the panel reads it, and saving it again takes the new text and clears it', async () => {
    const db = await openJobsDb();
    const reading = readPage(
      pageDoc('label-value.html'),
      new URL('https://www.remotewlb.com/jobs/x'),
      findAdapter,
    ).reading!;
    const { record } = await saveJob(db, job({}), 1000);
    const answer = { job: job({ description: 'Pays 90k.' }), view: {} } as AnalysisResponse;
    const ctx = {
      db: () => Promise.resolve(db),
      analyse: async () => answer,
      judgeCards: () => Promise.reject(new Error('not asked')),
    };
    await dispatch({ type: 'analyse', reading }, ctx);
    await vi.waitFor(async () =>
      expect((await getSnapshot(db, record.id))?.seenLater?.description).toBe('Pays 90k.'),
    );
    await saveJob(db, job({ description: 'Pays 90k.' }), 3000);
    expect(await getSnapshot(db, record.id)).toMatchObject({ description: 'Pays 90k.', seenLater: null });
  });
});
