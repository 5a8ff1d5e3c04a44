// Which amount a cue word talks about: the nearest one in the same clause, or, when its clause
// has none ("Dental cover, up to £500"), the nearest one a few words away.
import type { PlacedCue } from './cues';
import type { MoneyExpr } from './expressions';
import type { Token } from './tokens';

/** Words a cue may be from its amount. */
const MAX_GAP = 12;
/** …when the cue sits in another clause. */
const MAX_CROSS_CLAUSE_GAP = 4;
/** A period word must come shortly before the amount ("hourly rate of $25"). */
const MAX_PERIOD_GAP = 8;

const CLAUSE_MARKS = new Set([',', ';', '(', ')', '[', ']', '|', '•', '·', '!', '?', '/']);

export interface SentenceLayout {
  /** words[i] = number of word and number tokens before token i. */
  words: number[];
  /** Clause number of each token. */
  clauses: number[];
}

function isClauseMark(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.kind !== 'punct') return false;
  if (CLAUSE_MARKS.has(t.text)) return true;
  if (t.text === '.') return tokens[i + 1]?.spaced !== false;
  const code = t.text.charCodeAt(0);
  return code >= 0xd800 && code <= 0xdfff; // emoji between chips: "💰 $100k 🌎 Remote"
}

export function layoutOf(tokens: Token[], exprs: MoneyExpr[]): SentenceLayout {
  const words: number[] = [];
  const clauses: number[] = [];
  let count = 0;
  let clause = 0;
  let e = 0;
  for (let i = 0; i <= tokens.length; i++) {
    words.push(count);
    if (i === tokens.length) break;
    while (exprs[e] && (exprs[e] as MoneyExpr).last < i) e++;
    const inside = exprs[e] !== undefined && (exprs[e] as MoneyExpr).first <= i;
    if (!inside && isClauseMark(tokens, i)) clause++;
    clauses.push(clause);
    const kind = (tokens[i] as Token).kind;
    if (kind === 'word' || kind === 'num') count++;
  }
  return { words, clauses };
}

export interface Gap {
  words: number;
  /** The cue is written before the amount. */
  before: boolean;
}

export function gapBetween(cue: PlacedCue, e: MoneyExpr, layout: SentenceLayout): Gap {
  const w = layout.words;
  if (cue.last < e.first)
    return { words: (w[e.first] as number) - (w[cue.last + 1] as number), before: true };
  return { words: Math.max(0, (w[cue.at] as number) - (w[e.last + 1] as number)), before: false };
}

export function sameClause(cue: PlacedCue, e: MoneyExpr, clauses: number[]): boolean {
  const c = clauses[cue.at];
  return c === clauses[e.first] || c === clauses[e.last];
}

function allowed(cue: PlacedCue, gap: Gap, same: boolean): boolean {
  if (gap.words > (same ? MAX_GAP : MAX_CROSS_CLAUSE_GAP)) return false;
  if (cue.cue.kind === 'period') return gap.before && gap.words <= MAX_PERIOD_GAP;
  if (cue.cue.kind === 'includes') return !gap.before;
  return true;
}

/** Index of the expression the cue belongs to, or -1. */
export function attachCue(cue: PlacedCue, exprs: MoneyExpr[], layout: SentenceLayout): number {
  let best = -1;
  let bestRank = Infinity;
  exprs.forEach((e, k) => {
    const gap = gapBetween(cue, e, layout);
    const same = sameClause(cue, e, layout.clauses);
    if (!allowed(cue, gap, same)) return;
    // Same clause first, then fewer words between; on a tie the amount after the cue wins
    // ("including a base salary of $X": "base" is about $X).
    const rank = (same ? 0 : 1000) + gap.words * 2 + (gap.before ? 0 : 1);
    if (rank < bestRank) [best, bestRank] = [k, rank];
  });
  return best;
}
