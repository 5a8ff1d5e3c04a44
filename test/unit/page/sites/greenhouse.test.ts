import { describe } from 'vitest';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';

describe('Greenhouse', () => {
  itKnowsUrls('greenhouse', {
    postings: [
      'https://job-boards.greenhouse.io/harborlight/jobs/5012345',
      'https://job-boards.eu.greenhouse.io/harborlight/jobs/5012345?gh_src=abc',
      'https://boards.greenhouse.io/saltmarsh/jobs/4400912',
      'https://boards.greenhouse.io/embed/job_app?for=saltmarsh&token=4400913',
      'https://job-boards.greenhouse.io/embed/job_app?for=saltmarsh&token=4400913&b=https%3A%2F%2Fsaltmarsh.example',
    ],
    notPostings: [
      'https://job-boards.greenhouse.io/harborlight',
      'https://boards.greenhouse.io/saltmarsh',
      'https://boards.greenhouse.io/embed/job_board?for=saltmarsh',
      'https://boards.greenhouse.io/embed/job_app?for=saltmarsh',
      'https://boards.greenhouse.io/embed/job_app?for=saltmarsh&token=abc',
    ],
  });
  // a company's careers page showing the board in an iframe: the frame is read (test/e2e/reading.spec.ts)
  itReadsFixture('greenhouse--embed.html', {
    fields: {
      title: 'Support Engineer',
      company: 'Saltmarsh',
      locationText: 'Remote - Ireland or United Kingdom',
      postingId: '4400913',
    },
    job: {
      title: 'Support Engineer',
      company: 'Saltmarsh',
      locationText: 'Remote - Ireland or United Kingdom',
      workplace: 'remote',
    },
  });
  itReadsFixture('greenhouse--legacy.html', {
    fields: {
      title: 'Payments Engineer',
      company: 'Saltmarsh',
      locationText: 'Dublin, Ireland (Hybrid)',
      postingId: '4400912',
    },
    job: {
      title: 'Payments Engineer',
      company: 'Saltmarsh',
      locationText: 'Dublin, Ireland (Hybrid)',
      workplace: 'hybrid',
    },
  });

  itReadsFixture('greenhouse.html', {
    fields: {
      title: 'Site Reliability Engineer',
      company: 'Harborlight',
      locationText: 'Remote - Canada',
      datePosted: '2026-02-02T09:30:00-05:00',
      description:
        'Harborlight runs the booking system behind a few hundred marinas.\nResponsibilities\nKeep the reservation API fast through the summer rush\nOwn our alerting and the runbooks behind it\nQualifications\nExperience running Postgres and Kubernetes in production\nYou live in Canada\nWe answer every applicant {usually within a week}. Questions go to the "jobs" inbox.',
      postingId: '5012345',
      salaryText: '$128,000—$152,000 CAD',
    },
    job: {
      title: 'Site Reliability Engineer',
      company: 'Harborlight',
      locationText: 'Remote - Canada',
      workplace: 'remote',
    },
  });
});
