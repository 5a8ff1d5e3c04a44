import type { Field } from '../model/types';
import type { Found } from '../model/fields';
import { workplaceOf } from '../model/work-words';
import { NOT_AN_EMPLOYER } from '../text/board-names';
import { cleanText } from '../text/repair';
import { ROLE_NOUN } from '../text/more-role-words';

// What a page's og:title and <title> say by the common conventions ("Data Engineer at Acme |
// Board", "Acme hiring Data Engineer in Berlin | LinkedIn"). The page sends both as written
// (PageReading.pageTitles); they outrank what the page guessed from its labels and layout, never
// what a site's reader or the structured data said.

interface TitleParts {
  title?: string;
  company?: string;
  locationText?: string;
}

// Page titles follow a few conventions. Each entry: a pattern and which capture is what.
const TITLE_PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => TitleParts }[] = [
  // "Acme hiring Data Engineer in Berlin, Germany | LinkedIn"
  {
    re: /^(.+?) hiring (.+?) in (.+?)(?: \| [^|]+)?$/,
    parts: (m) => ({ company: m[1], title: m[2], locationText: m[3] }),
  },
  // "Board > Data Engineer vacancy, posted on 05/09/2018": a breadcrumb that names the posting
  {
    re: /^[^>|]{2,60} > (.+?) (?:vacancy|job|position|opening)(?:,? posted on .+)?$/i,
    parts: (m) => ({ title: m[1] }),
  },
  // "Medical Assistant in Santa Rosa, California, United States | Nursing at North Bay Health": the
  // role, where, and a category before the employer
  {
    re: /^(.+?) in ([^|,]+,[^|]+?) \| [^|]+? at ([^|]+)$/,
    parts: (m) => (ROLE_NOUN.test(m[1] ?? '') ? { title: m[1], company: m[3], locationText: m[2] } : {}),
  },
  // "We're hiring a Staff Engineer | by Priya Raman | Harbor Engineering": a blog post, its author,
  // its publication
  {
    re: /^(.+?) \| by [^|]+ \| ([^|]+?)(?: \| [^|]+)?$/,
    parts: (m) => (ROLE_NOUN.test(m[1] ?? '') ? { title: m[1], company: m[2] } : {}),
  },
  // "Job Application for Data Engineer at Acme"
  {
    re: /^Job Application for (.+) at ([^|]+?)(?: \| .*)?$/i,
    parts: (m) => ({ title: m[1], company: m[2] }),
  },
  // "Data Engineer at Acme | Board" / "Data Engineer at Acme - Board" (a job noun guards "Work at Home")
  {
    re: /^(.+?) at ([^|–—-]+?)(?: in ([^|–—-]+))?(?: [|–—-] .*)?$/,
    parts: (m) => (ROLE_NOUN.test(m[1] ?? '') ? { title: m[1], company: m[2], locationText: m[3] } : {}),
  },
  // "Data Engineer, Europe – Acme": a titled segment, then a name; "Data Analyst - Acme Careers":
  // then the site's own name, which names no employer
  {
    re: /^(.+?) [–—|-] ((?:(?! [–—|-] ).){2,40})$/,
    parts: (m) =>
      ROLE_NOUN.test(m[1] ?? '') &&
      !LISTING.test(m[1] ?? '') &&
      !ROLE_NOUN.test(m[2] ?? '') &&
      !workplaceOf(m[2])
        ? { title: m[1], ...siteOwner(m[2] ?? '') }
        : {},
  },
];

// "Android Engineer Jobs, Android Developer Jobs | Thailand": a title naming jobs, not one role.
const LISTING = /\bjobs\b/i;

/** "Tri-County Plumbing & Heating Careers": the site's name, and the employer in it. */
function siteOwner(name: string): TitleParts {
  const owner = /^(.{2,}?)\s+(?:careers?|karriere|carrières|carreiras)$/i.exec(name)?.[1];
  if (owner) return { company: owner };
  return NOT_AN_EMPLOYER.test(name) ? {} : { company: name };
}

/** What the <title> alone says, by the common "Title at Company | Board" conventions. */
export function parseDocumentTitle(raw: string): TitleParts {
  const text = cleanText(raw).replace(/^\(\d+\)\s*/, '');
  for (const { re, parts } of TITLE_PATTERNS) {
    const m = re.exec(text);
    const got = m && parts(m);
    if (got && got.title) return got;
  }
  return {};
}

const FROM_TITLES = ['title', 'company', 'locationText'] as const;

/** Sources the page titles' reading outranks: labels, the layout, og:site_name and og:title. */
const OUTRANKED: ReadonlySet<Field<string>['source']> = new Set(['label', 'text', 'meta']);

/** The fields with what the page's titles say, og:title first, where nothing stronger said it. */
export function withPageTitles(fields: Found, titles: readonly string[]): Found {
  const read = titles.map(parseDocumentTitle);
  const out = { ...fields };
  for (const name of FROM_TITLES) {
    const value = read.find((r) => r[name])?.[name]?.trim();
    const had = fields[name];
    if (value && (!had || OUTRANKED.has(had.source))) out[name] = { value, source: 'meta', evidence: value };
  }
  return out;
}
