import { describe, expect, it } from 'vitest';
import type { FieldName } from '../../../../lib/model/fields';
import { scan } from '../../../../lib/scan';
import { readSite } from '../../../../lib/page/sites';
import type { Workplace } from '../../../../lib/model/types';
import { fixtureSite, siteDoc, siteFixture, siteFixtureNames } from '../../../helpers/sites';

interface Expected {
  /** Every field the adapter reads on the page (and nothing else), by value. */
  fields: Partial<Record<FieldName, string>>;
  /** What the whole pipeline makes of the page. */
  job: { title: string; company: string; locationText: string | null; workplace: Workplace };
}

const EXPECTED: Record<string, Expected> = {
  'ashby.html': {
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
  },
  'greenhouse.html': {
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
  },
  'greenhouse--legacy.html': {
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
  },
  'himalayas.html': {
    fields: {
      title: 'Senior Backend Engineer',
      company: 'Northbeam Labs',
      postingId: 'senior-backend-engineer',
    },
    job: {
      title: 'Senior Backend Engineer',
      company: 'Northbeam Labs',
      locationText: 'United States, Canada',
      workplace: 'remote',
    },
  },
  'jobbank.html': {
    fields: {
      title: 'welder',
      company: 'Tidewell Fabrication Ltd.',
      locationText: '88 Harbour Rd Yarmouth, NS B5A 1X2',
      employmentType: 'Permanent employment, Full time',
      datePosted: 'March 02, 2026',
      validThrough: '2026-04-01',
      description:
        'Education: Secondary (high) school graduation certificate. Tasks: Read blueprints and weld steel frames for boat trailers. Experience: 1 year to less than 2 years.\nWho can apply to this job?\nOnly apply to this job if:\nYou are a Canadian citizen, a permanent or a temporary resident of Canada.\nYou have a valid Canadian work permit.\nIf you are not authorized to work in Canada, do not apply.',
      postingId: '41825530',
      salaryText: 'CAD 31.5 per hour',
    },
    job: {
      title: 'welder',
      company: 'Tidewell Fabrication Ltd.',
      locationText: '88 Harbour Rd Yarmouth, NS B5A 1X2',
      workplace: 'unknown',
    },
  },
  'jobbank--partner.html': {
    fields: {
      title: 'Backend Developer - Payments Platform',
      company: 'Quayside Ledger',
      locationText: 'Halifax, NS',
      employmentType: 'Casual employment',
      datePosted: 'March 09, 2026',
      validThrough: '2026-04-08',
      description:
        'Quayside Ledger builds the payment rails behind credit unions in Atlantic Canada. This is a fully remote position for people living in Canada. You will keep the settlement service fast and correct.',
      applyUrl: 'https://www.workopolis.example/jobs/88120',
      postingId: '41900217',
    },
    job: {
      title: 'Backend Developer - Payments Platform',
      company: 'Quayside Ledger',
      locationText: 'Halifax, NS',
      workplace: 'remote',
    },
  },
  'indeed.html': {
    fields: {
      title: 'Warehouse Systems Analyst',
      company: 'Brambleton Supply Co.',
      locationText: 'Columbus, OH 43215',
      workplace: 'Hybrid work',
      employmentType: 'Full-time',
      description:
        'Brambleton Supply Co. runs four distribution centers in Ohio.\nResponsibilities\nKeep the warehouse management system in step with the floor\nWrite the reports the shift leads read every morning\nQualifications\nTwo years with a WMS\nAble to be on site in Columbus four days a week',
      postingId: '3f9a1c7e5b2d4a60',
      salaryText: '$68,000 - $82,000 a year',
    },
    job: {
      title: 'Warehouse Systems Analyst',
      company: 'Brambleton Supply Co.',
      locationText: 'Columbus, OH 43215',
      workplace: 'hybrid',
    },
  },
  'indeed--pane.html': {
    fields: {
      title: 'Data Engineer',
      company: 'Fennick Health',
      locationText: 'Remote',
      employmentType: 'Contract',
      datePosted: '2026-02-09T00:00:00.000Z',
      description:
        'Fennick Health is rebuilding the data platform behind its clinic scheduling app.\nResponsibilities\nMove nightly batch jobs to streaming\nDocument every table you touch\nRequirements\nFour years of data engineering\nBased in the United States',
      postingId: 'a1b2c3d4e5f60718',
      salaryText: '$55 - $70 an hour',
    },
    job: { title: 'Data Engineer', company: 'Fennick Health', locationText: 'Remote', workplace: 'remote' },
  },
  'lever.html': {
    fields: {
      title: 'Senior Data Analyst',
      company: 'Copperleaf',
      locationText: 'Lisbon, Portugal',
      workplace: 'Remote',
      employmentType: 'Full-time',
      applyUrl: 'https://jobs.lever.co/copperleaf/8d3f6c2e-4b1a-4e6f-9c55-2a7b1e0d9f31/apply',
      postingId: '8d3f6c2e-4b1a-4e6f-9c55-2a7b1e0d9f31',
      salaryText: '€58,000 - €72,000 a year',
    },
    job: {
      title: 'Senior Data Analyst',
      company: 'Copperleaf',
      locationText: 'Lisbon, Portugal',
      workplace: 'remote',
    },
  },
  'linkedin.html': {
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
  },
  'linkedin--guest.html': {
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
  },
  'remoteok.html': {
    fields: {
      title: 'Senior Platform Engineer',
      company: 'Lumenfold',
      locationText: 'Europe; Latin America',
      datePosted: '2026-02-04T00:00:00+00:00',
      description:
        'Lumenfold keeps render farms busy for small animation studios.\nResponsibilities\nRun the scheduler that hands frames to idle machines\nCut our cloud bill without slowing anyone down\nRequirements\nKubernetes and Go, five years or so\nOverlap of four hours with Central European Time',
      postingId: '204117',
    },
    job: {
      title: 'Senior Platform Engineer',
      company: 'Lumenfold',
      locationText: 'Europe; Latin America',
      workplace: 'remote',
    },
  },
  'remotewlb.html': {
    fields: {
      title: 'Customer Support Specialist',
      company: 'Pebblegate',
      locationText: 'Germany',
      salaryText: 'EUR €42,000~€50,000',
    },
    job: {
      title: 'Customer Support Specialist',
      company: 'Pebblegate',
      locationText: 'Germany',
      workplace: 'remote',
    },
  },
  'remotive.html': {
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
  },
  'wellfound.html': {
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
  },
  'weworkremotely.html': {
    fields: {
      title: 'Senior Rails Engineer',
      company: 'Quillstack',
      locationText: 'Europe Only',
      employmentType: 'Full-Time',
      description:
        "Quillstack sells invoicing software to translators and other freelancers.\nWhat you'll do\nKeep a ten-year-old Rails app pleasant to work in\nOwn the tax rules for every country we bill in\nRequirements\nRails since before Hotwire",
    },
    job: {
      title: 'Senior Rails Engineer',
      company: 'Quillstack',
      locationText: 'Europe Only',
      workplace: 'remote',
    },
  },
  'workable.html': {
    fields: {
      title: 'Product Designer',
      company: 'Fernhollow',
      locationText: 'Tallinn, Harju County, Estonia',
      workplace: 'Remote',
      description:
        'Fernhollow builds booking software for independent bakeries.\nResponsibilities\nDesign the ordering flow from sketch to shipped screen\nRun small research sessions with bakers',
      postingId: '7A3C91E0B2',
    },
    job: {
      title: 'Product Designer',
      company: 'Fernhollow',
      locationText: 'Tallinn, Harju County, Estonia',
      workplace: 'remote',
    },
  },
  'workingnomads.html': {
    fields: { title: 'Senior DevOps Engineer', company: 'Tidewater Systems' },
    job: {
      title: 'Senior DevOps Engineer',
      company: 'Tidewater Systems',
      locationText: null,
      workplace: 'remote',
    },
  },
};

