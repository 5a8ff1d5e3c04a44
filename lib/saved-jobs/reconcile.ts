import type { SavedJob } from './types';

/**
 * The whole list, read after the first screen was shown, with what the user did meanwhile kept:
 * a job changed since (newer updatedAt) keeps its new copy, a job deleted since stays deleted.
 */
export function reconcile(
  loaded: SavedJob[],
  shown: readonly SavedJob[],
  deleted: ReadonlySet<string>,
): SavedJob[] {
  const current = new Map(shown.map((j) => [j.id, j]));
  return loaded
    .filter((j) => !deleted.has(j.id))
    .map((j) => {
      const mine = current.get(j.id);
      return mine && mine.updatedAt > j.updatedAt ? mine : j;
    });
}
