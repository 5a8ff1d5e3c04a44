import { browser } from 'wxt/browser';
import type { Badge } from '../lib/analysis/badge';

// The action is "action" in MV3 and "browserAction" in the Firefox MV2 build.
const action = () => browser.action ?? browser.browserAction;

/** The toolbar badge and title for one tab. */
export function showBadge(tabId: number, badge: Badge): void {
  const a = action();
  void a.setBadgeText({ tabId, text: badge.text }).catch(() => {});
  void a.setBadgeBackgroundColor({ tabId, color: badge.color }).catch(() => {});
  void a.setTitle({ tabId, title: badge.title }).catch(() => {});
}

/** A one-line report in the tab's toolbar title (after a save from the keyboard or the menu). */
export function showNote(tabId: number, title: string): void {
  void action()
    .setTitle({ tabId, title: `Jobsight: ${title}` })
    .catch(() => {});
}
