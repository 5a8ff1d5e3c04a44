import { employmentTypeOf } from '../../model/work-words';
import { adapterFound, textOf } from './embedded';
import type { SelectorList, SiteAdapter } from './types';

const STEPSTONE_HOST = /(?:^|\.)stepstone\.(?:de|at|be|nl)$/;
/** /stellenangebote--<Title-Place-Company>--<id>-inline.html (German), /vacatures--… (Dutch),
 * /offres-emploi--… (French), /jobs--… (English): the word varies, the shape does not. */
const AD_PATH = /^\/[a-z-]+--[^/]+--(\d{5,10})-inline\.html$/i;

const adId = (url: URL): string | undefined => AD_PATH.exec(url.pathname)?.[1];

/** The ad id of any StepStone address that names one. */
export function stepstonePostingId(url: URL): string | undefined {
  return STEPSTONE_HOST.test(url.hostname) ? adId(url) : undefined;
}

// The ad page's `data-at` hooks (2022–2026; classes are hashed per build). Each metadata item is
// an icon and its text.
const WORK_TYPE: SelectorList = ['[data-at="metadata-work-type"]', '[data-at="header-work-type"]'];
const SALARY: SelectorList = ['[data-at="metadata-salary"]', '[data-at="salary-range"]'];

/** StepStone's home-office badges, and where they put the work: "Teilweise Homeoffice" is some
 * days at home, which the generic words would read as remote. */
const HOME_OFFICE: [string, RegExp][] = [
  [
    'Remote',
    /\b(?:nur|vollst[äa]ndig|100 ?%) ?home ?office\b|\b(?:fully|full|100 ?%) remote\b|\bvolledig thuiswerken\b/i,
  ],
  [
    'Hybrid',
    /\bteilweise home ?office\b|\bhome ?office m[öo]glich\b|\bpartially remote\b|\bhome office possible\b|\bgedeeltelijk thuiswerken\b/i,
  ],
];

/** Pay StepStone shows when the employer gave none: an estimate, or a button to see one. */
const NOT_THE_EMPLOYERS = /gesch[äa]tzt|sch[äa]tzung|prognose|estimat|anzeigen|show salary|bekijk salaris/i;

/** "Teilweise Homeoffice, Vollzeit": the work-type item holds the hours and, on some ads, home office. */
function readWorkType(doc: Document): { employmentType?: string; workplace?: string; raw?: string } {
  const raw = textOf(doc, WORK_TYPE);
  if (!raw) return {};
  const parts = raw.split(/\s*,\s*/);
  const employmentType = parts.filter((p) => employmentTypeOf(p)).join(', ') || undefined;
  const workplace = HOME_OFFICE.find(([, re]) => re.test(raw))?.[0];
  return { employmentType, workplace, raw };
}

// StepStone: www.stepstone.de/stellenangebote--<slug>--<id>-inline.html (also .at; .be and .nl in
// Dutch and French). Server-rendered ads with `data-at` hooks and a JSON-LD JobPosting (its
// date and description are read by the generic reader). Search pages are /jobs/<what>/in-<where>
// and /stellenangebote--<what>.html (no id); company pages /cmp/<lang>/<slug>-<id>/jobs.
// Hooks verified from public scrapers (2024–2026, stepstone.de and the same platform's nijobs.com
// and totaljobs.com); the ad page itself not seen, nor whether StepStone's own salary estimate
// ever sits in the salary item (read only when it names figures and no estimate).
export const stepstone: SiteAdapter = {
  id: 'stepstone',
  name: 'StepStone',
  matches: [
    '*://www.stepstone.de/*-inline.html*',
    '*://www.stepstone.at/*-inline.html*',
    '*://www.stepstone.be/*-inline.html*',
    '*://www.stepstone.nl/*-inline.html*',
  ],
  isPosting: (url) => adId(url) !== undefined,
  fields: {
    title: [
      'h1[data-at="header-job-title"]', // 2022–2026
      '[data-at="header-job-title"]', // the same, not an h1 on some templates
    ],
    company: [
      '[data-at="metadata-company-name"]', // 2022–2026
      '[data-at="header-company-name"]', // templates with the name above the title
    ],
    locationText: [
      '[data-at="metadata-location"]', // 2022–2026
      '[data-at="header-job-location"]',
    ],
    description: [
      '[data-at="job-ad-content"]', // 2022–2026: every section of the ad, and nothing else
    ],
  },
  read: (doc, url) => {
    const id = adId(url);
    if (!id) return {};
    const work = readWorkType(doc);
    const pay = textOf(doc, SALARY);
    const salaryText = pay && /\d/.test(pay) && !NOT_THE_EMPLOYERS.test(pay) ? pay : undefined;
    return adapterFound(
      { employmentType: work.employmentType, workplace: work.workplace, salaryText, postingId: id },
      { employmentType: work.raw, workplace: work.raw, postingId: url.pathname },
    );
  },
};
