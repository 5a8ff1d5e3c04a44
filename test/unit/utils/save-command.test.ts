import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SAVE_MENU_ID, saveInTab, watchSaveCommands } from '../../../utils/save-command';

type Listener = (...args: unknown[]) => void;

/** Capture the listener an API event gets, since the fake browser does not implement these events. */
function capture(event: { addListener: (l: never) => void }): () => Listener {
  let listener: Listener | undefined;
  vi.spyOn(event, 'addListener').mockImplementation((l: never) => void (listener = l));
  return () => listener ?? (() => {});
}

const SAVED = { ok: true, status: 'saved' };

beforeEach(() => fakeBrowser.reset());

describe('saveInTab', () => {
  it('asks the content script already in the tab', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(SAVED);
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript');
    expect(await saveInTab(4)).toEqual(SAVED);
    expect(send).toHaveBeenCalledWith(4, { type: 'save-current' });
    expect(inject).not.toHaveBeenCalled();
  });

  it('reads the page once through activeTab when nothing listens there', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockRejectedValueOnce(new Error('Could not establish connection'))
      .mockResolvedValueOnce(SAVED);
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    expect(await saveInTab(4)).toEqual(SAVED);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 4 }, files: ['/content-scripts/content.js'] });
  });

  it('reports a page it may not read', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(
      new Error('Cannot access a chrome:// URL'),
    );
    expect(await saveInTab(4)).toEqual({ ok: false, error: 'Cannot access a chrome:// URL' });
  });
});

describe('watchSaveCommands', () => {
  function wire() {
    const command = capture(fakeBrowser.commands.onCommand);
    const menu = capture(fakeBrowser.contextMenus.onClicked);
    const installed = capture(fakeBrowser.runtime.onInstalled);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(SAVED);
    const onResult = vi.fn();
    watchSaveCommands(onResult);
    return { command, menu, installed, send, onResult };
  }

  it.each([
    ['the keyboard command', (w: ReturnType<typeof wire>) => w.command()('save-job', { id: 9 })],
    ['the context menu', (w: ReturnType<typeof wire>) => w.menu()({ menuItemId: SAVE_MENU_ID }, { id: 9 })],
  ])('%s saves in its tab', async (_name, use) => {
    const w = wire();
    use(w);
    await vi.waitFor(() => expect(w.onResult).toHaveBeenCalledWith(9, SAVED));
    expect(w.send).toHaveBeenCalledWith(9, { type: 'save-current' });
  });

  it('ignores other commands and menu entries', async () => {
    const w = wire();
    w.command()('something-else', { id: 9 });
    w.menu()({ menuItemId: 'other' }, { id: 9 });
    await Promise.resolve();
    expect(w.send).not.toHaveBeenCalled();
  });

  it('creates the menu entry once, replacing any left from before', async () => {
    const w = wire();
    const removeAll = vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockReturnValue(1);
    w.installed()();
    await vi.waitFor(() =>
      expect(create).toHaveBeenCalledWith({
        id: SAVE_MENU_ID,
        title: 'Save job with Jobsight',
        contexts: ['page'],
      }),
    );
    expect(removeAll).toHaveBeenCalledBefore(create);
  });
});
