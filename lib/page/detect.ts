import { fieldForLabel, inlinePair } from './extract/labels';
import { findJobPostings } from './extract/jsonld';
import { postingMatchesPage, topHeadings } from './extract/page-match';
import { namesARole } from './extract/title-parts';
import { APPLY_LABEL } from '../text/apply-words';
import { cleanText } from '../text/repair';
import type { Detection } from '../model/reading';

// Section headings that postings share across boards and languages.
const JOB_HEADING =
  /^(?:(?:about|the) (?:the |this )?(?:role|job|position|opportunity)|(?:key |main |your |core )?responsibilities|requirements|(?:minimum |preferred |basic |required )?qualifications|what you(?:'|’)?ll (?:do|bring|need)|what (?:we(?:'|’)?re|we are) looking for|who you are|you (?:have|bring|will)|(?:your )?(?:role|mission|profile|tasks)|job (?:description|summary|details|requirements)|(?:benefits|perks)(?: and perks| & perks)?|skills(?: and experience)?|nice to haves?|bonus points|(?:how )?to apply|missions|profil recherché|aufgaben|ihr profil|anforderungen|descri[çc][ãa]o da vaga|sobre a vaga|requisitos|benef[íi]cios|como se candidatar|responsabilidades|atribui[çc][õo]es|descripci[óo]n del puesto|funciones|c[óo]mo aplicar)\b/i;

const JOB_URL =
  /\/(?:jobs?|careers?|positions?|openings?|vacanc(?:y|ies)|postings?|viewjob|job-?posting|apply|remote-jobs?|o)\b/i;

const STRUCTURED_HINT = /JobPosting/;

// What postings say in their prose, across languages; an article about jobs says a few of these,
// a posting says most of them.
const POSTING_PHRASES: RegExp[] = [
  /\bwe(?:'re|’re| are) (?:looking|hiring|seeking|searching)\b|\bis (?:looking|hiring|seeking) (?:for )?(?:a|an)\b|\bestamos (?:procurando|buscando)|\bnous recherchons|\bwir suchen/i,
  /\byou(?:'ll|’ll| will) (?:be|work|join|build|own|help|lead|design|report)\b|\bvocê (?:vai|irá)\b|\bvous (?:serez|allez)\b/i,
  /\b\d+\+? (?:years?|yrs|anos|ans|jahre) (?:of )?(?:experience|experiência|d'expérience|erfahrung)|\bexperience (?:with|in)\b/i,
  /\b(?:to apply|apply (?:now|here|today|at|via|through|online)|how to apply|send (?:your|us your) (?:cv|resume|résumé)|candidate-se|postulez)\b/i,
  /\b(?:salary|compensation|pay range|remunera[çc][ãa]o|salário|faixa salarial|per hour|\/hr|per annum|benefits)\b/i,
  /\b(?:full[- ]time|part[- ]time|contract(?:or)?|freelance|permanent|CLT|PJ|internship)\b/i,
  /\b(?:requirements|qualifications|responsibilities|requisitos|responsabilidades|what you(?:'ll|’ll) do|nice to have|must have|skills)\b/i,
  /\b(?:the role|this role|the position|this position|a vaga|le poste|the job|our team)\b/i,
];
const TEXT_SAMPLE = 30_000;

function postingPhrases(doc: Document): number {
  const text = (doc.body?.textContent ?? '').slice(0, TEXT_SAMPLE);
  return POSTING_PHRASES.filter((re) => re.test(text)).length;
}
const MAX_SCAN = 4000;

function countStructured(doc: Document): number {
  let n = doc.querySelectorAll('[itemtype*="JobPosting" i], [typeof*="JobPosting" i]').length;
  for (const s of Array.from(doc.querySelectorAll('script[type*="ld+json" i]'))) {
    const text = s.textContent ?? '';
    if (STRUCTURED_HINT.test(text))
      n += text.split(/"@type"\s*:\s*(?:\[\s*)?"(?:[^"]*[/#])?JobPosting"/).length - 1;
  }
  return n;
}

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

function jobLinkCount(doc: Document, base: URL): number {
  const seen = new Set<string>();
  const links = doc.querySelectorAll('a[href]');
  for (let i = 0; i < links.length && i < MAX_SCAN; i++) {
    const href = (links[i] as Element).getAttribute('href') ?? '';
    if (!JOB_URL.test(href)) continue;
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

/** A lone JSON-LD posting counts only if the page shows that posting (not an ad, not a stale block). */
function singlePostingIsShown(doc: Document): boolean {
  const [posting] = findJobPostings(doc);
  if (!posting) return true; // microdata: the item's text is the page's own
  return postingMatchesPage(posting, topHeadings(doc), doc.title);
}

/** Cheap signals first: what kind of page this is, without reading its text in depth. */
export function detect(doc: Document, url: URL, sitePosting = false): Detection {
  const signals: string[] = [];
  let structured = countStructured(doc);
  if (structured === 1 && !singlePostingIsShown(doc)) {
    structured = 0;
    signals.push('structured:not-shown');
  }
  if (structured > 1) return { kind: 'list', score: 0, signals: [`structured:${structured}`] };
  let score = 0;
  const add = (points: number, signal: string): void => {
    score += points;
    signals.push(signal);
  };
  if (structured === 1) add(6, 'structured');
  if (sitePosting) add(2, 'site');
  const h1 = doc.querySelector('h1');
  if (h1) add(1, 'h1');
  const titled = h1 ? namesARole(h1.textContent ?? '') : false;
  if (titled) add(2, 'h1:role');
  const short = shortTexts(doc, 'h2, h3, h4, h5, h6, strong, b, dt, th, label, div, span, p, li');
  const headings = new Set(
    short
      .filter((t) => t.text.length <= 80)
      .map((t) => JOB_HEADING.exec(t.text.replace(/[:：]$/, ''))?.[0].toLowerCase())
      .filter(Boolean),
  );
  if (headings.size) add(Math.min(headings.size, 4), `headings:${headings.size}`);
  const labelled = short.filter((t) => labelOf(t) !== undefined);
  const labelHits = labelled.map(labelOf);
  const labels = new Set(labelHits);
  if (labels.size) add(Math.min(labels.size, 4), `labels:${[...labels].join(',')}`);
  // The same labels over and over are the cards of a result list.
  const repeated =
    (labelHits.length >= 3 * Math.max(labels.size, 1) && labels.size >= 2) || isResultsTable(labelled);
  const applies = shortTexts(doc, 'a, button, input[type="submit"]').filter((t) =>
    APPLY_LABEL.test(t.text),
  ).length;
  if (applies) add(2, `apply:${applies}`);
  if (JOB_URL.test(url.pathname)) add(1, 'url');
  const phrases = postingPhrases(doc);
  if (phrases >= 5) add(4, `phrases:${phrases}`);
  else if (phrases >= 3) add(1, `phrases:${phrases}`);
  const links = jobLinkCount(doc, url);
  const looksLikeList =
    structured === 0 && (repeated || applies >= 4 || (links >= 8 && headings.size < 2 && labels.size < 3));
  if (looksLikeList)
    return { kind: 'list', score, signals: [...signals, `joblinks:${links}`, `repeated:${repeated}`] };
  // Without structured data a posting must look like one: job sections, or several job labels.
  const shaped =
    structured > 0 ||
    sitePosting ||
    headings.size > 0 ||
    labels.size >= 3 ||
    phrases >= 5 ||
    (titled && phrases >= 2);
  return { kind: score >= 4 && shaped ? 'posting' : 'none', score, signals };
}
