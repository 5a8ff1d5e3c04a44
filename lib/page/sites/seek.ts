import type { Found } from '../../model/fields';
import { isObject } from '../../model/json';
import { parseJsonLoose } from '../extract/jsonld';
import { cleanText } from '../../text/repair';
import {
  adapterFound,
  at,
  balancedJson,
  evidenceOf,
  htmlText,
  isoDate,
  scriptsWith,
  str,
  textOf,
} from './embedded';
import type { SelectorList, SiteAdapter } from './types';

/** SEEK (Australia, New Zealand) and the boards it runs on the same platform: Jobstreet, JobsDB. */
const PLATFORM_HOST =
  /(?:^|\.)(?:seek\.com\.au|seek\.co\.nz|au\.seek\.com|nz\.seek\.com|jobstreet\.com|jobstreet\.com\.my|jobsdb\.com)$/;

/** A posting's own page: /job/<id>, on Jobstreet and JobsDB often under a language (/id/job/<id>). */
const JOB_PATH = /^(?:\/[a-z]{2})?\/job\/(\d{5,12})\/?$/;
/** A search page (/jobs, /<keywords>-jobs, /jobs-in-<classification>, /<kw>-jobs/in-<where>). */
const SEARCH_PATH = /^(?:\/[a-z]{2})?\/(?:[^/]*-)?jobs(?:-[^/]*)?(?:\/[^/]*)?\/?$/;
const ID = /^\d{5,12}$/;

/** The job a page shows: its own page's id, or `jobId` on a search page, whose split view shows it. */
function jobIdOf(url: URL): string | undefined {
  const own = JOB_PATH.exec(url.pathname)?.[1];
  if (own) return own;
  const pane = url.searchParams.get('jobId') ?? '';
  return SEARCH_PATH.test(url.pathname) && ID.test(pane) ? pane : undefined;
}

/** The job id of any SEEK, Jobstreet or JobsDB address that names one (its page, its apply
 * form, or a search page's `jobId`). */
export function seekPostingId(url: URL): string | undefined {
  if (!PLATFORM_HOST.test(url.hostname)) return undefined;
  const inPath = /^(?:\/[a-z]{2})?\/job\/(\d{5,12})(?:\/|$)/.exec(url.pathname)?.[1];
  const pane = url.searchParams.get('jobId') ?? '';
  return inPath ?? (ID.test(pane) ? pane : undefined);
}

// The job page's `data-automation` hooks (2020–2026), the same on SEEK, Jobstreet and JobsDB and in
// the search page's split view.
const TITLE: SelectorList = [
  'h1[data-automation="job-detail-title"]',
  '[data-automation="job-detail-title"]',
];
const ADVERTISER: SelectorList = ['[data-automation="advertiser-name"]'];
const LOCATION: SelectorList = ['[data-automation="job-detail-location"]'];

/** What SEEK writes instead of a name when the advertiser hides it. */
const HIDDEN_ADVERTISER = /^private advertiser$/i;
/** "Sydney NSW (Hybrid)": the work arrangement written after the place. */
const ARRANGEMENT = /^(.*\S)\s*\((hybrid|remote|on-?site|work from home)\)$/i;

/** `window.SEEK_REDUX_DATA = {…};` in the server-state script: the app's state as the page was served. */
function reduxState(doc: Document): unknown {
  for (const text of scriptsWith(doc, 'SEEK_REDUX_DATA')) {
    const m = /SEEK_REDUX_DATA\s*=\s*(?=[{[])/.exec(text);
    const literal = m ? balancedJson(text, m.index + m[0].length) : undefined;
    const value = literal === undefined ? null : parseJsonLoose(literal);
    if (value !== null) return value;
  }
  return undefined;
}

const label = (v: unknown): string | undefined =>
  str(at(v, 'label')) ?? str(at(v, 'label', 'text')) ?? str(v);

/**
 * The job as the page was served: `jobdetails.result.job`. On a search page the split view is
 * re-rendered in place when another card is opened, so the state is used only while its job is the
 * one the address names.
 */
function fromState(doc: Document, id: string): Found {
  const result = at(reduxState(doc), 'jobdetails', 'result');
  const job = at(result, 'job');
  if (!isObject(job) || str(job['id']) !== id) return {};
  const advertiser = str(at(job, 'advertiser', 'name'));
  const arrangements = at(result, 'workArrangements', 'arrangements');
  const workplace = Array.isArray(arrangements) ? label(arrangements[0]) : undefined;
  return adapterFound(
    {
      title: str(job['title']),
      company: advertiser && !HIDDEN_ADVERTISER.test(advertiser) ? advertiser : undefined,
      locationText: label(job['location']),
      workplace,
      employmentType: label(job['workTypes']),
      salaryText: label(job['salary']),
      datePosted: isoDate(at(job, 'listedAt', 'dateTimeUtc')),
      description: htmlText(job['content']),
    },
    {
      workplace: workplace && evidenceOf(arrangements),
      salaryText: evidenceOf(job['salary']),
      datePosted: evidenceOf(job['listedAt']),
    },
  );
}

/** The header's advertiser and place, as the page shows them. */
function fromHeader(doc: Document): Found {
  const advertiser = textOf(doc, ADVERTISER);
  const place = textOf(doc, LOCATION);
  const split = place ? ARRANGEMENT.exec(place) : null;
  return adapterFound(
    {
      company: advertiser && !HIDDEN_ADVERTISER.test(advertiser) ? advertiser : undefined,
      locationText: split ? split[1] : place,
      workplace: split?.[2],
    },
    { locationText: place, workplace: place },
  );
}

// SEEK: www.seek.com.au/job/<id> (since 2025 also au.seek.com; NZ www.seek.co.nz, nz.seek.com), and
// the same platform's Jobstreet (id., ph., sg., my.jobstreet.com, /<lang>/job/<id>) and JobsDB
// (hk., th.jobsdb.com). Search pages open a job in a split view, /<kw>-jobs?jobId=<id>. Pages are
// server-rendered React with `data-automation` hooks, the state in `window.SEEK_REDUX_DATA` (which
// writes bare `undefined`); no JSON-LD JobPosting (2025). An advertiser who hides its name shows
// "Private Advertiser", which is no company. The apply form (/job/<id>/apply) shows no posting.
// Hooks verified from public scrapers and extensions (2023–2026); the page itself not seen.
export const seek: SiteAdapter = {
  id: 'seek',
  name: 'SEEK',
  matches: [
    '*://www.seek.com.au/*',
    '*://au.seek.com/*',
    '*://www.seek.co.nz/*',
    '*://nz.seek.com/*',
    '*://*.jobstreet.com/*',
    '*://www.jobstreet.com.my/*',
    '*://*.jobsdb.com/*',
  ],
  isPosting: (url) => jobIdOf(url) !== undefined,
  fields: {
    title: TITLE,
    employmentType: ['[data-automation="job-detail-work-type"]'],
    salaryText: ['[data-automation="job-detail-salary"]'],
    description: ['[data-automation="jobAdDetails"]'],
  },
  read: (doc, url) => {
    const id = jobIdOf(url);
    if (!id) return {};
    return {
      ...fromState(doc, id),
      ...fromHeader(doc),
      ...adapterFound({ postingId: id }, { postingId: cleanText(`${url.pathname}${url.search}`) }),
    };
  },
};
