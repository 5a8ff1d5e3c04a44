import { fieldForLabel, inlinePair } from '../extract/labels';
import { findJobPostings } from '../extract/jsonld';
import { postingMatchesPage, topHeadings } from '../extract/page-match';
import { JOB_NOUN } from '../../text/role-words';
import { workplaceOf } from '../../model/work-words';
import { APPLY_LABEL } from '../../text/apply-words';
import { cleanText } from '../../text/repair';
import { ARTICLE_WORDS, POSTING_PHRASES } from '../vocabulary';
import { wordMatcher } from '../../text/word-matcher';

// The detector's cheap signals, each a number in [0, 1]. What each weighs is fitted on labelled
// pages (scripts/fit-detector.ts), not set by hand. Nothing here reads more than a capped sample of
// the page, so a huge page costs the same as a normal one.

export const FEATURES = [
  'structured',
  'site',
  'h1',
  'h1Role',
  'titleRole',
  'labels',
  'apply',
  'jobUrl',
  'phrases',
  'pay',
  'workplace',
  'contact',
  'textSize',
  'jobLinks',
  'repeated',
  'roleHeadings',
  'roleList',
  'article',
] as const;
export type FeatureName = (typeof FEATURES)[number];
export type Features = Record<FeatureName, number>;

export interface PageSignals {
  features: Features;
  /** JSON-LD or microdata postings the page carries (several make it a list). */
  structuredCount: number;
  /** The page looks like a list of jobs (cards, a results table, many job links or role headings). */
  listShaped: boolean;
  /** Characters of text the page shows (up to the sample's size). */
  textLength: number;
  /** Short names of what fired, for the CLI and for debugging a wrong call. */
  signals: string[];
}

const TEXT_SAMPLE = 30_000;
const MAX_SCAN = 4000;

// Job titles in German and French carry the genders they address: "Entwickler*in", "(m/w/d)", "H/F".
const GENDER_MARK =
  /\p{L}(?:\*|:|_|\/-?)in(?:nen)?(?![\p{L}])|\((?:[mwdfx*]\/){1,3}[mwdfx*]\)|(?<![\p{L}])[HF]\/[FH](?![\p{L}])|all genders/iu;
const phrases = wordMatcher(POSTING_PHRASES);
const articleWords = wordMatcher(ARTICLE_WORDS);

const JOB_URL =
  /\/(?:jobs?|careers?|positions?|openings?|vacanc(?:y|ies)|postings?|viewjob|job-?posting|apply|remote-jobs?|o|vagas?|empleos?|stellen(?:angebote)?|emplois?|offres?|vacatures?|issues)\b/i;
const PAY_FIGURE =
  /(?:[$€£¥₹₽₩]|R\$|\b(?:USD|EUR|GBP|CAD|AUD|BRL|VND|RMB|CNY|JPY|INR|MXN|PLN|CHF|SGD|PHP|ZAR)\b)\s?\d|\d[\d.,]*\s?(?:k|mil|tr|triệu|万|円|€|zł|лв|руб)(?![\p{L}])/iu;
const CV_WORDS = /\b(?:cv|resume|résumé|currículo|curriculum|lebenslauf|portfolio)\b|简历|履歴書/i;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
// Rails of other jobs beside a posting ("Similar jobs", "People also viewed") are not the page's own.
const RAIL = 'aside, nav, footer, [class*="similar" i], [class*="related" i], [class*="recommend" i]';

interface Short {
  text: string;
  el: Element;
}

function shortTexts(doc: Document, selector: string): Short[] {
  const out: Short[] = [];
  const els = doc.querySelectorAll(selector);
  for (let i = 0; i < els.length && i < MAX_SCAN; i++) {
    const el = els[i] as Element;
    // Only near-leaves: reading textContent of containers would cost the whole subtree each time
    // (and, down a deep chain of single children, make the scan quadratic).
    if (el.childElementCount > 2 || el.querySelector(':scope > * > * > *')) continue;
    const raw = el.textContent ?? '';
    if (raw.length <= 200) out.push({ text: cleanText(raw), el });
  }
  return out;
}

