import { browser } from 'wxt/browser';
import type { SaveCurrent, SaveCurrentResponse } from '../lib/model/messages';
import { scanTab } from './site-scripts';

// "Save job with Jobsight" from the keyboard command or the context menu. Both grant activeTab
// for the tab they were used in, so a page without our content script can still be read once.

export const SAVE_COMMAND = 'save-job';
export const SAVE_MENU_ID = 'jobsight-save';

async function askToSave(tabId: number): Promise<SaveCurrentResponse> {
  const r = (await browser.tabs.sendMessage(tabId, { type: 'save-current' } satisfies SaveCurrent)) as
    SaveCurrentResponse | undefined;
  return r ?? { ok: false, error: 'no answer from the page' };
}

export async function saveInTab(tabId: number): Promise<SaveCurrentResponse> {
  try {
    return await askToSave(tabId);
  } catch {
    // Nothing listens in that tab: not a board, not an enabled site.
  }
  try {
    await scanTab(tabId);
    return await askToSave(tabId);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

function createMenu(): void {
  void browser.contextMenus
    .removeAll()
    .then(() =>
      browser.contextMenus.create({ id: SAVE_MENU_ID, title: 'Save job with Jobsight', contexts: ['page'] }),
    );
}

/** Background wiring for the command and the menu; `onResult` reports what happened in the tab. */
export function watchSaveCommands(onResult: (tabId: number, r: SaveCurrentResponse) => void): void {
  const save = (tabId: number | undefined): void => {
    if (tabId !== undefined) void saveInTab(tabId).then((r) => onResult(tabId, r));
  };
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== SAVE_COMMAND) return;
    if (tab?.id !== undefined) save(tab.id);
    else void browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => save(t?.id));
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_MENU_ID) save(tab?.id);
  });
  // Menus outlive an MV3 worker but not a Firefox restart: create it at install and at start-up.
  browser.runtime.onInstalled.addListener(createMenu);
  browser.runtime.onStartup.addListener(createMenu);
}
