import { describe, expect, it } from 'vitest';
import { scan } from '../../../../lib/scan';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';
import { siteDoc, siteFixture } from '../../../helpers/sites';

describe('Remotive', () => {
  itKnowsUrls('remotive', {
    postings: [
      'https://remotive.com/remote-jobs/software-dev/staff-frontend-engineer-1938475',
      'https://remotive.com/remote/jobs/software/staff-frontend-engineer-1938475',
    ],
    notPostings: ['https://remotive.com/remote-jobs', 'https://remotive.com/remote-jobs/software-dev'],
  });
  itReadsFixture('remotive.html', {
    fields: {
      title: 'Staff Frontend Engineer',
      company: 'Brightwell Analytics',
      datePosted: '2026-02-03 10:15:00',
      description:
        'Role Description\nBrightwell Analytics turns hospital bed data into staffing plans.\nRequirements\nReact and a good eye for dense tables\nBased in the USA or Canada\nBenefits\nA laptop of your choice',
      postingId: '1938475',
    },
    job: {
      title: 'Staff Frontend Engineer',
      company: 'Brightwell Analytics',
      locationText: 'USA, Canada',
      workplace: 'remote',
    },
  });

  it('does not read the 0/0 JSON-LD baseSalary as a salary', () => {
    const { html, url } = siteFixture('remotive.html');
    expect(scan(siteDoc(html), url).job?.salary).toBeNull();
  });
});
