import { browser } from 'wxt/browser';
import type { Badge } from '../lib/analysis/badge';

// The action is "action" in MV3 and "browserAction" in the Firefox MV2 build.
const action = () => browser.action ?? browser.browserAction;

/** The toolbar badge and title for one tab; a page with no verdict shows the global badge (the
 * follow-ups due). */
export function showBadge(tabId: number, badge: Badge): void {
  const a = action();
  // null (both browsers; the types lack it) drops the tab's own text, so the global one shows
  const text = badge.text || (null as unknown as undefined);
  void a.setBadgeText({ tabId, text }).catch(() => {});
  void a.setBadgeBackgroundColor({ tabId, color: badge.color }).catch(() => {});
  void a.setTitle({ tabId, title: badge.title }).catch(() => {});
}

/** A one-line report in the tab's toolbar title (after a save from the keyboard or the menu). */
export function showNote(tabId: number, title: string): void {
  void action()
    .setTitle({ tabId, title: `Jobsight: ${title}` })
    .catch(() => {});
}

/** The badge on every tab without a page verdict: how many follow-ups are due (none: no badge). */
export function showDueCount(count: number): void {
  const a = action();
  void a.setBadgeText({ text: count ? String(count) : '' }).catch(() => {});
  void a.setBadgeBackgroundColor({ color: '#b45309' }).catch(() => {});
  void a
    .setTitle({ title: count ? `Jobsight: ${count} follow-up${count === 1 ? '' : 's'} due` : 'Jobsight' })
    .catch(() => {});
}
