import '../lib/model/zod';
import { analyse } from '../lib/analysis/analyse';
import { chipsFor } from '../lib/analysis/cards';
import { dispatch } from '../lib/dispatch';
import type { AnalysisResponse, CardText, CardsResponse } from '../lib/model/messages';
import type { PageReading } from '../lib/model/reading';
import { openJobsDb } from '../lib/saved-jobs/db';
import { noteMisses } from '../utils/diagnostics';
import { loadProfile } from '../utils/profile-store';
import { loadRates } from '../utils/rates-store';
import { watchSaveCommands } from '../utils/save-command';
import { watchTrackerCommands } from '../utils/open-tracker';
import { watchBackups } from '../utils/backups';
import { watchFollowUps } from '../utils/follow-ups';
import { forgetClosedTabs, rememberReading } from '../utils/last-reading';
import { chipsOnList, watchSiteAccess } from '../utils/site-scripts';
import { showBadge, showNote } from '../utils/toolbar';

/** A content script's reading, made a Job and judged for the user's own profile and rates. */
async function analyseForUser(reading: PageReading): Promise<AnalysisResponse> {
  const [profile, rates] = await Promise.all([loadProfile(), loadRates()]);
  return analyse(reading, profile, rates);
}

/** A results list's job cards, each judged for the user's own profile and rates. */
async function judgeCardsForUser(cards: CardText[], remoteBoard: string | null): Promise<CardsResponse> {
  const [profile, rates] = await Promise.all([loadProfile(), loadRates()]);
  return { chips: chipsFor(cards, profile, rates, remoteBoard) };
}

export default defineBackground(() => {
  // Opened on demand: an MV3 service worker may be stopped and woken at any time. A connection
  // closed under us (a newer version upgrading) or that failed to open is forgotten, so the
  // next message opens it again.
  let db: ReturnType<typeof openJobsDb> | undefined;
  const forget = (): void => void (db = undefined);
  const getDb = () =>
    (db ??= openJobsDb(undefined, { onClose: forget }).catch((e: unknown) => {
      forget();
      throw e;
    }));
  watchSiteAccess();
  forgetClosedTabs();
  watchSaveCommands((tabId, r) => showNote(tabId, r.ok ? 'saved this job' : `nothing saved: ${r.error}`));
  watchTrackerCommands();
  watchFollowUps(getDb);
  watchBackups(getDb);

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own content scripts and pages talk to us.
    if (sender.id !== browser.runtime.id) return undefined;
    const tabId = sender.tab?.id;
    return dispatch(message, {
      db: getDb,
      analyse: async (reading) => {
        const answer = await analyseForUser(reading);
        if (tabId !== undefined) rememberReading(tabId, { reading, job: answer.job });
        return answer;
      },
      judgeCards: judgeCardsForUser,
      showBadge: tabId === undefined ? undefined : (badge) => showBadge(tabId, badge),
      showCards:
        tabId === undefined || !sender.url
          ? undefined
          : () => void chipsOnList(tabId, sender.frameId ?? 0, sender.url ?? ''),
      openSettings: () => void browser.runtime.openOptionsPage(),
      noteMisses: (site, fields) => void noteMisses(site, fields),
    });
  });
});
