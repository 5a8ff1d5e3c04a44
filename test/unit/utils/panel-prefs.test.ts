import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_PANEL_PREFS, loadPanelPrefs, savePanelPrefs } from '../../../utils/panel-prefs';

beforeEach(() => fakeBrowser.reset());

describe('panel placement per site', () => {
  it('starts open at the bottom right', async () => {
    expect(await loadPanelPrefs('boards.greenhouse.io')).toEqual(DEFAULT_PANEL_PREFS);
  });

  it('starts folded on a narrow screen, unless the site has a saved choice', async () => {
    expect(await loadPanelPrefs('boards.greenhouse.io', 400)).toEqual({
      ...DEFAULT_PANEL_PREFS,
      collapsed: true,
    });
    expect(await loadPanelPrefs('boards.greenhouse.io', 1280)).toEqual(DEFAULT_PANEL_PREFS);
    await savePanelPrefs('boards.greenhouse.io', { collapsed: false, corner: 'top-left' });
    expect(await loadPanelPrefs('boards.greenhouse.io', 400)).toEqual({
      collapsed: false,
      corner: 'top-left',
    });
  });

  it('remembers each site apart', async () => {
    await savePanelPrefs('boards.greenhouse.io', { collapsed: true, corner: 'top-left' });
    await savePanelPrefs('www.linkedin.com', { collapsed: false, corner: 'bottom-left' });
    expect(await loadPanelPrefs('boards.greenhouse.io')).toEqual({ collapsed: true, corner: 'top-left' });
    expect(await loadPanelPrefs('www.linkedin.com')).toEqual({ collapsed: false, corner: 'bottom-left' });
    expect(await loadPanelPrefs('jobs.lever.co')).toEqual(DEFAULT_PANEL_PREFS);
  });

  it.each([[{ collapsed: 'yes', corner: 'top-left' }], [{ collapsed: true, corner: 'middle' }], ['folded']])(
    'falls back to the default for a damaged value: %j',
    async (value) => {
      await fakeBrowser.storage.local.set({ panelSites: { 'a.example': value } });
      expect(await loadPanelPrefs('a.example')).toEqual(DEFAULT_PANEL_PREFS);
    },
  );
});
