import { storage } from 'wxt/utils/storage';
import { DEFAULT_PROFILE, parseProfile } from '../lib/model/profile';
import type { Profile } from '../lib/model/types';
import { PROFILE_KEY } from './settings-watch';

// sync: the profile follows the user between their browsers where the browser offers it.
const item = storage.defineItem<unknown>(`sync:${PROFILE_KEY}`, { fallback: DEFAULT_PROFILE });

export async function loadProfile(): Promise<Profile> {
  return parseProfile(await item.getValue());
}

export async function saveProfile(profile: Profile): Promise<Profile> {
  const clean = parseProfile(profile);
  await item.setValue(clean);
  return clean;
}

export function watchProfile(onChange: (p: Profile) => void): () => void {
  return item.watch((v) => onChange(parseProfile(v)));
}
