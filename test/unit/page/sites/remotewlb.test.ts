import { describe } from 'vitest';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';

describe('remotewlb', () => {
  itKnowsUrls('remotewlb', {
    postings: [
      'https://remotewlb.com/job/customer-support-specialist-204551',
      'https://www.remotewlb.com/apply/data-engineer-185158',
    ],
    notPostings: [
      'https://remotewlb.com/',
      'https://remotewlb.com/jobs',
      'https://remotewlb.com/sitemaps/jobs/2026-01-1',
    ],
  });
  itReadsFixture('remotewlb.html', {
    fields: {
      title: 'Customer Support Specialist',
      company: 'Pebblegate',
      locationText: 'Germany',
      salaryText: 'EUR €42,000~€50,000',
    },
    job: {
      title: 'Customer Support Specialist',
      company: 'Pebblegate',
      locationText: 'Germany',
      workplace: 'remote',
    },
  });
});
