import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { viewFor } from '../../../lib/analysis/view';
import type { Job } from '../../../lib/model/job';
import type { Profile } from '../../../lib/model/types';
import { findTextRange } from '../../../lib/panel/find-text';
import { scan } from '../../../lib/scan';
import { siteDoc, siteFixture, siteFixtureNames } from '../../helpers/sites';

// Every sentence the panel quotes (the verdict's for each profile, the pay, each condition) is
// text the page shows, found where the panel's "show it" looks. What only structured data says is
// shown as data, never quoted.

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const PROFILES: Profile[] = ['CA', 'US', 'GB', 'DE', 'IN', 'BR', 'AU'].map((country) => ({
  country,
  subdivision: null,
  currency: 'USD',
  minPay: null,
}));

/** The quotes the panel would show on this page, across profiles. */
function quotesOf(job: Job): string[] {
  const quotes = new Set<string>();
  for (const p of PROFILES) {
    const { verdict } = viewFor(job, p);
    if (verdict.evidence && !verdict.evidenceIsData) quotes.add(verdict.evidence);
  }
  if (job.salary && job.salary.source !== 'jsonld') quotes.add(job.salary.raw);
  const { visaSponsorship, citizenship } = job.eligibility;
  for (const flag of [visaSponsorship, citizenship]) if (flag) quotes.add(flag.evidence);
  return [...quotes];
}

const pages: [string, string, string][] = [
  ...siteFixtureNames().map((name): [string, string, string] => {
    const { html, url } = siteFixture(name);
    return [`sites/${name}`, html, url.href];
  }),
  ...['pages', 'seeds'].flatMap((dir) =>
    readdirSync(join(FIXTURES, dir))
      .filter((f) => f.endsWith('.html'))
      .map((f): [string, string, string] => [
        `${dir}/${f}`,
        readFileSync(join(FIXTURES, dir, f), 'utf8'),
        /^<!--\s*url:\s*(\S+)\s*-->/.exec(readFileSync(join(FIXTURES, dir, f), 'utf8'))?.[1] ??
          'https://careers.example/jobs/1',
      ]),
  ),
];

describe('every quote the panel shows is on the page', () => {
  it.each(pages)('%s', (_name, html, url) => {
    const doc = siteDoc(html);
    const job = scan(doc, new URL(url)).job;
    if (!job) return;
    const missing = quotesOf(job).filter((q) => !findTextRange(doc.body, q));
    expect(missing).toEqual([]);
  });
});

describe('what only the page’s data says is shown as data', () => {
  const posting = (body: string) =>
    siteDoc(
      `<html><head><script type="application/ld+json">${JSON.stringify({
        '@type': 'JobPosting',
        title: 'Aged Care Nurse',
        jobLocation: {
          '@type': 'Place',
          address: { addressLocality: 'Camberwell', addressRegion: 'VIC', addressCountry: 'AU' },
        },
      })}</script></head><body><main><h1>Aged Care Nurse</h1>${body}<h2>About the role</h2><p>You will care for residents.</p><h2>Requirements</h2><p>AHPRA registration.</p><button>Apply now</button></main></body></html>`,
    );
  const AU: Profile = { country: 'AU', subdivision: null, currency: 'AUD', minPay: null };

  it('a location only the JSON-LD states', () => {
    const doc = posting('');
    const job = scan(doc, new URL('https://careers.example/jobs/9')).job;
    const { verdict } = viewFor(job as Job, AU);
    expect(verdict).toMatchObject({ status: 'eligible', evidenceIsData: true });
    expect(findTextRange(doc.body, verdict.evidence ?? '')).toBeNull();
  });

  it('the location line the page shows is quoted instead', () => {
    const doc = posting('<p>Location: Camberwell VIC 3124, Australia</p>');
    const job = scan(doc, new URL('https://careers.example/jobs/9')).job;
    const { verdict } = viewFor(job as Job, AU);
    expect(verdict).toMatchObject({ status: 'eligible', evidenceIsData: false });
    expect(findTextRange(doc.body, verdict.evidence ?? '')).not.toBeNull();
  });
});
