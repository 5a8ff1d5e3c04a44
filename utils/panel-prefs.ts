import { browser } from 'wxt/browser';
import { CORNERS, type Corner } from '../lib/panel/layout';

// How the panel was left on each site: folded to its badge or open, and in which corner. Kept
// per host because a board's own layout decides where the panel is in the way.

export interface PanelPrefs {
  collapsed: boolean;
  corner: Corner;
}

export const DEFAULT_PANEL_PREFS: PanelPrefs = { collapsed: false, corner: 'bottom-right' };

// Checked by hand rather than with a schema: this runs in the content script, which carries no
// schema library (its size budget).
function asPrefs(raw: unknown): PanelPrefs | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const collapsed: unknown = Reflect.get(raw, 'collapsed');
  const corner: unknown = Reflect.get(raw, 'corner');
  const known = CORNERS.find((c) => c === corner);
  return typeof collapsed === 'boolean' && known ? { collapsed, corner: known } : null;
}

// local, not sync: where a panel sits is about this screen, not the person. Plain storage.local
// rather than WXT's storage wrapper, which would triple the content script's share of this file.
const KEY = 'panelSites';

async function loadAll(): Promise<Record<string, unknown>> {
  const all: unknown = (await browser.storage.local.get(KEY))[KEY];
  return typeof all === 'object' && all !== null ? { ...all } : {};
}

export async function loadPanelPrefs(host: string): Promise<PanelPrefs> {
  return asPrefs((await loadAll())[host]) ?? DEFAULT_PANEL_PREFS;
}

export async function savePanelPrefs(host: string, prefs: PanelPrefs): Promise<void> {
  await browser.storage.local.set({ [KEY]: { ...(await loadAll()), [host]: prefs } });
}
