import type { IDBPDatabase } from 'idb';
import { browser } from 'wxt/browser';
import type { JobsDB } from '../lib/saved-jobs/db';
import { followUpMessage, notifiedKey, planFollowUps, stillNotified } from '../lib/saved-jobs/follow-up';
import { askFor, haveAll, onceGranted } from './optional-permissions';
import { openTracker } from './open-tracker';
import { showDueCount } from './toolbar';

// Follow-up reminders. One alarm, FOLLOW_UP_ALARM, is set to the next moment a follow-up date falls
// due (09:00 local time that day, lib/saved-jobs/follow-up.ts). When it fires, the background
// notifies each job due and not yet notified for its date, shows how many are due on the toolbar
// badge, and sets the alarm to the next due moment. The tracker page, which changes dates in the
// database itself, sets the alarm to "now" after each change: the background then does the rest.
// Without `alarms` nothing is scheduled (the dates are still kept and shown, and the badge counted
// at startup); without `notifications` the alarm still keeps the badge in time.

export const FOLLOW_UP_ALARM = 'follow-ups';
const PERMISSIONS = ['alarms', 'notifications'] as const;
const NOTIFIED = 'followUpsNotified';
const NOTIFICATION_PREFIX = 'follow-up:';

type Db = IDBPDatabase<JobsDB>;

/** Ask for the alarm and notification permissions; call it straight from the user's click. */
export const askFollowUpPermission = (): Promise<boolean> => askFor(PERMISSIONS);

const mayAlarm = async () => Boolean(browser.alarms) && haveAll(['alarms']);
const mayNotify = async () => Boolean(browser.notifications) && haveAll(['notifications']);

/** After a follow-up date changed: have the background look again now. */
export async function followUpsChanged(): Promise<void> {
  if (await mayAlarm()) await browser.alarms.create(FOLLOW_UP_ALARM, { when: Date.now() });
}

async function loadNotified(): Promise<string[]> {
  const stored = (await browser.storage.local.get(NOTIFIED))[NOTIFIED];
  return Array.isArray(stored) ? stored.filter((k): k is string => typeof k === 'string') : [];
}

/** Notify what is due (once per job and date), show the count on the badge, and set the alarm to
 * the next due moment. Without the notification permission the badge still counts. */
export async function checkFollowUps(db: Db, now = Date.now()): Promise<void> {
  const jobs = await db.getAllFromIndex('jobs', 'followUp');
  const notified = await loadNotified();
  const plan = planFollowUps(jobs, new Set(notified), now);
  showDueCount(plan.dueCount);
  if (await mayNotify()) {
    for (const job of plan.notify)
      await browser.notifications.create(`${NOTIFICATION_PREFIX}${job.id}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: 'Jobsight',
        message: followUpMessage(job),
      });
    const kept = stillNotified(jobs, [...notified, ...plan.notify.map(notifiedKey)]);
    await browser.storage.local.set({ [NOTIFIED]: kept });
  }
  if (!(await mayAlarm())) return;
  if (plan.nextAt === null) await browser.alarms.clear(FOLLOW_UP_ALARM);
  else await browser.alarms.create(FOLLOW_UP_ALARM, { when: plan.nextAt });
}

/** Background wiring: look at startup, on install, when the alarm fires or the permission comes;
 * a click on a reminder opens the tracker at that job. */
export function watchFollowUps(db: () => Promise<Db>): void {
  // One look at a time, so two wake-ups never notify the same job twice.
  let running = Promise.resolve();
  const check = () => {
    running = running
      .then(async () => checkFollowUps(await db()))
      .catch((e: unknown) => {
        console.error('Jobsight: follow-up check failed', e);
      });
  };
  browser.runtime.onStartup.addListener(check);
  browser.runtime.onInstalled.addListener(check);
  onceGranted(
    () => Boolean(browser.alarms),
    () =>
      browser.alarms.onAlarm.addListener((alarm) => {
        if (alarm.name === FOLLOW_UP_ALARM) check();
      }),
    check,
  );
  onceGranted(
    () => Boolean(browser.notifications),
    () =>
      browser.notifications.onClicked.addListener((id) => {
        if (!id.startsWith(NOTIFICATION_PREFIX)) return;
        void browser.notifications.clear(id);
        void openTracker(`#/job/${encodeURIComponent(id.slice(NOTIFICATION_PREFIX.length))}`);
      }),
  );
}
