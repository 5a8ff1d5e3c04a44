import { expect } from 'vitest';
import { readEligibility, type EligibilityInput } from '../../../../lib/analysis/eligibility';
import type { Eligibility } from '../../../../lib/model/types';

/** Reads a posting given only some of its parts. */
export const read = (input: Partial<EligibilityInput>): Eligibility =>
  readEligibility({ blocks: [], ...input });

/** Reads one body sentence. */
export const readText = (text: string, input: Partial<EligibilityInput> = {}): Eligibility =>
  read({ ...input, blocks: [text] });

const sorted = (xs: string[]): string[] => [...xs].sort();

/** The rule part of a record, order-free, for table tests. */
export function rules(e: Eligibility) {
  return {
    kind: e.kind,
    countries: sorted(e.countries),
    excluded: sorted(e.excludedCountries),
    include: Object.fromEntries(
      Object.entries(e.subdivisions)
        .filter(([, r]) => r.include.length)
        .map(([cc, r]) => [cc, sorted(r.include)]),
    ),
    exclude: Object.fromEntries(
      Object.entries(e.subdivisions)
        .filter(([, r]) => r.exclude.length)
        .map(([cc, r]) => [cc, sorted(r.exclude)]),
    ),
    regions: sorted(e.regions),
  };
}

type Rules = ReturnType<typeof rules>;

/** Each named part of the record's rules equals the wanted value exactly (an empty {} means none). */
export function expectRules(e: Eligibility, want: Partial<Record<keyof Rules, unknown>>): void {
  const got = rules(e);
  for (const key of Object.keys(want) as (keyof Rules)[]) expect(got[key], key).toEqual(want[key]);
}
