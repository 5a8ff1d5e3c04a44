import { describe, expect, it } from 'vitest';
import { verdictFor } from '../../../../lib/analysis/eligibility';
import type { Eligibility } from '../../../../lib/model/types';
import { read, readText } from './helpers';

type Case = [string, Eligibility, string, string | null, 'eligible' | 'not-eligible' | 'unknown'];

const reddit = readText(
  'List of countries where we are able to hire: Argentina, Canada (excluding Quebec), UK & Channel Islands, US, and Puerto Rico.',
);
const provinces = readText(
  'This position is only eligible for candidates located in Canada within these select provinces (Alberta, British Columbia, Ontario, and Ottawa).',
);
const lower48 = read({ locationText: 'Remote in the lower 48 United States' });
const anywhereButChina = read({ locationText: 'Remote (Worldwide, except China)', workplace: 'remote' });
const window = readText('This role is for candidates living in timezones between UTC-1 and UTC+4 only.');
const europeWindow = read({
  title: 'Specialist (Europe)',
  blocks: ['Candidates must live between UTC-1 and UTC+4.'],
});
const northAmerica = read({ locationText: 'Remote (North America)' });
const emea = read({ locationText: 'Remote - EMEA' });
const latam = read({ locationText: 'LATAM only' });
const hq = read({ locationText: 'Headquarters: Brooklyn NY', workplace: 'remote' });
const usExcept = readText('Remote in the US, except CA and NY.');

const cases: Case[] = [
  ['excluded province', reddit, 'CA', 'CA-QC', 'not-eligible'],
  ['other province', reddit, 'CA', 'CA-ON', 'eligible'],
  ['province not set, one excluded', reddit, 'CA', null, 'unknown'],
  ['listed country', reddit, 'GB', 'GB-ENG', 'eligible'],
  ['listed territory', reddit, 'JE', null, 'eligible'],
  ['unlisted country', reddit, 'FR', null, 'not-eligible'],
  ['whitelisted province', provinces, 'CA', 'CA-ON', 'eligible'],
  ['province off the whitelist', provinces, 'CA', 'CA-QC', 'not-eligible'],
  ['province not set on a whitelist', provinces, 'CA', null, 'unknown'],
  ['other country', provinces, 'US', 'US-CA', 'not-eligible'],
  ['Hawaii', lower48, 'US', 'US-HI', 'not-eligible'],
  ['California', lower48, 'US', 'US-CA', 'eligible'],
  ['state not set', lower48, 'US', null, 'unknown'],
  ['California excluded by code', usExcept, 'US', 'US-CA', 'not-eligible'],
  ['Texas', usExcept, 'US', 'US-TX', 'eligible'],
  ['worldwide', anywhereButChina, 'JP', null, 'eligible'],
  ['worldwide exclusion', anywhereButChina, 'CN', null, 'not-eligible'],
  ['wholly inside the window', window, 'PT', null, 'eligible'],
  ['outside the window', window, 'US', 'US-NY', 'not-eligible'],
  ['partly inside the window', window, 'RU', null, 'unknown'],
  ['region and window', europeWindow, 'DE', null, 'eligible'],
  ['contested member of the region', europeWindow, 'TR', null, 'unknown'],
  ['outside region and window', europeWindow, 'BR', null, 'not-eligible'],
  ['core of North America', northAmerica, 'CA', 'CA-BC', 'eligible'],
  ['Mexico and "North America"', northAmerica, 'MX', null, 'unknown'],
  ['EMEA', emea, 'NG', null, 'eligible'],
  ['Russia and "EMEA"', emea, 'RU', null, 'unknown'],
  ['EMEA excludes Asia', emea, 'JP', null, 'not-eligible'],
  ['LATAM', latam, 'BR', 'BR-SP', 'eligible'],
  ['English-speaking Caribbean and "LATAM"', latam, 'JM', null, 'unknown'],
  ['headquarters only', hq, 'US', 'US-NY', 'unknown'],
  ['no country set', reddit, '', null, 'unknown'],
];