/** Whether an element sits in a rail: the rails found once, then each test walks up the
 * element's ancestors (matching the rail selector at every level is slow in a DOM written in JS). */
function railTest(doc: Document): (el: Element) => boolean {
  const rails = new Set(Array.from(doc.querySelectorAll(RAIL)));
  return (el) => {
    for (let e: Element | null = el; e; e = e.parentElement) if (rails.has(e)) return true;
    return false;
  };
}

/** How many JobPostings the page's structured data holds (JSON-LD, microdata, RDFa). */
export function countStructured(doc: Document): number {
  let n = doc.querySelectorAll('[itemtype*="JobPosting" i], [typeof*="JobPosting" i]').length;
  for (const s of Array.from(doc.querySelectorAll('script[type*="ld+json" i]'))) {
    const text = s.textContent ?? '';
    if (text.includes('JobPosting'))
      n += text.split(/"@type"\s*:\s*(?:\[\s*)?"(?:[^"]*[/#])?JobPosting"/).length - 1;
  }
  return n;
}

/** A lone JSON-LD posting counts only if the page shows that posting (not an ad, not a stale block). */
function singlePostingIsShown(doc: Document): boolean {
  const [posting] = findJobPostings(doc);
  if (!posting) return true; // microdata: the item's text is the page's own
  return postingMatchesPage(posting, topHeadings(doc), doc.title);
}

// Menu items and form labels name filters ("Remote", "Location"), not this job's values.
const FILTER_TAGS = new Set(['LI', 'LABEL']);
// Labels that only postings carry, though no field of ours reads them.
const POSTING_ONLY_LABEL =
  /^(?:headquarters|hq|company size|department|seniority|reports to|start date|contract length|working hours|vacancies)\s*:?$/i;

function labelOf({ text, el }: Short): string | undefined {
  const menu = FILTER_TAGS.has(el.tagName.toUpperCase());
  const bare = text.length <= 80 && !menu ? fieldForLabel(text) : undefined;
  const extra = !menu && POSTING_ONLY_LABEL.test(text) ? text.replace(/\s*:$/, '').toLowerCase() : undefined;
  return bare ?? inlinePair(text)?.field ?? extra;
}

/** A table whose header row is job labels ("Job Title | Employer | Location | Salary") lists jobs. */
function isResultsTable(hits: Short[]): boolean {
  const perRow = new Map<Element, number>();
  for (const h of hits) {
    const row = h.el.tagName.toUpperCase() === 'TH' ? h.el.parentElement : null;
    if (row) perRow.set(row, (perRow.get(row) ?? 0) + 1);
  }
  return [...perRow.values()].some((n) => n >= 3);
}

function jobLinkCount(doc: Document, base: URL, inRail: (el: Element) => boolean): number {
  const seen = new Set<string>();
  const links = doc.querySelectorAll('a[href]');
  for (let i = 0; i < links.length && i < MAX_SCAN; i++) {
    const link = links[i] as Element;
    const href = link.getAttribute('href') ?? '';
    if (!JOB_URL.test(href) || inRail(link)) continue;
    try {
      const u = new URL(href, base);
      if (u.pathname !== base.pathname && /\d{3,}|[a-z]+-[a-z]+-[a-z]+/i.test(u.pathname))
        seen.add(u.pathname);
    } catch {
      /* an href that is not a URL is simply not a job link */
    }
  }
  return seen.size;
}

const namesARole = (text: string, maxWords: number): boolean =>
  text.length <= 250 &&
  text.split(/\s+/).length <= maxWords &&
  (JOB_NOUN.test(text) || GENDER_MARK.test(text));

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

/** The page's text as a reader sees it (no scripts or styles), up to `limit` characters. */
function sampleText(doc: Document, limit: number): string {
  const body = doc.body;
  if (!body) return '';
  const parts: string[] = [];
  let length = 0;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node && length < limit; node = walker.nextNode()) {
    if (SKIPPED.has(node.parentElement?.tagName.toUpperCase() ?? '')) continue;
    const text = node.nodeValue ?? '';
    parts.push(text);
    length += text.length;
  }
  return parts.join(' ').slice(0, limit);
}

const share = (n: number, full: number): number => Math.min(n, full) / full;

const SECTION_HEADINGS = new Set(['H2', 'H3', 'H4']);

/** Every cheap signal of the page, as features and as the list shape. `structuredCount`: the
 * postings its structured data holds (`countStructured`, counted once by the caller). */
export function pageSignals(
  doc: Document,
  url: URL,
  sitePosting: boolean,
  structuredCount = countStructured(doc),
): PageSignals {
  const shown = structuredCount === 1 && singlePostingIsShown(doc);
  const text = sampleText(doc, TEXT_SAMPLE).replace(/[’‘]/g, "'");
  const h1 = cleanText(doc.querySelector('h1')?.textContent ?? '');
  const inRail = railTest(doc);
  const outsideRails = (items: Short[]): Short[] => items.filter((t) => !inRail(t.el));
  const short = outsideRails(
    shortTexts(doc, 'h2, h3, h4, h5, h6, strong, b, dt, th, label, div, span, p, li'),
  );
  const labelled = short.filter((t) => labelOf(t) !== undefined);
  const labelHits = labelled.map(labelOf);
  const labels = new Set(labelHits);
  // A page a site adapter knows as one posting's page is not a list, whatever rails of other
  // jobs ("Similar jobs", "People also viewed") it carries: the list signals are not read there.
  const listy = !sitePosting;
  const repeated =
    listy &&
    ((labelHits.length >= 3 * Math.max(labels.size, 1) && labels.size >= 2) || isResultsTable(labelled));
  const applies = outsideRails(shortTexts(doc, 'a, button, input[type="submit"]')).filter((t) =>
    APPLY_LABEL.test(t.text),
  ).length;
  // the headings are among the short texts already read: no second walk of the page
  const roleHeadings = listy
    ? short.filter((t) => SECTION_HEADINGS.has(t.el.tagName.toUpperCase()) && namesARole(t.text, 12)).length
    : 0;
  const links = listy ? jobLinkCount(doc, url, inRail) : 0;
  const ogArticle = /article/i.test(
    doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '',
  );
  const features: Features = {
    structured: shown ? 1 : 0,
    site: sitePosting ? 1 : 0,
    h1: h1 ? 1 : 0,
    h1Role: h1 && namesARole(h1, 20) ? 1 : 0,
    titleRole: namesARole(cleanText(doc.title), 20) ? 1 : 0,
    // the same labels over and over are the cards of a list, not one posting's facts
    labels: repeated ? 0 : share(labels.size, 4),
    apply: applies ? 1 : 0,
    jobUrl: JOB_URL.test(url.pathname) ? 1 : 0,
    phrases: share(phrases.distinct(text), 6),
    pay: PAY_FIGURE.test(text) ? 1 : 0,
    workplace: workplaceOf(text) ? 1 : 0,
    contact: (EMAIL.test(text) || doc.querySelector('a[href^="mailto:" i]')) && CV_WORDS.test(text) ? 1 : 0,
    textSize: Math.min(Math.log10(text.length + 1) / 5, 1),
    jobLinks: share(links, 20),
    repeated: repeated ? 1 : 0,
    roleHeadings: share(roleHeadings, 10),
    roleList: roleHeadings >= 3 && links >= 5 ? 1 : 0,
    article: Math.min(share(articleWords.distinct(text), 3) + (ogArticle ? 0.5 : 0), 1),
  };
  const listShaped =
    repeated || (listy && applies >= 4) || roleHeadings >= 3 || (links >= 8 && labels.size < 3);
  const signals = FEATURES.filter((f) => features[f] > 0).map((f) =>
    features[f] === 1 ? f : `${f}:${features[f].toFixed(2)}`,
  );
  return {
    features,
    structuredCount: structuredCount === 1 && !shown ? 0 : structuredCount,
    listShaped,
    textLength: text.trim().length,
    signals,
  };
}
