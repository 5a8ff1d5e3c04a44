import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COUNTRY_CODES,
  countryName,
  readEligibility,
  subdivisionsOf,
} from '../../../../lib/analysis/eligibility';
import { EligibilitySchema } from '../../../../lib/model/job';
import { WORKPLACES } from '../../../../lib/model/types';
import { anyText, phrase, PROTOTYPE_WORDS, RUNS, words } from '../../../helpers/arbitraries';

const CUES = words(
  'Remote|remote|-|excluding|except|only|must be located in|based in|open to|within|not|worldwide|Anywhere|hybrid|office|HQ|visa|sponsorship|citizens|residents|and|or|,|.|(|)|/|•|;|&',
);
const REGIONS = ['EMEA', 'LATAM', 'APAC', 'Europe', 'EU', 'North America', 'Middle East', 'Americas', 'Asia'];
const ZONES = ['UTC+2', 'UTC-3 to UTC+2', 'GMT', 'CET', 'EST', '±3 hours'];
const COUNTRIES = COUNTRY_CODES.map(countryName);
const PROVINCES = ['US', 'CA', 'AU'].flatMap((cc) => subdivisionsOf(cc).map((s) => s.name));
const CODES = ['US', 'UK', 'CA', 'USA', 'U.S.', 'DE', 'BR'];
const placeWord = fc.oneof(
  ...[COUNTRIES, PROVINCES, CUES, CUES, REGIONS, ZONES, CODES, PROTOTYPE_WORDS].map((list) =>
    fc.constantFrom(...list),
  ),
);
/** "Remote - Canada (excluding Quebec) or UTC+2", and nonsense made of the same words. */
const placeText = phrase(placeWord, 14);

const posting = fc.record({
  locationText: fc.oneof(placeText, anyText),
  title: fc.oneof(placeText, anyText),
  blocks: fc.array(fc.oneof(placeText, placeText, anyText), { maxLength: 5 }),
  workplace: fc.constantFrom(...WORKPLACES),
});

/** What the panel would say back: "Candidates must be located in Canada, Peru and Chile." */
function sentence(codes: string[]): string {
  const names = codes.map(countryName);
  const last = names.pop();
  return `Candidates must be located in ${names.length ? `${names.join(', ')} and ${last}` : last}.`;
}

const readBack = (codes: string[]): string[] => readEligibility({ blocks: [sentence(codes)] }).countries;
const sorted = (codes: string[]): string[] => [...new Set(codes)].sort();

describe('readEligibility, for any posting', () => {
  it('never throws, and its record is valid', () => {
    fc.assert(
      fc.property(posting, (input) => {
        expect(EligibilitySchema.safeParse(readEligibility(input)).success).toBe(true);
      }),
      RUNS,
    );
  });

  it('reads the countries it found again from a plain sentence naming them', () => {
    fc.assert(
      fc.property(posting, (input) => {
        const { countries } = readEligibility(input);
        if (countries.length) expect(sorted(readBack(countries))).toEqual(sorted(countries));
      }),
      RUNS,
    );
  });

  it('never throws on any JSON-LD location value', () => {
    const json = fc.jsonValue({ maxDepth: 6 });
    fc.assert(
      fc.property(json, json, (applicantLocationRequirements, jobLocation) => {
        const e = readEligibility({ blocks: [], jsonld: { applicantLocationRequirements, jobLocation } });
        expect(EligibilitySchema.safeParse(e).success).toBe(true);
      }),
      RUNS,
    );
  });
});

// "Georgia" alone is the country or the US state; the reader rightly says neither.
const UNAMBIGUOUS = COUNTRY_CODES.filter((cc) => cc !== 'GE');

describe('country names', () => {
  it('any few countries, named in a sentence, read back as themselves', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...UNAMBIGUOUS), { minLength: 1, maxLength: 6 }),
        (codes) => {
          expect(sorted(readBack(codes))).toEqual(sorted(codes));
        },
      ),
      RUNS,
    );
  });
});
