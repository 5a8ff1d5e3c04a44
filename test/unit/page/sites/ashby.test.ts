import { describe } from 'vitest';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';

describe('Ashby', () => {
  itKnowsUrls('ashby', {
    postings: [
      'https://jobs.ashbyhq.com/lanternworks/1f2e3d4c-5b6a-4789-8abc-def012345678',
      'https://jobs.ashbyhq.com/lanternworks/1f2e3d4c-5b6a-4789-8abc-def012345678/application',
    ],
    notPostings: [
      'https://jobs.ashbyhq.com/lanternworks',
      'https://jobs.ashbyhq.com/lanternworks?departmentId=12',
    ],
  });
  itReadsFixture('ashby.html', {
    fields: {
      title: 'Product Engineer',
      company: 'Lanternworks',
      locationText: 'Amsterdam; Rotterdam',
      workplace: 'Hybrid',
      employmentType: 'FullTime',
      datePosted: '2026-01-30',
      description:
        "Lanternworks makes the floor-plan editor that architects sketch in.\nWhat you'll do\nShip features from the first sketch to the release note\nTalk to the architects who use them\nRequirements\nTypeScript and a taste for tidy interfaces\nThree days a week in our Amsterdam studio",
      postingId: '1f2e3d4c-5b6a-4789-8abc-def012345678',
      salaryText: '€85K - €100K',
    },
    job: {
      title: 'Product Engineer',
      company: 'Lanternworks',
      locationText: 'Amsterdam; Rotterdam',
      workplace: 'hybrid',
    },
  });
});
