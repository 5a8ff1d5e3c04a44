import { POSTING_IDS } from '../page/sites/posting-ids';
import { webUrl } from '../text/web-url';

// The id an applicant tracking system or a big board gives a posting, read from any URL that
// points at it: the posting's own page, a board's Apply link, a company site embedding it.
// One posting seen on several boards carries the same id everywhere. Each board's adapter knows
// its own ids (lib/page/sites/posting-ids.ts).

/** "ats:greenhouse:4410021" for any URL that names a posting of a known ATS or board, else null. */
export function atsKey(href: string | null | undefined): string | null {
  const web = href ? webUrl(href) : undefined;
  if (!web) return null;
  const url = new URL(web);
  for (const [site, read] of POSTING_IDS) {
    const id = read(url);
    if (id) return `ats:${site}:${id}`;
  }
  return null;
}
