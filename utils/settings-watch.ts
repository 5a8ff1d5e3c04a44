import { browser } from 'wxt/browser';

// The settings a verdict depends on, by their key in storage.sync (utils/profile-store.ts and
// utils/rates-store.ts define them).
export const PROFILE_KEY = 'profile';
export const RATE_OVERRIDES_KEY = 'rateOverrides';

/** Calls `onChange` when the user changes their profile or exchange rates (in any tab or the options
 * page). Reads nothing itself: the background reads and validates the settings. */
export function watchVerdictSettings(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'sync' && (PROFILE_KEY in changes || RATE_OVERRIDES_KEY in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
