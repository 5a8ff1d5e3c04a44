import { describe, expect, it } from 'vitest';
import { readSite } from '../../../../lib/page/sites';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';
import { siteDoc, siteFixture } from '../../../helpers/sites';

describe('Wellfound', () => {
  itKnowsUrls('wellfound', {
    postings: [
      'https://wellfound.com/jobs/3141592-machine-learning-engineer',
      'https://wellfound.com/jobs/2747178-python-developer?autoOpenApplication=true',
    ],
    notPostings: [
      'https://wellfound.com/jobs',
      'https://wellfound.com/role/r/software-engineer',
      'https://wellfound.com/role/l/software-engineer/berlin?page=2',
      'https://wellfound.com/company/driftwood-ai/jobs',
    ],
  });
  itReadsFixture('wellfound.html', {
    fields: {
      title: 'Machine Learning Engineer',
      company: 'Driftwood AI',
      locationText: 'United States; Canada',
      workplace: 'Remote',
      employmentType: 'full-time',
      datePosted: '2026-02-03T00:00:00.000Z',
      description:
        'Driftwood AI labels sonar data for fisheries research.\nResponsibilities\nTrain and ship models that find fish schools in sonar sweeps',
      postingId: '3141592',
      salaryText: '$140k – $175k',
    },
    job: {
      title: 'Machine Learning Engineer',
      company: 'Driftwood AI',
      locationText: 'United States; Canada',
      workplace: 'remote',
    },
  });

  it('does not read a 0/0 compensation as pay', () => {
    const { html } = siteFixture('wellfound.html');
    const url = new URL('https://wellfound.com/jobs/2718281-data-labeler');
    const fields = readSite(siteDoc(html), url)?.fields;
    expect(fields?.title?.value).toBe('Data Labeler');
    expect(fields?.salaryText).toBeUndefined();
  });
});
