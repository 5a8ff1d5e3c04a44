import { describe } from 'vitest';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';

describe('Himalayas', () => {
  itKnowsUrls('himalayas', {
    postings: ['https://himalayas.app/companies/northbeam-labs/jobs/senior-backend-engineer'],
    notPostings: [
      'https://himalayas.app/jobs',
      'https://himalayas.app/jobs/front-end-developer?sort=recent',
      'https://himalayas.app/companies/northbeam-labs',
      'https://himalayas.app/companies/northbeam-labs/jobs',
    ],
  });
  itReadsFixture('himalayas.html', {
    fields: {
      title: 'Senior Backend Engineer',
      company: 'Northbeam Labs',
      postingId: 'senior-backend-engineer',
    },
    job: {
      title: 'Senior Backend Engineer',
      company: 'Northbeam Labs',
      locationText: 'United States, Canada',
      workplace: 'remote',
    },
  });
});
