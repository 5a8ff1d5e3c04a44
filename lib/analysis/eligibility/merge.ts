// Turns what was read into the Eligibility record: the strongest tier that says anything decides
// who may apply; exclusions from anywhere always apply.
import type { Eligibility, Evidence, SubdivisionRule, Workplace } from '../../model/types';
import type { RegionId } from '../geo/regions';
import type { Claim, Reading, Site } from './claims';
import { STRONG } from './cues';

interface Choice {
  worldwide: Claim | null;
  claims: Claim[];
  sites: Site[];
}

/** Worldwide wording never opens an office job; weak wording needs the job to be remote. */
function usable(c: Claim, workplace: Workplace, remote: boolean): boolean {
  if (!c.worldwide) return true;
  if (workplace === 'onsite' || workplace === 'hybrid') return false;
  return c.tier < 5 || remote;
}

/**
 * Badge "Remote - Canada" and body "US residents only" disagree: the stricter reading wins. A
 * location field that names countries an "only"/"must" sentence leaves out is set aside (it
 * stays visible in the notes).
 */
function stricter(claims: Claim[]): Claim[] {
  const strong = claims.filter((c) => c.evidence.role !== 'location' && STRONG.test(c.evidence.text));
  if (!strong.length) return claims;
  const countries = new Set(strong.flatMap((c) => c.countries));
  const regions = new Set(strong.flatMap((c) => c.regions));
  const within = (c: Claim): boolean =>
    c.countries.every((cc) => countries.has(cc)) && c.regions.every((r) => regions.has(r));
  return claims.filter((c) => c.evidence.role !== 'location' || within(c));
}

function choose(claims: Claim[], sites: Site[]): Choice {
  const places = (t: number): Claim[] => stricter(claims.filter((c) => c.tier === t && !c.worldwide));
  const anywhere = (t: number): Claim | null => claims.find((c) => c.tier === t && c.worldwide) ?? null;
  const none: Choice = { worldwide: null, claims: [], sites: [] };
  if (places(1).length) return { ...none, claims: places(1) };
  if (anywhere(1)) return { ...none, worldwide: anywhere(1) };
  if (places(2).length) return { ...none, claims: places(2) };
  if (places(3).length || sites.length) return { ...none, claims: places(3), sites };
  if (anywhere(3)) return { ...none, worldwide: anywhere(3) };
  if (places(4).length) return { ...none, claims: places(4) };
  return { ...none, worldwide: anywhere(5) };
}

const add = (xs: string[], ys: Iterable<string>): void => {
  for (const y of ys) if (!xs.includes(y)) xs.push(y);
};

/**
 * Sites in two or more subdivisions of a country, for a job not said to be at an office, are the
 * posting's list to pick from (Austin, TX / Denver, CO → only those states). A single site says
 * where the team sits, and people move within a country for a job, so it only implies the country;
 * so do an office job's sites, however many (merge: work there, live anywhere in the country).
 */
function siteIncludes(sites: Site[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const cc of new Set(sites.map((s) => s.country))) {
    const mine = sites.filter((s) => s.country === cc);
    const subs = [...new Set(mine.map((s) => s.sub))];
    if (subs.length >= 2 && !subs.includes(null)) out[cc] = subs.filter((s): s is string => s !== null);
  }
  return out;
}

function rules(
  choice: Choice,
  office: boolean,
): Pick<Eligibility, 'countries' | 'regions'> & { include: Record<string, string[]> } {
  const countries: string[] = [];
  const regions: RegionId[] = [];
  const include: Record<string, string[]> = {};
  for (const c of choice.claims) {
    add(countries, c.countries);
    add(regions, c.regions);
    // A claim that limits a country to some subdivisions refines the ones that name it whole.
    for (const [cc, subs] of Object.entries(c.include)) add((include[cc] ??= []), subs);
  }
  add(
    countries,
    choice.sites.map((s) => s.country),
  );
  if (!office)
    for (const [cc, subs] of Object.entries(siteIncludes(choice.sites))) add((include[cc] ??= []), subs);
  return { countries, regions, include };
}

