import type { Found } from '../../model/fields';
import { isObject, type JsonObject } from '../../model/json';
import { parseJsonLoose } from '../extract/jsonld';
import { adapterFound, at, balancedJson, evidenceOf, htmlText, payText, scriptsWith, str } from './embedded';
import type { SiteAdapter } from './types';

const HOST = /(?:^|\.)ziprecruiter\.com$/;
const KEY = /^[A-Za-z0-9._~-]{6,200}$/;
const HEX8 = '[0-9a-f]{8}';
/** Older job pages: /job/<8 hex>, /jobs/<8 hex>, /jobs/<company>-<8 hex>/<title>-<8 hex>. */
const LEGACY = new RegExp(`^/(?:job|jobs)/(?:(?:[^/]*-)?${HEX8}/[^/]*-)?(${HEX8})/?$`);

/** The listing key a search pane (`lk`) or a listing link (`lvk`) names. */
function listingKey(url: URL): string | undefined {
  const key = url.searchParams.get('lk') ?? url.searchParams.get('lvk') ?? '';
  return KEY.test(key) ? key : undefined;
}

function isPostingUrl(url: URL): boolean {
  const path = url.pathname;
  if (/^\/c\/[^/]+\/Job\/[^/]+(?:\/-in-[^/]+)?\/?$/.test(path)) return true; // company-branded job page
  if (/^\/jobs\/\/?j\/?$/.test(path)) return url.searchParams.has('lvk') && listingKey(url) !== undefined;
  if (/^\/(?:jobs-search|candidate\/search)\/?$/.test(path))
    return KEY.test(url.searchParams.get('lk') ?? '');
  if (/^\/e?k\/l\/[A-Za-z0-9_-]{10,}\/?$/.test(path)) return true; // a listing link from an e-mail or a feed
  return LEGACY.test(path);
}

/**
 * The posting's id in any ziprecruiter.com address that names one: `jid` of the job page, else the
 * listing key (`lvk`, `lk` of a search pane), else the id of an older page. Tracking links
 * (/k/l/…, /k/t/…) carry a token, not an id.
 */
export function ziprecruiterPostingId(url: URL): string | undefined {
  if (!HOST.test(url.hostname)) return undefined;
  const jid = /^[0-9a-f]{12,20}$/i.exec(url.searchParams.get('jid') ?? '')?.[0]?.toLowerCase();
  return jid ?? listingKey(url) ?? LEGACY.exec(url.pathname)?.[1];
}

const PUSH = 'self.__next_f.push(';
const MAX_FLIGHT = 8_000_000;

/** The page's React Server Components payload: the strings of its `self.__next_f.push([1, "…"])`
 * scripts, in order. */
function flightText(doc: Document): string {
  let out = '';
  for (const script of scriptsWith(doc, PUSH)) {
    for (let i = script.indexOf(PUSH), n = 0; i >= 0 && n < 200; i = script.indexOf(PUSH, i + 1), n++) {
      const literal = balancedJson(script, i + PUSH.length);
      const chunk = literal === undefined ? null : parseJsonLoose(literal);
      if (Array.isArray(chunk) && chunk[0] === 1 && typeof chunk[1] === 'string') out += chunk[1];
      if (out.length > MAX_FLIGHT) return out;
    }
  }
  return out;
}

/** A text row of the payload, `<id>:T<hex length>,<text>` (the length in UTF-8 bytes); rows follow
 * one another with no separator after a text row, so the id is found where no other id goes on. */
function textRow(flight: string, id: string): string | undefined {
  const head = new RegExp(`(?:^|[^0-9A-Za-z])${id}:T([0-9a-f]{1,7}),`).exec(flight);
  if (!head) return undefined;
  const bytes = Number.parseInt(head[1] as string, 16);
  const rest = flight.slice(head.index + head[0].length, head.index + head[0].length + bytes);
  return new TextDecoder().decode(new TextEncoder().encode(rest).slice(0, bytes));
}

/** A string of the payload: "$$…" is a literal "$…", "$D…" a date, "$<hex>" a text row; other
 * references say nothing here. */
function flightString(flight: string, v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  if (v.startsWith('$$')) return v.slice(1);
  if (v.startsWith('$D')) return v.slice(2);
  if (/^\$[0-9a-f]{1,6}$/.test(v)) return textRow(flight, v.slice(1));
  return v.startsWith('$') ? undefined : v;
}

/** The `jobDetails` object of the payload (the job page's own, or the search pane's under
 * `twoPaneData.serializedJobDetailsData`); with a key in the address, only that listing's. */
