import type { Found } from '../../model/fields';
import { employmentTypeOf, workplaceOf } from '../../model/work-words';
import { cleanText } from '../../text/repair';
import { adapterFound, at, firstText, isoDate, multiline, str, textOf } from './embedded';
import { isObject, type JsonObject } from '../../model/json';
import { webUrl } from '../../text/web-url';
import type { SiteAdapter } from './types';

/** `/jobs/view/<id>/`, `/jobs/view/<title>-at-<company>-<id>`, or a search pane's `currentJobId`. */
function jobId(url: URL): string | undefined {
  const view = /^\/jobs\/view\/(?:[^/]*?-)?(\d{6,})(?:\/|$)/.exec(url.pathname)?.[1];
  if (view) return view;
  const current = url.searchParams.get('currentJobId') ?? '';
  return /^\/jobs\/(?:search|search-results|collections)(?:\/|$)/.test(url.pathname) &&
    /^\d{6,}$/.test(current)
    ? current
    : undefined;
}

/** Any linkedin.com address that names a job: its page, or any page showing it (`currentJobId`). */
export function linkedinPostingId(url: URL): string | undefined {
  if (!/(?:^|\.)linkedin\.com$/.test(url.hostname)) return undefined;
  return (
    /^\/jobs\/view\/(?:[^/]*?-)?(\d{6,})(?:\/|$)/.exec(url.pathname)?.[1] ??
    /^\d{6,}$/.exec(url.searchParams.get('currentJobId') ?? '')?.[0]
  );
}

const MAX_CODE_BLOCKS = 300;
const MAX_ENTITIES = 5000;

/**
 * Logged-in pages ship their data as voyager JSON in hidden `<code id="bpr-guid-N">` blocks,
 * `{data, included[]}` with entities linked by URN. The blocks are written once per page load, so
 * on the search page they can describe a job the pane no longer shows: only the JobPosting whose
 * URN carries the address's id is used.
 */
function readCodeBlocks(doc: Document, id: string): Found {
  const entities = new Map<string, JsonObject>();
  let posting: JsonObject | undefined;
  const blocks = doc.querySelectorAll('code[id^="bpr-guid-"]');
  for (let i = 0; i < blocks.length && i < MAX_CODE_BLOCKS; i++) {
    const text = (blocks[i] as Element).textContent ?? '';
    if (!text.includes('"included"')) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      continue;
    }
    const included = at(parsed, 'included');
    if (!Array.isArray(included)) continue;
    for (const e of included) {
      if (!isObject(e) || entities.size >= MAX_ENTITIES) continue;
      const urn = e['entityUrn'];
      if (typeof urn === 'string') entities.set(urn, e);
      if (urn === `urn:li:fsd_jobPosting:${id}` && String(e['$type']).endsWith('.JobPosting')) posting = e;
    }
  }
  if (!posting) return {};
  const ref = (v: unknown): JsonObject | undefined => (typeof v === 'string' ? entities.get(v) : undefined);
  const company =
    str(at(posting, 'companyDetails', 'name')) ??
    str(ref(at(posting, 'companyDetails', '*companyResolutionResult'))?.['name']) ??
    str(ref(at(posting, 'companyDetails', 'company'))?.['name']);
  const geo = ref(posting['*location']);
  const status = ref(posting['*employmentStatus']);
  const statusUrn = str(posting['*employmentStatus']);
  const workplaces = ([] as unknown[]).concat(posting['*jobWorkplaceTypes'] ?? []).map(ref);
  const workplace = workplaces.map((w) => str(w?.['localizedName']) ?? str(w?.['workplaceTypeEnum']))[0];
  const apply = str(posting['companyApplyUrl']);
  return adapterFound(
    {
      title: str(posting['title']),
      company,
      locationText: str(geo?.['defaultLocalizedName']),
      employmentType:
        str(status?.['localizedName']) ?? statusUrn?.replace(/^urn:li:fsd_employmentStatus:/, ''),
      workplace,
      description: multiline(at(posting, 'description', 'text')),
      datePosted: isoDate(posting['originalListedAt'] ?? posting['listedAt']),
      validThrough: isoDate(posting['expireAt']),
      applyUrl: apply ? webUrl(apply) : undefined,
    },
    {
      locationText: geo
        ? JSON.stringify({
            defaultLocalizedName: geo['defaultLocalizedName'],
            countryISOCode: geo['countryISOCode'],
          })
        : undefined,
    },
  );
}

/**
 * The top card's insight pills ("Remote", "Full-time", "$120K/yr - $150K/yr"). Each pill's visible
 * label is an aria-hidden span next to a screen-reader sentence, so the short label is read.
 */
function readPills(doc: Document): Found {
  const labels = doc.querySelectorAll(
    [
      '.job-details-jobs-unified-top-card__job-insight span[aria-hidden="true"]', // logged in, 2023–2024
      '.job-details-preferences-and-skills__pill span[aria-hidden="true"]', // logged in, 2024–2025
      '.job-details-fit-level-preferences button span[aria-hidden="true"]', // logged in, 2025
      '.jobs-unified-top-card__workplace-type', // logged in before 2024; the sticky header
      '.jobs-unified-top-card__job-insight span', // logged in before 2024
      `${PAGE_2026} button`, // logged in, 2026: hashed classes
    ].join(', '),
  );
  const values: { workplace?: string; employmentType?: string; salaryText?: string } = {};
  for (let i = 0; i < labels.length && i < 60; i++) {
    const text = cleanText((labels[i] as Element).textContent ?? '');
    if (!text || text.length > 60) continue;
    if (/\d/.test(text) && /[$€£¥₹]|\b(?:USD|EUR|GBP|CAD|AUD|INR|CHF)\b/.test(text))
      values.salaryText ??= text;
    else if (workplaceOf(text)) values.workplace ??= text;
    else if (employmentTypeOf(text)) values.employmentType ??= text;
  }
  return adapterFound(values);
}

