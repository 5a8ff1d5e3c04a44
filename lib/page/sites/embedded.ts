// Small, bounded helpers for adapters: app data that sites embed in inline <script> text (a content
// script cannot read page globals), values picked out of it, and visible text with its evidence.
// Nothing here throws on hostile input; every walk has a cap.
import { visibleText } from '../blocks';
import { isObject } from '../../model/json';
import { found, type FieldName, type Found } from '../../model/fields';
import { parseJsonLoose } from '../extract/jsonld';
import { htmlToText } from '../../text/html';
import { cleanText } from '../../text/repair';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** `/<board>/<uuid>`: a posting's own path on the boards that name postings by a UUID. */
export const UUID_POSTING_PATH = new RegExp(`^/[^/]+/(${UUID})(?:/|$)`, 'i');
/** The first UUID in a text, lowercased (an Apply link, an embed's query parameter). */
export const uuidIn = (text: string): string | undefined =>
  new RegExp(UUID, 'i').exec(text)?.[0].toLowerCase();

/** Inline scripts read per page, and characters per script: app data is big, but not unbounded. */
const MAX_SCRIPTS = 400;
const MAX_SCRIPT_CHARS = 8_000_000;

/** `obj.a.b[0].c` without throwing; numbers index arrays. */
export function at(obj: unknown, ...path: (string | number)[]): unknown {
  let v: unknown = obj;
  for (const key of path) {
    if (typeof key === 'number') v = Array.isArray(v) ? v[key] : undefined;
    else v = isObject(v) ? v[key] : undefined;
    if (v === undefined) return undefined;
  }
  return v;
}

