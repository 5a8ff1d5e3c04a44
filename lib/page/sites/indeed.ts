import type { Found } from '../../model/fields';
import { employmentTypeOf } from '../../model/work-words';
import { cleanText } from '../../text/repair';
import {
  adapterFound,
  assignedJson,
  at,
  evidenceOf,
  htmlText,
  isoDate,
  isPlaceholderPay,
  payText,
  str,
} from './embedded';
import { isObject, type JsonObject } from '../../model/json';
import type { SiteAdapter } from './types';

const JOB_KEY = /^[0-9a-f]{16}$/i;

/** The key at the end of an older job page's path: `/job/<title>-<jk>`, `/cmp/<company>/jobs/<title>-<jk>`. */
const PATH_KEY = /^\/(?:job|cmp\/[^/]+\/jobs)\/[^/]*?-?([0-9a-f]{16})\/?$/i;

/** The job key: `jk` on a viewjob page (or a card's `/rc/clk` link, served as the job), `vjk` for
 * the pane of a search page or the home feed, or the key in an older job page's path. */
function jobKey(url: URL): string | undefined {
  const jk = url.searchParams.get('jk') ?? '';
  if (/^\/(?:m\/)?(?:viewjob|rc\/clk)\/?$/.test(url.pathname) && JOB_KEY.test(jk)) return jk.toLowerCase();
  const vjk = url.searchParams.get('vjk') ?? '';
  return (JOB_KEY.test(vjk) ? vjk : PATH_KEY.exec(url.pathname)?.[1])?.toLowerCase();
}

/** Any Indeed address, on any regional domain, that names a job (`jk`, or `vjk` for a pane). */
export function indeedPostingId(url: URL): string | undefined {
  if (!/(?:^|\.)indeed\.[a-z.]+$/.test(url.hostname)) return undefined;
  const key = url.searchParams.get('jk') ?? url.searchParams.get('vjk') ?? '';
  return (JOB_KEY.test(key) ? key : PATH_KEY.exec(url.pathname)?.[1])?.toLowerCase();
}

const same = (a: unknown, key: string): boolean => typeof a === 'string' && a.toLowerCase() === key;

function salaryOf(model: unknown): { text: string; evidence: string } | undefined {
  if (!isObject(model)) return undefined;
  const written = str(model['salaryText']);
  const text =
    written && !isPlaceholderPay(written)
      ? written
      : payText(model['salaryMin'], model['salaryMax'], model['salaryCurrency'], model['salaryType']);
  return text ? { text, evidence: evidenceOf(model) } : undefined;
}

/** viewjob: `_initialData.jobInfoWrapperModel.jobInfoModel`, when `_initialData.jobKey` is this job. */
function fromViewjob(data: JsonObject, key: string): Found {
  if (!same(data['jobKey'], key)) return {};
  const info = at(data, 'jobInfoWrapperModel', 'jobInfoModel');
  const header = at(info, 'jobInfoHeaderModel');
  const details = at(info, 'jobDescriptionSectionModel', 'jobDetailsSection');
  const pay = salaryOf(at(details, 'salaryInfoModel')) ?? salaryOf(header);
  const remote = at(header, 'remoteWorkModel');
  return adapterFound(
    {
      title: str(at(header, 'jobTitle')) ?? str(data['jobTitle']),
      company: str(at(header, 'companyName')),
      locationText: str(at(header, 'formattedLocation')) ?? str(data['jobLocation']),
      workplace: str(at(remote, 'text')),
      employmentType: str(at(details, 'jobTypes', 0, 'label')),
      description: htmlText(at(info, 'sanitizedJobDescription')),
      salaryText: pay?.text,
    },
    { workplace: remote ? evidenceOf(remote) : undefined, salaryText: pay?.evidence },
  );
}

/**
 * Search page: the pane opened with the page. `_initialData` is not rewritten when another card is
 * clicked, so it is only used while `vjk` still names that job.
 */
