import { findJobPostings } from '../extract/jsonld';
import { cleanText } from '../../text/repair';
import { adapterFound, at, str, textOf } from './embedded';
import type { SiteAdapter } from './types';

const jobId = (url: URL): string | undefined =>
  /^\/(?:remote-jobs|remote\/jobs)\/[^/]+\/[^/]*?-?(\d+)\/?$/.exec(url.pathname)?.[1];

/** Whether a link leads to a Remotive posting (its list cards link there). */
export const isRemotivePosting = (url: URL): boolean =>
  /(?:^|\.)remotive\.com$/.test(url.hostname) && jobId(url) !== undefined;

const HEADING = [
  '.content-header h1.title', // job page (2025)
  '.content-header h1', // job page, other template
];

/** "[Hiring] Backend Engineer @Acme Labs" → "Backend Engineer" (the company is read on its own). */
function plainTitle(text: string, company: string | undefined): string {
  let t = text.replace(/^\s*\[[^\]]{1,20}\]\s*/, '');
  const sign = t.lastIndexOf(' @');
  if (sign > 0 && (!company || cleanText(t.slice(sign + 2)).toLowerCase() === company.toLowerCase()))
    t = t.slice(0, sign);
  return cleanText(t);
}

// Remotive: remotive.com/remote-jobs/<category>/<slug>-<id> (also seen: /remote/jobs/<category>/…).
// Lists: /remote-jobs, /remote-jobs/<category>. The JSON-LD and the h1 both write the title as
// "[Hiring] <title> @<company>"; its baseSalary is a 0/0 placeholder. The page's body carries
// the publication date.
export const remotive: SiteAdapter = {
  id: 'remotive',
  name: 'Remotive',
  matches: [
    '*://remotive.com/remote-jobs/*',
    '*://remotive.com/remote/jobs/*',
    '*://*.remotive.com/remote-jobs/*',
  ],
  isPosting: (url) => jobId(url) !== undefined,
  workplace: 'remote',
  distrust: ['baseSalary'], // a 0/0 placeholder
  fields: {
    company: [
      '.content-header .company', // job page header (2025)
    ],
    description: [
      '#job-description', // job page body (2025)
    ],
  },
  read: (doc, url) => {
    const posting = findJobPostings(doc)[0];
    const company =
      textOf(doc, ['.content-header .company']) ?? str(at(posting, 'hiringOrganization', 'name'));
    const written = textOf(doc, HEADING) ?? str(posting?.['title']);
    const date = doc.body?.getAttribute('data-publication-date') ?? undefined;
    return adapterFound(
      {
        title: written && plainTitle(written, company),
        company,
        datePosted: date,
        postingId: jobId(url),
      },
      { title: written, datePosted: date && `data-publication-date="${date}"`, postingId: url.pathname },
    );
  },
};
