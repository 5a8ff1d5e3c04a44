import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  openTracker,
  TRACKER_COMMAND,
  TRACKER_MENU_ID,
  watchTrackerCommands,
} from '../../../utils/open-tracker';

type Listener = (...args: unknown[]) => void;

/** Capture the listener an API event gets, since the fake browser does not implement these events. */
function capture(event: { addListener: (l: never) => void }): () => Listener {
  let listener: Listener | undefined;
  vi.spyOn(event, 'addListener').mockImplementation((l: never) => void (listener = l));
  return () => listener ?? (() => {});
}

const PAGE = 'chrome-extension://jobsight/tracker.html';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getURL').mockReturnValue(PAGE);
});

describe('openTracker', () => {
  it('opens the tracker in a new tab when none is open', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await openTracker('#/board');
    expect(query).toHaveBeenCalledWith({ url: `${PAGE}*` });
    expect(create).toHaveBeenCalledWith({ url: `${PAGE}#/board` });
  });

  it('brings an open tracker tab and its window forward instead', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, windowId: 3 } as never]);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
    const focus = vi.spyOn(fakeBrowser.windows, 'update').mockResolvedValue({} as never);
    await openTracker();
    expect(create).not.toHaveBeenCalled();
    expect(update).toHaveBeenCalledWith(7, { active: true });
    expect(focus).toHaveBeenCalledWith(3, { focused: true });
  });

  it('opens a new tab when the tabs cannot be searched', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockRejectedValue(new Error('no permission'));
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await openTracker();
    expect(create).toHaveBeenCalledWith({ url: PAGE });
  });
});

describe('watchTrackerCommands', () => {
  it('opens the tracker from its command and its menu item, and makes the item on the toolbar button', async () => {
    const command = capture(fakeBrowser.commands.onCommand);
    const menu = capture(fakeBrowser.contextMenus.onClicked);
    const installed = capture(fakeBrowser.runtime.onInstalled);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    vi.spyOn(fakeBrowser.contextMenus, 'remove').mockResolvedValue(undefined);
    const item = vi.spyOn(fakeBrowser.contextMenus, 'create').mockReturnValue(TRACKER_MENU_ID);
    watchTrackerCommands();

    command()(TRACKER_COMMAND);
    command()('save-job');
    menu()({ menuItemId: TRACKER_MENU_ID });
    menu()({ menuItemId: 'jobsight-save' });
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(2));

    installed()();
    await vi.waitFor(() =>
      expect(item).toHaveBeenCalledWith({
        id: TRACKER_MENU_ID,
        title: 'Open the Jobsight tracker',
        // The unit tests' build (WxtVitest) is an MV2 one: the toolbar button is `browser_action`.
        contexts: ['browser_action'],
      }),
    );
  });
});
