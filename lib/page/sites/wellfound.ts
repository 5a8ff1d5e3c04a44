import type { Found } from '../../model/fields';
import {
  adapterFound,
  assignedJson,
  at,
  evidenceOf,
  htmlText,
  isoDate,
  isPlaceholderPay,
  scriptJson,
  str,
} from './embedded';
import { isObject, type JsonObject } from '../../model/json';
import type { SiteAdapter } from './types';

const jobId = (url: URL): string | undefined => /^\/jobs\/(\d+)(?:-[^/]*)?\/?$/.exec(url.pathname)?.[1];

/** Any wellfound.com address under a job's own path (`/jobs/<id>…`). */
export function wellfoundPostingId(url: URL): string | undefined {
  if (!/(?:^|\.)wellfound\.com$/.test(url.hostname)) return undefined;
  return /^\/jobs\/(\d+)/.exec(url.pathname)?.[1];
}

/** The Apollo cache: in `__NEXT_DATA__` (props.pageProps.apolloState.data), or `window.__APOLLO_STATE__`. */
function apolloCache(doc: Document): JsonObject | undefined {
  const next = at(scriptJson(doc, 'script#__NEXT_DATA__'), 'props', 'pageProps', 'apolloState');
  const state = isObject(next) ? next : assignedJson(doc, '__APOLLO_STATE__');
  const data = at(state, 'data');
  if (isObject(data)) return data;
  return isObject(state) ? state : undefined;
}

const deref = (cache: JsonObject, v: unknown): JsonObject | undefined => {
  const key = at(v, '__ref');
  const target = typeof key === 'string' ? cache[key] : v;
  return isObject(target) ? target : undefined;
};

/** "$120k – $180k • 0.5% – 1.0%": the part before the bullet is pay; the rest is equity. */
function pay(compensation: unknown): string | undefined {
  const text = str(compensation)?.split('•')[0]?.trim();
  return text && /\d/.test(text) && !isPlaceholderPay(text) ? text : undefined;
}

/**
 * The job listing in the page's Apollo cache, keyed `JobListing:<id>` (or `JobListingSearchResult:<id>`).
 * The key carries the id, so a cache left over from another page cannot be mistaken for this job.
 */
function readCache(doc: Document, id: string): Found {
  const cache = apolloCache(doc);
  if (!cache) return {};
  const job = [`JobListing:${id}`, `JobListingSearchResult:${id}`].map((k) => cache[k]).find(isObject);
  if (!job || (job['id'] !== undefined && str(job['id']) !== id)) return {};
  const startup = deref(cache, job['startup']);
  const remoteKind = str(deref(cache, job['remoteConfig'])?.['kind']);
  const places = ([] as unknown[])
    .concat(job['locationNames'] ?? [])
    .map(str)
    .filter(Boolean);
  const workplace =
    remoteKind === 'REMOTE_ONLY'
      ? 'Remote'
      : remoteKind === 'ONSITE'
        ? 'On-site'
        : job['remote'] === true
          ? 'Remote'
          : undefined;
  const salaryText = pay(job['compensation']);
  return adapterFound(
    {
      title: str(job['title']),
      company: str(startup?.['name']),
      locationText: places.slice(0, 20).join('; ') || undefined,
      workplace,
      employmentType: str(job['jobType']),
      datePosted: isoDate(job['liveStartAt']),
      description: htmlText(job['description']),
      salaryText,
    },
    {
      workplace: remoteKind ?? (job['remote'] === true ? '"remote": true' : undefined),
      salaryText: str(job['compensation']),
      locationText: evidenceOf(job['locationNames']),
    },
  );
}

// Wellfound (formerly AngelList Talent): wellfound.com/jobs/<id>-<slug>. Lists live at /jobs,
// /role/…, /location/… and a company's jobs at /company/<slug>/jobs. Pages embed an Apollo cache;
// its place has moved between `__NEXT_DATA__` and `window.__APOLLO_STATE__`, so both are read.
export const wellfound: SiteAdapter = {
  id: 'wellfound',
  name: 'Wellfound',
  matches: [
    '*://*.wellfound.com/jobs*',
    '*://*.wellfound.com/role/*',
    '*://*.wellfound.com/location/*',
    '*://*.wellfound.com/company/*',
  ],
  isPosting: (url) => jobId(url) !== undefined,
  // No selectors: the DOM of job pages is not known; the generic extractor reads what it shows.
  read: (doc, url) => {
    const id = jobId(url);
    if (!id) return {};
    return { ...readCache(doc, id), ...adapterFound({ postingId: id }, { postingId: url.pathname }) };
  },
};
