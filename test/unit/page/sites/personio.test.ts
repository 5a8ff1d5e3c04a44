import { describe, expect, it } from 'vitest';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';
import { personioPostingId } from '../../../../lib/page/sites/personio';

describe('Personio', () => {
  itKnowsUrls('personio', {
    postings: [
      'https://lindenfeld-robotics.jobs.personio.de/job/2184736',
      'https://lindenfeld-robotics.jobs.personio.de/job/2184736?language=en&display=en',
      'https://lindenfeld-robotics.jobs.personio.de/job/2184736?_pc=1778274#apply',
      'https://lindenfeld-robotics.jobs.personio.com/job/2184736?language=en',
    ],
    notPostings: [
      'https://lindenfeld-robotics.jobs.personio.de/',
      'https://lindenfeld-robotics.jobs.personio.de/?language=en',
      'https://lindenfeld-robotics.jobs.personio.de/job/2184736/apply?language=en&display=en',
      'https://lindenfeld-robotics.jobs.personio.de/xml?language=en',
      'https://lindenfeld-robotics.jobs.personio.com/search.json',
    ],
  });

  itReadsFixture('personio.html', {
    fields: {
      title: 'Robotics Software Engineer (m/f/d)',
      postingId: '2184736',
    },
    job: {
      title: 'Robotics Software Engineer (m/f/d)',
      company: 'Lindenfeld Robotics GmbH',
      locationText: 'Munich, DE; Hamburg, DE',
      workplace: 'unknown',
    },
  });

  it.each([
    ['https://lindenfeld-robotics.jobs.personio.de/job/2184736?language=en&display=en', '2184736'],
    ['https://lindenfeld-robotics.jobs.personio.com/job/2184736', '2184736'],
    ['https://lindenfeld-robotics.jobs.personio.de/job/2184736/apply', '2184736'],
    ['https://lindenfeld-robotics.jobs.personio.de/', undefined],
    ['https://www.personio.de/job/2184736', undefined],
  ])('personioPostingId(%s) is %s', (href, id) => {
    expect(personioPostingId(new URL(href))).toBe(id);
  });
});
