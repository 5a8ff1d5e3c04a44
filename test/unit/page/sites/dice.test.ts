import { describe, expect, it } from 'vitest';
import { dicePostingId } from '../../../../lib/page/sites/dice';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';

const JOB = 'https://www.dice.com/job-detail/6b0f3c2e-9a41-4d7e-b8c5-2f1e7a9d3c40';

describe('Dice', () => {
  itKnowsUrls('dice', {
    postings: [
      JOB,
      `${JOB}?searchlink=search%2F%3Fq%3Ddata%2520engineer&searchId=0c1d`,
      'https://www.dice.com/job-detail/6B0F3C2E-9A41-4D7E-B8C5-2F1E7A9D3C40/',
    ],
    notPostings: [
      'https://www.dice.com/',
      'https://www.dice.com/jobs?q=data%20engineer&location=Richmond,%20VA',
      'https://www.dice.com/jobs?filters.postedDate=ONE&page=2',
      'https://www.dice.com/company-profile/5d1e2f3a4b',
      'https://www.dice.com/dashboard/login',
      'https://www.dice.com/job-detail/not-a-job',
    ],
  });

  it.each([
    [JOB, '6b0f3c2e-9a41-4d7e-b8c5-2f1e7a9d3c40'],
    [`${JOB}?utm_source=google_jobs_apply`, '6b0f3c2e-9a41-4d7e-b8c5-2f1e7a9d3c40'],
    [
      'https://www.dice.com/job-detail/6B0F3C2E-9A41-4D7E-B8C5-2F1E7A9D3C40',
      '6b0f3c2e-9a41-4d7e-b8c5-2f1e7a9d3c40',
    ],
    ['https://www.dice.com/company-profile/5d1e2f3a4b', undefined],
    ['https://jobs.example.com/job-detail/6b0f3c2e-9a41-4d7e-b8c5-2f1e7a9d3c40', undefined],
  ])('dicePostingId(%s) = %s', (href, id) => {
    expect(dicePostingId(new URL(href))).toBe(id);
  });

  itReadsFixture('dice.html', {
    fields: {
      title: 'Senior Data Engineer',
      company: 'Ridgeline Analytics',
      locationText: 'Richmond, VA, US',
      workplace: 'Hybrid',
      employmentType: 'Full Time',
      salaryText: 'USD 145,000.00 - 165,000.00 per year',
      description:
        'Ridgeline Analytics builds claims-forecasting models for regional insurers.\nResponsibilities\nOwn the nightly loads from the policy systems into the warehouse\nTune the Spark jobs that feed the forecasting models\nRequirements\nSix years of data engineering\nThree days a week in the Richmond office',
      postingId: '6b0f3c2e-9a41-4d7e-b8c5-2f1e7a9d3c40',
    },
    job: {
      title: 'Senior Data Engineer',
      company: 'Ridgeline Analytics',
      locationText: 'Richmond, VA, US',
      workplace: 'hybrid',
    },
  });
});
