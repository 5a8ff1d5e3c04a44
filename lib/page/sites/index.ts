import { findAdapterIn, readSiteWith, type AdapterFor, type AdapterRead } from './read-site';
import { ashby } from './ashby';
import { greenhouse } from './greenhouse';
import { himalayas } from './himalayas';
import { indeed } from './indeed';
import { jobbank } from './jobbank';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { remoteok } from './remoteok';
import { remotewlb } from './remotewlb';
import { remotive } from './remotive';
import { wellfound } from './wellfound';
import { weworkremotely } from './weworkremotely';
import { workable } from './workable';
import { workingnomads } from './workingnomads';
import { smartrecruiters } from './smartrecruiters';
import { teamtailor } from './teamtailor';
import { recruitee } from './recruitee';
import { personio } from './personio';
import { bamboohr } from './bamboohr';
import { jobvite } from './jobvite';
import { breezy } from './breezy';
import { icims } from './icims';
import { dice } from './dice';
import { simplyhired } from './simplyhired';
import { jazzhr } from './jazzhr';
import { ziprecruiter } from './ziprecruiter';
import { glassdoor } from './glassdoor';
import { workday } from './workday';
import { seek } from './seek';
import { stepstone } from './stepstone';
import { welcometothejungle } from './welcometothejungle';
import type { SiteAdapter } from './types';

/** Every supported site. Adding a site = its file here, its fixture in test/fixtures/sites/, and its
 * content script (entrypoints/<id>.content.ts, four lines; a test checks they are all there). */
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
  jobbank,
  smartrecruiters,
  teamtailor,
  recruitee,
  personio,
  bamboohr,
  jobvite,
  breezy,
  icims,
  dice,
  simplyhired,
  jazzhr,
  ziprecruiter,
  glassdoor,
  workday,
  seek,
  stepstone,
  welcometothejungle,
];

/** Where the content scripts run by themselves: the supported sites only; any other site is opt-in. */
export const ADAPTER_MATCHES: string[] = ADAPTERS.flatMap((a) => a.matches);

/** The adapter whose match patterns cover this URL, if any. */
export const findAdapter = (url: URL): SiteAdapter | undefined => findAdapterIn(ADAPTERS, url);

/** The site's own reading of the page, when the site is one we know. */
export const readSite = (doc: Document, url: URL): AdapterRead | undefined =>
  readSiteWith(findAdapter, doc, url);

export type { AdapterFor, AdapterRead };
export type { SiteAdapter };
