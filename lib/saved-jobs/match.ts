import { keysConflict, keyStrength } from './identity';
import type { SavedJob } from './types';

/** How a posting was recognised as one already saved. */
export type MatchKind = 'page' | 'ats' | 'posting-id' | 'company-title';
const MATCH_KINDS: MatchKind[] = ['page', 'ats', 'posting-id', 'company-title'];

export interface Match {
  record: SavedJob;
  by: MatchKind;
}

export interface KeysIndex {
  getAll(key: string): Promise<SavedJob[]>;
}

/**
 * The saved job a posting is, if any: the strongest key wins. A company-and-title match is
 * refused when an ATS id or a page on the same board tells the two apart.
 */
export async function findMatch(index: KeysIndex, keys: string[]): Promise<Match | undefined> {
  const strongestFirst = [...keys].sort((a, b) => keyStrength(a) - keyStrength(b));
  for (const key of strongestFirst) {
    const strength = keyStrength(key);
    const found = await index.getAll(key);
    const usable = found.filter((r) => strength < 3 || !keysConflict(r.keys, keys));
    const oldest = usable.sort((a, b) => a.savedAt - b.savedAt)[0];
    if (oldest) return { record: oldest, by: MATCH_KINDS[strength] ?? 'company-title' };
  }
  return undefined;
}
