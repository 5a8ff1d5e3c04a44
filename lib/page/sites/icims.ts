import { visibleText } from '../blocks';
import { findJobPostings } from '../extract/from-jsonld';
import { structuredText } from '../../text/structured-text';
import type { Found } from '../../model/fields';
import { cleanText } from '../../text/repair';
import { webUrl } from '../../text/web-url';
import { adapterFound, multiline, textOf } from './embedded';
import type { SiteAdapter } from './types';

/** `/jobs/<id>/<slug>/job`, or `/jobs/<id>/job` without the slug. */
const JOB_PATH = /^\/jobs\/(\d+)\/(?:[^/]+\/)?job\/?$/;

/** The job number of any *.icims.com address that names one: the job page (shell or its
 * `in_iframe=1` document) and the pages of its application (`/jobs/<id>/<slug>/login`). */
export function icimsPostingId(url: URL): string | undefined {
  // job numbers are per portal ("careers-acme"), so the portal is part of the id
  const portal = /^([\w-]+)\.icims\.com$/i.exec(url.hostname)?.[1]?.toLowerCase();
  const job = /^\/jobs\/(\d+)(?:\/|$)/.exec(url.pathname)?.[1];
  return portal && job ? `${portal}:${job}` : undefined;
}

// Where each field sits in the posting document (the `in_iframe=1` page), classic portals (2016–2026).
const TITLE = [
  'h1.iCIMS_Header', // job page header
  '.iCIMS_JobHeader h1', // some templates wrap the heading
];
/** Anything that marks a document as the posting itself rather than the portal's shell. */
const POSTING_CONTENT = '.iCIMS_JobContent, h1.iCIMS_Header, .iCIMS_InfoMsg_Job';

/** "US-NJ-Edison" → "Edison, NJ, US"; "US-Remote" → "Remote, US"; several are joined by " | ". */
export function icimsPlace(text: string): string {
  return text
    .split(/\s*\|\s*/)
    .map((part) => {
      const three = /^([A-Z]{2})-([A-Z0-9]{1,3})-(.+)$/.exec(part);
      if (three) return `${three[3]}, ${three[2]}, ${three[1]}`;
      const two = /^([A-Z]{2})-(.+)$/.exec(part);
      return two ? `${two[2]}, ${two[1]}` : part;
    })
    .filter(Boolean)
    .join('; ');
}

/**
 * A header field's value by its label. Two layouts carry them: a header cell with a screen-reader
 * label (`<span class="sr-only field-label">Job Locations</span><span>US-NJ-Edison</span>`) and the
 * header group (`.iCIMS_JobHeaderTag` > `dt.iCIMS_JobHeaderField` + `dd.iCIMS_JobHeaderData`).
 */
function headerValue(root: ParentNode, label: RegExp): string | undefined {
  const labels = Array.from(root.querySelectorAll('.field-label, .iCIMS_JobHeaderField')).slice(0, 40);
  for (const el of labels) {
    if (!label.test(cleanText(el.textContent ?? ''))) continue;
    const tag = el.closest('.iCIMS_JobHeaderTag');
    const data = tag?.querySelector('.iCIMS_JobHeaderData');
    if (data) return cleanText(data.textContent ?? '') || undefined;
    // the cell's other children are its value
    const cell = el.parentElement;
    const value = Array.from(cell?.children ?? [])
      .filter((c) => c !== el && !c.contains(el))
      .map((c) => cleanText(c.textContent ?? ''))
      .join(' ');
    if (cleanText(value)) return cleanText(value);
  }
  return undefined;
}

/** The posting's sections: each `h2.iCIMS_InfoField_Job` heading with the `.iCIMS_InfoMsg_Job` after it. */
function sections(root: ParentNode): string | undefined {
  const lines: string[] = [];
  for (const body of Array.from(root.querySelectorAll('.iCIMS_InfoMsg_Job')).slice(0, 20)) {
    const heading = body.previousElementSibling;
    if (heading?.matches('.iCIMS_InfoField_Job')) lines.push(cleanText(heading.textContent ?? ''));
    lines.push(multiline(visibleText(body)) ?? '');
  }
  return multiline(lines.join('\n'));
}

/** The document that holds the posting: the page itself, or the same-origin content frame of the
 * portal's shell once it has loaded this job. */
function postingDocument(doc: Document, url: URL): Document | undefined {
  if (doc.querySelector(POSTING_CONTENT)) return doc;
  const frame = doc.querySelector('iframe#icims_content_iframe');
  if (!frame) return undefined;
  const src = frame.getAttribute('src');
  if (src) {
    // a frame showing another job (or a search) is not this posting
    let shown: URL;
    try {
      shown = new URL(src, url);
    } catch {
      return undefined;
    }
    if (icimsPostingId(shown) !== icimsPostingId(url)) return undefined;
  }
  let inner: Document | null = null;
  try {
    inner = (frame as HTMLIFrameElement).contentDocument; // null when cross-origin
  } catch {
    return undefined;
  }
  return inner?.querySelector(POSTING_CONTENT) ? inner : undefined;
}

/** Seen through the shell, the frame's JSON-LD is out of the generic reader's sight: what it alone
 * says (the employer, dates, the type of contract) is read here. */
function frameJsonLd(inner: Document): Found {
  const posting = findJobPostings(inner)[0];
  if (!posting) return {};
  return adapterFound({
    company: structuredText(posting['hiringOrganization']),
    datePosted: structuredText(posting['datePosted']),
    validThrough: structuredText(posting['validThrough']),
    employmentType: structuredText(posting['employmentType']),
  });
}

// iCIMS classic portals: careers-<tenant>.icims.com (also uscareers-…, english-…, any *.icims.com)
// /jobs/<id>/<slug>/job. That page is a shell: a script adds `iframe#icims_content_iframe` whose src
// is the same address with `in_iframe=1`, and only that document holds the posting and its JSON-LD
// JobPosting (a WebSite block comes first). The search is /jobs/search?ss=1, the application
// /jobs/<id>/<slug>/login. The frame is same-origin on the tenant's icims.com host, so the shell is
// read through `contentDocument`; on a vanity domain it is not (and that domain is not matched).
// Tenants on the newer Jibe product serve a redirect stub here: nothing to read.
export const icims: SiteAdapter = {
  id: 'icims',
  name: 'iCIMS',
  matches: ['*://*.icims.com/*'],
  isPosting: (url) => JOB_PATH.test(url.pathname),
  read: (doc, url) => {
    const posting = postingDocument(doc, url);
    if (!posting) return {};
    const rawPlace = headerValue(posting, /^(?:job\s+)?locations?$/i);
    const href = posting.querySelector('a.iCIMS_ApplyOnlineButton[href]')?.getAttribute('href');
    return {
      ...(posting === doc ? {} : frameJsonLd(posting)),
      ...adapterFound(
        {
          title: textOf(posting, TITLE),
          locationText: rawPlace ? icimsPlace(rawPlace) : undefined,
          description: sections(posting),
          applyUrl: href ? webUrl(href, url) : undefined,
          postingId: JOB_PATH.exec(url.pathname)?.[1],
        },
        { locationText: rawPlace, postingId: url.pathname },
      ),
    };
  },
};
