import { cleanText } from '../../text/repair';
import { adapterFound, linesOf, textOf } from './embedded';
import type { SelectorList, SiteAdapter } from './types';

/** /<lang>/companies/<organization>/jobs/<job slug>: a job's own page (the apply form opens over it). */
const JOB_PATH = /^\/[a-z]{2}(?:-[a-z]{2})?\/companies\/([^/]+)\/jobs\/([^/]+)\/?$/i;

/** The job of any Welcome to the Jungle address that names one, as `<organization>/<job slug>`
 * (a slug is unique within its organization only). */
export function welcometothejunglePostingId(url: URL): string | undefined {
  if (!/(?:^|\.)welcometothejungle\.com$/.test(url.hostname)) return undefined;
  const m = JOB_PATH.exec(url.pathname);
  return m ? `${m[1]}/${m[2]}`.toLowerCase() : undefined;
}

// The job page's header, `[data-testid="job-metadata-block"]` (2023–2026): the title in an h2, the
// company's link, then one item per fact, each an icon named for it (`<i name="location">`) and its
// text. Classes are styled-components hashes; only `data-testid` and the icon names are stable.
const BLOCK = '[data-testid="job-metadata-block"]';
const item = (icon: string): SelectorList => [
  `${BLOCK} i[name="${icon}"] + span`,
  `${BLOCK} i[name="${icon}"] + *`,
];
/** The job's sections, in page order: the job, the profile sought, the hiring process. */
const SECTIONS = ['job-section-description', 'job-section-experience', 'job-section-process'];

/** Where the work happens, as the "remote" item says it (French and English pages). */
const REMOTE_ITEM: [string, RegExp][] = [
  ['On-site', /\bpas de t[ée]l[ée]travail\b|\bno remote\b/i],
  ['Remote', /\bt[ée]l[ée]travail total\b|\bfull(?:y)?[- ]remote\b|\b100 ?% remote\b/i],
  [
    'Hybrid',
    /\bt[ée]l[ée]travail (?:fr[ée]quent|occasionnel|partiel)\b|\b(?:frequent|occasional|partial) remote\b|\bfew days at home\b/i,
  ],
];

/** An item's text without the label some pages put before it ("Salary: ", "Salaire : "). */
function labelled(doc: Document, icon: string, label: RegExp): { value?: string; raw?: string } {
  const raw = textOf(doc, item(icon));
  const value = raw ? cleanText(raw.replace(label, '')) : undefined;
  return { value: value || undefined, raw };
}

function readRemote(doc: Document): { value?: string; raw?: string } {
  const raw = textOf(doc, item('remote'));
  return { value: raw ? REMOTE_ITEM.find(([, re]) => re.test(raw))?.[0] : undefined, raw };
}

/** The sections of the job, each with its heading, as one text. */
function readSections(doc: Document): string | undefined {
  const parts = SECTIONS.map((id) => linesOf(doc, [`[data-testid="${id}"]`])).filter(Boolean);
  return parts.join('\n') || undefined;
}

// Welcome to the Jungle: www.welcometothejungle.com/<en|fr|es|cs|sk>/companies/<org>/jobs/<slug>;
// the company's job list is …/companies/<org>/jobs, search /<lang>/jobs?query=…. A React app
// (server-rendered, then client-side navigation from the search) with `data-testid` hooks and a
// JSON-LD JobPosting whose description holds only the first section; the app's data is also in
// `window.__INITIAL_DATA__` (a JSON string inside a string, not read). The "remote" item uses the
// board's own scale ("Télétravail fréquent", "A few days at home"), read here as on-site, hybrid or
// remote. Hooks verified from public scrapers and extensions (2024–2026); the page itself not seen.
export const welcometothejungle: SiteAdapter = {
  id: 'welcometothejungle',
  name: 'Welcome to the Jungle',
  matches: ['*://www.welcometothejungle.com/*'],
  isPosting: (url) => JOB_PATH.test(url.pathname),
  fields: {
    title: [
      `${BLOCK} h2`, // 2024–2026
      '[data-testid="job-title"]', // 2022–2023
    ],
    company: [
      `${BLOCK} a[href*="/companies/"] span`, // 2024–2026
      `${BLOCK} a[href*="/companies/"]`,
    ],
    locationText: item('location'),
    employmentType: item('contract'),
    datePosted: [`${BLOCK} time[datetime]`],
  },
  read: (doc, url) => {
    const m = JOB_PATH.exec(url.pathname);
    if (!m) return {};
    const salary = labelled(doc, 'salary', /^(?:salary|salaire|salario)\s*:\s*/i);
    const experience = labelled(doc, 'suitcase', /^(?:experience|exp[ée]rience|experiencia)\s*:\s*/i);
    const remote = readRemote(doc);
    return adapterFound(
      {
        salaryText: salary.value && /\d/.test(salary.value) ? salary.value : undefined,
        experience: experience.value && /\d/.test(experience.value) ? experience.value : undefined,
        workplace: remote.value,
        description: readSections(doc),
        postingId: `${m[1]}/${m[2]}`.toLowerCase(),
      },
      { salaryText: salary.raw, experience: experience.raw, workplace: remote.raw, postingId: url.pathname },
    );
  },
};
