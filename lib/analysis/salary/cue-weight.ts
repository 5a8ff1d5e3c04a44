// What the cue words attached to one amount decide: pay or not, how strongly, its flags, and
// a period written before it ("Hourly rate: $26").
import type { Period, SalaryFlag } from '../../model/types';
import { gapBetween, sameClause, type SentenceLayout } from './attach';
import type { PlacedCue } from './cues';
import type { MoneyExpr } from './expressions';

export interface CueWeight {
  trap: boolean;
  /** Strength of the strongest pay word, 0 when there is none. */
  pay: number;
  payCue: PlacedCue | null;
  base: boolean;
  flags: SalaryFlag[];
  period: Period | null;
}

/** A cue from another clause counts as this many words further away than any in the amount's own clause. */
const OTHER_CLAUSE_PENALTY = 100;

/** The nearest pay-or-not word so far; a trap wins a tie. */
interface Nearest {
  distance: number;
  trap: boolean;
}

function addFlag(verdict: CueWeight, flag: SalaryFlag): void {
  if (!verdict.flags.includes(flag)) verdict.flags.push(flag);
}

function decide(nearest: Nearest, distance: number, trap: boolean): void {
  if (distance < nearest.distance || (distance === nearest.distance && trap)) {
    nearest.distance = distance;
    nearest.trap = trap;
  }
}

function apply(placed: PlacedCue, distance: number, verdict: CueWeight, nearest: Nearest): void {
  const { cue } = placed;
  switch (cue.kind) {
    case 'pay':
      decide(nearest, distance, false);
      if (cue.strength > verdict.pay) [verdict.pay, verdict.payCue] = [cue.strength, placed];
      verdict.base ||= cue.base;
      return;
    case 'trap':
      return decide(nearest, distance, true);
    case 'extra':
      if (!cue.joined) decide(nearest, distance, true);
      else if (cue.flag) addFlag(verdict, cue.flag);
      return;
    case 'flag':
      addFlag(verdict, cue.flag);
      // "OTE $150k", "Total comp: $200k" are pay, if not base pay.
      if (cue.flag === 'ote' || cue.flag === 'total-comp') decide(nearest, distance, false);
      return;
    case 'includes':
      if (cue.ofBase) addFlag(verdict, 'total-comp');
      return;
    case 'period':
      verdict.period ??= cue.period;
      return;
    case 'example':
      return;
  }
}

/** The verdict of the cues attached to `e`. Words in the amount's own clause outrank words
 * borrowed from a neighbouring one. */
export function weigh(cues: PlacedCue[], e: MoneyExpr, layout: SentenceLayout): CueWeight {
  const verdict: CueWeight = { trap: false, pay: 0, payCue: null, base: false, flags: [], period: null };
  const nearest: Nearest = { distance: Infinity, trap: false };
  for (const placed of cues) {
    const penalty = sameClause(placed, e, layout.clauses) ? 0 : OTHER_CLAUSE_PENALTY;
    apply(placed, gapBetween(placed, e, layout).words + penalty, verdict, nearest);
  }
  verdict.trap = nearest.trap;
  if (e.approx) addFlag(verdict, 'estimate');
  verdict.flags.sort();
  return verdict;
}
