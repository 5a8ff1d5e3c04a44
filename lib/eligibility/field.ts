// A location field ("Remote - Ontario, Canada", "Berlin / Dresden", "London [Remote], UK") names
// places without rule words: each of its parts is either a site or the rule itself.
import { claimOf, sitesOf, type Reading } from './claims';
import { refKind, type Mention } from './refs';
import type { PlaceOptions } from './sentence';

// Parts of a location field: "Berlin / Dresden", "Remote - Ontario, Canada", "US or Canada".
const SEGMENT = /[;|·•]|\s\/\s|(?<=\p{L})\/(?=\p{L})|\s[-–—]\s|\s+or\s+/gu;

/**
 * A part naming a city or an address is a site ("London [Remote], UK", "Toronto, ON"); so is a
 * lone province of an office job. Other parts are the rule itself ("Remote - Ontario, Canada" →
 * Canada, only Ontario).
 */
export function fieldPlaces(s: string, included: Mention[], r: Reading, opts: PlaceOptions): void {
  const cuts = [...s.matchAll(SEGMENT)].map((m) => m.index);
  const part = (m: Mention): number => cuts.filter((c) => c < m.start).length;
  const rule: Mention[] = [];
  for (const k of new Set(included.map(part))) {
    const group = included.filter((m) => part(m) === k);
    const sited =
      group.some((m) => m.via === 'city' || m.via === 'address') ||
      (!opts.remote && group.every((m) => refKind(m.ref) === 'sub'));
    if (sited) r.sites.push(...sitesOf(group, { text: s, role: 'site' }));
    else rule.push(...group);
  }
  const claim = claimOf(rule, opts.tier ?? 1, { text: s, role: 'location' });
  if (claim) r.claims.push(claim);
}
