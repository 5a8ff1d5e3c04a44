// A location field ("Remote - Ontario, Canada", "Berlin / Dresden", "London [Remote], UK") names
// places without rule words: each of its parts is either a site or the rule itself.
import { claimOf, sitesOf, type Reading, type Tier } from './claims';
import { isSiteMention, refKind, type Mention } from './refs';

// Parts of a location field: "Berlin / Dresden", "Remote - Ontario, Canada", "US or Canada".
const SEGMENT = /[;|·•]|\s\/\s|(?<=\p{L})\/(?=\p{L})|\s[-–—]\s|\s+or\s+/gu;

/**
 * A part naming a city or an address is a site ("London [Remote], UK", "Toronto, ON"); so is a
 * lone province of an office job. Other parts are the rule itself ("Remote - Ontario, Canada" →
 * Canada, only Ontario).
 */
/** What the sentence reader knows of the job when it reads a location field. */
export interface FieldOptions {
  /** Tier for the field's rule. */
  tier?: Tier;
  /** The job is remote: a province alone in a location field is then a rule, not a site. */
  remote?: boolean;
}

export function fieldPlaces(s: string, included: Mention[], r: Reading, opts: FieldOptions): void {
  const cuts = [...s.matchAll(SEGMENT)].map((m) => m.index);
  const rule: Mention[] = [];
  // Grouped in one pass (a long location line names many places between many cuts).
  for (const group of groupBy(included, (m) => cutsBefore(cuts, m.start)).values()) {
    const sited = group.some(isSiteMention) || (!opts.remote && group.every((m) => refKind(m.ref) === 'sub'));
    if (sited) r.sites.push(...sitesOf(group, { text: s, role: 'site' }));
    else rule.push(...group);
  }
  const claim = claimOf(rule, opts.tier ?? 1, { text: s, role: 'location' });
  if (claim) r.claims.push(claim);
}

/** How many of the (ascending) cut positions come before `at`: the part `at` falls in. */
function cutsBefore(cuts: number[], at: number): number {
  let [lo, hi] = [0, cuts.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cuts[mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function groupBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
