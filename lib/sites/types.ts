import type { FieldName, Found } from '../extract/fields';

/** Selectors for one field, tried in order; each comment in an adapter says which layout it is for. */
export type SelectorList = readonly string[];

/**
 * One job site. Mostly data: where postings live and where each field sits. The generic
 * extractor fills whatever an adapter leaves empty, so an adapter only says what it knows.
 */
export interface SiteAdapter {
  /** Stable id; also the fixture's name: test/fixtures/sites/<id>.html */
  id: string;
  name: string;
  /** Match patterns for the manifest; their union is the content script's `matches`. */
  matches: readonly string[];
  /** Pure URL check: is this address a single posting (not a list)? */
  isPosting(url: URL): boolean;
  /** Per-field selectors, read as visible text (or `content`/`datetime` where present). */
  fields?: Partial<Record<FieldName, SelectorList>>;
  /** What selectors cannot say: embedded data, split values. Must not throw; may return {}. */
  read?(doc: Document, url: URL): Found;
  /** A posting on this site is always one of these, whatever the page says. */
  workplace?: 'remote';
}
