import { webUrl } from '../../text/web-url';

// On a list of jobs that no board describes (a company's careers page, a small board), which links
// are its postings: the largest family of links sharing one address shape (host, path but its last
// segment) whose last segment names one thing (an id, or a slug of words) and whose address says
// jobs. Menus, filters and pagination are families of one or two, or say nothing of jobs.

/** Fewer postings than this are no list to put chips on. */
const MIN_POSTINGS = 3;
const MAX_LINKS = 2_000;
/** Words of a jobs address, in the languages of the boards we read. */
const JOB_WORDS =
  /(?:^|[/.\-_])(?:jobs?|careers?|positions?|openings?|vacanc(?:y|ies)|vacatures?|stellen?|stellenangebote?|karriere|emplois?|offres?|empleos?|ofertas?|vagas?|lavor[oi]|requisitions?|postings?|opportunit(?:y|ies))(?=$|[/.\-_?])/i;
/** A last segment that names one thing: holds a number of three digits or more, or is a slug of words. */
const ONE_THING = /\d{3,}|^[\p{L}\d]+(?:[-_][\p{L}\d]+){2,}$/u;

/** The family a link belongs to, when it may be a posting's. */
function shapeOf(url: URL): string | null {
  const segments = url.pathname.split('/').filter(Boolean);
  const last = decodeURIComponent(segments.at(-1) ?? '');
  if (!last || !ONE_THING.test(last)) return null;
  const where = `${url.host}/${segments.slice(0, -1).join('/')}`;
  return JOB_WORDS.test(where) || JOB_WORDS.test(last) ? `${where}/*` : null;
}

/** Whether a link is one of the page's postings, when the page lists enough of them; else null. */
export function postingShape(doc: Document): ((url: URL) => boolean) | null {
  const families = new Map<string, Set<string>>();
  for (const a of Array.from(doc.querySelectorAll('a[href]')).slice(0, MAX_LINKS)) {
    const href = webUrl(a.getAttribute('href') ?? '', doc.baseURI);
    const url = href ? new URL(href) : undefined;
    const shape = url && shapeOf(url);
    if (!url || !shape) continue;
    const members = families.get(shape) ?? new Set<string>();
    families.set(shape, members.add(url.pathname));
  }
  let best: string | null = null;
  let most = MIN_POSTINGS - 1;
  for (const [shape, members] of families) if (members.size > most) [best, most] = [shape, members.size];
  return best === null ? null : (url) => shapeOf(url) === best;
}
