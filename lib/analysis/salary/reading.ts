// One sentence: its money expressions, the cue words around each, and the verdict on each
// (pay or not, currency, period, flags).
import type { Period, Salary, Source } from '../../model/types';
import { attachCue, layoutOf, type SentenceLayout } from './attach';
import type { CodeMentions, PageContext } from './context';
import { findCues, type PlacedCue } from './cues';
import { findExpressions, type MoneyExpr } from './expressions';
import { inferPeriod, plausibleFor } from './period';
import { codesIn, resolveCurrency, scopeFor, type CurrencyScope } from './currency-scope';
import type { Segment } from '../../text/sentences';
import { tokenize, type Token } from './tokens';
import { weigh, type CueWeight } from './cue-weight';
import { COUNT_NOUNS } from './vocabulary';

export interface Finding {
  salary: Salary;
  /** Strength of the strongest pay word next to the amount: 0 none, 3 "base". */
  pay: number;
  base: boolean;
  /** The pay word that decided it ("base salary", "Compensation"), for explaining the choice. */
  payWord: string | null;
  /** The sentence gives an example ("For example, in Brazil…"), not the offer. */
  example: boolean;
  /** Written as a short label/value row with a pay word ("Salary: $17.89/hour"), not in prose. */
  field: boolean;
}

export interface ReadOptions {
  source: Source;
  page: PageContext;
  /** Codes written anywhere in the text being read. */
  textCodes: () => CodeMentions;
}

const hasCurrency = (e: MoneyExpr): boolean => e.marks.length > 0 || e.impliedCurrency !== null;

function isYearLike(e: MoneyExpr): boolean {
  const year = (v: number | null): boolean => v === null || (Number.isInteger(v) && v >= 1900 && v <= 2100);
  return !e.lo.scale && year(e.min) && year(e.max);
}

/** An amount with no currency at all is read only when it is shaped like pay:
 * "45,000 - 55,000", "120k", "25-30 per hour" — never "2024", "5 years" or a lone "16". */
function bareLooksLikePay(e: MoneyExpr, tokens: Token[]): boolean {
  const next = tokens[e.last + 1];
  if (next?.kind === 'word' && COUNT_NOUNS.has(next.lower)) return false;
  if (isYearLike(e) || e.lo.scale?.tooBig) return false;
  if (e.period !== null || e.lo.scale !== null || e.hi?.scale) return true;
  const top = e.max ?? e.min ?? 0;
  const grouped = /[^0-9]/.test((tokens[e.lo.last] as Token).text);
  return top >= 1000 && (e.hi !== null || grouped);
}

function candidates(exprs: MoneyExpr[], tokens: Token[]): MoneyExpr[] {
  const anyCurrency = exprs.some(hasCurrency);
  return exprs.filter((e) => (anyCurrency ? hasCurrency(e) : bareLooksLikePay(e, tokens)));
}

/** Periods rarely meant when none is written: a lone "$999" is a price, not a day rate. */
const UNLIKELY_UNWRITTEN = new Set<Period>(['day', 'week']);

function periodOf(
  e: MoneyExpr,
  verdict: CueWeight,
  currency: string | null,
  page: PageContext,
): { period: Period; inferred: boolean } | null {
  const written = e.period ?? verdict.period;
  if (written)
    return plausibleFor(e.min, e.max, currency, written) ? { period: written, inferred: false } : null;
  const period = inferPeriod(e.min, e.max, currency, page.periodHints);
  if (!period || (UNLIKELY_UNWRITTEN.has(period) && verdict.pay === 0 && !page.periodHints.has(period)))
    return null;
  return { period, inferred: true };
}

function judge(
  e: MoneyExpr,
  verdict: CueWeight,
  scope: CurrencyScope,
  opts: ReadOptions,
): Omit<Salary, 'raw' | 'evidence'> | null {
  if (verdict.trap || e.tooBig || e.perOther || (!hasCurrency(e) && verdict.pay === 0)) return null;
  const currency = resolveCurrency(e.marks, scope, e.impliedCurrency);
  if (currency === undefined) return null;
  const period = periodOf(e, verdict, currency, opts.page);
  if (!period) return null;
  return {
    min: e.min,
    max: e.max,
    currency,
    period: period.period,
    periodInferred: period.inferred,
    source: opts.source,
    flags: verdict.flags,
  };
}

function slice(text: string, tokens: Token[], first: number, last: number): string {
  return text.slice((tokens[first] as Token).start, (tokens[last] as Token).end);
}

/** The cues of a sentence, grouped by the amount each talks about, and whether the sentence
 * gives an example. */
function cuesByAmount(
  tokens: Token[],
  exprs: MoneyExpr[],
  plans: number[],
  layout: SentenceLayout,
): { byExpr: PlacedCue[][]; example: boolean } {
  const amountTokens = new Uint8Array(tokens.length);
  for (const e of exprs) for (const a of [e.lo, e.hi]) if (a) amountTokens.fill(1, a.first, a.last + 1);
  const cues = findCues(tokens, (i) => amountTokens[i] === 1);
  for (const at of plans) cues.push({ cue: { kind: 'trap', what: 'benefit' }, at, last: at });
  const byExpr: PlacedCue[][] = exprs.map(() => []);
  for (const cue of cues) byExpr[attachCue(cue, exprs, layout)]?.push(cue);
  return { byExpr, example: cues.some((c) => c.cue.kind === 'example') };
}

/** The salaries written in text[seg]. */
export function readSentence(text: string, seg: Segment, opts: ReadOptions): Finding[] {
  const tokens = tokenize(text, seg.start, seg.end);
  const scan = findExpressions(tokens);
  const exprs = candidates(scan.exprs, tokens);
  if (exprs.length === 0) return [];
  const layout = layoutOf(tokens, exprs);
  const { byExpr, example } = cuesByAmount(tokens, exprs, scan.plans, layout);
  const codes = codesIn(tokens, exprs);
  const evidence = text.slice(seg.start, seg.end);
  const found: Finding[] = [];
  exprs.forEach((e, k) => {
    const verdict = weigh(byExpr[k] ?? [], e, layout);
    const salary = judge(e, verdict, scopeFor(e, codes, opts.textCodes, opts.page), opts);
    if (!salary) return;
    const raw = slice(text, tokens, e.first, e.last);
    const payWord = verdict.payCue ? slice(text, tokens, verdict.payCue.at, verdict.payCue.last) : null;
    const { pay, base } = verdict;
    found.push({ salary: { ...salary, raw, evidence }, pay, base, payWord, example, field: false });
  });
  return found;
}
