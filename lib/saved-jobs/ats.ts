import { webUrl } from '../text/web-url';

// The id an applicant tracking system or a big board gives a posting, read from any URL that
// points at it: the posting's own page, a board's Apply link, a company site embedding it.
// One posting seen on several boards carries the same id everywhere.

const UUID = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

interface IdReader {
  name: string;
  host: RegExp;
  id(url: URL): string | undefined;
}

const first = (re: RegExp, text: string): string | undefined => re.exec(text)?.[1];

const READERS: IdReader[] = [
  {
    name: 'greenhouse',
    host: /(?:^|\.)greenhouse\.io$/,
    id: (u) =>
      first(/^\/[^/]+\/jobs\/(\d+)/, u.pathname) ?? first(/^(\d+)$/, u.searchParams.get('token') ?? ''),
  },
  { name: 'lever', host: /(?:^|\.)lever\.co$/, id: (u) => first(UUID, u.pathname)?.toLowerCase() },
  { name: 'ashby', host: /(?:^|\.)ashbyhq\.com$/, id: (u) => first(UUID, u.pathname)?.toLowerCase() },
  {
    name: 'workable',
    host: /(?:^|\.)workable\.com$/,
    id: (u) => first(/\/j\/([0-9a-z]{6,12})(?:\/|$)/i, u.pathname)?.toUpperCase(),
  },
  {
    name: 'smartrecruiters',
    host: /(?:^|\.)smartrecruiters\.com$/,
    id: (u) => first(/^\/[^/]+\/(\d{6,})/, u.pathname),
  },
  {
    name: 'linkedin',
    host: /(?:^|\.)linkedin\.com$/,
    id: (u) =>
      first(/^\/jobs\/view\/(?:[^/]*?-)?(\d{6,})(?:\/|$)/, u.pathname) ??
      first(/^(\d{6,})$/, u.searchParams.get('currentJobId') ?? ''),
  },
  {
    name: 'indeed',
    host: /(?:^|\.)indeed\.[a-z.]+$/,
    id: (u) =>
      first(/^([0-9a-f]{16})$/i, u.searchParams.get('jk') ?? u.searchParams.get('vjk') ?? '')?.toLowerCase(),
  },
  { name: 'wellfound', host: /(?:^|\.)wellfound\.com$/, id: (u) => first(/^\/jobs\/(\d+)/, u.pathname) },
];

// Company career sites embed their ATS board and say which posting in a query parameter.
const EMBED_PARAMS: [param: string, name: string, id: RegExp][] = [
  ['gh_jid', 'greenhouse', /^(\d+)$/],
  ['ashby_jid', 'ashby', UUID],
];

function parse(href: string): URL | null {
  const web = webUrl(href);
  return web ? new URL(web) : null;
}

/** "ats:greenhouse:4410021" for any URL that names a posting of a known ATS or board, else null. */
export function atsKey(href: string | null | undefined): string | null {
  const url = href ? parse(href) : null;
  if (!url) return null;
  const host = url.hostname.toLowerCase();
  for (const reader of READERS) {
    const id = reader.host.test(host) ? reader.id(url) : undefined;
    if (id) return `ats:${reader.name}:${id}`;
  }
  for (const [param, name, re] of EMBED_PARAMS) {
    const id = first(re, url.searchParams.get(param) ?? '');
    if (id) return `ats:${name}:${id.toLowerCase()}`;
  }
  return null;
}
