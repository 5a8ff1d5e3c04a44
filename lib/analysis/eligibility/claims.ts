// What the reader collects from a page before deciding: claims about who may apply, the sites the
// job sits at, exclusions, a time-zone rule, notes and flags.
import { groupCountries, isRegionId, regionDef, type RegionId } from '../geo/regions';
import type { Evidence, Field } from '../../model/types';
import { refCountry, refKind, type Mention, type Ref } from './refs';
import type { TimezoneRule } from './timezones';

/**
 * How much a claim counts, strongest first. The first tier that says anything decides; exclusions
 * from every tier always apply.
 * 1: the posting's own words about where people may be (a rule sentence, the location field).
 * 2: JSON-LD applicantLocationRequirements (often filled by the job board from the office address).
 * 3: where the job sits (sites, the title).
 * 4: work-authorization sentences ("must be authorized to work in the US").
 * 5: weak worldwide wording ("work from anywhere", "we hire globally").
 */
export type Tier = 1 | 2 | 3 | 4 | 5;

export interface Claim {
  tier: Tier;
  worldwide?: boolean;
  countries: string[];
  regions: RegionId[];
  /** Country → the subdivisions this claim limits it to. */
  include: Record<string, string[]>;
  evidence: Evidence;
}

/** A workplace address; several sites in different subdivisions become a subdivision list. */
export interface Site {
  country: string;
  sub: string | null;
  evidence: Evidence;
}

export interface Exclusion {
  countries: string[];
  subs: string[];
  evidence: Evidence;
}

export interface Reading {
  claims: Claim[];
  sites: Site[];
  exclusions: Exclusion[];
  timezone: (TimezoneRule & { sentence: string }) | null;
  notes: Evidence[];
  visa: Field<'offered' | 'not-offered'> | null;
  citizenship: Field<string> | null;
  /** The page says the job is remote somewhere (title, location, JSON-LD TELECOMMUTE). */
  remote: boolean;
}

export const emptyReading = (): Reading => ({
  claims: [],
  sites: [],
  exclusions: [],
  timezone: null,
  notes: [],
  visa: null,
  citizenship: null,
  remote: false,
});

const push = <T>(xs: T[], x: T): void => {
  if (!xs.includes(x)) xs.push(x);
};

// "North America, South America": named together, the whole of the Americas (Central America and
// the Caribbean are North America's).
const AMERICAS_HALVES = ['@NORTH_AMERICA', '#SOUTH_AMERICA'];

/** A claim naming the mentioned places; null when none of them is a place we can list. */
export function claimOf(mentions: Mention[], tier: Tier, evidence: Evidence): Claim | null {
  const claim: Claim = { tier, countries: [], regions: [], include: {}, evidence };
  const refs = mentions.map((m) => m.ref);
  const americas = AMERICAS_HALVES.every((half) => refs.includes(half));
  for (const ref of americas ? ['@AMERICAS', ...refs.filter((r) => !AMERICAS_HALVES.includes(r))] : refs)
    addRef(claim, ref);
  return claim.countries.length || claim.regions.length ? claim : null;
}

function addRef(claim: Claim, ref: Ref): void {
  const kind = refKind(ref);
  if (kind === 'region') {
    const id = ref.slice(1);
    if (isRegionId(id)) push(claim.regions, id);
  } else if (kind === 'group') {
    for (const cc of groupCountries(ref.slice(1))) push(claim.countries, cc);
  } else {
    const cc = refCountry(ref) ?? ref;
    push(claim.countries, cc);
    if (kind === 'sub') push((claim.include[cc] ??= []), ref);
  }
}

export const worldwideClaim = (tier: Tier, evidence: Evidence): Claim => ({
  tier,
  worldwide: true,
  countries: [],
  regions: [],
  include: {},
  evidence,
});

export function exclusionOf(mentions: Mention[], evidence: Evidence): Exclusion | null {
  const out: Exclusion = { countries: [], subs: [], evidence };
  for (const m of mentions) {
    const kind = refKind(m.ref);
    // A city stands for its state ("except NYC" leaves out New York): a wider no, never a wrong yes.
    if (kind === 'sub') push(out.subs, m.ref);
    else if (kind === 'country') push(out.countries, m.ref);
    else {
      // "Worldwide except the EU": every member is out (edge members too, to be safe).
      const claim = claimOf([m], 1, evidence);
      for (const cc of claim?.countries ?? []) push(out.countries, cc);
      for (const id of claim?.regions ?? []) for (const cc of regionMembers(id)) push(out.countries, cc);
    }
  }
  return out.countries.length || out.subs.length ? out : null;
}

const regionMembers = (id: RegionId): string[] => [...regionDef(id).core, ...regionDef(id).edge];

/** Sites for the places a mention list names (a city or address gives the subdivision). */
export function sitesOf(mentions: Mention[], evidence: Evidence): Site[] {
  const out: Site[] = [];
  for (const m of mentions) {
    const cc = refCountry(m.ref);
    if (!cc) continue;
    const sub = refKind(m.ref) === 'sub' ? m.ref : null;
    if (!out.some((s) => s.country === cc && s.sub === sub)) out.push({ country: cc, sub, evidence });
  }
  // "Toronto, ON, CA": the bare country only qualifies the city before it.
  return out.filter((s) => s.sub || !out.some((o) => o.country === s.country && o.sub));
}
