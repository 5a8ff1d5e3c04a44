import { fieldForLabel, inlinePair } from '../extract/labels';
import { findJobPostings } from '../extract/jsonld';
import { postingMatchesPage } from '../extract/page-match';
import { headingNamesARole } from '../../text/role-words';
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
/** The costliest feature to read (a long word list over the text sample): `detect` reads it only
 * while it can still tip the page into a posting. */
export const LATE: readonly FeatureName[] = ['phrases'];

export interface PageSignals {
  features: Features;
  /** The page looks like a list of jobs (cards, a results table, many job links or role headings). */
  listShaped: boolean;
  /** Characters of text the page shows (up to the sample's size). */
  textLength: number;
  /** Short names of what fired, for the CLI and for debugging a wrong call. */
  signals: string[];
  /** Features left unread (`LATE`), their values 0 in `features`. */
  unread: readonly FeatureName[];
  /** The heading `h1Role` read: the one naming the role, else the first h1. */
  heading: string;
}

const TEXT_SAMPLE = 30_000;
const MAX_SCAN = 4000;

const phrases = wordMatcher(POSTING_PHRASES);
const articleWords = wordMatcher(ARTICLE_WORDS);

const JOB_URL =
  /\/(?:jobs?|careers?|positions?|openings?|vacanc(?:y|ies)|postings?|viewjob|job-?posting|apply|remote-jobs?|o|vagas?|empleos?|stellen(?:angebote)?|emplois?|offres?|vacatures?|issues)\b/i;
const PAY_FIGURE =
  /(?:[$€£¥₹₽₩]|R\$|\b(?:USD|EUR|GBP|CAD|AUD|BRL|VND|RMB|CNY|JPY|INR|MXN|PLN|CHF|SGD|PHP|ZAR)\b)\s?\d|\d[\d.,]*\s?(?:k|mil|tr|triệu|万|円|€|zł|лв|руб)(?![\p{L}])/iu;
const CV_WORDS = /\b(?:cv|resume|résumé|currículo|curriculum|lebenslauf|portfolio)\b|简历|履歴書/i;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
// Rails of other jobs beside a posting ("Similar jobs", "People also viewed") are not the page's own.
const RAIL_TAG = /^(?:ASIDE|NAV|FOOTER)$/;
const RAIL_CLASS = /similar|related|recommend/i;
// Where short texts may hold a label or name a role.
const BLOCK_TAG = /^(?:H[2-6]|STRONG|B|DT|TH|TD|LABEL|DIV|SPAN|P|LI)$/;

const tagOf = (el: Element): string => el.tagName.toUpperCase();
const attr = (el: Element, name: string): string => el.getAttribute(name) ?? '';

/** Every element of the page in document order, the order querySelectorAll finds them in. Each
 * signal filters this list: a DOM written in JS (happy-dom, as the CLI and the tests run) walks the
 * whole tree for each selector of a querySelectorAll list, and such queries cost most of a scan. */
export const elementsOf = (doc: Document): Element[] => Array.from(doc.getElementsByTagName('*'));

interface Short {
  text: string;
  el: Element;
}

/** The short texts of the first MAX_SCAN elements that pass `test`, and of near-leaves only:
 * reading textContent of containers would cost the whole subtree each time (and, down a deep chain
 * of single children, make the scan quadratic). */
function shortTexts(all: Element[], deep: Set<unknown>, test: (el: Element) => boolean): Short[] {
  const out: Short[] = [];
  for (const el of all.filter(test).slice(0, MAX_SCAN)) {
    if (el.childElementCount > 2 || deep.has(el)) continue;
    const raw = el.textContent ?? '';
    if (raw.length <= 200) out.push({ text: cleanText(raw), el });
  }
  return out;
}

/** The rails, and every element inside one: parents first, each passes its own down. */
function railed(all: Element[]): Set<Element | null> {
  const out = new Set<Element | null>();
  for (const el of all)
    if (out.has(el.parentElement) || RAIL_TAG.test(tagOf(el)) || RAIL_CLASS.test(attr(el, 'class')))
      out.add(el);
  return out;
}

// Regular expressions are compiled once here: a literal inside a per-element test makes a new one
// for every element.
const JOB_POSTING = /JobPosting/i;
const CONTROL_TAG = /^(?:A|BUTTON)$/;
const TOP_HEADING = /^H[1-3]$/;

