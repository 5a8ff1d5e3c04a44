import { visibleText } from '../blocks';
import { cleanText } from '../../text/repair';
import { webUrl } from '../../text/web-url';
import { adapterFound, linesOf } from './embedded';
import type { SiteAdapter } from './types';

/** `/<company>/job/<id>` (some boards sit under `/careers/<company>/`); the id is Jobvite's opaque EId. */
const JOB_PATH = /^\/(?:careers\/)?[^/]+\/job\/([A-Za-z0-9]{4,20})\/?$/;

/** The posting's id in any jobvite.com address that names one: a job page, its `/apply` form, or
 * the legacy `app.jobvite.com/CompanyJobs/…aspx?j=<id>`. */
export function jobvitePostingId(url: URL): string | undefined {
  if (!/(?:^|\.)jobvite\.com$/.test(url.hostname)) return undefined;
  const path = /^\/(?:careers\/)?[^/]+\/job\/([A-Za-z0-9]{4,20})(?:\/|$)/.exec(url.pathname)?.[1];
  return path ?? /^[A-Za-z0-9]{4,20}$/.exec(url.searchParams.get('j') ?? '')?.[0];
}

/** Text of an element's own text nodes: one template puts the location inside the title heading
 * (`<h2 class="jv-header">Title<br><h3>Canada</h3></h2>`), which is not part of the title. */
function ownText(el: Element): string {
  let text = '';
  for (const node of Array.from(el.childNodes).slice(0, 50))
    if (node.nodeType === 3) text += node.textContent;
  return cleanText(text);
}

/**
 * `p.jv-job-detail-meta` is "Category<separator>City, Region<separator>Req.Num.: N", the separators
 * being empty `span.jv-inline-separator` drawn by the stylesheet. Without a separator the line is the
 * category alone.
 */
function metaParts(p: Element): string[] {
  const parts: string[] = [];
  let current = '';
  for (const node of Array.from(p.childNodes).slice(0, 50)) {
    if (node.nodeType === 1 && (node as Element).classList.contains('jv-inline-separator')) {
      parts.push(current);
      current = '';
    } else current += node.textContent ?? '';
  }
  parts.push(current);
  return parts.map(cleanText).filter(Boolean);
}

/** The description without the "Description" heading the template opens it with. */
function description(doc: Document): string | undefined {
  const text = linesOf(doc, ['.jv-job-detail-description']);
  const lines = text?.split('\n') ?? [];
  if (lines.length > 1 && /^(?:job )?description:?$/i.test(lines[0] as string)) lines.shift();
  return lines.join('\n') || undefined;
}

// Jobvite: every board is a path on jobs.jobvite.com (careers.jobvite.com only serves assets):
// the board /<company>/jobs or /<company>/search?p=N, postings /<company>/job/<id> (also with
// ?nl=1, the page the embed widget frames), the form /<company>/job/<id>/apply. Server-rendered
// (2026; several scrapers measured it live). Most tenants add JSON-LD JobPosting (hiringOrganization
// often a bare string, baseSalary an empty skeleton), some none, so the page is read for itself:
// title in `.jv-header` (an h2 on most templates, h3/h4 on some), category and place in
// `p.jv-job-detail-meta`, body in `.jv-job-detail-description`. The company is named only by the
// <title>, "{Company} Careers - {Title}".
export const jobvite: SiteAdapter = {
  id: 'jobvite',
  name: 'Jobvite',
  matches: ['*://jobs.jobvite.com/*'],
  isPosting: (url) => JOB_PATH.test(url.pathname),
  read: (doc, url) => {
    const heading = doc.querySelector('.jv-job-detail .jv-header') ?? doc.querySelector('.jv-header');
    const title = heading ? ownText(heading) || cleanText(visibleText(heading)) : undefined;
    const meta = doc.querySelector('p.jv-job-detail-meta');
    const parts = meta ? metaParts(meta) : [];
    // the first part is the category; a requisition number is neither category nor place
    const places = parts.slice(1).filter((p) => !/^req(?:uisition)?\.?\s*(?:num|no|id)/i.test(p));
    const pageTitle = cleanText(doc.title);
    const company = /^(.+?)\s+Careers\s+-\s+\S/.exec(pageTitle)?.[1];
    const href = doc.querySelector('a.jv-button-apply[href]')?.getAttribute('href');
    return adapterFound(
      {
        title,
        company,
        locationText: places.join('; '),
        description: description(doc),
        applyUrl: href ? webUrl(href, url) : undefined,
        postingId: JOB_PATH.exec(url.pathname)?.[1],
      },
      {
        title: heading?.textContent ?? undefined,
        company: pageTitle,
        locationText: parts.join(' | '),
        postingId: url.pathname,
      },
    );
  },
};
