// One written amount: currency marks, digits, a scale suffix, and the unit after it.
// Every reader looks at a bounded number of tokens from where it starts.
import type { Period } from '../../model/types';
import { currencyMarkOf, dollarPhraseAt, type CurrencyMark } from './currencies';
import { readNumber } from './numbers';
import type { Token } from './tokens';
import {
  ARTICLE_CONNECTORS,
  ATTACHED_SCALES,
  PERIOD_ADJECTIVES,
  SPACED_SCALES,
  UNIT_CONNECTORS,
  UNIT_FILLERS,
  UNIT_WORDS,
  type Scale,
} from './vocabulary';

export interface Amount {
  /** Token span, inclusive. */
  first: number;
  last: number;
  /** The value with its scale applied ("120k" → 120000). */
  value: number;
  /** The digits as written ("120k" → 120). */
  written: number;
  scale: Scale | null;
  marks: CurrencyMark[];
}

/** "401k", "403(b)": retirement plans, consumed so that nothing reads them as money. */
export interface RetirementPlan {
  retirement: true;
  last: number;
}

const PLAN_NUMBERS = new Set([401, 403, 457]);
const ENGLISH_UNITS = new Set(['hour', 'day', 'week', 'month', 'year']);
/** Abbreviated scales that may carry a dot ("tys.", "Mio."). */
const DOTTED_SCALES = new Set(['tys', 'mio', 'mln', 'cr']);

function leadingMarks(tokens: Token[], i: number): { marks: CurrencyMark[]; next: number } {
  const marks: CurrencyMark[] = [];
  let j = i;
  while (marks.length < 2) {
    const t = tokens[j];
    const mark = t ? currencyMarkOf(t) : null;
    if (!t || !mark) break;
    marks.push(mark);
    j++;
    if ((t.text === 'Rs' || t.lower === 'kr') && tokens[j]?.text === '.') j++;
  }
  return { marks, next: j };
}

function scaleAt(tokens: Token[], k: number): { scale: Scale; next: number } | null {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return null;
  const scale = (t.spaced ? undefined : ATTACHED_SCALES[t.lower]) ?? SPACED_SCALES[t.lower];
  if (!scale) return null;
  const dotted = DOTTED_SCALES.has(t.lower) && tokens[k + 1]?.text === '.' && !tokens[k + 1]?.spaced;
  return { scale, next: dotted ? k + 2 : k + 1 };
}

function planAt(tokens: Token[], k: number, written: number): RetirementPlan | null {
  if (!PLAN_NUMBERS.has(written)) return null;
  const t = tokens[k];
  if (t && !t.spaced && (t.lower === 'k' || t.lower === 'b')) return { retirement: true, last: k };
  const inner = tokens[k + 1]?.lower;
  if (t?.text === '(' && (inner === 'k' || inner === 'b') && tokens[k + 2]?.text === ')') {
    return { retirement: true, last: k + 2 };
  }
  return null;
}

export function trailingMarks(tokens: Token[], k: number, marks: CurrencyMark[]): number {
  let j = k;
  for (let n = 0; n < 2; n++) {
    const t = tokens[j];
    if (!t || tokens[j + 1]?.kind === 'num') break;
    const adjective = dollarPhraseAt(tokens, j);
    if (adjective) {
      marks.push({ code: adjective, family: null, iso: false });
      j += 2;
      continue;
    }
    const mark = currencyMarkOf(t, true);
    if (!mark) break;
    marks.push(mark);
    j++;
    if (t.lower === 'kr' && tokens[j]?.text === '.') j++;
  }
  return j;
}

/** "CHF 5'000.-", "2.500,– €": a dash for "no cents" after the number. */
function afterSwissDash(tokens: Token[], k: number): number {
  const mark = tokens[k];
  const dash = tokens[k + 1];
  const isMark = mark !== undefined && (mark.text === '.' || mark.text === ',') && !mark.spaced;
  return isMark && dash !== undefined && (dash.text === '-' || dash.text === '–') && !dash.spaced ? k + 2 : k;
}