function fromSearch(data: JsonObject, key: string): Found {
  const job = at(
    data,
    'autoOpenTwoPaneViewjobResponse',
    'body',
    'hostQueryExecutionResult',
    'data',
    'jobData',
    'results',
    0,
    'job',
  );
  if (!isObject(job) || !same(job['key'], key)) return {};
  return adapterFound({
    title: str(job['title']),
    company: str(job['sourceEmployerName']),
    datePosted: isoDate(job['datePublished']),
    description: htmlText(at(job, 'description', 'html')),
  });
}

function readInitialData(doc: Document, key: string): Found {
  const data = assignedJson(doc, '_initialData');
  if (!isObject(data)) return {};
  return { ...fromSearch(data, key), ...fromViewjob(data, key) };
}

/** Header chips: pay, and the job type ("Full-time"), in one list whose order varies. */
function readChips(doc: Document): Found {
  const chips = doc.querySelectorAll(
    [
      '[data-testid="attribute_snippet_testid"]', // 2024–2026
      '#salaryInfoAndJobType span', // 2023
    ].join(', '),
  );
  const out: { salaryText?: string; employmentType?: string } = {};
  for (let i = 0; i < chips.length && i < 30; i++) {
    const text = cleanText((chips[i] as Element).textContent ?? '').replace(/^[-–]\s*/, '');
    if (!text || text.length > 80) continue;
    if (/\d/.test(text) && /[$€£¥₹]|\b(?:an hour|a year|a month|a week|a day)\b/i.test(text)) {
      if (!isPlaceholderPay(text)) out.salaryText ??= text;
    } else if (employmentTypeOf(text)) out.employmentType ??= text;
  }
  return adapterFound(out);
}

// Indeed: <cc>.indeed.com/viewjob?jk=<16 hex> (server-rendered, JSON-LD JobPosting; a card's
// /rc/clk?jk= link redirects there or serves the same page) and the
// search page's pane, /jobs?q=…&vjk=<jk> (also /emplois, and the home feed /?vjk=), an SPA whose
// `vjk` changes in place and whose JSON-LD is an ItemList of the results.
export const indeed: SiteAdapter = {
  id: 'indeed',
  name: 'Indeed',
  matches: [
    '*://*.indeed.com/viewjob*',
    '*://*.indeed.com/m/viewjob*',
    '*://*.indeed.com/rc/clk*',
    '*://*.indeed.com/job/*',
    '*://*.indeed.com/cmp/*/jobs/*',
    '*://*.indeed.com/jobs*',
    '*://*.indeed.com/m/jobs*',
    '*://*.indeed.com/emplois*',
    '*://*.indeed.com/',
    '*://*.indeed.com/?*',
  ],
  isPosting: (url) => jobKey(url) !== undefined,
  fields: {
    // its last child says " - job post" to screen readers, which the background drops from titles
    title: [
      '#jobsearch-ViewjobPaneWrapper [data-testid="jobsearch-JobInfoHeader-title"]', // search pane (2024–)
      '[data-testid="jobsearch-JobInfoHeader-title"]', // viewjob (2024–)
      '.jobsearch-JobInfoHeader-title', // viewjob (2023: an h1; earlier an h3)
    ],
    company: [
      '#jobsearch-ViewjobPaneWrapper [data-testid="inlineHeader-companyName"]', // search pane (2024–)
      '[data-testid="inlineHeader-companyName"]', // viewjob (2024–)
      '[data-company-name="true"]', // viewjob (2023)
      '.jobsearch-JobInfoHeader-companyName', // older job pages (before 2023)
    ],
    locationText: [
      '#jobsearch-ViewjobPaneWrapper [data-testid="inlineHeader-companyLocation"]', // search pane (2024–)
      '[data-testid="inlineHeader-companyLocation"]', // viewjob (2024–)
      '[data-testid="job-location"]', // viewjob, some 2024 pages
      '.jobsearch-JobInfoHeader-companyLocation', // older job pages (before 2023)
    ],
    description: [
      '#jobsearch-ViewjobPaneWrapper #jobDescriptionText', // search pane
      '#jobDescriptionText', // viewjob (2023–)
    ],
  },
  read: (doc, url) => {
    const key = jobKey(url);
    if (!key) return {};
    return {
      ...readInitialData(doc, key),
      ...readChips(doc),
      ...adapterFound({ postingId: key }, { postingId: url.search }),
    };
  },
};
