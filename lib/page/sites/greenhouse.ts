import type { Found } from '../../model/fields';
import { adapterFound, assignedJson, at, evidenceOf, htmlText, payText, str, textOf } from './embedded';
import { isObject, type JsonObject } from '../../model/json';
import type { SiteAdapter } from './types';

const jobId = (url: URL): string | undefined => /^\/[^/]+\/jobs\/(\d+)/.exec(url.pathname)?.[1];

/** The job an embedded board shows in a company's page: `/embed/job_app?for=<board>&token=<id>`. */
const embeddedJobId = (url: URL): string | undefined =>
  url.pathname.startsWith('/embed/job_app')
    ? /^\d+$/.exec(url.searchParams.get('token') ?? '')?.[0]
    : undefined;

/** A job page or the embedded application form (`?token=`), or a company site showing the board
 * in an iframe (`?gh_jid=`). */
export function greenhousePostingId(url: URL): string | undefined {
  const number = (v: string | null): string | undefined => /^\d+$/.exec(v ?? '')?.[0];
  if (/(?:^|\.)greenhouse\.io$/.test(url.hostname))
    return jobId(url) ?? number(url.searchParams.get('token'));
  return number(url.searchParams.get('gh_jid'));
}

/** The job route's loader data in the Remix context; the route key has carried `$job_post_id` since 2025. */
function jobRoute(context: unknown): JsonObject | undefined {
  const loaderData = at(context, 'state', 'loaderData');
  if (!isObject(loaderData)) return undefined;
  const known = loaderData['routes/$url_token_.jobs_.$job_post_id'];
  if (isObject(known)) return known;
  const key = Object.keys(loaderData).find((k) => k.includes('$job_post_id'));
  const route = key === undefined ? undefined : loaderData[key];
  return isObject(route) ? route : undefined;
}

/** The first pay range that is not a placeholder, as text. */
function payRange(ranges: unknown): { text: string; evidence: string } | undefined {
  if (!Array.isArray(ranges)) return undefined;
  for (const r of ranges.slice(0, 10)) {
    const text = payText(at(r, 'min'), at(r, 'max'), at(r, 'currency_type'), undefined);
    if (text) return { text, evidence: evidenceOf(r) };
  }
  return undefined;
}

/**
 * Remix boards embed the job as `window.__remixContext` JSON in an inline script. It is only used
 * when it names the job in the address: after in-page navigation it can describe another job.
 */
function readRemix(doc: Document, url: URL): Found {
  const id = jobId(url);
  if (!id) return {};
  const route = jobRoute(assignedJson(doc, '__remixContext'));
  const post = route?.['jobPost'];
  if (!route || !isObject(post)) return {}; // a closed or removed job has no jobPost
  const embeddedId = str(route['jobPostId']) ?? str(post['id']);
  if (embeddedId !== id) return {};
  const pay = payRange(post['pay_ranges']);
  const description = [post['introduction'], post['content'], post['conclusion']]
    .map(htmlText)
    .filter(Boolean)
    .join('\n');
  return adapterFound(
    {
      title: str(post['title']),
      company: str(post['company_name']),
      locationText: str(post['job_post_location']),
      datePosted: str(post['published_at']),
      description,
      salaryText: pay?.text,
    },
    { salaryText: pay?.evidence },
  );
}

// Greenhouse boards: legacy boards.greenhouse.io/<token>/jobs/<id> (server HTML) and, since
// 2025, job-boards(.eu).greenhouse.io/<token>/jobs/<id> (Remix). A job URL can serve the board
// after the job closes, so content still decides (detect), not the URL alone. A company site with
// `?gh_jid=` shows the job in an iframe of /embed/job_app?for=<board>&token=<id> (the legacy
// layout): the board's script runs in that frame and the panel appears there.
export const greenhouse: SiteAdapter = {
  id: 'greenhouse',
  name: 'Greenhouse',
  matches: [
    '*://boards.greenhouse.io/*',
    '*://job-boards.greenhouse.io/*',
    '*://job-boards.eu.greenhouse.io/*',
  ],
  inFrames: true,
  isPosting: (url) => (jobId(url) ?? embeddedJobId(url)) !== undefined,
  fields: {
    title: [
      '.job__title h1', // Remix boards (2025–)
      'h1.section-header', // Remix boards, other template
      '#header h1.app-title', // legacy boards
    ],
    locationText: [
      '.job__location', // Remix boards
      '#header .location', // legacy boards
    ],
    salaryText: [
      '.job__pay-ranges .pay-range', // Remix boards: one pay range
      '#content .pay-range', // legacy boards with pay transparency
    ],
  },
  read: (doc, url) => {
    // legacy boards write "at Acme" under the title
    const line = textOf(doc, ['#header .company-name', '.job__header .company-name']);
    const company = line?.replace(/^at\s+/i, '');
    return {
      ...adapterFound({ company }, { company: line }),
      ...readRemix(doc, url),
      ...adapterFound(
        { postingId: jobId(url) ?? embeddedJobId(url) },
        { postingId: url.pathname + url.search },
      ),
    };
  },
};