describe('every fixture has expectations', () => {
  it('lists them all', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(siteFixtureNames());
  });
});

describe.each(siteFixtureNames())('%s', (name) => {
  const { html, url } = siteFixture(name);
  const want = EXPECTED[name] as Expected;

  it('is read by its adapter, every field with adapter provenance', () => {
    const site = readSite(siteDoc(html), url);
    expect(site?.adapter.id).toBe(fixtureSite(name));
    expect(site?.isPosting).toBe(true);
    const values = Object.fromEntries(Object.entries(site?.fields ?? {}).map(([k, f]) => [k, f?.value]));
    expect(values).toEqual(want.fields);
    for (const [field, f] of Object.entries(site?.fields ?? {})) {
      expect(f?.source, field).toBe('adapter');
      expect(f?.evidence, field).toBeTruthy();
    }
  });

  it('gives the right job through the whole pipeline', () => {
    const result = scan(siteDoc(html), url);
    expect(result.detection.kind).toBe('posting');
    expect(result.problems).toEqual([]);
    const job = result.job;
    expect(
      job && {
        title: job.title,
        company: job.company,
        locationText: job.locationText,
        workplace: job.workplace,
      },
    ).toEqual(want.job);
    expect(job?.site).toBe(fixtureSite(name));
  });
});

