import { describe, expect, it } from 'vitest';
import { jobvitePostingId } from '../../../../lib/page/sites/jobvite';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';

describe('Jobvite', () => {
  itKnowsUrls('jobvite', {
    postings: [
      'https://jobs.jobvite.com/bellhavenoutdoor/job/oQ7rLfwK',
      'https://jobs.jobvite.com/bellhavenoutdoor/job/oQ7rLfwK?nl=1&__jvst=Job%20Board',
      'https://jobs.jobvite.com/careers/bellhavenoutdoor/job/oQ7rLfwK',
    ],
    notPostings: [
      'https://jobs.jobvite.com/bellhavenoutdoor',
      'https://jobs.jobvite.com/bellhavenoutdoor/jobs',
      'https://jobs.jobvite.com/bellhavenoutdoor/search?p=1',
      'https://jobs.jobvite.com/bellhavenoutdoor/jobs/viewall',
      'https://jobs.jobvite.com/bellhavenoutdoor/job/oQ7rLfwK/apply',
    ],
  });

  it.each([
    ['https://jobs.jobvite.com/bellhavenoutdoor/job/oQ7rLfwK', 'oQ7rLfwK'],
    ['https://jobs.jobvite.com/bellhavenoutdoor/job/oQ7rLfwK/apply?nl=1', 'oQ7rLfwK'],
    ['https://jobs.jobvite.com/careers/bellhavenoutdoor/job/oQ7rLfwK', 'oQ7rLfwK'],
    ['https://app.jobvite.com/CompanyJobs/Job.aspx?c=qAb9VfwS&j=oQ7rLfwK', 'oQ7rLfwK'],
    ['https://jobs.jobvite.com/bellhavenoutdoor/jobs', undefined],
    ['https://boards.example.com/bellhavenoutdoor/job/oQ7rLfwK', undefined],
  ])('jobvitePostingId(%s) = %s', (href, id) => {
    expect(jobvitePostingId(new URL(href))).toBe(id);
  });

  itReadsFixture('jobvite.html', {
    fields: {
      title: 'Retail Systems Analyst',
      company: 'Bellhaven Outdoor Co.',
      locationText: 'Boise, Idaho',
      description:
        'Bellhaven Outdoor Co. sells camping gear from forty stores across the Mountain West.\nWhat you will do\nKeep the point-of-sale and inventory systems talking to each other\nWrite the weekly stock reports for store managers\nWhat you bring\nThree years supporting retail systems\nSolid SQL',
      applyUrl: 'https://jobs.jobvite.com/bellhavenoutdoor/job/oQ7rLfwK/apply',
      postingId: 'oQ7rLfwK',
    },
    job: {
      title: 'Retail Systems Analyst',
      company: 'Bellhaven Outdoor Co.',
      locationText: 'Boise, Idaho',
      workplace: 'unknown',
    },
  });
});
