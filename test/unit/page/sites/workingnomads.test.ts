import { describe } from 'vitest';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';

describe('Working Nomads', () => {
  itKnowsUrls('workingnomads', {
    postings: ['https://www.workingnomads.com/jobs/senior-devops-engineer-tidewater-systems'],
    notPostings: [
      'https://www.workingnomads.com/jobs',
      'https://www.workingnomads.com/jobs?category=development&location=anywhere',
      'https://www.workingnomads.com/jobs?job=senior-devops-engineer-tidewater-systems',
    ],
  });
  itReadsFixture('workingnomads.html', {
    fields: { title: 'Senior DevOps Engineer', company: 'Tidewater Systems' },
    job: {
      title: 'Senior DevOps Engineer',
      company: 'Tidewater Systems',
      locationText: null,
      workplace: 'remote',
    },
  });
});
