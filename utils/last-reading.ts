// What Jobsight last read on each tab, kept for a bug report the user may save from the popup
// (lib/report/). Session storage: gone when the browser closes, never synced, cleared when the tab
// closes; the popup reads it directly (same extension origin), so no message is needed.
import { browser } from 'wxt/browser';
import type { WhatWasRead } from '../lib/report/bug-report';

const key = (tabId: number): string => `last-reading:${tabId}`;

export function rememberReading(tabId: number, read: WhatWasRead): void {
  void browser.storage.session.set({ [key(tabId)]: read }).catch(() => {});
}

export async function lastReading(tabId: number): Promise<WhatWasRead | null> {
  const found = await browser.storage.session.get(key(tabId)).catch(() => ({}));
  return (found as Record<string, WhatWasRead | undefined>)[key(tabId)] ?? null;
}

/** Forgets a tab's reading when the tab closes. */
export function forgetClosedTabs(): void {
  browser.tabs.onRemoved.addListener(
    (tabId) => void browser.storage.session.remove(key(tabId)).catch(() => {}),
  );
}
