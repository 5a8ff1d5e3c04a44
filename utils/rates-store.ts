import { storage } from 'wxt/utils/storage';
import { DEFAULT_RATES, type RateTable } from '../lib/analysis/salary';
import { parseOverrides, withOverrides, type RateOverrides } from '../lib/analysis/salary/overrides';
import { RATE_OVERRIDES_KEY } from './settings-watch';

const item = storage.defineItem<unknown>(`sync:${RATE_OVERRIDES_KEY}`, { fallback: {} });

export async function loadOverrides(): Promise<RateOverrides> {
  return parseOverrides(await item.getValue());
}

export async function saveOverrides(overrides: RateOverrides): Promise<RateOverrides> {
  const clean = parseOverrides(overrides);
  await item.setValue(clean);
  return clean;
}

/** The rate table every conversion uses: the committed one with the user's rates on top. */
export async function loadRates(): Promise<RateTable> {
  return withOverrides(DEFAULT_RATES, await loadOverrides());
}
