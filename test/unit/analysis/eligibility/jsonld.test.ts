import { describe, expect, it } from 'vitest';
import { expectRules, read, rules } from './helpers';

describe('JSON-LD applicantLocationRequirements', () => {
  it.each([
    [{ '@type': 'Country', name: 'United States' }, { countries: ['US'] }],
    [
      [
        { '@type': 'Country', name: 'US' },
        { '@type': 'Country', name: 'CA' },
      ],
      { countries: ['CA', 'US'] },
    ],
    ['Canada', { countries: ['CA'] }],
    [['DE', 'at'], { countries: ['AT', 'DE'] }],
    [{ '@type': 'Country', Name: 'United Kingdom' }, { countries: ['GB'] }],
    [
      { '@type': 'State', name: 'California' },
      { countries: ['US'], include: { US: ['US-CA'] } },
    ],
    [{ '@type': 'AdministrativeArea', name: 'Europe' }, { regions: ['EUROPE'] }],
  ])('%o', (applicantLocationRequirements, want) => {
    expectRules(read({ jsonld: { applicantLocationRequirements } }), {
      kind: 'countries',
      ...want,
    });
  });
});

describe('JSON-LD jobLocation', () => {
  const place = (address: unknown) => ({ '@type': 'Place', address });
  it.each([
    [place({ addressCountry: 'GB', addressLocality: 'London' }), { countries: ['GB'], include: {} }],
    [place({ addressCountry: 'United Kingdom' }), { countries: ['GB'] }],
    [place({ addressCountry: { '@type': 'Country', name: 'FR' } }), { countries: ['FR'] }],
    [
      place({ addressLocality: 'Toronto, ON', addressRegion: null, addressCountry: null }),
      { countries: ['CA'] },
    ],
    [place({ addressLocality: 'Burbank, California' }), { countries: ['US'] }],
    [
      place({ addressCountry: 'US', addressRegion: 'TX', addressLocality: 'Austin' }),
      { countries: ['US'], include: {} },
    ],
    [place('Berlin, Germany'), { countries: ['DE'] }],
    [
      [
        { Address: { addressLocality: 'Montreal', addressRegion: 'Quebec', addressCountry: { Name: 'CA' } } },
        { Address: { addressLocality: 'Toronto', addressRegion: 'Ontario', addressCountry: { Name: 'CA' } } },
      ],
      // offices in two provinces: work in one of them, live anywhere in Canada
      { countries: ['CA'], include: {} },
    ],
  ])('%o', (jobLocation, want) => {
    expectRules(read({ jsonld: { jobLocation }, workplace: 'onsite' }), {
      kind: 'countries',
      ...want,
    });
  });

  it('lets the requirement beat the office address', () => {
    const e = read({
      jsonld: {
        applicantLocationRequirements: { '@type': 'Country', name: 'Canada' },
        jobLocation: place({ addressCountry: 'US', addressLocality: 'Seattle' }),
      },
    });
    expect(rules(e).countries).toEqual(['CA']);
  });

  it('reads TELECOMMUTE as remote, so weak worldwide wording counts', () => {
    const blocks = ['Work from anywhere!'];
    expect(read({ jsonld: { jobLocationType: 'TELECOMMUTE' }, blocks }).kind).toBe('worldwide');
    expect(read({ blocks }).kind).toBe('unknown');
  });

  it.each([[42], [[null, {}, 'zz']], [{ address: 7 }], [undefined]])('ignores junk %o', (junk) => {
    expect(
      read({ jsonld: { applicantLocationRequirements: junk, jobLocation: junk, jobLocationType: junk } })
        .kind,
    ).toBe('unknown');
  });
});