function findJobDetails(flight: string, key: string | undefined): JsonObject | undefined {
  const marker = '"jobDetails":';
  for (let i = flight.indexOf(marker), n = 0; i >= 0 && n < 20; i = flight.indexOf(marker, i + 1), n++) {
    const literal = balancedJson(flight, i + marker.length);
    const value = literal === undefined ? null : parseJsonLoose(literal);
    if (!isObject(value) || typeof value['title'] !== 'string') continue;
    if (key === undefined || value['listingKey'] === key) return value;
  }
  return undefined;
}

/** Enum names ("EMPLOYMENT_TYPE_NAME_FULL_TIME") as words ("Full-time"). */
function enumWords(list: unknown, prefix: RegExp): string | undefined {
  if (!Array.isArray(list)) return undefined;
  const words = list
    .slice(0, 10)
    .map((t) => str(at(t, 'name'))?.replace(prefix, ''))
    .filter((t): t is string => !!t)
    .map((t) => {
      const w = t
        .replace(/^(FULL|PART)_TIME$/, '$1-time')
        .replace(/_/g, ' ')
        .toLowerCase();
      return w.charAt(0).toUpperCase() + w.slice(1);
    });
  return words.join(', ') || undefined;
}

/** Pay the employer published. ZipRecruiter attaches its own estimate to postings without one and
 * marks the difference with `metadata.visible`: only visible pay is the employer's. */
function employerPay(pay: unknown): string | undefined {
  if (at(pay, 'metadata', 'visible') !== true) return undefined;
  const currency = /([A-Z]{3})$/.exec(str(at(pay, 'currency')) ?? '')?.[1];
  const interval = str(at(pay, 'interval'))?.replace(/^PAY_INTERVAL_/, '');
  return payText(at(pay, 'min'), at(pay, 'max'), currency, interval);
}

function readJobDetails(doc: Document, url: URL): Found {
  const flight = flightText(doc);
  if (!flight) return {};
  const job = findJobDetails(flight, listingKey(url));
  if (!job) return {};
  const place = job['location'];
  const city = flightString(flight, at(place, 'city'));
  const region = flightString(flight, at(place, 'stateCode')) ?? flightString(flight, at(place, 'state'));
  const pay = employerPay(job['pay']);
  return adapterFound(
    {
      title: str(flightString(flight, job['title'])),
      company: str(flightString(flight, at(job, 'company', 'name'))),
      locationText: city
        ? [city, region].filter(Boolean).join(', ')
        : str(flightString(flight, at(place, 'displayName'))),
      workplace: enumWords(job['locationTypes'], /^LOCATION_TYPE_NAME_/),
      employmentType: enumWords(job['employmentTypes'], /^EMPLOYMENT_TYPE_NAME_/),
      datePosted: str(flightString(flight, at(job, 'status', 'postedAtUtc'))),
      description: htmlText(flightString(flight, job['htmlFullDescription'])),
      salaryText: pay,
    },
    {
      locationText: evidenceOf(place),
      workplace: evidenceOf(job['locationTypes']),
      employmentType: evidenceOf(job['employmentTypes']),
      salaryText: pay && evidenceOf(job['pay']),
    },
  );
}

// ZipRecruiter: www.ziprecruiter.com. Job pages /c/<Company>/Job/<Title>/-in-<City>,<ST>?jid=<hex>
// (often with &lvk=<listing key>); /jobs//j?lvk=<key> and e-mail links /k/l/<token> land on one;
// the search page /jobs-search?search=…&location=… opens a posting in its right-hand pane with
// &lk=<key>; older pages were /job/<8 hex> and /jobs/<company>-<hex>/<title>-<hex>. The site is a
// Next.js App Router app behind Cloudflare (2026, a scraper that drives it in a browser): the job
// is the `jobDetails` object of its RSC payload (`self.__next_f.push` scripts), with the
// description in a text row it references. Layout of the visible page: not verified, so nothing
// is read from it. ZipRecruiter also estimates pay for postings that state none (only
// `pay.metadata.visible` pay is shown, and read); structured pay is not trusted for that reason.
export const ziprecruiter: SiteAdapter = {
  id: 'ziprecruiter',
  name: 'ZipRecruiter',
  matches: ['*://www.ziprecruiter.com/*', '*://ziprecruiter.com/*'],
  isPosting: isPostingUrl,
  distrust: ['baseSalary'],
  read: (doc, url) => {
    const path = `${url.pathname}${url.search}`;
    return {
      ...readJobDetails(doc, url),
      ...adapterFound({ postingId: ziprecruiterPostingId(url) }, { postingId: path }),
    };
  },
};
