import { cleanText } from '../../text/repair';
import { adapterFound, firstText, linesOf } from './embedded';
import { webUrl } from '../../text/web-url';
import type { SiteAdapter } from './types';

/** jobs.smartrecruiters.com/<Company>/<postingId>[-<slug>]: the id has six digits or more. */
const POSTING_PATH = /^\/([\w-]+)\/(\d{6,})(?:-[^/]*)?\/?$/;
/** First path segments of jobs.smartrecruiters.com that name no company. */
const RESERVED = /^(?:my-applications|oneclick-ui|sr-jobs|api|static|ni|public)$/i;

const postingId = (url: URL): string | undefined => {
  const m = POSTING_PATH.exec(url.pathname);
  return m && !RESERVED.test(m[1] as string) ? m[2] : undefined;
};

/** The posting id of any smartrecruiters.com address naming one: the posting page on jobs., join. or
 * www. (older links), and the public API's `/postings/<id>`. The apply form (`oneclick-ui/…/publication/
 * <uuid>`) names another id, which is not this one. */
export function smartrecruitersPostingId(url: URL): string | undefined {
  if (!/(?:^|\.)smartrecruiters\.com$/.test(url.hostname)) return undefined;
  return postingId(url) ?? /\/postings\/(\d{6,})(?:\/|$)/.exec(url.pathname)?.[1];
}

/** spl-job-location's workplaceType, in words the engines read. */
const WORKPLACE: Record<string, string> = { remote: 'Remote', hybrid: 'Hybrid', on_site: 'On-site' };

/** The header's location element: a custom element whose attributes say what its shadow root shows. */
function place(doc: Document): { address?: string; workplace?: string } {
  const el = doc.querySelector('spl-job-location');
  if (!el) return {};
  return {
    address: cleanText(el.getAttribute('formattedAddress') ?? '') || undefined,
    workplace: cleanText(el.getAttribute('workplaceType') ?? '').toLowerCase() || undefined,
  };
}

/** "Boston, MA, United States" from the address microdata, each part once. */
function addressMetas(doc: Document): string | undefined {
  const scope = doc.querySelector('[itemprop="address"]');
  if (!scope) return undefined;
  const parts: string[] = [];
  for (const prop of ['addressLocality', 'addressRegion', 'addressCountry']) {
    const v = cleanText(scope.querySelector(`[itemprop="${prop}"]`)?.getAttribute('content') ?? '');
    if (v && !parts.some((p) => p.toLowerCase() === v.toLowerCase())) parts.push(v);
  }
  return parts.join(', ') || undefined;
}

/** The four description sections, in page order, each under its own heading. */
const SECTIONS = [
  '#st-companyDescription',
  '#st-jobDescription',
  '#st-qualifications',
  '#st-additionalInformation',
];

/** A pay line among the header's job details: "Salary Range: 124,000.00-165,300.00" (no currency). */
const PAY_DETAIL = /^(?:salary|pay|compensation)\b[^:]{0,30}:\s*(.*\d.*)$/i;

// SmartRecruiters: jobs.smartrecruiters.com/<Company>/<postingId>-<slug>; the board is
// careers.smartrecruiters.com/<Company> and the form is …/oneclick-ui/company/<Company>/publication/
// <uuid>. Server HTML with schema.org microdata, no JSON-LD (2024–2026): h1.job-title[itemprop=title],
// the organisation's <meta itemprop=name>, <meta itemprop=datePosted>, li[itemprop=employmentType],
// address metas, and the description in four section.job-section blocks. The location is the
// <spl-job-location formattedAddress workplaceType> custom element; its formattedAddress may be a
// street address ("30 Rockefeller Plaza, New York, NEW YORK"), for which the address metas say the
// place. A removed posting answers HTTP 400.
export const smartrecruiters: SiteAdapter = {
  id: 'smartrecruiters',
  name: 'SmartRecruiters',
  matches: ['*://jobs.smartrecruiters.com/*'],
  isPosting: (url) => postingId(url) !== undefined,
  fields: {
    title: [
      'h1.job-title[itemprop="title"]', // posting page header (2020–)
      'h1.job-title',
    ],
    company: [
      '[itemprop="hiringOrganization"] meta[itemprop="name"]', // organisation microdata (content)
    ],
    employmentType: [
      '[itemprop="employmentType"]', // header job details: "Full-time"
    ],
    datePosted: [
      'meta[itemprop="datePosted"]', // microdata (content)
    ],
  },
  read: (doc, url) => {
    const { address, workplace } = place(doc);
    // a street number says the formatted address is a street address, not the place
    const street = address !== undefined && /\d/.test(address);
    const locationText = street ? (addressMetas(doc) ?? address) : (address ?? addressMetas(doc));
    const description = SECTIONS.map((s) => linesOf(doc, [s]))
      .filter(Boolean)
      .join('\n');
    const payLine = firstText(doc, ['.job-details .job-detail', 'li.job-detail'], (el) => {
      const text = cleanText(el.textContent ?? '');
      return PAY_DETAIL.test(text) ? text : undefined;
    });
    const href = doc.querySelector('a#st-apply[href], a.js-oneclick[href]')?.getAttribute('href');
    return adapterFound(
      {
        locationText,
        workplace: workplace ? WORKPLACE[workplace] : undefined,
        description: description || linesOf(doc, ['[itemprop="description"]']),
        salaryText: payLine ? PAY_DETAIL.exec(payLine)?.[1] : undefined,
        applyUrl: href ? webUrl(href, url) : undefined,
        postingId: postingId(url),
      },
      {
        locationText: street
          ? `${address} (street address; the address microdata: ${locationText})`
          : address,
        workplace,
        salaryText: payLine,
        postingId: url.pathname,
      },
    );
  },
};
