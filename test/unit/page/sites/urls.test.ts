import { describe, expect, it } from 'vitest';
import { ADAPTERS, findAdapter } from '../../../../lib/page/sites';

interface UrlCase {
  postings: string[];
  /** Same site, but a list, search, board, company or form page: not one posting. */
  notPostings: string[];
}

const CASES: Record<string, UrlCase> = {
  remotewlb: {
    postings: [
      'https://remotewlb.com/job/customer-support-specialist-204551',
      'https://www.remotewlb.com/apply/data-engineer-185158',
    ],
    notPostings: [
      'https://remotewlb.com/',
      'https://remotewlb.com/jobs',
      'https://remotewlb.com/sitemaps/jobs/2026-01-1',
    ],
  },
  remoteok: {
    postings: [
      'https://remoteok.com/remote-jobs/204117-remote-senior-platform-engineer-lumenfold',
      'https://remoteok.com/remote-jobs/115485-remote-detection-and-response-engineer-latin-america-bitmex',
    ],
    notPostings: ['https://remoteok.com/remote-jobs/', 'https://remoteok.com/remote-jobs/remote-dev-jobs'],
  },
  weworkremotely: {
    postings: [
      'https://weworkremotely.com/remote-jobs/quillstack-senior-rails-engineer',
      'https://weworkremotely.com/listings/quillstack-senior-rails-engineer',
    ],
    notPostings: [
      'https://weworkremotely.com/remote-jobs/search?term=rails',
      'https://weworkremotely.com/remote-jobs/new',
      'https://weworkremotely.com/remote-jobs.rss',
    ],
  },
  remotive: {
    postings: [
      'https://remotive.com/remote-jobs/software-dev/staff-frontend-engineer-1938475',
      'https://remotive.com/remote/jobs/software/staff-frontend-engineer-1938475',
    ],
    notPostings: ['https://remotive.com/remote-jobs', 'https://remotive.com/remote-jobs/software-dev'],
  },
  himalayas: {
    postings: ['https://himalayas.app/companies/northbeam-labs/jobs/senior-backend-engineer'],
    notPostings: [
      'https://himalayas.app/jobs',
      'https://himalayas.app/jobs/front-end-developer?sort=recent',
      'https://himalayas.app/companies/northbeam-labs',
      'https://himalayas.app/companies/northbeam-labs/jobs',
    ],
  },
  workingnomads: {
    postings: ['https://www.workingnomads.com/jobs/senior-devops-engineer-tidewater-systems'],
    notPostings: [
      'https://www.workingnomads.com/jobs',
      'https://www.workingnomads.com/jobs?category=development&location=anywhere',
      'https://www.workingnomads.com/jobs?job=senior-devops-engineer-tidewater-systems',
    ],
  },
  greenhouse: {
    postings: [
      'https://job-boards.greenhouse.io/harborlight/jobs/5012345',
      'https://job-boards.eu.greenhouse.io/harborlight/jobs/5012345?gh_src=abc',
      'https://boards.greenhouse.io/saltmarsh/jobs/4400912',
    ],
    notPostings: [
      'https://job-boards.greenhouse.io/harborlight',
      'https://boards.greenhouse.io/saltmarsh',
      'https://boards.greenhouse.io/embed/job_board?for=saltmarsh',
    ],
  },
  lever: {
    postings: [
      'https://jobs.lever.co/copperleaf/8d3f6c2e-4b1a-4e6f-9c55-2a7b1e0d9f31',
      'https://jobs.lever.co/copperleaf/8d3f6c2e-4b1a-4e6f-9c55-2a7b1e0d9f31/apply',
      'https://jobs.eu.lever.co/copperleaf/8d3f6c2e-4b1a-4e6f-9c55-2a7b1e0d9f31',
    ],
    notPostings: ['https://jobs.lever.co/copperleaf', 'https://jobs.lever.co/copperleaf?team=Insights'],
  },
  ashby: {
    postings: [
      'https://jobs.ashbyhq.com/lanternworks/1f2e3d4c-5b6a-4789-8abc-def012345678',
      'https://jobs.ashbyhq.com/lanternworks/1f2e3d4c-5b6a-4789-8abc-def012345678/application',
    ],
    notPostings: [
      'https://jobs.ashbyhq.com/lanternworks',
      'https://jobs.ashbyhq.com/lanternworks?departmentId=12',
    ],
  },
  workable: {
    postings: [
      'https://apply.workable.com/fernhollow/j/7A3C91E0B2/',
      'https://apply.workable.com/fernhollow/j/7A3C91E0B2/apply/',
    ],
    notPostings: ['https://apply.workable.com/fernhollow/', 'https://apply.workable.com/fernhollow/?lng=en'],
  },
  linkedin: {
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
  },
  indeed: {
    postings: [
      'https://www.indeed.com/viewjob?jk=3f9a1c7e5b2d4a60',
      'https://uk.indeed.com/viewjob?jk=3F9A1C7E5B2D4A60&from=serp',
      'https://www.indeed.com/m/viewjob?jk=3f9a1c7e5b2d4a60',
      'https://www.indeed.com/jobs?q=data+engineer&l=Remote&vjk=a1b2c3d4e5f60718',
      'https://fr.indeed.com/emplois?q=data&l=Paris&vjk=a1b2c3d4e5f60718',
      'https://www.indeed.com/?vjk=a1b2c3d4e5f60718',
    ],
    notPostings: [
      'https://www.indeed.com/jobs?q=data+engineer&l=Remote',
      'https://www.indeed.com/jobs?q=data&start=10',
      'https://www.indeed.com/viewjob?jk=not-a-key',
      'https://www.indeed.com/',
    ],
  },
  jobbank: {
    postings: [
      'https://www.jobbank.gc.ca/jobsearch/jobposting/41825530',
      'https://www.jobbank.gc.ca/jobsearch/jobposting/41825530?source=searchresults',
      'https://www.jobbank.gc.ca/jobsearch/jobposting/41900217;jsessionid=3A9F.jobsearch74',
      'https://www.guichetemplois.gc.ca/rechercheemplois/offredemploi/41825530',
    ],
    notPostings: [
      'https://www.jobbank.gc.ca/jobsearch/jobsearch?searchstring=welder',
      'https://www.jobbank.gc.ca/jobsearch/jobposting/not-a-number',
      'https://www.guichetemplois.gc.ca/rechercheemplois/rechercheemplois?rechercher=soudeur',
    ],
  },
  wellfound: {
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
  },
};

