import { describe, expect, it } from 'vitest';
import { scan } from '../../../../lib/scan';
import { readSite } from '../../../../lib/page/sites';
import { siteDoc, siteFixture } from '../../../helpers/sites';

// When a site renames its classes, the adapter's selectors find nothing; the page still has its
// JSON-LD, headings and title, and the generic extractor must still read the job.
const CHANGED: [fixture: string, hooks: [RegExp, string][], want: { title: string; company: string }][] = [
  [
    'lever.html',
    [
      [/posting-headline|posting-categories|postings-btn/g, 'renamed'],
      [/data-qa="/g, 'data-renamed="'],
    ],
    { title: 'Senior Data Analyst', company: 'Copperleaf' },
  ],
  [
    'workable.html',
    [
      [/data-ui="/g, 'data-renamed="'],
      [/<meta property="og:title"[^>]*>/, ''],
    ],
    { title: 'Product Designer', company: 'Fernhollow' },
  ],
  [
    'indeed.html',
    [
      [/data-testid="|data-company-name="/g, 'data-renamed="'],
      [/jobsearch-|salaryInfoAndJobType|jobDescriptionText/g, 'renamed-'],
      [/_initialData/g, '_renamedData'],
    ],
    { title: 'Warehouse Systems Analyst', company: 'Brambleton Supply Co.' },
  ],
  [
    'linkedin--guest.html',
    [
      [
        /top-card-layout__title|topcard__|description__|show-more-less-html__markup|compensation__salary/g,
        'renamed-',
      ],
      [/data-tracking-control-name="/g, 'data-renamed="'],
    ],
    { title: 'Field Service Technician', company: 'Orchard Mechanical' },
  ],
  [
    'weworkremotely.html',
    [[/lis-container__|box--/g, 'renamed-']],
    { title: 'Senior Rails Engineer', company: 'Quillstack' },
  ],
];

describe.each(CHANGED)('%s with its hooks renamed', (name, hooks, want) => {
  const { html, url } = siteFixture(name);
  const changed = hooks.reduce((page, [from, to]) => page.replace(from, to), html);

  it('gives the adapter nothing to read for title and company', () => {
    const fields = readSite(siteDoc(changed), url)?.fields ?? {};
    expect(fields.title).toBeUndefined();
    expect(fields.company).toBeUndefined();
  });

  it('still yields the title and company through the generic extractor', () => {
    const job = scan(siteDoc(changed), url).job;
    expect(job?.title).toBe(want.title);
    expect(job?.company).toBe(want.company);
    expect(job?.provenance['title']?.source).not.toBe('adapter');
  });
});
