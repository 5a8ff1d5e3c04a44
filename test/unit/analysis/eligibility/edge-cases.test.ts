import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, countryName } from '../../../../lib/analysis/eligibility';
import { EligibilitySchema } from '../../../../lib/model/job';
import { read, readText } from './helpers';

// Edge cases of the input: odd names, prototype words, deep nesting, records that must stay valid.

describe('names with "U." read as themselves', () => {
  it.each([
    ['U.S. Virgin Islands', 'VI'],
    ['U.S. Minor Outlying Islands', 'UM'],
  ])('%s', (name, cc) => {
    expect(countryName(cc)).toBe(name);
    expect(readText(`Candidates must be located in ${name} and Andorra.`).countries.sort()).toEqual([
      'AD',
      cc,
    ]);
  });
});

describe('records that must stay valid', () => {
  const eighty = COUNTRY_CODES.slice(0, 80).map((cc) => `Candidates must be located in ${countryName(cc)}.`);
  it.each([
    ['a region with a long id', { locationText: 'Remote - North America' }],
    ['another', { locationText: 'Remote - Middle East' }],
    ['80 location sentences', { blocks: eighty }],
    [
      'a 7 000-character sentence',
      { blocks: [`Candidates must be located in Canada ${'and be kind '.repeat(600)}`] },
    ],
    [
      'a 6 000-character visa sentence',
      { blocks: [`We cannot sponsor visas ${'or permits '.repeat(600)}.`] },
    ],
  ])('%s', (_name, input) => {
    const parsed = EligibilitySchema.safeParse(read(input));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
});

describe("Object.prototype's names are plain words", () => {
  it.each(['constructor', 'toString', 'valueOf', 'isPrototypeOf'])('%s', (word) => {
    expect(read({ locationText: word }).kind).toBe('unknown');
    expect(read({ locationText: `Remote - ${word}, Canada` }).countries).toEqual(['CA']);
  });
});

describe('JSON-LD locations nested 10 000 deep', () => {
  let deep: unknown = { name: 'Canada' };
  for (let i = 0; i < 10_000; i++) deep = [deep];
  it.each(['applicantLocationRequirements', 'jobLocation'])('in %s', (key) => {
    expect(EligibilitySchema.safeParse(read({ jsonld: { [key]: deep } })).success).toBe(true);
  });
});
