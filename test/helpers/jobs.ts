import type { Job } from '../../lib/job';

/** A valid job with the fields a test cares about overridden. */
export function sampleJob(over: Partial<Job>): Job {
  return {
    url: 'https://boards.example/jobs/1',
    canonicalUrl: null,
    site: 'generic',
    title: 'Platform Engineer',
    company: 'Northwind Labs',
    locationText: 'Remote - Canada',
    workplace: 'remote',
    employmentType: 'full-time',
    datePosted: null,
    validThrough: null,
    experience: null,
    applyUrl: null,
    postingId: null,
    description: 'Runs the platform.',
    salary: null,
    eligibility: {
      kind: 'countries',
      countries: ['CA'],
      excludedCountries: [],
      subdivisions: {},
      regions: [],
      timezones: null,
      evidence: [{ text: 'Remote - Canada', role: 'countries' }],
      notes: [],
      visaSponsorship: null,
      citizenship: null,
    },
    provenance: {},
    ...over,
  };
}
