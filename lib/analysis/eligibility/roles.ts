// What each place in a sentence is doing: included, excluded, preferred, an office, a time zone.
// Cue words open a span that runs to the end of their clause ("excluding Quebec)", "preference for
// EU or East Asia") or back to its start ("EU preferred"); the cue nearest a place wins.
import { isSubdivisionCode } from '../geo';
import {
  BETWEEN,
  CLAUSE,
  EXCLUDE,
  EXCLUDED_AFTER,
  LAW_AFTER,
  NEGATIVE,
  NOT_THIS,
  OFFICE,
  OUTSIDE,
  PREFER,
  PREFERRED_AFTER,
  TZ_AFTER,
} from './cues';
import { refKind, type Mention } from './refs';

export type Role = 'include' | 'exclude' | 'prefer' | 'office' | 'tz' | 'other';

interface Span {
  start: number;
  end: number;
  /** Where the cue is: the nearest one decides. */
  cue: number;
  role: Role;
}

type Clause = [number, number];

function clauses(s: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (const m of s.matchAll(CLAUSE)) {
    out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  out.push([start, s.length]);
  return out;
}

const clauseAt = (cs: Clause[], at: number): Clause =>
  cs.find(([a, b]) => at >= a && at <= b) ?? [0, Infinity];

// A cue reaches at most this far: a run-on block without sentence ends must not let "except" in
// one line swallow the places of the next.
const REACH = 200;

function forward(s: string, re: RegExp, role: Role, cs: Clause[]): Span[] {
  return [...s.matchAll(re)].map((m) => {
    const cueEnd = m.index + m[0].length;
    return { start: cueEnd, end: Math.min(clauseAt(cs, m.index)[1], cueEnd + REACH), cue: cueEnd, role };
  });
}

/** "Excluding countries subject to US sanctions (Cuba, Iran, …)": an exclusion whose clause stops at
 * a bracket goes on into it, the bracket listing what it leaves out. */
function intoBracket(s: string, sp: Span): Span {
  if (s[sp.end] !== '(') return sp;
  const close = s.indexOf(')', sp.end);
  return close < 0 ? sp : { ...sp, end: Math.min(close, sp.cue + REACH) };
}

function backward(s: string, re: RegExp, role: Role, cs: Clause[]): Span[] {
  return [...s.matchAll(re)].map((m) => ({
    start: Math.max(clauseAt(cs, m.index)[0], m.index - REACH),
    end: m.index,
    cue: m.index,
    role,
  }));
}

/**
 * "outside the US" restricts to the US in a negative sentence ("we can't hire outside the US"); it
 * leaves the US out when the sentence is a rule about who is considered ("only individuals outside
 * the United States", a "Global Remote (Non-US)" location field); otherwise it is a condition.
 */
function outside(s: string, cs: Clause[], field: boolean): Span[] {
  const role: Role = NEGATIVE.test(s) ? 'include' : field || ONLY_OUTSIDE.test(s) ? 'exclude' : 'other';
  return forward(s, OUTSIDE, role, cs).map((sp) =>
    s[sp.start - 1] === '-'
      ? { ...sp, end: sp.start + (/^[\p{L}.]+/u.exec(s.slice(sp.start))?.[0].length ?? 0) }
      : sp,
  );
}

const ONLY_OUTSIDE = /\b(?:only|exclusively|solely)\b/i;

function spansOf(s: string, field: boolean): Span[] {
  const cs = clauses(s);
  return [
    ...forward(s, EXCLUDE, 'exclude', cs).map((sp) => intoBracket(s, sp)),
    ...forward(s, NOT_THIS, 'exclude', cs),
    ...backward(s, EXCLUDED_AFTER, 'exclude', cs),
    ...outside(s, cs, field),
    ...forward(s, PREFER, 'prefer', cs),
    ...backward(s, PREFERRED_AFTER, 'prefer', cs),
    ...forward(s, OFFICE, 'office', cs),
    ...forward(s, BETWEEN, 'other', cs),
  ];
}

// "US East Coast preferred": the country frames the job; only the part of it is a wish.
const AREA_AFTER = /^\s*(?:(?:east|west|gulf) coast|midwest|(?:north|south)(?:east|west))\b/i;

function roleOf(s: string, m: Mention, spans: Span[]): Role {
  if (TZ_AFTER.test(s.slice(m.end))) return 'tz';
  if (LAW_AFTER.test(s.slice(m.end))) return 'other';
  if (refKind(m.ref) === 'country' && AREA_AFTER.test(s.slice(m.end))) return 'include';
  let best: Span | undefined;
  for (const sp of spans) {
    if (m.start < sp.start || m.end > sp.end) continue;
    if (!best || Math.abs(m.start - sp.cue) < Math.abs(m.start - best.cue)) best = sp;
  }
  return best?.role ?? 'include';
}

export interface Placed {
  mention: Mention;
  role: Role;
}

/** Each place with its role, plus state codes inside an exclusion ("US except CA and NY"). */
export function placeRoles(s: string, mentions: Mention[], field = false): Placed[] {
  const spans = spansOf(s, field);
  const extra = scopedCodes(s, mentions, spans);
  return [...mentions, ...extra]
    .sort((a, b) => a.start - b.start)
    .map((mention) => ({ mention, role: roleOf(s, mention, spans) }));
}

/**
 * Inside an exclusion that follows a country, bare codes are that country's states or provinces:
 * "US except CA and NY" → US-CA, US-NY. Elsewhere "CA" is too ambiguous to read.
 */
function scopedCodes(s: string, mentions: Mention[], spans: Span[]): Mention[] {
  const out: Mention[] = [];
  for (const sp of spans.filter((x) => x.role === 'exclude')) {
    const country = mentions.filter((m) => m.end <= sp.start && refKind(m.ref) === 'country').at(-1);
    if (!country) continue;
    for (const m of s.slice(sp.start, sp.end).matchAll(/\b[A-Z]{2,3}\b/g)) {
      const start = sp.start + m.index;
      const code = `${country.ref}-${m[0]}`;
      if (mentions.some((x) => x.start <= start && x.end > start) || !isSubdivisionCode(code)) continue;
      out.push({ ref: code, via: 'code', start, end: start + m[0].length });
    }
  }
  return out;
}