describe('pay a site writes when it has none', () => {
  it.each(['weworkremotely.html', 'remotive.html'])(
    '%s: the 0/0 JSON-LD baseSalary is not a salary',
    (name) => {
      const { html, url } = siteFixture(name);
      expect(scan(siteDoc(html), url).job?.salary).toBeNull();
    },
  );

  it('Remote OK: the site’s own estimate ("$70k - $120k*") is not read from the tags', () => {
    const { html, url } = siteFixture('remoteok.html');
    expect(readSite(siteDoc(html), url)?.fields.salaryText).toBeUndefined();
  });

  it('Remote OK: scan drops the estimated JSON-LD baseSalary', () => {
    const { html, url } = siteFixture('remoteok.html');
    expect(siteDoc(html).querySelector('script[type="application/ld+json"]')?.textContent).toContain(
      'baseSalary',
    );
    expect(scan(siteDoc(html), url).job?.salary).toBeNull();
  });

  it('Wellfound: a 0/0 compensation is not pay', () => {
    const { html } = siteFixture('wellfound.html');
    const url = new URL('https://wellfound.com/jobs/2718281-data-labeler');
    const fields = readSite(siteDoc(html), url)?.fields;
    expect(fields?.title?.value).toBe('Data Labeler');
    expect(fields?.salaryText).toBeUndefined();
  });
});

describe('Job Bank: what its pages mean', () => {
  it.each([
    ['jobbank.html', { employmentType: 'full-time', salary: [31.5, 31.5, 'CAD', 'hour'], countries: ['CA'] }],
    // "Casual employment" is none of our types; the partner's description is the pay-free body
    ['jobbank--partner.html', { employmentType: 'unknown', salary: null, countries: ['CA'] }],
  ])('%s', (name, want) => {
    const { html, url } = siteFixture(name);
    const job = scan(siteDoc(html), url).job;
    const s = job?.salary;
    expect({
      employmentType: job?.employmentType,
      salary: s ? [s.min, s.max, s.currency, s.period] : null,
      countries: job?.eligibility.countries,
    }).toEqual(want);
  });

  it('takes the partner’s own title, not the occupation Job Bank heads it with', () => {
    const { html, url } = siteFixture('jobbank--partner.html');
    expect(readSite(siteDoc(html), url)?.fields.title?.evidence).toBe(
      'Title posted on Workopolis - Backend Developer - Payments Platform',
    );
  });
});
