import { describe, expect, it } from 'vitest';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';
import { smartrecruitersPostingId } from '../../../../lib/page/sites/smartrecruiters';

describe('SmartRecruiters', () => {
  itKnowsUrls('smartrecruiters', {
    postings: [
      'https://jobs.smartrecruiters.com/HarborlineLogistics/744000105823917-senior-data-engineer',
      'https://jobs.smartrecruiters.com/HarborlineLogistics/744000105823917',
      'https://jobs.smartrecruiters.com/harborlinelogistics/744000105823917-senior-data-engineer?trid=5c0a1e',
    ],
    notPostings: [
      'https://jobs.smartrecruiters.com/HarborlineLogistics',
      'https://jobs.smartrecruiters.com/?keyword=data&locationType=remote',
      'https://jobs.smartrecruiters.com/oneclick-ui/company/HarborlineLogistics/publication/3c1e9a52-7f0d-4b8e-a6a1-2d5f0e9c4b17?dcr_ci=HarborlineLogistics',
      'https://jobs.smartrecruiters.com/my-applications/744000105823917',
      'https://careers.smartrecruiters.com/HarborlineLogistics',
    ],
  });

  itReadsFixture('smartrecruiters.html', {
    fields: {
      title: 'Senior Data Engineer',
      company: 'Harborline Logistics',
      employmentType: 'Full-time',
      datePosted: '2026-03-02T14:05:11.000Z',
      locationText: 'Boston, MA, United States',
      workplace: 'Hybrid',
      description: [
        'Company Description',
        'Harborline Logistics moves refrigerated freight along the East Coast.',
        'Job Description',
        'You will own the pipelines that turn truck telemetry into delivery estimates.',
        'Design batch and streaming jobs in Python',
        'Keep the warehouse tidy and documented',
        'Qualifications',
        'Five years of data engineering',
        'SQL you would show a stranger',
        'Additional Information',
        'Three days a week in our Boston office.',
      ].join('\n'),
      salaryText: '124,000.00-165,300.00',
      applyUrl:
        'https://jobs.smartrecruiters.com/oneclick-ui/company/HarborlineLogistics/publication/3c1e9a52-7f0d-4b8e-a6a1-2d5f0e9c4b17?dcr_ci=HarborlineLogistics',
      postingId: '744000105823917',
    },
    job: {
      title: 'Senior Data Engineer',
      company: 'Harborline Logistics',
      locationText: 'Boston, MA, United States',
      workplace: 'hybrid',
    },
  });

  it.each([
    [
      'https://jobs.smartrecruiters.com/HarborlineLogistics/744000105823917-senior-data-engineer',
      '744000105823917',
    ],
    ['https://jobs.smartrecruiters.com/HarborlineLogistics/744000105823917', '744000105823917'],
    ['https://www.smartrecruiters.com/HarborlineLogistics/744000105823917', '744000105823917'],
    [
      'https://join.smartrecruiters.com/HarborlineLogistics/744000105823917-senior-data-engineer',
      '744000105823917',
    ],
    [
      'https://api.smartrecruiters.com/v1/companies/HarborlineLogistics/postings/744000105823917',
      '744000105823917',
    ],
    ['https://jobs.smartrecruiters.com/HarborlineLogistics', undefined],
    ['https://jobs.smartrecruiters.com/my-applications/744000105823917', undefined],
    [
      'https://jobs.smartrecruiters.com/oneclick-ui/company/HarborlineLogistics/publication/3c1e9a52-7f0d-4b8e-a6a1-2d5f0e9c4b17',
      undefined,
    ],
    ['https://example.com/HarborlineLogistics/744000105823917-senior-data-engineer', undefined],
  ])('smartrecruitersPostingId(%s) is %s', (href, id) => {
    expect(smartrecruitersPostingId(new URL(href))).toBe(id);
  });
});
