import type { Job } from '../../lib/model/job';
import type { Salary } from '../../lib/model/types';

/** A yearly pay in Canadian dollars, as a label on the page states it. */
export const CAD_SALARY: Salary = {
  min: 120000,
  max: 150000,
  currency: 'CAD',
  period: 'year',
  periodInferred: false,
  raw: 'CA$120K–CA$150K',
  source: 'label',
  evidence: 'Salary: CA$120K–CA$150K',
  flags: [],
};

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
