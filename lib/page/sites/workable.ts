import { cleanText } from '../../text/repair';
import { adapterFound } from './embedded';
import type { SiteAdapter } from './types';

const SHORTCODE = /^\/[^/]+\/j\/([0-9A-Z]{6,12})(?:\/|$)/i;

/** The shortcode of any workable.com address that names a posting (`…/j/<code>/`). */
export function workablePostingId(url: URL): string | undefined {
  if (!/(?:^|\.)workable\.com$/.test(url.hostname)) return undefined;
  return /\/j\/([0-9a-z]{6,12})(?:\/|$)/i.exec(url.pathname)?.[1]?.toUpperCase();
}

// Workable: apply.workable.com/<account>/j/<SHORTCODE>/ (the form at …/apply/); the board is
// apply.workable.com/<account>/. The DOM is client-rendered with stable `data-ui` hooks; only
// og:title is in the server HTML, as "Title - Location - Company" or "Title - Company".
export const workable: SiteAdapter = {
  id: 'workable',
  name: 'Workable',
  matches: ['*://apply.workable.com/*'],
  isPosting: (url) => SHORTCODE.test(url.pathname),
  fields: {
    title: [
      '[data-ui="job-title"]', // job page (2021–)
    ],
    company: [
      '[data-ui="company-name"]', // job page header
    ],
    locationText: [
      '[data-ui="job-location"]', // job page header
    ],
    workplace: [
      '[data-ui="job-workplace"]', // job page header: "Remote", "Hybrid", "On-site"
    ],
    description: [
      '[data-ui="job-description"]', // job page body
    ],
  },
  // Before the app renders: what og:title says for sure.
  read: (doc, url) => {
    const og = cleanText(doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '');
    const parts = og.split(' - ').map((p) => p.trim());
    // the company is always last; the title is certain only when nothing else is written
    return adapterFound(
      {
        title: parts.length === 2 ? parts[0] : undefined,
        company: parts.length >= 2 ? parts[parts.length - 1] : undefined,
        postingId: SHORTCODE.exec(url.pathname)?.[1]?.toUpperCase(),
      },
      { title: og, company: og, postingId: url.pathname },
    );
  },
};