describe('verdictFor', () => {
  it.each(cases)('%s: %s %s/%s → %s', (_, e, country, subdivision, status) => {
    const v = verdictFor(e, { country: country || null, subdivision });
    expect(v.status).toBe(status);
    expect(v.reason).toMatch(/\S/);
    if (status === 'not-eligible') expect(v.evidence).toMatch(/\S/);
  });

  it('quotes the exclusion that decided', () => {
    const v = verdictFor(reddit, { country: 'CA', subdivision: 'CA-QC' });
    expect(v.evidence).toContain('excluding Quebec');
  });

  it('never says eligible to someone the page excludes, whatever else it says', () => {
    const e: Eligibility = { ...anywhereButChina, kind: 'worldwide', excludedCountries: ['CN'] };
    for (const subdivision of [null, 'CN-BJ']) {
      expect(verdictFor(e, { country: 'CN', subdivision }).status).toBe('not-eligible');
    }
  });

  describe('what the verdict quotes', () => {
    const office = {
      '@type': 'Place',
      address: { addressLocality: 'Camberwell', addressRegion: 'VIC', addressCountry: 'AU' },
    };
    const AU = { country: 'AU', subdivision: null };

    it('labels what only the structured data says as data', () => {
      const v = verdictFor(read({ jsonld: { jobLocation: office } }), AU);
      expect(v.status).toBe('eligible');
      expect(v.evidenceIsData).toBe(true);
    });

    it('quotes the location line the page shows over the same place in its data', () => {
      const v = verdictFor(
        read({ locationText: 'Camberwell VIC 3124, Australia', jsonld: { jobLocation: office } }),
        AU,
      );
      expect(v).toMatchObject({ evidence: 'Camberwell VIC 3124, Australia', evidenceIsData: false });
    });
  });

  describe('which sentence it quotes', () => {
    const passage =
      'Applicants need a high school diploma or GED, a valid licence, a passport valid for travel to the United States, must be legally authorized to work in Canada, and must be able to lift 50 pounds, work outdoors in all weather, nights, weekends and holidays, and travel for up to six weeks of training in the first year.';
    const CA = { country: 'CA', subdivision: null };

    it.each<[string, Parameters<typeof read>[0], string]>([
      [
        'the location line over a qualifications passage',
        { locationText: 'Saskatoon, Saskatchewan, Canada', blocks: [passage] },
        'Saskatoon, Saskatchewan, Canada',
      ],
      [
        'the rule sentence over a mere mention',
        { blocks: ['Our customers are in Canada.', 'This role is open to candidates who live in Canada.'] },
        'This role is open to candidates who live in Canada.',
      ],
    ])('%s', (_name, input, want) => {
      expect(verdictFor(read(input), CA).evidence).toBe(want);
    });

    it('cuts a run-on passage to its clauses about the place', () => {
      // As the engine would record a passage it read the rule from.
      const e = { ...read({ locationText: 'Canada' }), evidence: [{ text: passage, role: 'countries' }] };
      const quote = verdictFor(e, CA).evidence ?? '';
      expect(quote.split(/\s+/).length).toBeLessThanOrEqual(42);
      expect(quote).toMatch(/Canada/);
    });
  });
});
describe('a zone kept as its own words', () => {
  it.each([
    ['Remote (US, EST)', 'GB-ENG', 'not-eligible'],
    ['Remote (US, EST)', 'US-CA', 'unknown'],
    ['Remote (US East Coast)', 'US-CA', 'unknown'],
    ['Remote - North America (Eastern Time Zone)', 'CA-BC', 'unknown'],
  ])('%s, a person in %s: %s', (locationText, subdivision, status) => {
    const e = read({ locationText, workplace: 'remote' });
    expect(verdictFor(e, { country: subdivision.slice(0, 2), subdivision }).status).toBe(status);
  });
});
