import { describe } from 'vitest';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';

describe('LinkedIn', () => {
  itKnowsUrls('linkedin', {
    postings: [
      'https://www.linkedin.com/jobs/view/4102938475/',
      'https://ca.linkedin.com/jobs/view/field-service-technician-at-orchard-mechanical-4011223344?trk=public_jobs',
      'https://www.linkedin.com/jobs/search/?currentJobId=4102938475&keywords=backend',
      'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4102938475',
    ],
    notPostings: [
      'https://www.linkedin.com/jobs/',
      'https://www.linkedin.com/jobs/search/?keywords=backend&location=Netherlands',
      'https://www.linkedin.com/jobs/collections/recommended/',
      'https://www.linkedin.com/jobs/view/not-a-number/',
    ],
  });
  // logged in, 2026: hashed classes; the container's data-view-name, data-testid and link shapes
  itReadsFixture('linkedin--2026.html', {
    fields: {
      title: 'Platform Engineer',
      company: 'Quillfeather',
      locationText: 'Lisbon, Portugal',
      workplace: 'Hybrid',
      employmentType: 'Full-time',
      description:
        'Quillfeather runs the build farm behind three large open-source projects.\nWhat you will do\nKeep our Kubernetes clusters boring and cheap\nWrite the runbooks the on-call team reads at 3 a.m.\nThis role is hybrid: two days a week in our Lisbon office. You must already have the right to work in Portugal.',
      postingId: '4310555123',
    },
    job: {
      title: 'Platform Engineer',
      company: 'Quillfeather',
      locationText: 'Lisbon, Portugal',
      workplace: 'hybrid',
    },
  });

  itReadsFixture('linkedin--guest.html', {
    fields: {
      title: 'Field Service Technician',
      company: 'Orchard Mechanical',
      locationText: 'Boise, ID',
      employmentType: 'Full-time',
      description:
        "Orchard Mechanical services irrigation pumps across southern Idaho.\nResponsibilities\nVisit farms to repair and tune pump stations\nKeep the service log honest and current\nRequirements\nA driver's license and a clean record",
      applyUrl: 'https://jobs.orchardmech.example/apply/2231',
      postingId: '4011223344',
      salaryText: '$26.00/hr - $34.00/hr',
    },
    job: {
      title: 'Field Service Technician',
      company: 'Orchard Mechanical',
      locationText: 'Boise, ID',
      workplace: 'unknown',
    },
  });

  itReadsFixture('linkedin.html', {
    fields: {
      title: 'Backend Engineer',
      company: 'Larkspur Freight',
      locationText: 'Rotterdam, South Holland, Netherlands',
      workplace: 'Hybrid',
      employmentType: 'Full-time',
      datePosted: '2026-01-29T00:00:00.000Z',
      validThrough: '2026-03-01T00:00:00.000Z',
      description:
        'About the job\nLarkspur Freight plans barge and rail routes for mid-sized shippers.\nResponsibilities\nDesign the services that price a route in under a second\nPair with dispatchers to find what slows them down\nRequirements\nGo or Kotlin in production\nTwo office days a week in Rotterdam',
      applyUrl: 'https://careers.larkspur.example/jobs/backend-engineer',
      postingId: '4102938475',
      salaryText: '€70K/yr - €85K/yr',
    },
    job: {
      title: 'Backend Engineer',
      company: 'Larkspur Freight',
      locationText: 'Rotterdam, South Holland, Netherlands',
      workplace: 'hybrid',
    },
  });
});
