import { describe } from 'vitest';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';

describe('Lever', () => {
  itKnowsUrls('lever', {
    postings: [
      'https://jobs.lever.co/copperleaf/8d3f6c2e-4b1a-4e6f-9c55-2a7b1e0d9f31',
      'https://jobs.lever.co/copperleaf/8d3f6c2e-4b1a-4e6f-9c55-2a7b1e0d9f31/apply',
      'https://jobs.eu.lever.co/copperleaf/8d3f6c2e-4b1a-4e6f-9c55-2a7b1e0d9f31',
    ],
    notPostings: ['https://jobs.lever.co/copperleaf', 'https://jobs.lever.co/copperleaf?team=Insights'],
  });
  itReadsFixture('lever.html', {
    fields: {
      title: 'Senior Data Analyst',
      company: 'Copperleaf',
      locationText: 'Lisbon, Portugal',
      workplace: 'Remote',
      employmentType: 'Full-time',
      applyUrl: 'https://jobs.lever.co/copperleaf/8d3f6c2e-4b1a-4e6f-9c55-2a7b1e0d9f31/apply',
      postingId: '8d3f6c2e-4b1a-4e6f-9c55-2a7b1e0d9f31',
      salaryText: '€58,000 - €72,000 a year',
    },
    job: {
      title: 'Senior Data Analyst',
      company: 'Copperleaf',
      locationText: 'Lisbon, Portugal',
      workplace: 'remote',
    },
  });
});
