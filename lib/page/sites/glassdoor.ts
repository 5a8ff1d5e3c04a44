import type { Found } from '../../model/fields';
import { cleanText } from '../../text/repair';
import { adapterFound, linesOf, textOf } from './embedded';
import type { SelectorList, SiteAdapter } from './types';

/** Glassdoor's own country sites; the same pages and hooks on each (www., and de./fr./nl. on some). */
const TLDS = [
  'com',
  'co.uk',
  'ca',
  'com.au',
  'de',
  'fr',
  'co.in',
  'ie',
  'nl',
  'es',
  'it',
  'ch',
  'at',
  'be',
  'com.mx',
  'com.br',
  'sg',
] as const;

const GLASSDOOR_HOST = /(?:^|\.)glassdoor\.[a-z]{2,3}(?:\.[a-z]{2})?$/;
const LISTING_ID = /^\d{5,20}$/;

/** The listing id of any Glassdoor address that names one: `jl` (a posting or the search page's
 * pane), `jobListingId` (the /partner/jobListing.htm link out to the employer). */
export function glassdoorPostingId(url: URL): string | undefined {
  if (!GLASSDOOR_HOST.test(url.hostname)) return undefined;
  for (const key of ['jl', 'jobListingId']) {
    const v = url.searchParams.get(key) ?? '';
    if (LISTING_ID.test(v)) return v;
  }
  return undefined;
}

/** `jl` on a posting (/job-listing/<slug>-JV_….htm, /job-listing/j) or on the search page
 * (/Job/<search>.htm, /Job/index.htm), whose side pane shows that listing. */
function listingId(url: URL): string | undefined {
  if (!/^\/(?:job-listing\/|Job\/)[^/]*$/.test(url.pathname)) return undefined;
  if (!/\.htm$|^\/job-listing\/j$/.test(url.pathname)) return undefined;
  const jl = url.searchParams.get('jl') ?? '';
  return LISTING_ID.test(jl) ? jl : undefined;
}

// Selectors, inside the job's own details (2023–2026 layout: CSS-module classes with a hashed
// suffix, so only their stable prefix is matched, plus `data-test` hooks).
const TITLE: SelectorList = [
  'h1[id^="jd-job-title-"]', // posting page and search pane (2023–2026), id = jd-job-title-<jl>
  'h2[data-test="detailTitle"]', // search pane (2020–2022)
];
const COMPANY: SelectorList = [
  '[data-test="job-details-header"] [class*="EmployerProfile_employerNameHeading"] h4', // 2024–2026
  '[data-test="job-details-header"] a[href*="/Overview/Working-at-"] h4', // 2024–2026, linked profile
  '[data-test="job-details-header"] [class*="EmployerProfile_employerName"]', // 2023
  '[data-test="employerName"]', // search pane (2020–2022)
];
const LOCATION: SelectorList = [
  '[data-test="job-details-header"] [data-test="location"]', // 2023–2026
  '[data-test="location"]', // search pane (2020–2022)
];
const DESCRIPTION: SelectorList = [
  '[class*="JobDetails_jobDescription__"]', // 2023–2026
  '[data-brandviews*="joblisting-description"]', // 2024–2026, the same block's tracking hook
  '.jobDescriptionContent', // search pane (2020–2022)
];
/** The pay under the header: "$135K - $165K (Employer provided)" or "… (Glassdoor est.)". */
const PAY: SelectorList = [
  '[data-test="job-details-header"] [data-test="detailSalary"]', // 2023–2026
  '[data-test="job-details-header"] [id^="jd-salary-"]', // 2023–2026, id = jd-salary-<jl>
];

/** Pay the employer stated (or estimated itself); Glassdoor's own estimate, or pay that says
 * neither, is not read. The note in brackets is dropped from the value. */
const EMPLOYER_PAY = /\s*\((?:employer provided|employer est\.?)\)\s*$/i;

function payOf(text: string | undefined): string | undefined {
  if (!text || !EMPLOYER_PAY.test(text)) return undefined;
  return cleanText(text.replace(EMPLOYER_PAY, '').replace(/^employer provided salary:\s*/i, ''));
}

/**
 * The details of this listing. On the search page the pane is re-rendered when another card is
 * opened, so its heading's id (`jd-job-title-<jl>`) must name the listing in the address; a page
 * without that id (older layouts) is read whole.
 */
function detailsRoot(doc: Document, jl: string): ParentNode | null {
  const own = doc.getElementById(`jd-job-title-${jl}`);
  if (own) {
    return (
      own.closest('[class*="JobDetails_jobDetailsContainer"]') ??
      own.closest('[data-test="job-details-header"]')?.parentElement ??
      doc
    );
  }
  return doc.querySelector('h1[id^="jd-job-title-"]') ? null : doc;
}

function readDetails(root: ParentNode): Found {
  const pay = textOf(root, PAY);
  return adapterFound(
    {
      title: textOf(root, TITLE),
      company: textOf(root, COMPANY),
      locationText: textOf(root, LOCATION),
      description: linesOf(root, DESCRIPTION),
      salaryText: payOf(pay),
    },
    { salaryText: pay },
  );
}

// Glassdoor: www.glassdoor.<tld>/job-listing/<title>-<company>-JV_<codes>.htm?jl=<id> (and the
// short /job-listing/j?jl=<id>); the search page /Job/<search>.htm?…&jl=<id> shows the listing in
// a side pane. Both are a Next.js app with CSS-module classes; the posting page also carries a
// JSON-LD JobPosting. The pay Glassdoor shows is often its own estimate ("(Glassdoor est.)", and
// the "Base pay range" section below), and the JSON-LD's pay is the same estimate: only pay marked
// "(Employer provided)" is read, and the structured pay is never trusted.
// Layout verified from public extractors' selectors (2023–2026), not from a saved page.
export const glassdoor: SiteAdapter = {
  id: 'glassdoor',
  name: 'Glassdoor',
  matches: TLDS.flatMap((tld) => [`*://*.glassdoor.${tld}/job-listing/*`, `*://*.glassdoor.${tld}/Job/*`]),
  isPosting: (url) => listingId(url) !== undefined,
  distrust: ['baseSalary'],
  read: (doc, url) => {
    const jl = listingId(url);
    if (!jl) return {};
    const root = detailsRoot(doc, jl);
    return {
      ...(root ? readDetails(root) : {}),
      ...adapterFound({ postingId: jl }, { postingId: url.search }),
    };
  },
};
