import { describe, expect, it } from 'vitest';
import { readSite } from '../../../../lib/page/sites';
import { scan } from '../../../../lib/scan';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';
import { siteDoc, siteFixture } from '../../../helpers/sites';

describe('Remote OK', () => {
  itKnowsUrls('remoteok', {
    postings: [
      'https://remoteok.com/remote-jobs/204117-remote-senior-platform-engineer-lumenfold',
      'https://remoteok.com/remote-jobs/115485-remote-detection-and-response-engineer-latin-america-bitmex',
    ],
    notPostings: ['https://remoteok.com/remote-jobs/', 'https://remoteok.com/remote-jobs/remote-dev-jobs'],
  });
  itReadsFixture('remoteok.html', {
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
  });

  it('does not read the site’s own estimate ("$70k - $120k*") from the tags', () => {
    const { html, url } = siteFixture('remoteok.html');
    expect(readSite(siteDoc(html), url)?.fields.salaryText).toBeUndefined();
  });

  it('drops the estimated JSON-LD baseSalary', () => {
    const { html, url } = siteFixture('remoteok.html');
    expect(siteDoc(html).querySelector('script[type="application/ld+json"]')?.textContent).toContain(
      'baseSalary',
    );
    expect(scan(siteDoc(html), url).job?.salary).toBeNull();
  });
});
