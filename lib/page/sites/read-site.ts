import type { Found } from '../../model/fields';
import { matchesPattern } from '../../access/match-pattern';
import { readAdapter } from './read-adapter';
import type { SiteAdapter } from './types';

// Which adapter reads a page: in the CLI and the tests, the one whose match patterns cover its
// address (lib/page/sites/index.ts); in a board's content script, its own, since the browser runs
// that script only where the board's patterns match (no pattern matching in the page).

/** Which adapter, if any, reads the page at this address. */
export type AdapterFor = (url: URL) => SiteAdapter | undefined;

export interface AdapterRead {
  adapter: SiteAdapter;
  isPosting: boolean;
  fields: Found;
}

/** The adapter whose match patterns cover this URL, if any. */
export function findAdapterIn(adapters: readonly SiteAdapter[], url: URL): SiteAdapter | undefined {
  return adapters.find((a) => a.matches.some((m) => matchesPattern(m, url)));
}

/** The site's own reading of the page, when the site is one we know. */
export function readSiteWith(adapterFor: AdapterFor, doc: Document, url: URL): AdapterRead | undefined {
  const adapter = adapterFor(url);
  if (!adapter) return undefined;
  const isPosting = adapter.isPosting(url);
  return { adapter, isPosting, fields: isPosting ? readAdapter(adapter, doc, url) : {} };
}
