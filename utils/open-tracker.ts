import { browser } from 'wxt/browser';

// The tracker page is opened from three places: the popup's "Open tracker", the toolbar button's
// context menu and a keyboard command. Each one brings an open tracker tab forward rather than
// opening a second one.

export const TRACKER_COMMAND = 'open-tracker';
export const TRACKER_MENU_ID = 'jobsight-open-tracker';

/** The tracker's tab if one is open, else a new one; `hash` picks the view ('#/board'). */
export async function openTracker(hash = ''): Promise<void> {
  const page = browser.runtime.getURL('/tracker.html');
  // An extension may match its own pages by address without the `tabs` permission.
  const [open] = await browser.tabs.query({ url: `${page}*` }).catch(() => []);
  if (open?.id === undefined) {
    await browser.tabs.create({ url: page + hash });
    return;
  }
  await browser.tabs.update(open.id, { active: true, ...(hash && { url: page + hash }) });
  if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
}

function createMenu(): void {
  // The menu on the toolbar button itself: `action` in MV3, `browser_action` in MV2 (Firefox).
  void browser.contextMenus
    .remove(TRACKER_MENU_ID)
    .catch(() => undefined)
    .then(() =>
      browser.contextMenus.create({
        id: TRACKER_MENU_ID,
        title: 'Open the Jobsight tracker',
        contexts: [import.meta.env.MANIFEST_VERSION === 3 ? 'action' : 'browser_action'],
      }),
    );
}

/** Background wiring for the menu item and the command. Call after watchSaveCommands (it clears
 * every menu item first when it makes its own). */
export function watchTrackerCommands(): void {
  browser.commands.onCommand.addListener((command) => {
    if (command === TRACKER_COMMAND) void openTracker();
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === TRACKER_MENU_ID) void openTracker();
  });
  browser.runtime.onInstalled.addListener(createMenu);
  browser.runtime.onStartup.addListener(createMenu);
}
