import { cleanText } from '../../text/repair';
import { webUrl } from '../../text/web-url';
import { found, type Found } from '../../model/fields';
import { JOB_NOUN } from '../../text/role-words';
import { workplaceOf } from '../../model/work-words';

function metaContent(doc: Document, names: string[]): string | undefined {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}" i], meta[name="${name}" i]`);
    const v = el?.getAttribute('content');
    if (v && cleanText(v)) return cleanText(v);
  }
  return undefined;
}

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
  // "Job Application for Data Engineer at Acme"
  {
    re: /^Job Application for (.+) at ([^|]+?)(?: \| .*)?$/i,
    parts: (m) => ({ title: m[1], company: m[2] }),
  },
  // "Data Engineer at Acme | Board" / "Data Engineer at Acme - Board" (a job noun guards "Work at Home")
  {
    re: /^(.+?) at ([^|–—-]+?)(?: in ([^|–—-]+))?(?: [|–—-] .*)?$/,
    parts: (m) => (JOB_NOUN.test(m[1] ?? '') ? { title: m[1], company: m[2], locationText: m[3] } : {}),
  },
  // "Data Engineer, Europe – Acme": a titled segment, then a name
  {
    re: /^(.+?) [–—|-] ([^–—|-]{2,40})$/,
    parts: (m) =>
      JOB_NOUN.test(m[1] ?? '') &&
      !JOB_NOUN.test(m[2] ?? '') &&
      !workplaceOf(m[2]) &&
      !NOT_AN_EMPLOYER.test(m[2] ?? '')
        ? { title: m[1], company: m[2] }
        : {},
  },
];

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

/** og:, twitter: and <title> values. */
export function fieldsFromMeta(doc: Document): Found {
  const docTitle = doc.querySelector('title')?.textContent ?? '';
  const fromTitle = parseDocumentTitle(docTitle);
  const ogTitle = metaContent(doc, ['og:title', 'twitter:title']);
  const fromOg = ogTitle ? parseDocumentTitle(ogTitle) : {};
  return found('meta', {
    title: fromOg.title ?? fromTitle.title,
    company: fromOg.company ?? fromTitle.company,
    locationText: fromOg.locationText ?? fromTitle.locationText,
  });
}

/** The page's own address, as it states it (canonical link, then og:url), resolved against `base`. */
export function canonicalUrl(doc: Document, base: string): string | undefined {
  const href =
    doc.querySelector('link[rel="canonical" i]')?.getAttribute('href') ?? metaContent(doc, ['og:url']);
  return href ? webUrl(href, base) : undefined;
}

export function siteName(doc: Document): string | undefined {
  return metaContent(doc, ['og:site_name', 'application-name']);
}

// A board's or an ATS's own name is not the employer.
const NOT_AN_EMPLOYER =
  /\b(?:jobs?|careers?|recruit\w*|talent|hiring|vacanc\w*|linkedin|indeed|glassdoor|monster|ziprecruiter|greenhouse|lever|ashby|workable|wellfound|angellist|himalayas|remotive|remote ?ok|we work remotely|working nomads|remotewlb|job ?bank|workday|smartrecruiters|successfactors|cornerstone)\b/i;

/** On a company's own careers site, the site's name is the employer. */
export function employerFromSiteName(doc: Document): Found {
  const name = siteName(doc);
  return found('meta', { company: name && !NOT_AN_EMPLOYER.test(name) ? name : undefined });
}

/** Last resort: og:title as it stands (the background takes the role out of it). */
export function weakFieldsFromMeta(doc: Document): Found {
  return found('meta', { title: metaContent(doc, ['og:title', 'twitter:title']) });
}
