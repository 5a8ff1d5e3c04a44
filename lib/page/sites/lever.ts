import { cleanText } from '../../text/repair';
import { adapterFound, textOf, UUID_POSTING_PATH, uuidIn } from './embedded';
import { webUrl } from '../../text/web-url';
import type { SiteAdapter } from './types';

/** Any lever.co address with the posting's UUID (its page, its /apply form). */
export function leverPostingId(url: URL): string | undefined {
  if (!/(?:^|\.)lever\.co$/.test(url.hostname)) return undefined;
  return uuidIn(url.pathname);
}

/** Header categories are written "Toronto, ON /", "/ Hybrid": the slashes only separate them. */
const category = (text: string | undefined): string | undefined =>
  text?.replace(/^[\s/|·]+|[\s/|·]+$/g, '') || undefined;

// Lever: jobs.lever.co/<site>/<uuid> (EU: jobs.eu.lever.co), the form at …/<uuid>/apply; the board
// is jobs.lever.co/<site>. Server-rendered, with JSON-LD for title, company, location, type, date
// and description; the header categories add workplace and the pay-transparency line adds pay.
export const lever: SiteAdapter = {
  id: 'lever',
  name: 'Lever',
  matches: ['*://jobs.lever.co/*', '*://jobs.eu.lever.co/*'],
  inFrames: true,
  isPosting: (url) => UUID_POSTING_PATH.test(url.pathname),
  fields: {
    title: [
      '.posting-headline h2', // posting page header (2019–)
    ],
    salaryText: [
      '[data-qa="salary-range"]', // pay-transparency section under the description (2022–)
    ],
  },
  read: (doc, url) => {
    // the header's categories (posting page, 2019–); nothing is read outside them
    const head = doc.querySelector('.posting-headline .posting-categories');
    const raw = head
      ? {
          locationText: textOf(head, ['.location', '.sort-by-location']),
          employmentType: textOf(head, ['.commitment', '.sort-by-commitment']),
          // most pages write .workplaceTypes; some templates the singular
          workplace: textOf(head, ['.workplaceTypes', '.workplaceType']),
        }
      : {};
    const href = doc.querySelector('a.postings-btn[href*="/apply"]')?.getAttribute('href');
    // the page title is "<Company> - <job title>"
    const title = textOf(doc, ['.posting-headline h2']);
    const pageTitle = cleanText(doc.title);
    const company =
      title && pageTitle.endsWith(` - ${title}`) ? pageTitle.slice(0, -(title.length + 3)) : undefined;
    return adapterFound(
      {
        locationText: category(raw.locationText),
        employmentType: category(raw.employmentType),
        workplace: category(raw.workplace),
        postingId: UUID_POSTING_PATH.exec(url.pathname)?.[1],
        applyUrl: href ? webUrl(href, url) : undefined,
        company,
      },
      { ...raw, postingId: url.pathname, company: pageTitle },
    );
  },
};
