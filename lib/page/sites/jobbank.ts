import { visibleText } from '../blocks';
import { cleanText } from '../../text/repair';
import { adapterFound, payText, textOf } from './embedded';
import { webUrl } from '../../text/web-url';
import type { SiteAdapter } from './types';

// English and French paths; a session id may ride in the path (";jsessionid=…").
const POSTING = /^\/(?:jobsearch\/jobposting|rechercheemplois\/offredemploi)\/(\d+)(?:[;/]|$)/;

// The RDFa attributes the posting page marks its facts with (2019–).
const DESCRIPTION = '[property="description"]';
const AUDIENCE = '.job-audience'; // "Who can apply to this job?": the work-permit rule
const TERMS = '.job-posting-brief [property="employmentType"]';
const PLACE = '.job-posting-brief [property="joblocation"]';
const SALARY = '.job-posting-brief [property="baseSalary"]';

/** A value laid out as separate spans, piece by piece ("Permanent employment", "Full time"). */
function pieces(el: Element | null): string[] {
  return Array.from(el?.childNodes ?? [], (n) => cleanText(n.textContent ?? '')).filter(Boolean);
}

/** "CAD 17.89 per hour" from the salary's RDFa values; the page shows "$17.89 hourly". */
function pay(doc: Document): { text?: string; shown?: string } {
  const salary = doc.querySelector(SALARY);
  const value = (name: string): string | undefined => {
    const el = salary?.querySelector(`[property="${name}"]`);
    return el ? (el.getAttribute('content') ?? cleanText(el.textContent ?? '')) : undefined;
  };
  const min = value('minValue');
  // one figure is the pay, not a floor
  const text = payText(min, value('maxValue') ?? min, value('currency'), value('unitText'));
  return text ? { text, shown: shownText(salary) } : {};
}

/** Text as the page shows it: Job Bank's `hidden` class keeps machine values ("HOUR") off screen. */
function shownText(el: Element | null): string {
  const copy = el?.cloneNode(true) as Element | undefined;
  copy?.querySelectorAll('.hidden').forEach((h) => h.remove());
  return cleanText(copy?.textContent ?? '');
}

/** "2560 Matheson Blvd E", "Mississauga", "ON", "L4W 4Z3": the address parts, spaced as read. */
function place(doc: Document): string | undefined {
  const part = (name: string): string | undefined =>
    cleanText(doc.querySelector(`${PLACE} [property="${name}"]`)?.textContent ?? '') || undefined;
  const town = [part('addressLocality'), part('addressRegion')].filter(Boolean).join(', ');
  return [part('streetAddress'), town, part('postalCode')].filter(Boolean).join(' ') || undefined;
}

/** A partner's posting keeps its title after "Title posted on Monster -", under the occupation's name. */
function partnerTitle(doc: Document): { title?: string; line?: string } {
  const inner = doc.querySelector('.source-title .source-title-inner');
  const label = cleanText(inner?.querySelector('.orig-title-label')?.textContent ?? '');
  const line = cleanText(inner?.textContent ?? '');
  return label && line.startsWith(label) ? { title: line.slice(label.length).trim(), line } : {};
}

function body(doc: Document): string | undefined {
  const parts = [DESCRIPTION, AUDIENCE].map((s) => doc.querySelector(s));
  const lines = parts.flatMap((el) => (el ? visibleText(el).split('\n') : []));
  return lines.map(cleanText).filter(Boolean).join('\n') || undefined;
}

// Job Bank (Government of Canada): www.jobbank.gc.ca/jobsearch/jobposting/<id>, in French
// www.guichetemplois.gc.ca/rechercheemplois/offredemploi/<id>. Server-rendered with RDFa
// (typeof="JobPosting" only on postings made on Job Bank; partner postings carry the properties
// without the type). The heading is the occupation's name (NOC), not the employer's title.
export const jobbank: SiteAdapter = {
  id: 'jobbank',
  name: 'Job Bank',
  matches: ['*://www.jobbank.gc.ca/jobsearch/*', '*://www.guichetemplois.gc.ca/rechercheemplois/*'],
  isPosting: (url) => POSTING.test(url.pathname),
  fields: {
    company: [
      '.date-business [property="hiringOrganization"] [property="name"]', // "Posted on … by <employer>"
    ],
    validThrough: [
      '[property="validThrough"]', // "Advertised until"
    ],
  },
  read: (doc, url) => {
    const partner = partnerTitle(doc);
    const terms = pieces(doc.querySelector(TERMS));
    const salary = pay(doc);
    const posted = textOf(doc, ['[property="datePosted"]']);
    const href = doc.querySelector('a#externalJobLink')?.getAttribute('href');
    return adapterFound(
      {
        title: partner.title ?? textOf(doc, ['h1 [property="title"]']),
        locationText: place(doc),
        employmentType: terms.join(', '),
        salaryText: salary.text,
        datePosted: posted?.replace(/^posted on\s+/i, ''),
        description: body(doc),
        postingId: POSTING.exec(url.pathname)?.[1],
        applyUrl: href ? webUrl(href, url) : undefined,
      },
      {
        title: partner.line,
        employmentType: terms.join(' '),
        salaryText: salary.shown,
        datePosted: posted,
        postingId: url.pathname,
      },
    );
  },
};