/** The amount starting at tokens[i], or null when there is none. */
export function readAmount(tokens: Token[], i: number): Amount | RetirementPlan | null {
  const { marks, next } = leadingMarks(tokens, i);
  const num = tokens[next];
  if (!num || num.kind !== 'num') return null;
  const after = tokens[next + 1];
  if (after?.text === '%' || after?.text === '‰') return null;
  const scaled = scaleAt(tokens, next + 1);
  const written = readNumber(num.text, scaled !== null);
  if (written === null) return null;
  const plan = planAt(tokens, next + 1, written);
  if (plan) return plan;
  const end = trailingMarks(tokens, afterSwissDash(tokens, scaled ? scaled.next : next + 1), marks);
  const value = scaled ? written * scaled.scale.factor : written;
  return { first: i, last: end - 1, value: roundCents(value), written, scale: scaled?.scale ?? null, marks };
}

/** Scaling decimals ("0.047k") leaves float dust; pay is never finer than a cent. */
export function roundCents(value: number): number {
  return Math.round(value * 100) / 100;
}

function unitWordAt(tokens: Token[], k: number, englishOnly: boolean): Period | null {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return null;
  if (englishOnly) return ENGLISH_UNITS.has(t.lower) ? (t.lower as Period) : null;
  return UNIT_WORDS[t.lower] ?? null;
}

/** "p.a.", "p/h", "p.m.": "per" written as a single letter. */
function perLetterAt(tokens: Token[], j: number): { period: Period; last: number } | null {
  const sep = tokens[j + 1]?.text;
  if (tokens[j]?.lower !== 'p' || (sep !== '.' && sep !== '/')) return null;
  const period = unitWordAt(tokens, j + 2, false);
  if (!period) return null;
  return { period, last: tokens[j + 3]?.text === '.' ? j + 3 : j + 2 };
}

function skipBeforeUnit(tokens: Token[], k: number): number {
  let j = k;
  for (let n = 0; n < 3; n++) {
    const t = tokens[j];
    if (!t || tokens[j + 1]?.kind === 'num') break;
    // "Rs. 50,000/- per month": "/-" means "only".
    if (t.text === '/' && tokens[j + 1]?.text === '-') j += 2;
    else if (UNIT_FILLERS.has(t.lower) || currencyMarkOf(t, true)) j++;
    else break;
  }
  return j;
}

/** "$10 per user", "$5/seat": a price of something, not pay per unit of time. */
export function perSomethingElseAt(tokens: Token[], k: number): boolean {
  const j = skipBeforeUnit(tokens, k);
  const t = tokens[j];
  const next = tokens[j + 1];
  if (!t || !next || next.kind !== 'word' || (t.text !== '/' && t.lower !== 'per')) return false;
  return UNIT_WORDS[next.lower] === undefined && PERIOD_ADJECTIVES[next.lower] === undefined;
}

/** The unit written after an amount ("/hr", "per annum", "a year", "p.a.", "/mês", "monthly"). */
export function readUnit(tokens: Token[], k: number): { period: Period; last: number } | null {
  const j = skipBeforeUnit(tokens, k);
  const t = tokens[j];
  if (!t) return null;
  if (t.text === '/') {
    const period = unitWordAt(tokens, j + 1, false);
    return period ? { period, last: j + 1 } : null;
  }
  const perLetter = perLetterAt(tokens, j);
  if (perLetter) return perLetter;
  if (UNIT_CONNECTORS.has(t.lower)) {
    const period = unitWordAt(tokens, j + 1, ARTICLE_CONNECTORS.has(t.lower));
    if (period) return { period, last: j + 1 };
  }
  const bare = t.kind === 'word' ? PERIOD_ADJECTIVES[t.lower] : undefined;
  if (!bare) return null;
  // "£550 day rate": the rate word belongs to the unit.
  const rate = tokens[j + 1]?.lower === 'rate';
  return { period: bare, last: rate ? j + 1 : j };
}
