import { describe, expect, it } from 'vitest';
import { fieldsOfPosting, withPostingData } from '../../../lib/analysis/posting-data';
import { found } from '../../../lib/model/fields';

describe("a JobPosting's fields, read in the background", () => {
  it('reads names, addresses, types, ids and experience', () => {
    const f = fieldsOfPosting(
      {
        '@type': 'JobPosting',
        hiringOrganization: { '@type': 'Organization', name: 'Globex' },
        jobLocation: [
          {
            '@type': 'Place',
            address: { addressLocality: 'Austin', addressRegion: 'TX', addressCountry: 'US' },
          },
          { '@type': 'Place', address: 'Remote' },
        ],
        jobLocationType: 'TELECOMMUTE',
        employmentType: ['FULL_TIME', 'CONTRACTOR'],
        experienceRequirements: { monthsOfExperience: 36 },
        identifier: { '@type': 'PropertyValue', value: 778 },
        datePosted: '2026-11-02',
        url: 'https://globex.example/jobs/778',
      },
      'jsonld',
    );
    expect(f.company).toEqual({ value: 'Globex', source: 'jsonld', evidence: 'Globex' });
    expect(f.locationText?.value).toBe('Austin, TX, US; Remote');
    expect(f.workplace?.value).toBe('remote');
    expect(f.employmentType?.value).toBe('FULL_TIME, CONTRACTOR');
    expect(f.experience?.value).toBe('3 years');
    expect(f.postingId?.value).toBe('778');
    expect(f.datePosted?.value).toBe('2026-11-02');
    expect(f.applyUrl?.value).toBe('https://globex.example/jobs/778');
  });

  it('reads applicant locations when the posting names no place of work', () => {
    const f = fieldsOfPosting(
      { applicantLocationRequirements: { '@type': 'Country', name: 'Canada' } },
      'jsonld',
    );
    expect(f.locationText?.value).toBe('Canada');
  });
});

describe('where the structured data ranks', () => {
  const jsonld = {
    hiringOrganization: 'Globex - Careers',
    employmentType: 'Health Care',
    url: 'javascript:void(0)',
  };

  it.each([
    ['outranks labels and layout', found('label', { company: 'Acme' }), 'company', 'Globex'],
    ["never a site's own reader", found('adapter', { company: 'Initech' }), 'company', 'Initech'],
    [
      'a type it does not name leaves the page its word',
      found('label', { employmentType: 'Contract' }),
      'employmentType',
      'Contract',
    ],
    [
      'a script link is no way to apply',
      found('text', { applyUrl: 'https://globex.example/apply' }),
      'applyUrl',
      'https://globex.example/apply',
    ],
  ] as const)('%s', (_what, fields, name, want) => {
    expect(withPostingData(fields, { jsonld })[name]?.value).toBe(want);
  });

  it('JSON-LD before microdata, microdata where JSON-LD is silent', () => {
    const got = withPostingData(
      {},
      {
        jsonld: { hiringOrganization: 'Globex' },
        microdata: { hiringOrganization: 'Other', datePosted: '2026-01-05' },
      },
    );
    expect(got.company?.value).toBe('Globex');
    expect(got.datePosted).toMatchObject({ value: '2026-01-05', source: 'microdata' });
  });
});
