import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openJobsDb, type JobsDB } from '../../../lib/saved-jobs/db';
import { setFollowUp } from '../../../lib/saved-jobs/edits';
import { saveJob } from '../../../lib/saved-jobs/jobs';
import { checkFollowUps, FOLLOW_UP_ALARM, followUpsChanged, watchFollowUps } from '../../../utils/follow-ups';
import { fakeOptionalPermissions } from '../../helpers/fake-permissions';
import { sampleJob } from '../../helpers/jobs';

type Db = IDBPDatabase<JobsDB>;

const at = (d: number, h: number) => new Date(2026, 11, d, h).getTime();
let granted = new Set(['alarms', 'notifications']);

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
  granted = new Set(['alarms', 'notifications']);
  fakeOptionalPermissions((p) => granted.has(p));
  vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((p) => `chrome-extension://id${p}`);
  vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('');
  vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue();
  vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue();
  vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue();
});

/** Three saved jobs, following up on 1, 7 and 24 December. */
async function dated(): Promise<{ db: Db; ids: string[] }> {
  const db = await openJobsDb();
  const ids: string[] = [];
  for (const [i, date] of ['2026-12-01', '2026-12-07', '2026-12-24'].entries()) {
    const { record } = await saveJob(
      db,
      sampleJob({ url: `https://a.example/${i}`, title: `Job ${i}`, company: `C${i}` }),
      1,
    );
    await setFollowUp(db, record.id, date);
    ids.push(record.id);
  }
  return { db, ids };
}

const notified = () =>
  vi
    .mocked(fakeBrowser.notifications.create)
    .mock.calls.map((args) => (args as unknown[] as [string, { message: string }])[1].message);
const badge = () => vi.mocked(fakeBrowser.action.setBadgeText).mock.calls.at(-1)?.[0];

describe('follow-up reminders', () => {
  it('notifies each job due once per date, shows the count due, and sets the alarm to the next', async () => {
    const { db, ids } = await dated();
    await checkFollowUps(db, at(7, 10));
    expect(notified()).toEqual(['Follow up: Job 0 — C0', 'Follow up: Job 1 — C1']);
    expect(badge()).toEqual({ text: '2' });
    expect((await fakeBrowser.alarms.get(FOLLOW_UP_ALARM))?.scheduledTime).toBe(at(24, 9));
    await checkFollowUps(db, at(7, 11));
    expect(notified()).toHaveLength(2);
    // a new date is a new reminder
    await setFollowUp(db, ids[0]!, '2026-12-05');
    await checkFollowUps(db, at(7, 12));
    expect(notified()).toEqual(['Follow up: Job 0 — C0', 'Follow up: Job 1 — C1', 'Follow up: Job 0 — C0']);
  });

  it('without the permissions keeps the badge and schedules nothing', async () => {
    const { db } = await dated();
    granted = new Set();
    await checkFollowUps(db, at(7, 10));
    expect(notified()).toEqual([]);
    expect(badge()).toEqual({ text: '2' });
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    await followUpsChanged();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('with alarms but no notifications keeps the badge in time and notifies once allowed', async () => {
    const { db } = await dated();
    granted = new Set(['alarms']);
    await checkFollowUps(db, at(7, 10));
    expect(notified()).toEqual([]);
    expect(badge()).toEqual({ text: '2' });
    expect((await fakeBrowser.alarms.get(FOLLOW_UP_ALARM))?.scheduledTime).toBe(at(24, 9));
    granted.add('notifications');
    await checkFollowUps(db, at(7, 11));
    expect(notified()).toHaveLength(2);
  });

  it('clears the alarm and the badge when nothing is dated', async () => {
    const { db, ids } = await dated();
    await checkFollowUps(db, at(7, 10));
    for (const id of ids) await setFollowUp(db, id, null);
    await checkFollowUps(db, at(7, 11));
    expect(badge()).toEqual({ text: '' });
    expect(await fakeBrowser.alarms.get(FOLLOW_UP_ALARM)).toBeUndefined();
  });

  it.each(['onStartup', 'onInstalled'] as const)('looks at %s', async (event) => {
    const { db } = await dated();
    vi.useFakeTimers({ now: at(7, 10), toFake: ['Date'] });
    try {
      watchFollowUps(async () => db);
      await fakeBrowser.runtime[event].trigger({ reason: 'install' } as never);
      await vi.waitFor(() => expect(badge()).toEqual({ text: '2' }));
      expect((await fakeBrowser.alarms.get(FOLLOW_UP_ALARM))?.scheduledTime).toBe(at(24, 9));
    } finally {
      vi.useRealTimers();
    }
  });

  it('looks again when the page says a date changed, and a click opens the tracker at the job', async () => {
    const { db, ids } = await dated();
    const clear = vi.spyOn(fakeBrowser.notifications, 'clear').mockResolvedValue(true);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    watchFollowUps(async () => db);
    await followUpsChanged();
    expect((await fakeBrowser.alarms.get(FOLLOW_UP_ALARM))?.scheduledTime).toBeLessThanOrEqual(Date.now());
    const alarm = (await fakeBrowser.alarms.get(FOLLOW_UP_ALARM))!;
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await vi.waitFor(() => expect(notified().length).toBeGreaterThan(0));
    await fakeBrowser.notifications.onClicked.trigger(`follow-up:${ids[1]}`);
    expect(clear).toHaveBeenCalledWith(`follow-up:${ids[1]}`);
    await vi.waitFor(() =>
      expect(create).toHaveBeenCalledWith({
        url: `chrome-extension://id/tracker.html#/job/${encodeURIComponent(ids[1]!)}`,
      }),
    );
  });
});
