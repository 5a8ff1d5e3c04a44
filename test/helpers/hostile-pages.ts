// Hostile job pages, built in code: markup in the page's own text, links that run script, broken
// and enormous JSON-LD, absurd nesting and every Unicode oddity. Shared by test/unit/hostile.
import { parseHTML } from 'linkedom';
import { pageDoc } from './pages';

/** Markup a page may put in its text, hoping some reader renders it as HTML. */
export const MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(2)">',
  '<iframe src="javascript:alert(3)"></iframe>',
  '<svg onload="alert(4)"></svg>',
  '<a href="javascript:alert(5)">click</a>',
].join(' ');

/** The same as elements of a page, less the iframe: happy-dom would try to load it, and log why not. */
export const ELEMENTS = MARKUP.replace(/<iframe.*?<\/iframe> /, '');

/** Links that run script or leave the web, as pages write them (case, blanks and tabs included). */
export const BAD_LINKS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '  javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
];

/** One of each Unicode oddity: direction marks and overrides, stacked marks, NUL, lone surrogates… */
export const ODDITIES: Record<string, string> = {
  'direction marks': 'Dev\u200Eel\u200Foper',
  'right-to-left override': '\u202Ereenigne\u202C',
  'stacked combining marks': `Ze${'\u0301\u0336\u0334'.repeat(40)}d`,
  NUL: 'Back\u0000end',
  'lone surrogates': 'Lead \uD800 \uDFFF',
  'zero-width joiner': 'Ops\u200Deng',
  'byte-order mark': '\uFEFFEngineer',
  'emoji ZWJ sequences': '👩🏽‍💻 👨‍👩‍👧‍👦 🏳️‍🌈 Engineer',
  'replacement character': 'Engin\uFFFDer',
};

/** Text as a page writes it inside an element: shown, never parsed. */
export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JSON-LD as careful sites embed it: `</` written `<\/` so the text cannot end its script element. */
export const ldJson = (value: unknown): string => JSON.stringify(value).replace(/<\//g, '<\\/');

/** A plain, valid JobPosting; tests override the fields they make hostile. */
export function posting(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Platform Engineer',
    description: '<p>Remote in Canada. Salary $100,000 - $120,000 per year.</p>',
    hiringOrganization: { '@type': 'Organization', name: 'Northwind Labs' },
    datePosted: '2026-01-05',
    url: 'https://careers.example/jobs/1/apply',
    ...over,
  };
}

export interface PageParts {
  /** Raw HTML of the document's title element. */
  title?: string;
  /** Raw JSON-LD text, put in a script element as it stands. */
  ld?: string;
  head?: string;
  /** Raw HTML of the body; escape page text with `escapeHtml`. */
  body?: string;
}

export interface BodyParts {
  heading?: string;
  company?: string;
  location?: string;
  /** More of the body, after the first paragraph. */
  text?: string;
  apply?: string;
}

/** The body of an ordinary posting, each part raw HTML: escape page text with `escapeHtml`. */
export function postingBody({
  heading = 'Platform Engineer',
  company = 'Northwind Labs',
  location = 'Remote - Canada',
  text = '',
  apply = '/jobs/1/apply',
}: BodyParts = {}): string {
  return `<main><h1>${heading}</h1>
<p>Company: ${company}</p><p>Location: ${location}</p>
<p>Salary: $100,000 - $120,000 per year</p><p>Employment type: Full-time</p>
<h2>About the role</h2><p>We're looking for a platform engineer. You'll build our deploy pipeline. ${text}</p>
<h2>Requirements</h2><ul><li>5+ years of experience with Kubernetes.</li><li>Candidates must be located in Canada.</li></ul>
<a href="${apply}">Apply now</a></main>`;
}

export function pageHtml({
  title = 'Platform Engineer',
  ld,
  head = '',
  body = postingBody(),
}: PageParts): string {
  const script = ld === undefined ? '' : `<script type="application/ld+json">${ld}</script>`;
  return `<!doctype html><html><head><title>${title}</title>${script}${head}</head><body>${body}</body></html>`;
}

/** `depth` levels of `open`, then `inner`, then as many `close`: `[[[…]]]` or `{"a":{"a":…}}`. */
export const nested = (depth: number, open: string, inner: string, close: string): string =>
  open.repeat(depth) + inner + close.repeat(depth);

/** A job page as an inert document (happy-dom, like the other unit tests). */
export const hostileDoc = (parts: PageParts): Document => pageDoc(pageHtml(parts));

/** Where the hostile pages say they are. */
export const PAGE_URL = new URL('https://careers.example/jobs/1');

/**
 * The same page in linkedom, for absurd nesting: happy-dom's own selector engine recurses once per
 * level and overflows near 5 000; a browser's and linkedom's do not, so only ours is under test.
 */
export function linkedDoc(parts: PageParts): Document {
  return parseHTML(pageHtml(parts)).document as unknown as Document;
}

/** Hangs `depth` nested elements under `parent` (made by `make`) and returns the innermost. */
export function nestElements(parent: Element, depth: number, make: (level: number) => Element): Element {
  let at = parent;
  for (let level = 0; level < depth; level++) {
    const child = make(level);
    at.append(child);
    at = child;
  }
  return at;
}
