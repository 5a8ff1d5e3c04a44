import { describe } from 'vitest';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';

describe('Workable', () => {
  itKnowsUrls('workable', {
    postings: [
      'https://apply.workable.com/fernhollow/j/7A3C91E0B2/',
      'https://apply.workable.com/fernhollow/j/7A3C91E0B2/apply/',
    ],
    notPostings: ['https://apply.workable.com/fernhollow/', 'https://apply.workable.com/fernhollow/?lng=en'],
  });
  itReadsFixture('workable.html', {
    fields: {
      title: 'Product Designer',
      company: 'Fernhollow',
      locationText: 'Tallinn, Harju County, Estonia',
      workplace: 'Remote',
      description:
        'Fernhollow builds booking software for independent bakeries.\nResponsibilities\nDesign the ordering flow from sketch to shipped screen\nRun small research sessions with bakers',
      postingId: '7A3C91E0B2',
    },
    job: {
      title: 'Product Designer',
      company: 'Fernhollow',
      locationText: 'Tallinn, Harju County, Estonia',
      workplace: 'remote',
    },
  });
});