const POSTED = /\d|\b(?:ago|il y a|hace|vor|fa|geleden|atrás|temu)\b/i;

/** The 2026 job page (logged in): hashed classes, one stable hook on its container. */
const PAGE_2026 = '[data-view-name="job-detail-page"]';

/** 2026: "Lisbon, Portugal · 3 weeks ago · 58 applicants", the first line of the page with dots. */
function dottedLine(el: Element): string | undefined {
  const text = cleanText(el.textContent ?? '');
  return text.includes(' · ') && text.length < 200 ? text : undefined;
}

/**
 * The location line under the title. Late-2023 cards write "<company link> · <location> <posted>
 * <applicants>" with the location as a bare text node; 2024–2025 cards put it in the first
 * `.tvm__text` of the description line.
 */
function readLocation(doc: Document): Found {
  const line = doc.querySelector('.job-details-jobs-unified-top-card__primary-description-without-tagline');
  if (line) {
    const bare = Array.from(line.childNodes)
      .filter((n) => n.nodeType === 3)
      .map((n) => n.nodeValue ?? '')
      .join(' ');
    const value = cleanText(bare).replace(/^[·•\s]+|[·•\s]+$/g, '');
    if (value)
      return adapterFound({ locationText: value }, { locationText: cleanText(line.textContent ?? '') });
  }
  const first = textOf(doc, [
    '.job-details-jobs-unified-top-card__primary-description-container .tvm__text', // 2024–2025
    '.job-details-jobs-unified-top-card__tertiary-description-container .tvm__text', // 2025
  ]);
  if (first && !POSTED.test(first)) return adapterFound({ locationText: first });
  const dotted = firstText(doc, [`${PAGE_2026} p`], dottedLine);
  const place = dotted?.split(' · ')[0];
  return place && !POSTED.test(place) ? adapterFound({ locationText: place }, { locationText: dotted }) : {};
}

/** Guest pages: "Employment type" among the criteria, whatever the language of its header. */
function readCriteria(doc: Document): Found {
  for (const el of Array.from(doc.querySelectorAll('.description__job-criteria-text')).slice(0, 10)) {
    const text = cleanText(el.textContent ?? '');
    if (text && employmentTypeOf(text)) return adapterFound({ employmentType: text });
  }
  return {};
}

/** Guest pages keep the employer's apply link, URL-encoded, in a comment inside `code#applyUrl`. */
function readApplyUrl(doc: Document, base: URL): Found {
  const code = doc.querySelector('code#applyUrl');
  const comment = Array.from(code?.childNodes ?? []).find((n) => n.nodeType === 8);
  const raw = comment?.nodeValue?.trim().replace(/^"|"$/g, '');
  if (!raw) return {};
  const link = webUrl(raw, base);
  if (!link) return {};
  const target = new URL(link).searchParams.get('url');
  const applyUrl = (target && webUrl(target, base)) ?? link;
  return adapterFound({ applyUrl }, { applyUrl: raw });
}

// LinkedIn. Guest: /jobs/view/<title>-at-<company>-<id> (server HTML with JSON-LD). Logged in:
// /jobs/view/<id>/ and the search page's pane, /jobs/search/?currentJobId=<id> and
// /jobs/collections/<name>/?currentJobId=<id>: an SPA with no JSON-LD, whose class names change
// every year or so (and are hashed since 2025), hence several generations of selectors; the 2026
// page keeps only `data-view-name` and `data-testid` hooks and link shapes.
export const linkedin: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  matches: ['*://*.linkedin.com/jobs/*'],
  isPosting: (url) => jobId(url) !== undefined,
  fields: {
    title: [
      '.job-details-jobs-unified-top-card__job-title', // logged in, 2023–2025 (view page and search pane)
      '.jobs-unified-top-card__job-title', // logged in, before 2024
      'h1.top-card-layout__title', // guest view
      '.topcard__title', // guest view, older
      `${PAGE_2026} a[href*="/jobs/view/"]`, // logged in, 2026: the title links to the job
    ],
    company: [
      '.job-details-jobs-unified-top-card__company-name', // logged in, 2024–2025
      '.job-details-jobs-unified-top-card__primary-description-without-tagline > a', // logged in, late 2023
      '.jobs-unified-top-card__company-name', // logged in, before 2024
      'a.topcard__org-name-link', // guest view
      '[data-tracking-control-name="public_jobs_topcard-org-name"]', // guest view, unlinked company
      `${PAGE_2026} a[href*="/company/"]`, // logged in, 2026 (the logo's link has no text)
    ],
    locationText: [
      '.jobs-unified-top-card__bullet', // logged in, before 2024 and the late-2023 sticky header
      'span.topcard__flavor--bullet', // guest view: the first bullet is the place
    ],
    salaryText: [
      '.compensation__salary', // guest view: the salary card
    ],
    description: [
      '#job-details', // logged in, 2023–2025
      '.jobs-description-content__text', // logged in, before 2024
      '.description__text .show-more-less-html__markup', // guest view
      `${PAGE_2026} [data-testid="expandable-text-box"]`, // logged in, 2026: "About the job" first
    ],
  },
  read: (doc, url) => {
    const id = jobId(url);
    return {
      ...(id ? readCodeBlocks(doc, id) : {}),
      ...readCriteria(doc),
      ...readLocation(doc),
      ...readPills(doc),
      ...readApplyUrl(doc, url),
      ...adapterFound({ postingId: id }, { postingId: url.pathname + url.search }),
    };
  },
};
