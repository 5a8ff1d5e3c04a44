import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../../lib/analysis/eligibility/places';
import { clean, sentences } from '../../../../lib/text/words';

// The reader cleans text (U.S. → US) before looking for places; so does this helper.
const refs = (text: string, lenient = false): string[] =>
  findMentions(clean(text), { lenient }).map((m) => m.ref);

describe('place names', () => {
  it.each([
    ['United States, USA, US, U.S. and U.S.A.', ['US', 'US', 'US', 'US', 'US']],
    ['UK, Britain, Great Britain, United Kingdom', ['GB', 'GB', 'GB', 'GB']],
    ['England, Scotland, Wales and Northern Ireland', ['GB-ENG', 'GB-SCT', 'GB-WLS', 'GB-NIR']],
    [
      'UAE, Czechia, Czech Republic, Türkiye, Turkey, South Korea, Holland',
      ['AE', 'CZ', 'CZ', 'TR', 'TR', 'KR', 'NL'],
    ],
    ['Brasil, México, Deutschland, España', ['BR', 'MX', 'DE', 'ES']],
    ['Côte d’Ivoire and Ivory Coast', ['CI', 'CI']],
    ['UK & Channel Islands', ['GB', '#CHANNEL_ISLANDS']],
    [
      'Latin America, LATAM, North America, the Americas',
      ['@LATAM', '@LATAM', '@NORTH_AMERICA', '@AMERICAS'],
    ],
    ['EU, EEA, EMEA, APAC, Asia-Pacific', ['@EU', '@EEA', '@EMEA', '@APAC', '@APAC']],
    ['Nordics, DACH, Benelux', ['#NORDICS', '#DACH', '#BENELUX']],
    ['New South Wales and Wales', ['AU-NSW', 'GB-WLS']],
    ['West Virginia and Virginia', ['US-WV', 'US-VA']],
    ['Puerto Rico', ['PR']],
    ['Québec, Quebec, QUEBEC', ['CA-QC', 'CA-QC', 'CA-QC']],
  ])('%s', (text, want) => {
    expect(refs(text)).toEqual(want);
  });

  it.each([
    ['Canadian residents', ['CA']],
    ['US-based applicants', ['US']],
    ['fluent in French and German', []],
    ['American Express experience', []],
    ['Latin American candidates', ['@LATAM']],
  ])('demonyms only before people: %s', (text, want) => {
    expect(refs(text)).toEqual(want);
  });

  it.each([
    ['Tell us about you; join us.', []],
    ['JOIN US', []],
    ['REMOTE - US', ['US']],
    ['our IT team, in IT, ME and OR', []],
    ['Certificate Authority (CA)', []],
    ['a turkey, china plates and a jersey', []],
  ])('codes and words that are not places: %s', (text, want) => {
    expect(refs(text)).toEqual(want);
  });

  it('accepts lowercase names in a location field only', () => {
    expect(refs('remote - canada', true)).toEqual(['CA']);
    expect(refs('remote - canada')).toEqual([]);
  });
});

describe('addresses', () => {
  it.each([
    ['Palo Alto, CA', ['US-CA', 'US-CA']],
    ['Pleasanton, CA', ['US-CA']],
    ['Toronto, ON, CA', ['CA-ON', 'CA-ON', 'CA']],
    ['Vancouver, BC', ['CA-BC', 'CA-BC']],
    ['Vancouver, WA', ['US-WA', 'US-WA']],
    ['London, ON', ['CA-ON', 'CA-ON']],
    ['Berlin, DE', ['DE-BE', 'DE']],
    ['Wilmington, DE', ['US-DE']],
    ['Hyderabad, IN', ['IN-TS', 'IN']],
    ['Manila, PH', ['PH-00', 'PH']],
    ['Brooklyn NY', ['US-NY', 'US-NY']],
    ['Sydney NSW', ['AU-NSW', 'AU-NSW']],
    ['Pryor Creek, OK 74361, USA', ['US-OK', 'US']],
    ['Skills: Python, ML, GCP, IT', []],
    // Brazil's "Cidade/UF"
    ['Jaú/SP', ['BR-SP']],
    ['Florianópolis / SC', ['BR-SC']],
    ['Marketing/PR and Sales/SE', []],
  ])('%s', (text, want) => {
    expect(refs(text)).toEqual(want);
  });
});

describe('sentences', () => {
  it('keeps U.S. and e.g. inside a sentence and splits the rest', () => {
    expect(sentences('Remote in the U.S. only. We hire e.g. engineers! Apply now')).toEqual([
      'Remote in the US only.',
      'We hire e.g. engineers!',
      'Apply now',
    ]);
  });

  it('drops emoji and mis-decoded bytes', () => {
    expect(sentences('🌎 Remote - Ontario, Canada')).toEqual(['Remote - Ontario, Canada']);
    expect(sentences('ðŸŒŽ Ireland')).toEqual(['Ireland']);
  });
});
