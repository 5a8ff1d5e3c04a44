import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import '../lib/zod';
import { CORNERS, type Corner } from '../lib/panel-layout';

// How the panel was left on each site: folded to its badge or open, and in which corner. Kept
// per host because a board's own layout decides where the panel is in the way.

export interface PanelPrefs {
  collapsed: boolean;
  corner: Corner;
}

export const DEFAULT_PANEL_PREFS: PanelPrefs = { collapsed: false, corner: 'bottom-right' };

const PrefsSchema = z.object({ collapsed: z.boolean(), corner: z.enum(CORNERS) });

// local, not sync: where a panel sits is about this screen, not the person.
const item = storage.defineItem<Record<string, unknown>>('local:panelSites', { fallback: {} });

export async function loadPanelPrefs(host: string): Promise<PanelPrefs> {
  const all = await item.getValue();
  const parsed = PrefsSchema.safeParse(all[host]);
  return parsed.success ? parsed.data : DEFAULT_PANEL_PREFS;
}

export async function savePanelPrefs(host: string, prefs: PanelPrefs): Promise<void> {
  const all = await item.getValue();
  await item.setValue({ ...all, [host]: prefs });
}
