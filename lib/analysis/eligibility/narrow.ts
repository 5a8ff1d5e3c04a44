// "Europe (UK, Austria and Germany)", "LATAM (Brazil, Argentina)": a region followed, in brackets,
// by countries of its own stands for those countries only. "Europe (and the US)" adds, and keeps it.
// "North America (Eastern Time Zone)": a region followed by a time zone stands for its countries
// that keep those hours.
import { offsetsOf } from '../geo';
import { isRegionId, regionDef } from '../geo/regions';
import { namesAnExclusion } from './cues';
import { refCountry, refKind, type Mention } from './refs';
import { leadingWindow, type Window } from './timezones';

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
  if (namesAnExclusion(s.slice(m.end, to))) return null;
  const inside = mentions.filter((o) => o.start >= from && o.end <= to && refKind(o.ref) !== 'region');
  const countries = inside.map((o) => refCountry(o.ref)).filter((c): c is string => !!c);
  return countries.length ? countries : null;
}

/** What follows a region to qualify it: a bracket, or a dash or comma and the words up to the next one. */
const QUALIFIER = /^\s*(?:\(([^)]*)\)|\[([^\]]*)\]|[-–—,]\s*([^,;/()–—]*))/;

/** The zone written right after `m` ("North America (Eastern Time Zone)", "Americas - EST ±3h"). */
function zoneAfter(s: string, m: Mention): Window | null {
  const q = QUALIFIER.exec(s.slice(m.end));
  const words = q?.[1] ?? q?.[2] ?? q?.[3];
  return words ? leadingWindow(words.trim()) : null;
}

/** Whether some part of `country` keeps hours inside the window: more than touching its edge (so
 * Mexico, UTC-8 to UTC-5, is no "Eastern Time" country), or all of it for a one-zone country. */
function keepsHours(country: string, [lo, hi]: Window): boolean {
  const range = offsetsOf(country);
  if (!range) return false;
  const [from, to] = range;
  return from === to ? from >= lo && from <= hi : Math.min(hi, to) > Math.max(lo, from);
}

/** The region's countries inside the zone written after it, or null where the zone leaves most of the
 * region standing ("Americas (EST ±3h)": the window then speaks for itself, country by country). */
function zonedCountries(s: string, m: Mention): string[] | null {
  const members = membersOf(m.ref);
  const window = members && zoneAfter(s, m);
  if (!members || !window) return null;
  const kept = [...members].filter((c) => keepsHours(c, window));
  return kept.length && kept.length * 2 <= members.size ? kept : null;
}

/** A region narrowed by a zone becomes its countries in that zone, at the region's place in the text. */
function zoned(s: string, mentions: Mention[]): Mention[] {
  return mentions.flatMap((m) => {
    const kept = zonedCountries(s, m);
    return kept ? kept.map((ref) => ({ ref, via: m.via, start: m.start, end: m.end })) : [m];
  });
}

export function withoutNarrowedRegions(s: string, found: Mention[]): Mention[] {
  const mentions = zoned(s, found);
  const narrowed = mentions.filter((m) => {
    const members = membersOf(m.ref);
    const named = members && bracketedAfter(s, m, mentions);
    return !!named && named.every((c) => members?.has(c));
  });
  return narrowed.length ? mentions.filter((m) => !narrowed.includes(m)) : mentions;
}