/** A short text value: a string (cleaned) or a finite number; anything else is absent. */
export function str(v: unknown): string | undefined {
  if (typeof v === 'string') return cleanText(v) || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/** A long plain-text value (a description): lines kept, each cleaned. */
export function multiline(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const text = v.split(/\r?\n/).map(cleanText).filter(Boolean).join('\n');
  return text || undefined;
}

/** An HTML string from app data as plain text, one line per block. */
export function htmlText(v: unknown): string | undefined {
  return typeof v === 'string' ? htmlToText(v) || undefined : undefined;
}

/** The text of inline scripts (no src), first `MAX_SCRIPTS`, that contain `marker`. */
export function scriptsWith(doc: Document, marker: string): string[] {
  const out: string[] = [];
  const scripts = doc.querySelectorAll('script:not([src])');
  for (let i = 0; i < scripts.length && i < MAX_SCRIPTS; i++) {
    const text = (scripts[i] as Element).textContent ?? '';
    if (text.length <= MAX_SCRIPT_CHARS && text.includes(marker)) out.push(text);
  }
  return out;
}

/**
 * The JSON object or array literal that starts at `from` (skipping white space), cut at its matching
 * bracket; strings and escapes are respected, so braces inside strings do not count.
 */
export function balancedJson(text: string, from = 0): string | undefined {
  let i = from;
  while (i < text.length && /\s/.test(text[i] as string)) i++;
  const open = text[i];
  if (open !== '{' && open !== '[') return undefined;
  let depth = 0;
  let inString = false;
  const end = Math.min(text.length, i + MAX_SCRIPT_CHARS);
  for (let j = i; j < end; j++) {
    const ch = text[j];
    if (inString) {
      if (ch === '\\') j++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return text.slice(i, j + 1);
    }
  }
  return undefined;
}

/**
 * The value assigned to a page global in inline script text, e.g. `window._initialData = {…};`.
 * `name` is matched literally, optionally after `window.`; the first assignment that parses wins.
 */
export function assignedJson(doc: Document, name: string): unknown {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const assign = new RegExp(`(?:^|[^\\w$.])(?:window\\.)?${escaped}\\s*=\\s*(?=[{[])`, 'g');
  for (const text of scriptsWith(doc, name)) {
    assign.lastIndex = 0;
    for (let m = assign.exec(text), n = 0; m && n < 5; m = assign.exec(text), n++) {
      const literal = balancedJson(text, m.index + m[0].length);
      const value = literal === undefined ? null : parseJsonLoose(literal);
      if (value !== null) return value;
    }
  }
  return undefined;
}

/** A JSON <script> element's content (e.g. `script#__NEXT_DATA__`), parsed. */
export function scriptJson(doc: Document, selector: string): unknown {
  const el = doc.querySelector(selector);
  const text = el?.textContent ?? '';
  return text && text.length <= MAX_SCRIPT_CHARS ? (parseJsonLoose(text) ?? undefined) : undefined;
}

/** The first selector's visible text, with nothing else: for values that need a little cleaning. */
export function textOf(root: ParentNode, selectors: readonly string[]): string | undefined {
  return firstText(root, selectors, (el) => cleanText(visibleText(el)) || undefined);
}

/** The first element of the first selector (up to 10 matches each) for which `read` gives a value. */
export function firstText(
  root: ParentNode,
  selectors: readonly string[],
  read: (el: Element) => string | undefined,
): string | undefined {
  for (const selector of selectors) {
    let els: NodeListOf<Element>;
    try {
      els = root.querySelectorAll(selector);
    } catch {
      continue; // a selector the engine rejects is a broken adapter line, not a broken page
    }
    for (let i = 0; i < els.length && i < 10; i++) {
      const text = read(els[i] as Element);
      if (text) return text;
    }
  }
  return undefined;
}

/** The first selector's visible text with one line per block (a description). */
export function linesOf(root: ParentNode, selectors: readonly string[]): string | undefined {
  return firstText(root, selectors, (el) => multiline(visibleText(el)));
}

/** Adapter fields from plain values (empty ones dropped); evidence defaults to the value. */
export function adapterFound(
  values: Partial<Record<FieldName, string | null | undefined>>,
  evidence?: Partial<Record<FieldName, string | undefined>>,
): Found {
  const ev: Partial<Record<FieldName, string>> = {};
  for (const [k, v] of Object.entries(evidence ?? {})) if (v) ev[k as FieldName] = v;
  return found('adapter', values, ev);
}

/** A bounded JSON rendering of an embedded value, as evidence of where a field came from. */
export function evidenceOf(v: unknown, max = 500): string {
  let text: string;
  try {
    text = typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
  } catch {
    text = '';
  }
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

const MONEY = /[$€£¥₹]|\b(?:USD|EUR|GBP|CAD|AUD|INR|CHF|(?:an?|per) (?:hour|day|week|month|year))\b/i;

/** A chip or badge that states pay ("$120K/yr - $150K/yr", "$24 - $28 an hour", "€60k–75k",
 * "$100,000 or more USD"), not a placeholder: a figure with money or a period. The page only needs
 * to tell a pay chip from the others; the background reads the figures. (The LinkedIn and Indeed
 * posting readers keep their own narrower test: their scripts have no room for this one.) */
export const namesPay = (text: string): boolean => MONEY.test(text) && !isPlaceholderPay(text);

const ZEROISH = /^[\s0.,]*$/;

/** "$0 - $0", "0/0", "USD 0": pay that a site writes when it has none. */
export function isPlaceholderPay(text: string): boolean {
  const figures = text.match(/\d[\d.,]*/g);
  return !figures || figures.every((f) => ZEROISH.test(f));
}

function amount(v: unknown): number | undefined {
  // "$140,000" and "140000" alike; a string with no digit is no amount
  const n = typeof v === 'string' ? (/\d/.test(v) ? Number(v.replace(/[^\d.]/g, '')) : NaN) : v;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined;
}

const PERIOD_WORDS: Record<string, string> = {
  hour: 'per hour',
  hourly: 'per hour',
  day: 'per day',
  daily: 'per day',
  week: 'per week',
  weekly: 'per week',
  month: 'per month',
  monthly: 'per month',
  year: 'per year',
  yearly: 'per year',
  annual: 'per year',
  annually: 'per year',
};

/** Pay as text from numeric app data ("USD 120,000 - 150,000 per year"); placeholders (0/0, none) give nothing. */
export function payText(min: unknown, max: unknown, currency: unknown, period: unknown): string | undefined {
  const lo = amount(min);
  const hi = amount(max);
  if (lo === undefined && hi === undefined) return undefined;
  const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const figures =
    lo !== undefined && hi !== undefined && lo !== hi ? `${fmt(lo)} - ${fmt(hi)}` : fmt((lo ?? hi) as number);
  const prefix = lo === undefined ? 'up to ' : hi === undefined ? 'from ' : '';
  const code =
    typeof currency === 'string' && /^[A-Za-z]{3}$/.test(currency) ? `${currency.toUpperCase()} ` : '';
  const unit =
    typeof period === 'string' ? PERIOD_WORDS[period.toLowerCase().replace(/^per[_ ]?/, '')] : undefined;
  return `${prefix}${code}${figures}${unit ? ` ${unit}` : ''}`;
}

/** An ISO date from epoch milliseconds or seconds (below 1e11 is seconds: 1e11 ms is 1973); other strings as they are. */
export function isoDate(v: unknown): string | undefined {
  const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0)
    return typeof v === 'string' ? str(v) : undefined;
  const ms = n < 1e11 ? n * 1000 : n;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}
