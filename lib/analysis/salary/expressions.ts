// Money expressions in a sentence's tokens: an amount or a range of two, with bound words
// ("up to", "from") and the unit. Left to right, never revisiting a token.
import type { Period } from '../../model/types';
import { perSomethingElseAt, readAmount, readUnit, roundCents, trailingMarks, type Amount } from './amount';
import { currencyMarkOf, familyHas, type CurrencyMark } from './currencies';
import type { Token } from './tokens';
import {
  AND_WORDS,
  APPROXIMATELY,
  BETWEEN_WORDS,
  LOWER_BOUNDS,
  RANGE_DASHES,
  RANGE_WORDS,
  UPPER_BOUNDS,
} from './vocabulary';

export interface MoneyExpr {
  /** Token span, inclusive, from any bound word to the unit. */
  first: number;
  last: number;
  lo: Amount;
  hi: Amount | null;
  min: number | null;
  max: number | null;
  /** Currency marks of both ends. */
  marks: CurrencyMark[];
  /** The period written after the amount (or by "LPA"), null when unwritten. */
  period: Period | null;
  approx: boolean;
  /** The currency its scale word implies (lakh: INR, triệu: VND), else null. */
  impliedCurrency: string | null;
  /** Written in billions: never pay. */
  tooBig: boolean;
  /** Priced per something other than time ("$10 per user"). */
  perOther: boolean;
}

export interface Scan {
  exprs: MoneyExpr[];
  /** Token indices of "401k"-style plan names. */
  plans: number[];
}

type Bound = 'min' | 'max' | null;

function agrees(x: CurrencyMark, y: CurrencyMark): boolean {
  if (x.code && y.code) return x.code === y.code;
  if (x.family && y.family) return x.family === y.family;
  const family = x.family ?? y.family;
  const code = x.code ?? y.code;
  return family !== null && code !== null && familyHas(family, code);
}

function sameCurrency(a: CurrencyMark[], b: CurrencyMark[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((x) => b.some((y) => agrees(x, y)));
}

function hasBetweenBefore(tokens: Token[], first: number): boolean {
  for (let j = first - 1; j >= 0 && j >= first - 3; j--) {
    if (BETWEEN_WORDS.has((tokens[j] as Token).lower)) return true;
  }
  return false;
}

/** Index where the second amount of a range would start, or -1. */
function rangeSeparatorAt(tokens: Token[], k: number, between: boolean): number {
  const t = tokens[k];
  if (!t) return -1;
  if (RANGE_DASHES.has(t.text) || (t.kind === 'word' && RANGE_WORDS.has(t.lower))) return k + 1;
  if (t.lower === 'up' && tokens[k + 1]?.lower === 'to') return k + 2;
  // "$94,350$122,100 CAD": a pay-range widget's two ends, flattened to text with nothing between.
  if (!t.spaced && t.kind !== 'num' && currencyMarkOf(t) && tokens[k + 1]?.kind === 'num') return k;
  return between && AND_WORDS.has(t.lower) ? k + 1 : -1;
}

/** "$120-150k": a suffix written once applies to both ends; so do the thousands of "55-65.000 €"
 * and "65 - 80 000 EUR", the first end written without them. */
function shareScale(lo: Amount, hi: Amount): [number, number] {
  if (!lo.scale && hi.scale && lo.written <= hi.written)
    return [roundCents(lo.written * hi.scale.factor), hi.value];
  if (lo.scale && !hi.scale && hi.written < lo.value)
    return [lo.value, roundCents(hi.written * lo.scale.factor)];
  if (!lo.scale && !hi.scale && sharesThousands(lo.value, hi.value)) return [lo.value * 1000, hi.value];
  return [lo.value, hi.value];
}

/** A bare first end a thousandth of a round second one's size: 55 and 65 000. */
const sharesThousands = (lo: number, hi: number): boolean =>
  Number.isInteger(lo) && lo >= 1 && lo < 1000 && hi % 1000 === 0 && lo * 1000 <= hi && lo * 1000 * 4 >= hi;

function skipApproximately(tokens: Token[], j: number): { j: number; approx: boolean } {
  let approx = false;
  for (let n = 0; n < 3 && j >= 0; n++) {
    const t = tokens[j] as Token;
    if (t.text === '.' && APPROXIMATELY.has(tokens[j - 1]?.lower ?? '')) j -= 2;
    else if (APPROXIMATELY.has(t.lower)) j--;
    else break;
    approx = true;
  }
  return { j, approx };
}

/** The bound phrase ending just before `first`, read backwards. */
function boundWordsBefore(tokens: Token[], j: number): { bound: Bound; used: number } {
  const w = tokens[j]?.lower ?? '';
  const w1 = tokens[j - 1]?.lower ?? '';
  if ((w === 'to' && w1 === 'up') || (w === 'zu' && w1 === 'bis')) return { bound: 'max', used: 2 };
  if (w === 'than' && w1 === 'less') return { bound: 'max', used: 2 };
  if (w === 'than' && (w1 === 'more' || w1 === 'over')) return { bound: 'min', used: 2 };
  if (w === 'at' && ['starting', 'starts', 'start'].includes(w1)) return { bound: 'min', used: 2 };
  if (w === 'least' && w1 === 'at') return { bound: 'min', used: 2 };
  if (w === 'de' && w1 === 'partir') return { bound: 'min', used: 3 };
  if (w === 'à' && tokens[j - 2]?.lower === 'jusqu') return { bound: 'max', used: 3 };
  // "Salary to £65k", as UK recruiters write "up to" (a range's "to" is read with its first end).
  if (UPPER_BOUNDS.has(w) || w === 'to') return { bound: 'max', used: 1 };
  // "max. € 4.481", "min. 3.000 €": the abbreviation's full stop
  if (w === '.' && (w1 === 'max' || w1 === 'min')) return { bound: w1, used: 2 };
  if (LOWER_BOUNDS.has(w)) return { bound: 'min', used: 1 };
  return { bound: null, used: 0 };
}

function boundBefore(tokens: Token[], first: number): { bound: Bound; approx: boolean; start: number } {
  const before = skipApproximately(tokens, first - 1);
  const { bound, used } = boundWordsBefore(tokens, before.j);
  const after = bound ? skipApproximately(tokens, before.j - used) : { j: before.j, approx: false };
  return { bound, approx: before.approx || after.approx, start: after.j + 1 };
}

/** "$100k+", "$100k or more". */
function openEndedAfter(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.text === '+' && !t.spaced) return tokens[k + 1]?.kind !== 'word' || tokens[k + 1]?.spaced === true;
  const next = tokens[k + 1]?.lower;
  return (t?.lower === 'or' || t?.lower === 'and') && (next === 'more' || next === 'above');
}

