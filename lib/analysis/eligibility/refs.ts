// How a place is referred to once found in the text.

/** `US` country, `US-CA` subdivision, `@EU` region, `#NORDICS` group. */
export type Ref = string;
/** `town`: a generated gazetteer name (lib/analysis/geo/towns.generated.ts), read only where a page
 * says where the job is. */
export type Via = 'name' | 'city' | 'town' | 'demonym' | 'code' | 'address';

/** Where the job sits: a city, a town or an address (not a country or a province). */
export const isSiteMention = (m: { via: Via }): boolean =>
  m.via === 'city' || m.via === 'town' || m.via === 'address';

export interface Mention {
  ref: Ref;
  /** Other readings of an ambiguous name ("Georgia"); the sentence picks one. */
  alts?: Ref[];
  via: Via;
  start: number;
  end: number;
}

export const refKind = (ref: Ref): 'country' | 'sub' | 'region' | 'group' =>
  ref.startsWith('@') ? 'region' : ref.startsWith('#') ? 'group' : ref.length > 2 ? 'sub' : 'country';

/** The country a country or subdivision ref belongs to. */
export const refCountry = (ref: Ref): string | null =>
  /^[A-Z]{2}(?:-|$)/.test(ref) ? ref.slice(0, 2) : null;
