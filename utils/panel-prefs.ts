import { browser } from 'wxt/browser';
import { CORNERS, type Corner } from '../lib/panel/layout';

// How the panel was left on each site: folded to its badge or open, and in which corner. Kept
// per host because a board's own layout decides where the panel is in the way.

export interface PanelPrefs {
  collapsed: boolean;
  corner: Corner;
}

export const DEFAULT_PANEL_PREFS: PanelPrefs = { collapsed: false, corner: 'bottom-right' };

/** Below this viewport width (CSS px) an open panel would cover most of the page: on a site
 * with no saved choice it starts folded to its badge. */
export const NARROW_VIEWPORT = 640;

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

/** The site's saved placement, else the default for a viewport `width` px wide. */
export async function loadPanelPrefs(host: string, width = Infinity): Promise<PanelPrefs> {
  const saved = asPrefs((await loadAll())[host]);
  return saved ?? { ...DEFAULT_PANEL_PREFS, collapsed: width < NARROW_VIEWPORT };
}

export async function savePanelPrefs(host: string, prefs: PanelPrefs): Promise<void> {
  await browser.storage.local.set({ [KEY]: { ...(await loadAll()), [host]: prefs } });
}
