// What the whole page says that helps read one amount: currency codes written elsewhere
// ("paid in CAD"), hints about the period ("hourly contract", "40 hours/week"), the country.
import type { Period } from '../../model/types';
import { currencyMarkOf, dollarPhraseAt } from './currencies';
import { splitSentences } from '../../text/sentences';
import { tokenize, type Token } from './tokens';

export interface CodeMentions {
  /** Codes written on their own: "paid in USD", "(CAD)", "Canadian dollars". */
  free: Set<string>;
  /** Codes written beside an amount: "CAD $130,600". */
  attached: Set<string>;
}

export interface PageContext {
  countryHint: string | null;
  codes: CodeMentions;
  /** Periods the page talks about in pay-like terms ("hourly", "per month", "day rate"). */
  periodHints: Set<Period>;
  /** A lone "R" is rand only on a South African page. */
  southAfrican: boolean;
}

const CODE_LEADS = new Set(['in', 'em', 'en', 'into', 'currency']);

function isMoneyNeighbour(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'num' || t.kind === 'sym');
}

function noteCode(tokens: Token[], i: number, into: CodeMentions): void {
  const t = tokens[i] as Token;
  const phrase = dollarPhraseAt(tokens, i);
  if (phrase) {
    into.free.add(phrase);
    return;
  }
  const mark = currencyMarkOf(t);
  if (!mark?.iso || !mark.code) return;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (isMoneyNeighbour(prev) || isMoneyNeighbour(next)) into.attached.add(mark.code);
  else if (CODE_LEADS.has(prev?.lower ?? '') || (prev?.text === '(' && next?.text === ')'))
    into.free.add(mark.code);
}

const HOUR_WORDS = new Set(['hour', 'hr', 'hours', 'hrs']);
const WEEK_WORDS = new Set(['week', 'wk']);
const PER = new Set(['per', '/', 'an', 'a']);

function notePeriods(tokens: Token[], i: number, into: Set<Period>): void {
  const w = (tokens[i] as Token).lower;
  const next = tokens[i + 1]?.lower ?? '';
  const after = tokens[i + 2]?.lower ?? '';
  if (w === 'hourly') into.add('hour');
  else if (PER.has(w) && HOUR_WORDS.has(next)) into.add('hour');
  // "40 hours/week" on a contract: the pay is probably an hourly rate.
  else if (HOUR_WORDS.has(w) && PER.has(next) && WEEK_WORDS.has(after)) into.add('hour');
  else if (w === 'monthly' || w === 'mensal' || (PER.has(w) && (next === 'month' || next === 'mês')))
    into.add('month');
  else if (w === 'day' && (next === 'rate' || next === 'rates')) into.add('day');
}

function scan(text: string, visit: (tokens: Token[], i: number) => void): void {
  for (const seg of splitSentences(text)) {
    const tokens = tokenize(text, seg.start, seg.end);
    for (let i = 0; i < tokens.length; i++) visit(tokens, i);
  }
}

export function collectCodes(text: string): CodeMentions {
  const codes: CodeMentions = { free: new Set(), attached: new Set() };
  scan(text, (tokens, i) => noteCode(tokens, i, codes));
  return codes;
}

export function readPageContext(context: string, countryHint: string | null | undefined): PageContext {
  const codes: CodeMentions = { free: new Set(), attached: new Set() };
  const periodHints = new Set<Period>();
  let southAfrican = countryHint?.toUpperCase() === 'ZA';
  scan(context, (tokens, i) => {
    noteCode(tokens, i, codes);
    notePeriods(tokens, i, periodHints);
    const t = tokens[i] as Token;
    if (t.text === 'ZAR' || (t.lower === 'south' && tokens[i + 1]?.lower === 'africa')) southAfrican = true;
  });
  return { countryHint: countryHint ? countryHint.toUpperCase() : null, codes, periodHints, southAfrican };
}
