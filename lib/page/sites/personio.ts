import { adapterFound, evidenceOf, str } from './embedded';
import { findJobPostings } from '../extract/jsonld';
import type { SiteAdapter } from './types';

/** `/job/<id>`; the form at `/job/<id>/apply` carries no JobPosting and is not read. */
const POSTING_PATH = /^\/job\/(\d+)\/?$/;

const postingId = (url: URL): string | undefined => POSTING_PATH.exec(url.pathname)?.[1];

/** The numeric id of any <company>.jobs.personio.de (or .com) address naming a posting: its page
 * (`?language=en&display=en`, `#apply`) or its form (`/job/<id>/apply`). */
export function personioPostingId(url: URL): string | undefined {
  if (!/\.jobs\.personio\.(?:de|com)$/.test(url.hostname)) return undefined;
  return /^\/job\/(\d+)(?:\/|$)/.exec(url.pathname)?.[1];
}

// Personio: <company>.jobs.personio.de/job/<id> (also .jobs.personio.com), `?language=en&display=en`
// for English; the board is the site's root, the form /job/<id>/apply. The job page carries a JSON-LD
// JobPosting (checked on live pages, 2024 and 2026-09): PHP-escaped slashes, an organisation name with
// a trailing space, employmentType as an array; the form page carries none. Layout not verified: no
// source shows the posting page's markup, so the title is taken from the JobPosting (the one the page
// states) and every other field is left to the generic reader of that JobPosting.
export const personio: SiteAdapter = {
  id: 'personio',
  name: 'Personio',
  matches: ['*://*.jobs.personio.de/*', '*://*.jobs.personio.com/*'],
  isPosting: (url) => postingId(url) !== undefined,
  read: (doc, url) => {
    const postings = findJobPostings(doc);
    const posting = postings.length === 1 ? postings[0] : undefined;
    const title = str(posting?.['title']);
    return adapterFound(
      { title, postingId: postingId(url) },
      { title: title && evidenceOf({ title: posting?.['title'] }), postingId: url.pathname },
    );
  },
};
