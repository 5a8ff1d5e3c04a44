import type { Found } from '../../model/fields';
import { matchesPattern } from '../../access/match-pattern';
import { readAdapter } from './read-adapter';
import type { SiteAdapter } from './types';

// Reading a page with a given set of adapters: all of them in the CLI and the tests
// (lib/page/sites/index.ts), only its own board's in each content script.

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
export function readSiteIn(
  adapters: readonly SiteAdapter[],
  doc: Document,
  url: URL,
): AdapterRead | undefined {
  const adapter = findAdapterIn(adapters, url);
  if (!adapter) return undefined;
  const isPosting = adapter.isPosting(url);
  return { adapter, isPosting, fields: isPosting ? readAdapter(adapter, doc, url) : {} };
}
