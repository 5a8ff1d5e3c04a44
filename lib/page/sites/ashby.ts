import type { Found } from '../../model/fields';
import {
  adapterFound,
  assignedJson,
  at,
  htmlText,
  isPlaceholderPay,
  multiline,
  str,
  textOf,
  UUID_POSTING_PATH,
  uuidIn,
} from './embedded';
import { isObject } from '../../model/json';
import type { SiteAdapter } from './types';

const postingId = (url: URL): string | undefined => UUID_POSTING_PATH.exec(url.pathname)?.[1]?.toLowerCase();

/** Any jobs.ashbyhq.com address with the posting's UUID, or a company site embedding it (`?ashby_jid=`). */
export function ashbyPostingId(url: URL): string | undefined {
  if (/(?:^|\.)ashbyhq\.com$/.test(url.hostname)) return uuidIn(url.pathname);
  return uuidIn(url.searchParams.get('ashby_jid') ?? '');
}

const HEADING = [
  '.ashby-job-posting-heading', // job page (2023–)
];

/** "Berlin" plus secondary locations, in the order the page lists them. */
function locations(posting: Record<string, unknown>): string | undefined {
  const names = [posting['locationName'], ...([] as unknown[]).concat(posting['secondaryLocations'] ?? [])]
    .map((l) => str(l) ?? str(at(l, 'locationName')) ?? str(at(l, 'location')))
    .filter((l): l is string => !!l);
  return [...new Set(names)].slice(0, 20).join('; ') || undefined;
}

/**
 * The job page's server HTML carries `window.__appData = {…}` with `posting` and `organization`.
 * The board is an SPA, so the data may describe the job the page first loaded: it is used only when
 * its id is the address's (or, without an id, when its title is the heading on the page).
 */
function readAppData(doc: Document, id: string): Found {
  const data = assignedJson(doc, '__appData');
  const posting = at(data, 'posting');
  if (!isObject(posting)) return {}; // null when the board is served instead of the job
  const embeddedId = str(posting['id'])?.toLowerCase();
  if (embeddedId !== undefined && embeddedId !== id) return {};
  const title = str(posting['title']);
  const heading = textOf(doc, HEADING);
  if (embeddedId === undefined && heading && heading !== title) return {};
  const pay =
    [posting['scrapeableCompensationSalarySummary'], posting['compensationTierSummary']]
      .map(str)
      .find((t) => t && /\d/.test(t) && !isPlaceholderPay(t)) ?? undefined;
  return adapterFound({
    title,
    company: str(at(data, 'organization', 'name')),
    locationText: locations(posting),
    // workplaceType ("Hybrid") wins over isRemote, which can be true for hybrid jobs
    workplace: str(posting['workplaceType']) ?? (posting['isRemote'] === true ? 'Remote' : undefined),
    employmentType: str(posting['employmentType']),
    datePosted: str(posting['publishedDate']),
    description: multiline(posting['descriptionPlainText']) ?? htmlText(posting['descriptionHtml']),
    salaryText: pay,
  });
}

// Ashby: jobs.ashbyhq.com/<board>/<uuid>, the form at …/<uuid>/application; the board is
// jobs.ashbyhq.com/<board>. A client-rendered React app (#root) with stable `ashby-` class names.
export const ashby: SiteAdapter = {
  id: 'ashby',
  name: 'Ashby',
  matches: ['*://jobs.ashbyhq.com/*'],
  inFrames: true,
  isPosting: (url) => postingId(url) !== undefined,
  fields: {
    title: HEADING,
    description: [
      '.ashby-job-posting-description', // job page, description pane
    ],
  },
  read: (doc, url) => {
    const id = postingId(url);
    if (!id) return {};
    return {
      ...readAppData(doc, id),
      ...adapterFound({ postingId: id }, { postingId: url.pathname }),
    };
  },
};
