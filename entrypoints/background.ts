import '../lib/zod';
import type { PageKind } from '../lib/detect';
import { openJobsDb } from '../lib/storage/db';
import { handleMessage } from '../lib/storage/handle-message';

const SCAN_TITLES: Record<PageKind, string> = {
  posting: 'Jobsight: a job posting on this page',
  list: 'Jobsight: a list of jobs (open one posting to read it)',
  none: 'Jobsight: no job posting on this page',
};

export default defineBackground(() => {
  // Opened on demand: an MV3 service worker may be stopped and woken at any time.
  let db: ReturnType<typeof openJobsDb> | undefined;
  const getDb = () => (db ??= openJobsDb());
  const action = browser.action ?? browser.browserAction;

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own content scripts and pages talk to us.
    if (sender.id !== browser.runtime.id) return undefined;
    const tabId = sender.tab?.id;
    const onScanned = (kind: PageKind): void => {
      if (tabId === undefined) return;
      void action.setBadgeText({ tabId, text: kind === 'posting' ? 'JOB' : '' });
      void action.setTitle({ tabId, title: SCAN_TITLES[kind] });
    };
    return handleMessage(message, { db: getDb, onScanned });
  });
});
