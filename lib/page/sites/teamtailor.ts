import { cleanText } from '../../text/repair';
import { adapterFound } from './embedded';
import { webUrl } from '../../text/web-url';
import type { SiteAdapter } from './types';

/** `/jobs/<id>-<slug>`, optionally under a language segment (`/sv/jobs/…`). */
const POSTING_PATH = /^(?:\/[a-z]{2}(?:-[a-z]{2,4})?)?\/jobs\/(\d+)(?:-[^/]*)?\/?$/i;

const postingId = (url: URL): string | undefined => POSTING_PATH.exec(url.pathname)?.[1];

/** The numeric id of any teamtailor.com address naming a posting: its page or its application form
 * (`/jobs/<id>-<slug>/applications/new`). Branded career domains cannot be told from the address. */
export function teamtailorPostingId(url: URL): string | undefined {
  if (!/(?:^|\.)teamtailor\.com$/.test(url.hostname)) return undefined;
  return /\/jobs\/(\d+)(?:[-/]|$)/.exec(url.pathname)?.[1];
}

const TITLE = [
  'h1.font-company-header', // job page header (career site, 2022–2026)
];

/** The posting's facts list: "Department", "Locations", "Remote status" as dt/dd pairs. */
function facts(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  const dl = doc.querySelector('main dl');
  for (const dt of Array.from(dl?.querySelectorAll('dt') ?? []).slice(0, 20)) {
    const dd = dt.nextElementSibling;
    const label = cleanText(dt.textContent ?? '').toLowerCase();
    const value = dd?.tagName === 'DD' ? cleanText(dd.textContent ?? '') : '';
    if (label && value && !out.has(label)) out.set(label, value);
  }
  return out;
}

/** The remote badge in the title's own header: the element holding the wifi icon ("Onsite", "Hybrid",
 * "Fully Remote"; none when the employer left Teamtailor's default). Related-job cards further down
 * carry the same badge for other postings, so nothing outside the header is read. */
function badge(doc: Document): string | undefined {
  const header = doc.querySelector(TITLE.join(', '))?.parentElement;
  const icon = header?.querySelector('i.fa-wifi');
  return cleanText(icon?.parentElement?.textContent ?? '') || undefined;
}

// Teamtailor: <company>.teamtailor.com/jobs/<id>-<slug> (also <company>.na.teamtailor.com); many
// employers serve the same career site on their own domain, which these patterns cannot name. Server
// HTML (Rails, Stimulus, Turbo), checked on a live page of 2026-09 and on 2026 scrapers: a JSON-LD
// JobPosting whose strings are HTML-escaped once more (the description as "&lt;p&gt;…", an often
// empty `address`), the title in h1.font-company-header, the body in .prose, a dt/dd facts list and
// a remote badge (i.fa-wifi) beside the title. The application form opens in an overlay from the
// address in main[data-careersite--jobs--form-overlay-job-application-url-value]. The document title
// is "<title> - <company>", og:site_name the company; og:title is empty.
export const teamtailor: SiteAdapter = {
  id: 'teamtailor',
  name: 'Teamtailor',
  matches: ['*://*.teamtailor.com/*'],
  excludes: ['*://app.teamtailor.com/*'], // the employers' own app
  isPosting: (url) => postingId(url) !== undefined,
  fields: {
    title: TITLE,
    description: [
      'main .prose.font-company-body', // job body (2022–2026)
    ],
  },
  read: (doc, url) => {
    const listed = facts(doc);
    const shown = badge(doc);
    const location = listed.get('locations') ?? listed.get('location');
    const remote = shown ?? listed.get('remote status');
    const site = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '';
    const form = doc
      .querySelector('main[data-careersite--jobs--form-overlay-job-application-url-value]')
      ?.getAttribute('data-careersite--jobs--form-overlay-job-application-url-value');
    return adapterFound(
      {
        company: cleanText(site),
        locationText: location,
        workplace: remote,
        applyUrl: form ? webUrl(form.trim(), url) : undefined,
        postingId: postingId(url),
      },
      {
        company: `og:site_name ${site}`,
        locationText: location && `Locations: ${location}`,
        workplace: shown ? `badge: ${shown}` : remote && `Remote status: ${remote}`,
        postingId: url.pathname,
      },
    );
  },
};
