import type { Found } from '../extract/fields';
import { matchesPattern } from '../match-pattern';
import { readAdapter } from './read';
import { ashby } from './ashby';
import { greenhouse } from './greenhouse';
import { himalayas } from './himalayas';
import { indeed } from './indeed';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { remoteok } from './remoteok';
import { remotewlb } from './remotewlb';
import { remotive } from './remotive';
import { wellfound } from './wellfound';
import { weworkremotely } from './weworkremotely';
import { workable } from './workable';
import { workingnomads } from './workingnomads';
import type { SiteAdapter } from './types';

/** Every supported site. Adding a site = one file here + one fixture in test/fixtures/sites/. */
export const ADAPTERS: readonly SiteAdapter[] = [
  remotewlb,
  remoteok,
  weworkremotely,
  remotive,
  himalayas,
  workingnomads,
  greenhouse,
  lever,
  ashby,
  workable,
  linkedin,
  indeed,
  wellfound,
];

/** The content script's `matches`: the supported sites only; any other site is opt-in. */
export const ADAPTER_MATCHES: string[] = ADAPTERS.flatMap((a) => a.matches);

/** The adapter whose match patterns cover this URL, if any. */
export function findAdapter(url: URL): SiteAdapter | undefined {
  return ADAPTERS.find((a) => a.matches.some((m) => matchesPattern(m, url)));
}

export interface AdapterRead {
  adapter: SiteAdapter;
  isPosting: boolean;
  fields: Found;
}

/** The site's own reading of the page, when the site is one we know. */
export function readSite(doc: Document, url: URL): AdapterRead | undefined {
  const adapter = findAdapter(url);
  if (!adapter) return undefined;
  const isPosting = adapter.isPosting(url);
  return { adapter, isPosting, fields: isPosting ? readAdapter(adapter, doc, url) : {} };
}

export type { SiteAdapter };
