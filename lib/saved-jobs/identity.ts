import { atsKey } from './ats';
import { jobKey } from './key';
import type { JobIdentity } from './types';
import { companyKeyOf, matchWords } from '../text/match-words';
import { hostOf } from '../text/web-url';

// A posting's identity keys, strongest first:
//   url:<jobKey>            the page itself (and its canonical URL)
//   ats:<system>:<id>       the ATS or board id, from the page, its canonical URL or its Apply link
//   post:<site>:<id>        the posting id the page states, within its site
//   title:<company>|<title> normalised company and title: the same job written on another board

export { companyKeyOf, matchWords };

// Boards decorate titles with where and how the job is done; the job is the same.
const DECORATION =
  /^(?:remote|hybrid|on ?site|in office|anywhere|worldwide|global|w2|1099|contract|contractor|freelance|full time|part time|temporary|permanent|us|usa|uk|eu|emea|latam|apac|americas|europe|north america)(?: \w+)?$/;
const SEPARATED = /\s+[-–—|/]\s+|\s*[(),[\]]\s*/;
const WORDS: Record<string, string> = {
  sr: 'senior',
  jr: 'junior',
  snr: 'senior',
  eng: 'engineer',
  dev: 'developer',
};

/** "Sr. Backend Engineer - Remote (US)" and "Senior Backend Engineer" are one title. */
export function titleKeyOf(title: string): string {
  const parts = title.split(SEPARATED).map(matchWords).filter(Boolean);
  // Everything from the first decoration on is where and how ("Remote - Canada", "(W2)").
  const end = parts.findIndex((p, i) => i > 0 && DECORATION.test(p));
  return parts
    .slice(0, end < 0 ? undefined : end)
    .join(' ')
    .split(' ')
    .map((w) => WORDS[w] ?? w)
    .join(' ');
}

function urlKey(href: string | null | undefined): string | null {
  if (!href) return null;
  try {
    return `url:${jobKey(href)}`;
  } catch {
    return null;
  }
}

/** Two addresses of one page (tracking parameters, www., a trailing slash aside). */
export function samePage(a: string, b: string): boolean {
  return a === b || (urlKey(a) ?? a) === (urlKey(b) ?? b);
}

function postKey(id: JobIdentity): string | null {
  if (!id.postingId) return null;
  const site = id.site && id.site !== 'generic' ? id.site : siteOf(id.url);
  return `post:${site}:${id.postingId.trim().toLowerCase()}`;
}

/** "title:<company>|<title>": the same job, whatever page or board shows it (a repost too). */
export function titleKey(id: Pick<JobIdentity, 'company' | 'title'>): string | null {
  const company = companyKeyOf(id.company);
  const title = id.title ? titleKeyOf(id.title) : '';
  return company && title ? `title:${company}|${title}` : null;
}

/** The one key a posting's page is remembered by: its ATS or board id (so a results card's link and
 * the posting's own address meet), else the address it was opened at (the address a card links to,
 * which a canonical URL may not be). */
export function pageKey(id: Pick<JobIdentity, 'url' | 'canonicalUrl'>): string | null {
  return atsKey(id.url) ?? atsKey(id.canonicalUrl) ?? urlKey(id.url);
}

/** Every key a posting can be recognised by, strongest first, without repeats. */
export function identityKeys(id: JobIdentity): string[] {
  const keys = [
    urlKey(id.url),
    urlKey(id.canonicalUrl),
    atsKey(id.url),
    atsKey(id.canonicalUrl),
    atsKey(id.applyUrl),
    postKey(id),
    titleKey(id),
  ];
  return [...new Set(keys.filter((k): k is string => k !== null))];
}

/** The host of an address, as its pages share it ("www." or not). */
const siteOf = (href: string): string =>
  hostOf(href)
    .toLowerCase()
    .replace(/^www\./, '');

/** The space a key's id is unique in: one host's pages, one ATS, one site's posting ids. */
function namespaceOf(key: string): string | null {
  if (key.startsWith('url:')) return `url:${siteOf(key.slice(4))}`;
  if (key.startsWith('title:')) return null;
  return key.split(':', 2).join(':');
}

/**
 * Two postings with the same company and title are still different jobs when one place names
 * them apart: two ids in one ATS, two pages on one board.
 */
export function keysConflict(a: readonly string[], b: readonly string[]): boolean {
  const shared = new Set(a.filter((k) => b.includes(k)));
  const spaces = (keys: readonly string[]) => new Set(keys.map(namespaceOf).filter((n) => n !== null));
  const inA = spaces(a);
  for (const space of spaces(b)) {
    if (!inA.has(space)) continue;
    const agrees = [...shared].some((k) => namespaceOf(k) === space);
    if (!agrees) return true;
  }
  return false;
}

/** How strongly a key identifies a posting: 0 is the page itself. */
export function keyStrength(key: string): number {
  return ['url', 'ats', 'post', 'title'].indexOf(key.slice(0, key.indexOf(':')));
}
