// "Europe (UK, Austria and Germany)", "LATAM (Brazil, Argentina)": a region followed, in brackets,
// by countries of its own stands for those countries only. "Europe (and the US)" adds, and keeps it.
import { isRegionId, regionDef } from '../geo/regions';
import { NAMES_AN_EXCLUSION } from './cues';
import { refCountry, refKind, type Mention } from './refs';

const OPENS = /^\s*([([])/;
const CLOSING: Record<string, string> = { '(': ')', '[': ']' };

function membersOf(ref: string): Set<string> | null {
  const id = ref.slice(1);
  if (refKind(ref) !== 'region' || !isRegionId(id)) return null;
  const def = regionDef(id);
  return new Set([...def.core, ...def.edge]);
}

/** The countries named in the brackets right after `m`, or null when none follow. */
function bracketedAfter(s: string, m: Mention, mentions: Mention[]): string[] | null {
  const open = OPENS.exec(s.slice(m.end));
  if (!open) return null;
  const from = m.end + open[0].length;
  const to = s.indexOf(CLOSING[open[1] as string] as string, from);
  if (to < 0) return null;
  // "EU (we cannot hire in Spain)", "Europe (excluding Russia)": brackets that leave places out
  if (NAMES_AN_EXCLUSION.test(s.slice(from, to))) return null;
  const inside = mentions.filter((o) => o.start >= from && o.end <= to && refKind(o.ref) !== 'region');
  const countries = inside.map((o) => refCountry(o.ref)).filter((c): c is string => !!c);
  return countries.length ? countries : null;
}

export function withoutNarrowedRegions(s: string, mentions: Mention[]): Mention[] {
  const narrowed = mentions.filter((m) => {
    const members = membersOf(m.ref);
    const named = members && bracketedAfter(s, m, mentions);
    return !!named && named.every((c) => members?.has(c));
  });
  return narrowed.length ? mentions.filter((m) => !narrowed.includes(m)) : mentions;
}
