import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openJobsDb } from '../../../lib/saved-jobs/db';
import { idbStore, withNewestRead } from '../../../lib/saved-jobs/store';
import { importJobs } from '../../../lib/saved-jobs/transfer';
import { variedSavedJobs } from '../../helpers/saved-jobs';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('withNewestRead', () => {
  it('reads the newest page at once and hands that read to the first call for it', async () => {
    const db = await openJobsDb();
    await importJobs(db, variedSavedJobs(5));
    const store = idbStore(db);
    const listNewest = vi.spyOn(store, 'listNewest');
    const early = withNewestRead(store, 2);
    expect(listNewest).toHaveBeenCalledOnce();

    const first = await early.listNewest(2);
    expect(listNewest).toHaveBeenCalledOnce();
    expect(first.map((j) => j.id)).toEqual((await store.listNewest(2)).map((j) => j.id));
    expect(first).toHaveLength(2);

    // Later calls, and calls for another count, read anew.
    listNewest.mockClear();
    await early.listNewest(2);
    await early.listNewest(3);
    expect(listNewest.mock.calls).toEqual([[2], [3]]);
  });
});