function subdivisionRules(include: Record<string, string[]>, r: Reading): Record<string, SubdivisionRule> {
  const out: Record<string, SubdivisionRule> = {};
  const rule = (cc: string): SubdivisionRule => (out[cc] ??= { include: [], exclude: [] });
  for (const e of r.exclusions) for (const sub of e.subs) add(rule(sub.slice(0, 2)).exclude, [sub]);
  for (const [cc, subs] of Object.entries(include)) {
    const keep = subs.filter((s) => !out[cc]?.exclude.includes(s));
    if (keep.length) add(rule(cc).include, keep);
  }
  return out;
}

/** The first of each (text, role), in one pass: a long page repeats its sentences by the thousand. */
function dedupe(xs: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const key = `${x.role}\u0000${x.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// The record's schema (lib/model/job.ts) bounds its evidence; a page may hold a hundred place sentences,
// or one endless one, and must still make a valid record.
const MAX_ITEMS = 50;
const MAX_TEXT = 5000;
const clip = (text: string): string => (text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);

function bounded(xs: Evidence[]): Evidence[] {
  return dedupe(xs)
    .slice(0, MAX_ITEMS)
    .map((x) => ({ ...x, text: clip(x.text) }));
}

/**
 * "Must be authorized to work in the United States" restricts who may apply to that country,
 * whatever the location line says: it replaces a worldwide reading ("Remote - Worldwide", "we hire
 * globally") and narrows a country list to the countries it names.
 */
function authorized(choice: Choice, claims: Claim[]): Choice {
  const auth = claims.filter((c) => c.evidence.role === 'authorization' && !c.worldwide);
  if (!auth.length) return choice;
  if (choice.worldwide) return { worldwide: null, claims: auth, sites: [] };
  const allowed = new Set(auth.flatMap((c) => c.countries));
  const within = choice.claims
    .map((c) => ({ ...c, countries: c.countries.filter((cc) => allowed.has(cc)), regions: [] }))
    .filter((c) => c.countries.length);
  return within.length &&
    choice.claims.some((c) => c.countries.some((cc) => !allowed.has(cc)) || c.regions.length)
    ? { ...choice, claims: within }
    : choice;
}

export function merge(r: Reading, workplace: Workplace): Eligibility {
  const claims = r.claims.filter((c) => usable(c, workplace, r.remote));
  const choice = authorized(choose(claims, r.sites), claims);
  const { countries, regions, include } = rules(choice, workplace === 'onsite' || workplace === 'hybrid');
  const excluded: string[] = [];
  for (const e of r.exclusions) add(excluded, e.countries);
  const listed = countries.filter((cc) => !excluded.includes(cc));
  const used = [...(choice.worldwide ? [choice.worldwide] : []), ...choice.claims];
  const evidence = [
    ...used.map((c) => c.evidence),
    ...choice.sites.map((s) => s.evidence),
    ...r.exclusions.map((e) => e.evidence),
    ...(r.timezone ? [{ text: r.timezone.sentence, role: 'timezone' }] : []),
  ];
  const usedSet = new Set(used);
  const unused = r.claims
    .filter((c) => !usedSet.has(c))
    .map((c) => ({ ...c.evidence, role: `unused ${c.evidence.role}` }));
  return {
    kind: choice.worldwide ? 'worldwide' : listed.length || regions.length ? 'countries' : 'unknown',
    countries: choice.worldwide ? [] : listed,
    excludedCountries: excluded,
    subdivisions: subdivisionRules(choice.worldwide ? {} : include, r),
    regions: choice.worldwide ? [] : regions,
    timezones: r.timezone?.text ?? null,
    evidence: bounded(evidence),
    notes: bounded([...r.notes, ...unused]),
    visaSponsorship: r.visa && { ...r.visa, evidence: clip(r.visa.evidence) },
    citizenship: r.citizenship,
  };
}
