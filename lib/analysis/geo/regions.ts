// Region words of postings, as data. No standard defines EMEA, LATAM or APAC, so each entry says what
// it is built from (CLDR's UN M49 containment where one fits) and which members were moved and why.
// `core` members are inside the word for any reasonable reader. `edge` members are contested (a
// posting's "Europe" may or may not mean Türkiye or Russia): the verdict for them is "unknown", never
// "eligible". The scorer's plainer lists (shared/eval/eligibility.mjs) are what the record is judged
// by; these are finer, so a person on the edge is told to check rather than told yes.
import { M49 } from './m49.generated';

/** The shared region vocabulary of the Eligibility record. */
export const REGION_IDS = [
  'EU',
  'EEA',
  'EUROPE',
  'EMEA',
  'MIDDLE_EAST',
  'AFRICA',
  'NORTH_AMERICA',
  'LATAM',
  'AMERICAS',
  'APAC',
  'ASIA',
  'OCEANIA',
] as const;
export type RegionId = (typeof REGION_IDS)[number];

export interface RegionDef {
  core: string[];
  edge: string[];
}

const m49 = (...ids: string[]): string[] => ids.flatMap((id) => (M49[id] ?? '').split(' ').filter(Boolean));
const codes = (s: string): string[] => s.split(' ');
const minus = (xs: string[], drop: string[]): string[] => xs.filter((x) => !drop.includes(x));
const uniq = (xs: string[]): string[] => [...new Set(xs)].sort();

// Russia and Belarus sit in M49 Europe, but remote postings that say "Europe" rarely hire there
// (sanctions, payroll); Türkiye and the Caucasus are Europe for some employers and not others.
const EUROPE_EDGE = codes('RU BY TR GE AM AZ');
// Svalbard is uninhabited for hiring purposes; Cyprus is an EU member that M49 files under Western Asia.
const EUROPE_CORE = [...minus(m49('150'), [...EUROPE_EDGE, 'SJ']), 'CY'];
// The Caucasus, Central Asia, Afghanistan and Pakistan are placed in EMEA by some employers and APAC by others.
const EMEA_EDGE = [...codes('RU BY'), ...m49('143'), 'AF', 'PK'];
// Iran is M49 Southern Asia but every employer's "Middle East"; Egypt is Africa and "MENA".
const MIDDLE_EAST_CORE = [...minus(m49('145'), codes('CY GE AM AZ')), 'IR'];
// "Asia" in postings means East, South-East and South Asia; Western and Central Asia, Iran and
// Afghanistan are contested.
const ASIA_CORE = minus(m49('030', '035', '034'), ['IR', 'AF']);
const ASIA_EDGE = [...m49('143', '145'), 'IR', 'AF'];
// English- and Dutch-speaking Caribbean, the Guianas and the Falklands are in CLDR's 419 but are
// often not what an employer means by Latin America; uninhabited BV and GS are dropped.
const LATAM_EDGE = minus(m49('029'), codes('CU DO HT PR')).concat(codes('BZ GY SR GF FK'));
const LATAM_CORE = minus(m49('419'), [...LATAM_EDGE, 'BV', 'GS']);

/** Each region of the vocabulary, built once. */
function build(): Record<RegionId, RegionDef> {
  return {
    EU: { core: m49('EU'), edge: [] }, // CLDR's EU grouping (27 members)
    EEA: { core: [...m49('EU'), ...codes('IS LI NO')], edge: [] }, // EU + the three EFTA members in the EEA
    EUROPE: { core: EUROPE_CORE, edge: EUROPE_EDGE },
    // Europe, Africa (M49 002) and Western Asia (M49 145) plus Iran.
    EMEA: {
      core: minus(uniq([...EUROPE_CORE, ...codes('TR GE AM AZ IR'), ...m49('002', '145')]), EMEA_EDGE),
      edge: EMEA_EDGE,
    },
    MIDDLE_EAST: { core: MIDDLE_EAST_CORE, edge: codes('EG CY GE AM AZ') },
    AFRICA: { core: m49('002'), edge: [] },
    // US and Canada (with Bermuda, Greenland, St Pierre: M49 021). Mexico is in some employers'
    // "North America" and not in others'.
    NORTH_AMERICA: { core: m49('021'), edge: ['MX'] },
    LATAM: { core: LATAM_CORE, edge: LATAM_EDGE },
    AMERICAS: { core: m49('019'), edge: [] }, // M49 019, all of it
    // East, South-East and South Asia plus Oceania (M49 030 035 034 009).
    APAC: { core: uniq([...ASIA_CORE, ...m49('009')]), edge: [...m49('143'), 'AF', 'IR'] },
    ASIA: { core: ASIA_CORE, edge: ASIA_EDGE },
    OCEANIA: { core: m49('009'), edge: [] }, // M49 009
  };
}

let regions: Record<RegionId, RegionDef> | undefined;

export function regionDef(id: RegionId): RegionDef {
  regions ??= build();
  return regions[id];
}

export const isRegionId = (s: string): s is RegionId => (REGION_IDS as readonly string[]).includes(s);

/**
 * Words outside the vocabulary: the record lists their countries instead of a region.
 * M49 where a sub-region fits; hand lists for political or marketing groupings.
 */
export function groupCountries(id: string): string[] {
  switch (id) {
    case 'NORDICS': // Nordic Council members plus Åland and the Faroes
      return codes('AX DK FI FO IS NO SE');
    case 'SCANDINAVIA': // the strict sense; Finland and Iceland are said as "Nordics"
      return codes('DK NO SE');
    case 'DACH':
      return codes('AT CH DE');
    case 'BENELUX':
      return codes('BE LU NL');
    case 'BALTICS':
      return codes('EE LT LV');
    case 'ANZ':
      return codes('AU NZ');
    case 'GCC': // Gulf Cooperation Council
      return codes('AE BH KW OM QA SA');
    case 'CEE': // Central and Eastern Europe as employers use it: EU-East plus the Western Balkans and Ukraine
      return codes('AL BA BG CZ EE HR HU LT LV MD ME MK PL RO RS SI SK UA XK');
    case 'MENA': // the Middle East (core) plus North Africa (M49 015)
      return uniq([...MIDDLE_EAST_CORE, ...minus(m49('015'), ['EH'])]);
    case 'CHANNEL_ISLANDS':
      return codes('GG JE');
    case 'UKI':
      return codes('GB IE');
    case 'SOUTH_AMERICA':
      return minus(m49('005'), codes('BV GS'));
    default:
      return m49Group(id);
  }
}

// Plain M49 sub-regions, by the name postings use.
const M49_GROUPS: Record<string, string> = {
  CENTRAL_AMERICA: '013',
  CARIBBEAN: '029',
  SOUTHEAST_ASIA: '035',
  EAST_ASIA: '030',
  SOUTH_ASIA: '034',
  CENTRAL_ASIA: '143',
  WESTERN_EUROPE: '155',
  EASTERN_EUROPE: '151',
  NORTHERN_EUROPE: '154',
  SOUTHERN_EUROPE: '039',
  NORTH_AFRICA: '015',
  SUB_SAHARAN_AFRICA: '202',
};

function m49Group(id: string): string[] {
  const m = M49_GROUPS[id];
  return m ? m49(m) : [];
}