// Microdata and RDFa name an element's type in these attributes.
const typedAsPosting = (el: Element): boolean =>
  JOB_POSTING.test(attr(el, 'itemtype')) || JOB_POSTING.test(attr(el, 'typeof'));

/** How many JobPostings the page's structured data holds (JSON-LD, microdata, RDFa). */
export function countStructured(all: Element[]): number {
  let n = all.filter(typedAsPosting).length;
  for (const s of all.filter((el) => tagOf(el) === 'SCRIPT' && /ld\+json/i.test(attr(el, 'type')))) {
    const text = s.textContent ?? '';
    if (text.includes('JobPosting'))
      n += text.split(/"@type"\s*:\s*(?:\[\s*)?"(?:[^"]*[/#])?JobPosting"/).length - 1;
  }
  return n;
}

/** A lone JSON-LD posting counts only if the page shows that posting (not an ad, not a stale block). */
function singlePostingIsShown(doc: Document, all: Element[]): boolean {
  const [posting] = findJobPostings(doc);
  if (!posting) return true; // microdata: the item's text is the page's own
  const headings = all.filter((el) => TOP_HEADING.test(tagOf(el))).slice(0, 50);
  return postingMatchesPage(
    posting,
    headings.map((h) => h.textContent ?? ''),
    doc.title,
  );
}

// Menu items and form labels name filters ("Remote", "Location"), not this job's values.
const FILTER_TAGS = new Set(['LI', 'LABEL']);
// Labels that only postings carry, though no field of ours reads them.
const POSTING_ONLY_LABEL =
  /^(?:headquarters|hq|company size|department|seniority|reports to|start date|contract length|working hours|vacancies)\s*:?$/i;

function labelOf({ text, el }: Short): string | undefined {
  const menu = FILTER_TAGS.has(tagOf(el));
  const bare = text.length <= 80 && !menu ? fieldForLabel(text) : undefined;
  const extra = !menu && POSTING_ONLY_LABEL.test(text) ? text.replace(/\s*:$/, '').toLowerCase() : undefined;
  return bare ?? inlinePair(text)?.field ?? extra;
}

/** A table whose header row is job labels ("Job Title | Employer | Location | Salary") lists jobs. */
function isResultsTable(hits: Short[]): boolean {
  const perRow = new Map<Element, number>();
  for (const h of hits) {
    const row = tagOf(h.el) === 'TH' ? h.el.parentElement : null;
    if (row) perRow.set(row, (perRow.get(row) ?? 0) + 1);
  }
  return [...perRow.values()].some((n) => n >= 3);
}

function jobLinkCount(all: Element[], base: URL, rails: Set<unknown>): number {
  const seen = new Set<string>();
  for (const link of all.filter((el) => tagOf(el) === 'A' && el.hasAttribute('href')).slice(0, MAX_SCAN)) {
    const href = link.getAttribute('href') ?? '';
    if (!JOB_URL.test(href) || rails.has(link)) continue;
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

const isControl = (el: Element): boolean =>
  CONTROL_TAG.test(tagOf(el)) || (tagOf(el) === 'INPUT' && attr(el, 'type') === 'submit');
const mailto = (el: Element): boolean => tagOf(el) === 'A' && /^mailto:/i.test(attr(el, 'href'));

const share = (n: number, full: number): number => Math.min(n, full) / full;

const SECTION_HEADINGS = new Set(['H2', 'H3', 'H4']);

/** "Job Title: Policy Analyst", "Position: Warehouse Associate": the posting's title, labelled.
 * Both this and `leadsWithRole` count only where the page offers a way to apply (a team member's
 * page names a role too). */
const labelsARole = (labelled: Short[]): string | undefined =>
  labelled
    .map((t) => inlinePair(t.text))
    .find((pair) => pair?.field === 'title' && headingNamesARole(pair.value, 12))?.value;

/** "Join our team" over "Frontend Developer": a site's own h1 above one posting's heading. The
 * posting's heading is then the first section heading and the only one that names a role. */
function leadsWithRole(short: Short[], roleHeadings: number): string | undefined {
  const first = short.find((t) => SECTION_HEADINGS.has(tagOf(t.el)));
  return roleHeadings === 1 && first && headingNamesARole(first.text, 12) ? first.text : undefined;
}

/** Every cheap signal of the page, as features and as the list shape. `all`: the page's elements
 * (`elementsOf`), and `structuredCount` the postings its structured data holds (`countStructured`),
 * both found once by the caller. `worthReading`: whether, given the other features and the list
 * shape, the `LATE` ones can still change the call; without it, every feature is read. */
export function pageSignals(
  doc: Document,
  url: URL,
  sitePosting: boolean,
  all = elementsOf(doc),
  structuredCount = countStructured(all),
  worthReading?: (features: Features, listShaped: boolean) => boolean,
): PageSignals {
  const shown = structuredCount === 1 && singlePostingIsShown(doc, all);
  const text = sampleText(doc, TEXT_SAMPLE).replace(/[’‘]/g, "'");
  const h1 = cleanText(all.find((el) => tagOf(el) === 'H1')?.textContent ?? '');
  const rails = railed(all);
  const outsideRails = (items: Short[]): Short[] => items.filter((t) => !rails.has(t.el));
  // Elements with elements three levels under them (what `:scope > * > * > *` finds): the
  // great-grandparents of the page's elements.
  const deep = new Set(all.map((el) => el.parentElement?.parentElement?.parentElement));
  const short = outsideRails(shortTexts(all, deep, (el) => BLOCK_TAG.test(tagOf(el))));
  const labelled = short.filter((t) => labelOf(t) !== undefined);
  const labelHits = labelled.map(labelOf);
  const labels = new Set(labelHits);
  // A page a site adapter knows as one posting's page is not a list, whatever rails of other
  // jobs ("Similar jobs", "People also viewed") it carries: the list signals are not read there.
  const listy = !sitePosting;
  const repeated =
    listy &&
    ((labelHits.length >= 3 * Math.max(labels.size, 1) && labels.size >= 2) || isResultsTable(labelled));
  const applies = outsideRails(shortTexts(all, deep, isControl)).filter((t) =>
    APPLY_LABEL.test(t.text),
  ).length;
  // the headings are among the short texts already read: no second walk of the page
  const roleHeadings = listy
    ? short.filter((t) => SECTION_HEADINGS.has(tagOf(t.el)) && headingNamesARole(t.text, 12)).length
    : 0;
  const links = listy ? jobLinkCount(all, url, rails) : 0;
  // the heading that names the posting's role: the h1, else (where there is a way to apply) the
  // one role heading under a site's h1, or a labelled title
  const roleHeading =
    h1 && headingNamesARole(h1, 20)
      ? h1
      : applies > 0
        ? (leadsWithRole(short, roleHeadings) ?? labelsARole(labelled))
        : undefined;
  const og = all.find((el) => tagOf(el) === 'META' && attr(el, 'property') === 'og:type');
  const ogArticle = /article/i.test(og ? attr(og, 'content') : '');
  const features: Features = {
    structured: shown ? 1 : 0,
    site: sitePosting ? 1 : 0,
    h1: h1 ? 1 : 0,
    h1Role: roleHeading ? 1 : 0,
    titleRole: headingNamesARole(cleanText(doc.title), 20) ? 1 : 0,
    // the same labels over and over are the cards of a list, not one posting's facts
    labels: repeated ? 0 : share(labels.size, 4),
    apply: applies ? 1 : 0,
    jobUrl: JOB_URL.test(url.pathname) ? 1 : 0,
    phrases: 0, // read below, when worth it
    pay: PAY_FIGURE.test(text) ? 1 : 0,
    workplace: workplaceOf(text) ? 1 : 0,
    contact: CV_WORDS.test(text) && (EMAIL.test(text) || all.some(mailto)) ? 1 : 0,
    textSize: Math.min(Math.log10(text.length + 1) / 5, 1),
    jobLinks: share(links, 20),
    repeated: repeated ? 1 : 0,
    roleHeadings: share(roleHeadings, 10),
    roleList: roleHeadings >= 3 && links >= 5 ? 1 : 0,
    article: Math.min(share(articleWords.distinct(text), 3) + (ogArticle ? 0.5 : 0), 1),
  };
  const listShaped =
    repeated || (listy && applies >= 4) || roleHeadings >= 3 || (links >= 8 && labels.size < 3);
  const unread = worthReading?.(features, listShaped) === false ? LATE : [];
  if (!unread.length) features.phrases = share(phrases.distinct(text), 6);
  const signals = FEATURES.filter((f) => features[f] > 0).map((f) =>
    features[f] === 1 ? f : `${f}:${features[f].toFixed(2)}`,
  );
  return {
    features,
    listShaped,
    textLength: text.trim().length,
    signals: [...signals, ...unread.map((f) => `${f}:unread`)],
    unread,
    heading: roleHeading ?? h1,
  };
}