/** Job pages of sites we have no adapter for: no adapter may claim them. */
const UNSUPPORTED = [
  'https://www.jobbank.gc.ca/marketreport/wages-occupation/1234/ca',
  'https://www.linkedin.com/feed/',
  'https://www.linkedin.com/in/someone/',
  'https://www.indeed.com/cmp/Brambleton-Supply',
  'https://careers.example.com/jobs/123-engineer',
  'https://stripe.com/jobs/listing/engineer/123',
  'https://boards.greenhouse.io.evil.example/acme/jobs/1',
  'https://notlever.co/acme/8d3f6c2e-4b1a-4e6f-9c55-2a7b1e0d9f31',
];

describe('every adapter has URL cases', () => {
  it('covers each adapter', () => {
    expect(Object.keys(CASES).sort()).toEqual(ADAPTERS.map((a) => a.id).sort());
  });
});

describe.each(ADAPTERS.map((a) => [a.id, a] as const))('%s URLs', (id, adapter) => {
  const cases = CASES[id] as UrlCase;

  it.each(cases.postings)('posting: %s', (href) => {
    const url = new URL(href);
    expect(findAdapter(url)?.id).toBe(id);
    expect(adapter.isPosting(url)).toBe(true);
  });

  it.each(cases.notPostings)('not a posting: %s', (href) => {
    const url = new URL(href);
    expect(adapter.isPosting(url)).toBe(false);
  });

  const others = Object.entries(CASES)
    .filter(([other]) => other !== id)
    .flatMap(([, c]) => [...c.postings, ...c.notPostings]);
  it.each(others)('another site: %s', (href) => {
    expect(findAdapter(new URL(href))?.id).not.toBe(id);
  });
});

describe('sites we do not support', () => {
  it.each(UNSUPPORTED)('%s', (href) => {
    expect(findAdapter(new URL(href))).toBeUndefined();
  });
});
