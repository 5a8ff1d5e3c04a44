import { browser } from 'wxt/browser';
import { matchesPattern } from '../lib/access/match-pattern';
import { bugReportHtml, bugReportName } from '../lib/report/bug-report';
import { pageSnapshot, type PageSnapshot } from '../lib/report/page-snapshot';
import { declaredMatches } from './declared-matches';
import { lastReading } from './last-reading';
import { enabledSites, readTab } from './site-scripts';

// What the popup and the options page ask of the browser about site access. permissions.request
// must run inside the user's click, so callers invoke `enable`/`add` straight from the handler.

export interface CurrentTab {
  id: number;
  url: string;
  /** A board the manifest already covers. */
  builtIn: boolean;
}

export interface TabAccessApi {
  /** The tab the popup was opened on; its URL is only known through activeTab. */
  currentTab(): Promise<CurrentTab | null>;
  isEnabled(pattern: string): Promise<boolean>;
  enable(pattern: string): Promise<boolean>;
  scan(tabId: number): Promise<void>;
  /** The page and what Jobsight read from it, as one file for a bug report (lib/report/). */
  bugReport(tab: CurrentTab): Promise<{ name: string; html: string }>;
}

export interface EnabledSitesApi {
  list(): Promise<string[]>;
  add(pattern: string): Promise<boolean>;
  remove(pattern: string): Promise<boolean>;
  /** Calls back when any grant changes (here, in the popup, or in the browser's own settings). */
  watch(onChange: () => void): () => void;
}

const request = (pattern: string): Promise<boolean> => browser.permissions.request({ origins: [pattern] });

export const tabAccessApi: TabAccessApi = {
  async currentTab() {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined || !tab.url) return null;
    let builtIn = false;
    try {
      const url = new URL(tab.url);
      builtIn = declaredMatches().some((pattern) => matchesPattern(pattern, url));
    } catch {
      // Not a URL we can read; nothing to offer.
    }
    return { id: tab.id, url: tab.url, builtIn };
  },
  isEnabled: (pattern) => browser.permissions.contains({ origins: [pattern] }),
  enable: request,
  scan: readTab,
  async bugReport(tab) {
    // The copy is made inside the page (activeTab, granted by opening the popup) and returned.
    const [result] = await browser.scripting.executeScript({ target: { tabId: tab.id }, func: pageSnapshot });
    const page = result?.result as PageSnapshot | undefined;
    if (!page) throw new Error('the page could not be copied');
    const at = new Date();
    const made = { version: browser.runtime.getManifest().version, at };
    return { name: bugReportName(page.url, at), html: bugReportHtml(page, await lastReading(tab.id), made) };
  },
};

export const enabledSitesApi: EnabledSitesApi = {
  list: enabledSites,
  add: request,
  remove: (pattern) => browser.permissions.remove({ origins: [pattern] }),
  watch(onChange) {
    const changed = (): void => onChange();
    browser.permissions.onAdded.addListener(changed);
    browser.permissions.onRemoved.addListener(changed);
    return () => {
      browser.permissions.onAdded.removeListener(changed);
      browser.permissions.onRemoved.removeListener(changed);
    };
  },
};
