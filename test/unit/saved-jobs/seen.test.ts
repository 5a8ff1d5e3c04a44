import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openJobsDb } from '../../../lib/saved-jobs/db';
import { noteSeen, seenOf } from '../../../lib/saved-jobs/seen';

// The postings the user opened: "Seen 3 Dec" on their cards, and reposts told apart.

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const DAY = 86_400_000;
const posting = (url: string, title = 'Data Engineer', company = 'Quill') => ({ url, title, company });

describe('the postings the user opened', () => {
  it('a card links to a posting opened before: when it was last seen', async () => {
    const db = await openJobsDb();
    await noteSeen(
      db,
      posting('https://www.linkedin.com/jobs/view/data-engineer-at-quill-4100000001'),
      1 * DAY,
    );
    await noteSeen(db, posting('https://www.linkedin.com/jobs/view/4100000001/'), 3 * DAY);
    // the search page's card links to the same job id
    const card = posting('https://www.linkedin.com/jobs/view/4100000001/?refId=abc');
    expect(await seenOf(db, card)).toEqual({ lastSeen: 3 * DAY, repostOf: null });
  });

  it('the same company and title under a new id is a repost, with when the job was first seen', async () => {
    const db = await openJobsDb();
    await noteSeen(db, posting('https://www.linkedin.com/jobs/view/4100000001/'), 10 * DAY);
    await noteSeen(db, posting('https://www.linkedin.com/jobs/view/4100000001/'), 20 * DAY);
    const repost = posting('https://www.linkedin.com/jobs/view/4100000099/', 'Data Engineer', 'Quill, Inc.');
    expect(await seenOf(db, repost)).toEqual({ lastSeen: null, repostOf: 10 * DAY });
    // noting a visit answers what the history said before it, in the same transaction
    expect(await noteSeen(db, repost, 30 * DAY)).toEqual({ lastSeen: null, repostOf: 10 * DAY });
    // once opened itself, it is still the repost of the older one
    expect(await seenOf(db, repost)).toEqual({ lastSeen: 30 * DAY, repostOf: 10 * DAY });
    // and the older one is no repost of the newer
    expect(await seenOf(db, posting('https://www.linkedin.com/jobs/view/4100000001/'))).toEqual({
      lastSeen: 20 * DAY,
      repostOf: null,
    });
  });

  it('the same job on another board is no repost', async () => {
    const db = await openJobsDb();
    await noteSeen(db, posting('https://boards.greenhouse.io/quill/jobs/4410021'), DAY);
    const elsewhere = posting('https://www.linkedin.com/jobs/view/4100000099/');
    expect(await seenOf(db, elsewhere)).toEqual({ lastSeen: null, repostOf: null });
  });

  it('another job of the company, or a card never opened, is neither', async () => {
    const db = await openJobsDb();
    await noteSeen(db, posting('https://jobs.lever.co/quill/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0'), DAY);
    expect(
      await seenOf(
        db,
        posting('https://jobs.lever.co/quill/aaaaaaaa-4b5a-6978-8796-a5b4c3d2e1f0', 'Designer'),
      ),
    ).toEqual({
      lastSeen: null,
      repostOf: null,
    });
  });

  it('keeps the most recently seen postings past its bound', async () => {
    const db = await openJobsDb();
    for (let i = 1; i <= 5; i++)
      await noteSeen(db, posting(`https://a.example/jobs/${i}`, `Job ${i}`), i * DAY, 3);
    const kept = await Promise.all(
      [1, 2, 3, 4, 5].map(
        async (i) => (await seenOf(db, posting(`https://a.example/jobs/${i}`, `Job ${i}`))).lastSeen,
      ),
    );
    expect(kept).toEqual([null, null, 3 * DAY, 4 * DAY, 5 * DAY]);
  });
});
