import { browser } from 'wxt/browser';
import { companyKeyOf } from '../lib/text/match-words';

// What the user chose for results lists: per site, whether cards not open to them are shown, dimmed
// or hidden; and, everywhere, the companies whose cards they hid. storage.local (this browser), read
// by the list scripts and the options page (where hidden companies are listed and restored).

export const LIST_FILTERS = ['show', 'dim', 'hide'] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

export interface HiddenCompany {
  /** As the card wrote it. */
  name: string;
  /** What cards are matched by (`companyKeyOf`: "Acme, Inc." and "ACME" are one). */
  key: string;
}

const FILTERS_KEY = 'listFilters';
export const HIDDEN_COMPANIES_KEY = 'hiddenCompanies';
const MAX_HIDDEN = 1000;

async function read(key: string): Promise<unknown> {
  return (await browser.storage.local.get(key))[key];
}

/** The site's choice for cards not open to the user; shown until they choose. */
export async function loadListFilter(host: string): Promise<ListFilter> {
  const all = await read(FILTERS_KEY);
  const mode: unknown = typeof all === 'object' && all !== null ? Reflect.get(all, host) : undefined;
  return LIST_FILTERS.find((f) => f === mode) ?? 'show';
}

export async function saveListFilter(host: string, mode: ListFilter): Promise<void> {
  const all = await read(FILTERS_KEY);
  const filters = typeof all === 'object' && all !== null ? { ...all } : {};
  await browser.storage.local.set({ [FILTERS_KEY]: { ...filters, [host]: mode } });
}

// Checked by hand: the list scripts carry no schema library (their size budget).
function asHidden(raw: unknown): HiddenCompany[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((c): c is HiddenCompany => typeof c?.name === 'string' && typeof c?.key === 'string')
    .slice(0, MAX_HIDDEN);
}

export async function loadHiddenCompanies(): Promise<HiddenCompany[]> {
  return asHidden(await read(HIDDEN_COMPANIES_KEY));
}

/** Hide every card of this company, on every board. */
export async function hideCompany(name: string): Promise<void> {
  const key = companyKeyOf(name);
  const hidden = await loadHiddenCompanies();
  if (!key || hidden.some((c) => c.key === key)) return;
  await browser.storage.local.set({ [HIDDEN_COMPANIES_KEY]: [...hidden, { name, key }].slice(-MAX_HIDDEN) });
}

export async function restoreCompany(key: string): Promise<void> {
  const hidden = await loadHiddenCompanies();
  await browser.storage.local.set({ [HIDDEN_COMPANIES_KEY]: hidden.filter((c) => c.key !== key) });
}

/** Calls `onChange` when the hidden companies change (a card's button, the options page). */
export function watchHiddenCompanies(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && HIDDEN_COMPANIES_KEY in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
