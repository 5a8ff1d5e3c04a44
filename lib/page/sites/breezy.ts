import { adapterFound } from './embedded';
import type { SiteAdapter } from './types';

/** `/p/<id>-<slug>` (also `/p/<id>/<slug>`); `/p/<id>-<slug>/apply` is the form. */
const POSTING_PATH = /^\/p\/([0-9a-z]{6,24})(?:-[^/]*|\/(?!apply\/?$)[^/]+)?\/?$/i;

const postingId = (url: URL): string | undefined => POSTING_PATH.exec(url.pathname)?.[1]?.toLowerCase();

/** The position id of any <company>.breezy.hr address naming a posting, its form included. */
export function breezyPostingId(url: URL): string | undefined {
  if (!/^[\w-]+\.breezy\.hr$/.test(url.hostname) || url.hostname.startsWith('app.')) return undefined;
  return /^\/p\/([0-9a-z]{6,24})(?:[-/]|$)/i.exec(url.pathname)?.[1]?.toLowerCase();
}

// Breezy HR: <company>.breezy.hr/p/<id>-<slug>, the form …/apply, the board the site's root (its data
// /json). Only /p/ pages are matched: app.breezy.hr is the employer's app. Server HTML: the header
// holds the company (a back link, a.company-name > span) and .position-header with the h1 and a
// ul.meta list of li.location ("Canada - Remote OK"), li.type and li.department, the same classes as
// the board's rows; the body is .job-description > .description; the document title is "<title> at
// <company>" (2020s scrapers, years not captured). JSON-LD: not verified, so none is relied on.
export const breezy: SiteAdapter = {
  id: 'breezy',
  name: 'Breezy HR',
  matches: ['*://*.breezy.hr/p/*'],
  isPosting: (url) => postingId(url) !== undefined,
  fields: {
    title: [
      '.position-header > h1', // posting header
      '.position-header h1',
    ],
    company: [
      'a.company-name > span', // back link to the board, beside an arrow icon
      '.company-name span',
    ],
    locationText: [
      '.position-header ul.meta li.location', // "Canada - Remote OK", "Austin, TX"
    ],
    employmentType: [
      '.position-header ul.meta li.type', // "Full-Time"
    ],
    description: [
      '.job-description > .description', // posting body
    ],
  },
  read: (_doc, url) => adapterFound({ postingId: postingId(url) }, { postingId: url.pathname }),
};