interface Ends {
  hi: Amount | null;
  lo: number;
  hiValue: number;
  period: Period | null;
  last: number;
}

function readEnds(tokens: Token[], a: Amount): Ends {
  const unitA = readUnit(tokens, a.last + 1);
  const single: Ends = {
    hi: null,
    lo: a.value,
    hiValue: a.value,
    period: unitA?.period ?? null,
    last: unitA?.last ?? a.last,
  };
  const at = rangeSeparatorAt(tokens, single.last + 1, hasBetweenBefore(tokens, a.first));
  const b = at >= 0 ? readAmount(tokens, at) : null;
  if (!b || 'retirement' in b || !sameCurrency(a.marks, b.marks)) return single;
  const unitB = readUnit(tokens, b.last + 1);
  const [lo, hiValue] = shareScale(a, b);
  if (hiValue < lo || (unitA && unitB && unitA.period !== unitB.period)) return single;
  return { hi: b, lo, hiValue, period: unitB?.period ?? unitA?.period ?? null, last: unitB?.last ?? b.last };
}

function buildExpr(tokens: Token[], a: Amount): MoneyExpr {
  const ends = readEnds(tokens, a);
  const { hi } = ends;
  const marks = [...a.marks, ...(hi?.marks ?? [])];
  const last = trailingMarks(tokens, ends.last + 1, marks) - 1;
  const { bound, approx, start } = boundBefore(tokens, a.first);
  const open = !hi && openEndedAfter(tokens, last + 1);
  const scales = [a.scale, hi?.scale];
  const singleBound: Bound = hi ? null : open ? 'min' : bound;
  const wordsBefore = approx || (!hi && bound !== null);
  return {
    first: wordsBefore ? start : a.first,
    last: open ? last + 1 : last,
    lo: a,
    hi,
    min: singleBound === 'max' ? null : ends.lo,
    max: singleBound === 'min' ? null : ends.hiValue,
    marks,
    period: ends.period ?? a.scale?.period ?? hi?.scale?.period ?? null,
    approx,
    impliedCurrency: scales.find((s) => s?.currency)?.currency ?? null,
    tooBig: scales.some((s) => s?.tooBig === true),
    perOther: ends.period === null && perSomethingElseAt(tokens, ends.last + 1),
  };
}

/** Every money expression in the tokens, left to right. */
export function findExpressions(tokens: Token[]): Scan {
  const exprs: MoneyExpr[] = [];
  const plans: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'num' && !currencyMarkOf(t)) continue;
    const a = readAmount(tokens, i);
    if (!a) continue;
    if ('retirement' in a) {
      plans.push(i);
      i = a.last;
      continue;
    }
    const expr = buildExpr(tokens, a);
    exprs.push(expr);
    i = expr.last;
  }
  return { exprs, plans };
}
