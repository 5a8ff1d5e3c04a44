import { cleanText } from '../../text/repair';
import { adapterFound, isPlaceholderPay, textOf } from './embedded';
import type { SiteAdapter } from './types';

const HOST = /(?:^|\.)simplyhired\.(?:com|co\.uk|ca|com\.au)$/;
const JOB_KEY = /^[A-Za-z0-9_-]{10,200}$/;

/** `/job/<key>`, or the search page's pane `/search?…&job=<key>`. */
function jobKey(url: URL): string | undefined {
  const path = /^\/job\/([A-Za-z0-9_-]{10,200})\/?$/.exec(url.pathname)?.[1];
  if (path) return path;
  const pane = url.searchParams.get('job') ?? '';
  return /^\/search\/?$/.test(url.pathname) && JOB_KEY.test(pane) ? pane : undefined;
}

/** The job key of any SimplyHired address (any of its country sites) that names a posting. */
export function simplyhiredPostingId(url: URL): string | undefined {
  if (!HOST.test(url.hostname)) return undefined;
  const path = /^\/job\/([A-Za-z0-9_-]{10,200})(?:\/|$)/.exec(url.pathname)?.[1];
  const pane = url.searchParams.get('job') ?? '';
  return path ?? (JOB_KEY.test(pane) ? pane : undefined);
}

/** A header value's text: the value sits in a nested `[data-testid="detailText"]` on most of them. */
const detail = (testid: string): string[] => [
  `[data-testid="${testid}"] [data-testid="detailText"]`,
  `[data-testid="${testid}"]`,
];

/** "Estimated: $52,000 - $61,000 a year" is SimplyHired's guess, not the employer's pay. */
const ESTIMATED = /^\s*estimated\b/i;

// SimplyHired (Indeed's): www.simplyhired.com, .co.uk, .ca, .com.au. Postings /job/<key>; the search
// page /search?q=…&l=… opens one in its right-hand pane with `&job=<key>`. Both render the job with
// `data-testid` hooks (2023–2026, several scrapers): viewJobTitle, viewJobCompanyName (may end with
// the company's rating, "- 4.3"), viewJobCompanyLocation, viewJobBodyJobDetailsJobType and
// viewJobBodyJobCompensation (values in a nested `detailText`), viewJobBodyJobFullDescriptionContent.
// When the employer gives no pay the site shows its own estimate, "Estimated: …": never read as
// pay, and the JSON-LD pay (present on job pages per scrapers that read it first; its pay not
// verified) is not trusted either, since it may carry the same estimate.
export const simplyhired: SiteAdapter = {
  id: 'simplyhired',
  name: 'SimplyHired',
  matches: [
    '*://*.simplyhired.com/*',
    '*://*.simplyhired.co.uk/*',
    '*://*.simplyhired.ca/*',
    '*://*.simplyhired.com.au/*',
  ],
  isPosting: (url) => HOST.test(url.hostname) && jobKey(url) !== undefined,
  distrust: ['baseSalary'],
  fields: {
    title: [
      '[data-testid="viewJobTitle"]', // job page and search pane (2023–)
    ],
    locationText: detail('viewJobCompanyLocation'), // job page and search pane (2023–)
    employmentType: detail('viewJobBodyJobDetailsJobType'), // "Job Details" section (2023–)
    description: [
      '[data-testid="viewJobBodyJobFullDescriptionContent"]', // job page and search pane (2023–)
    ],
  },
  read: (doc, url) => {
    const name = textOf(doc, detail('viewJobCompanyName'));
    const pay = textOf(doc, detail('viewJobBodyJobCompensation'));
    const employerPay = pay && !ESTIMATED.test(pay) && !isPlaceholderPay(pay) ? pay : undefined;
    return adapterFound(
      {
        // "Halvorsen Dental Group - 4.3": the rating is not part of the name
        company: name && cleanText(name.replace(/\s+[-–—]\s+\d(?:\.\d)?\s*★?$/, '')),
        salaryText: employerPay,
        postingId: jobKey(url),
      },
      { company: name, postingId: `${url.pathname}${url.search}` },
    );
  },
};
