import { adapterFound, str } from './embedded';
import { hasType, readJsonLd, walkNodes } from '../extract/jsonld';
import type { SiteAdapter } from './types';

/** `/apply/<code>/<slug>` (the slug is cosmetic: `/apply/<code>` serves the same posting). */
const POSTING_PATH = /^\/apply\/(?!jobs\/?$|thanks\/?$)([A-Za-z0-9]{5,16})(?:\/[^/]+)?\/?$/;

const postingId = (url: URL): string | undefined => POSTING_PATH.exec(url.pathname)?.[1];

/** The job code of any <company>.applytojob.com address naming a posting: its page, and the board's
 * link `/apply/jobs/details/<code>` (a generic shell page whose canonical link is the posting). */
export function jazzhrPostingId(url: URL): string | undefined {
  if (!url.hostname.endsWith('.applytojob.com')) return undefined;
  return postingId(url) ?? /^\/apply\/jobs\/details\/([A-Za-z0-9]{5,16})\/?$/.exec(url.pathname)?.[1];
}

/** The name in the page's JSON-LD Organization block, which both templates carry. */
function organization(doc: Document): string | undefined {
  for (const root of readJsonLd(doc).slice(0, 10)) {
    const org = walkNodes(root, 50).find((n) => hasType(n, 'Organization'));
    const name = str(org?.['name']);
    if (name) return name;
  }
  return undefined;
}

// JazzHR: <company>.applytojob.com/apply/<code>/<slug>, with the application form inline on the same
// page (#resumator-submit-resume); the board is /apply (titled "<company> - Career Page") and
// /apply/jobs, whose links /apply/jobs/details/<code> serve a generic shell. Server HTML, one template
// for every tenant (2025–2026 scrapers and a live capture): div.job-header with the title (an h2; h1
// in some captures) and .job-attributes-container of div[title="Location"], div#resumator-job-employment
// [title="Type"], div[title="Department"]; the body in div#job-description. JSON-LD: an Organization
// block (the company) and, on most tenants, a JobPosting whose address fields are all "" and whose id
// is a non-standard `uniqueJobCode`; about 30% of tenants carry the Organization block only and put
// the body in div.job_description (2026).
export const jazzhr: SiteAdapter = {
  id: 'jazzhr',
  name: 'JazzHR',
  matches: ['*://*.applytojob.com/*'],
  // company sites embed the board as iframe#resumator-job-frame (src …applytojob.com/apply/jobs/),
  // and a posting opened from it stays in the frame
  inFrames: true,
  isPosting: (url) => postingId(url) !== undefined,
  fields: {
    title: [
      '.job-header h2', // posting header (2020s)
      '.job-header h1',
    ],
    locationText: [
      '.job-attributes-container [title="Location"]', // "Boise, ID", "Remote"
    ],
    employmentType: [
      '#resumator-job-employment', // "Full Time"
      '.job-attributes-container [title="Type"]',
    ],
    description: [
      '#job-description', // posting body
      '.job_description', // older tenants' template
    ],
  },
  read: (doc, url) =>
    adapterFound({ company: organization(doc), postingId: postingId(url) }, { postingId: url.pathname }),
};
