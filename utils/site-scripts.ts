import { browser } from 'wxt/browser';
import type { ReadThisPage } from '../lib/model/messages';
import { planScripts, scriptIdFor, userSites } from '../lib/access/site-access';
import { declaredMatches } from './declared-matches';
import { matchesPattern } from '../lib/access/match-pattern';
import { webUrl } from '../lib/text/web-url';

// The content script on sites the user enabled. The browser's granted origins are the one
// record of which sites those are, so revoking in the browser's own UI is honoured too.

/** The same file the manifest declares for the built-in boards. */
export const CONTENT_SCRIPT = '/content-scripts/content.js';

export async function enabledSites(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return userSites(origins, declaredMatches());
}

async function sync(): Promise<void> {
  const plan = planScripts(await browser.scripting.getRegisteredContentScripts(), await enabledSites());
  if (plan.unregister.length) await browser.scripting.unregisterContentScripts({ ids: plan.unregister });
  if (!plan.register.length) return;
  await browser.scripting.registerContentScripts(
    plan.register.map((pattern) => ({
      id: scriptIdFor(pattern),
      matches: [pattern],
      js: [CONTENT_SCRIPT],
      runAt: 'document_idle' as const,
      persistAcrossSessions: true,
    })),
  );
}

// One sync at a time: a grant arriving during start-up must not register the same id twice.
let queue: Promise<void> = Promise.resolve();

/** Register our content script for every enabled site, and unregister it for revoked ones. */
export function syncSiteScripts(): Promise<void> {
  queue = queue.then(sync).catch((e: unknown) => console.error('Jobsight: site scripts', e));
  return queue;
}

/** Run the content script once in a tab ("Scan this page", or a save on a page without it). */
export async function scanTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
}

/** The list script for lists no board describes (entrypoints/generic-list.content.ts). */
const LIST_SCRIPT = '/content-scripts/generic-list.js';

/** A list of jobs the generic script found: chips on its cards, unless a board's own scripts run on
 * the page (its list script puts them, or it is a board's page that is no list of ours). */
export async function chipsOnList(tabId: number, frameId: number, url: string): Promise<void> {
  const href = webUrl(url);
  if (!href || declaredMatches().some((pattern) => matchesPattern(pattern, new URL(href)))) return;
  await browser.scripting
    .executeScript({ target: { tabId, frameIds: [frameId] }, files: [LIST_SCRIPT] })
    .catch(() => undefined); // the tab went elsewhere, or the page is no longer ours to read
}

/** "Scan this page": read the page at the user's request, and say so on the page whatever it holds. */
export async function readTab(tabId: number): Promise<void> {
  await scanTab(tabId);
  await browser.tabs.sendMessage(tabId, { type: 'read-page' } satisfies ReadThisPage);
}

/** A site just enabled: scan its open tabs now rather than at their next load. */
async function scanOpenTabs(origins: string[]): Promise<void> {
  if (!origins.length) return; // an empty filter would match every tab
  const tabs = await browser.tabs.query({ url: origins });
  await Promise.allSettled(tabs.map((t) => (t.id === undefined ? undefined : scanTab(t.id))));
}

/** Background wiring: keep registrations in step with grants, from start-up on. */
export function watchSiteAccess(): void {
  browser.permissions.onAdded.addListener((p) => {
    void syncSiteScripts().then(() => scanOpenTabs(userSites(p.origins ?? [], declaredMatches())));
  });
  browser.permissions.onRemoved.addListener(() => void syncSiteScripts());
  void syncSiteScripts();
}
