import { adapterFound } from './embedded';
import type { SiteAdapter } from './types';

/** A company's own host: <company>.bamboohr.com, not the vendor's www. or api. */
const tenantHost = (url: URL): boolean =>
  /^[\w-]+\.bamboohr\.com$/.test(url.hostname) && !/^(?:www|api)\./.test(url.hostname);

/** `/careers/<id>` (2020s careers site), or the older `/jobs/view.php?id=<id>`. */
function postingId(url: URL): string | undefined {
  if (!tenantHost(url)) return undefined;
  const careers = /^\/careers\/(\d+)\/?$/.exec(url.pathname)?.[1];
  if (careers) return careers;
  return /^\/jobs\/view\.php$/.test(url.pathname)
    ? /^\d+$/.exec(url.searchParams.get('id') ?? '')?.[0]
    : undefined;
}

/** The numeric id of any <company>.bamboohr.com address naming a posting: its page, the older
 * `/jobs/view.php?id=`, and the page's own data (`/careers/<id>/detail`). Ids are small integers
 * numbered per company, so the company's label is part of the id ("bramblewood:148"). */
export function bamboohrPostingId(url: URL): string | undefined {
  if (!tenantHost(url)) return undefined;
  const id = postingId(url) ?? /^\/careers\/(\d+)\/detail\/?$/.exec(url.pathname)?.[1];
  return id && `${url.hostname.split('.')[0]?.toLowerCase()}:${id}`;
}

// BambooHR: <company>.bamboohr.com/careers/<id>, the board /careers (its data /careers/list), older
// postings /jobs/view.php?id=<id>. Only the careers pages are matched: the same hosts serve the
// company's HR app. The careers site renders in the browser from /careers/<id>/detail (jobOpeningName,
// description, location, locationType "0"/"1"/"2" = on-site/remote/hybrid, compensation), and its
// server HTML has no JSON-LD (2026-09). Layout not verified: no source shows the rendered markup, so
// only the posting's heading is read here and the generic reader takes the rest from the page's text
// and its label/value pairs ("Location", "Employment Type", "Compensation").
export const bamboohr: SiteAdapter = {
  id: 'bamboohr',
  name: 'BambooHR',
  matches: ['*://*.bamboohr.com/careers*', '*://*.bamboohr.com/jobs/view.php*'],
  isPosting: (url) => postingId(url) !== undefined,
  fields: {
    title: [
      'main h2', // rendered careers page (layout not verified)
      'main h1',
    ],
  },
  read: (_doc, url) => adapterFound({ postingId: postingId(url) }, { postingId: url.pathname + url.search }),
};
