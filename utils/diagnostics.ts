import { storage } from 'wxt/utils/storage';
import { FIELD_NAMES, type FieldName } from '../lib/model/fields';

// Where a board's own reader missed what the page had (its layout changed): counted on this
// computer only, per board and field, for the options page's Diagnostics. Nothing leaves the browser.

export interface Miss {
  count: number;
  /** When it last happened (ms since the epoch). */
  last: number;
}
/** Board id → field → how often its reader missed it. */
export type Diagnostics = Record<string, Partial<Record<FieldName, Miss>>>;

const item = storage.defineItem<unknown>('local:diagnostics', { fallback: {} });
const FIELDS = new Set<string>(FIELD_NAMES);

const isMiss = (v: unknown): v is Miss =>
  typeof v === 'object' &&
  v !== null &&
  Number.isInteger(Reflect.get(v, 'count')) &&
  Number.isFinite(Reflect.get(v, 'last'));

/** What storage holds, keeping only well-formed entries. */
export function parseDiagnostics(raw: unknown): Diagnostics {
  const out: Diagnostics = {};
  if (typeof raw !== 'object' || raw === null) return out;
  for (const [site, fields] of Object.entries(raw)) {
    if (typeof fields !== 'object' || fields === null) continue;
    const kept = Object.entries(fields).filter(([f, m]) => FIELDS.has(f) && isMiss(m));
    if (kept.length) out[site] = Object.fromEntries(kept);
  }
  return out;
}

/** `d` with one more miss of each of `fields` on `site`. */
export function withMisses(
  d: Diagnostics,
  site: string,
  fields: readonly FieldName[],
  now: number,
): Diagnostics {
  const board = { ...d[site] };
  for (const f of fields) board[f] = { count: (board[f]?.count ?? 0) + 1, last: now };
  return { ...d, [site]: board };
}

export const loadDiagnostics = async (): Promise<Diagnostics> => parseDiagnostics(await item.getValue());

// One read-and-write at a time: two tabs reporting together must not lose a count.
let writes: Promise<void> = Promise.resolve();

export function noteMisses(site: string, fields: readonly FieldName[], now = Date.now()): Promise<void> {
  const write = async (): Promise<void> =>
    item.setValue(withMisses(await loadDiagnostics(), site, fields, now));
  writes = writes.then(write, write);
  return writes;
}

export const clearDiagnostics = (): Promise<void> => item.setValue({});
