import type { FieldName, Found, Structured } from '../../model/fields';

/** Selectors for one field, tried in order; each comment in an adapter says which layout it is for. */
export type SelectorList = readonly string[];

/** What a job card says, as the card writes it: what the chips are made of. */
export interface CardParts {
  title?: string;
  company?: string;
  /** Every place the card names, joined with "; ". */
  location?: string;
  pay?: string;
  /** A card found from its link (no selectors): its other lines, each its text then its pieces. */
  lines?: string[][];
}

/**
 * A board's list pages (lib/page/lists/): where its job cards are and where each fact sits on a card.
 * Data first, as the posting part; `read` is for what selectors cannot say (places and pay in one
 * row of tags).
 */
export interface ListParts {
  /** The board's adapter id. */
  site: string;
  /** The board's name when it lists remote jobs only: every card is a remote job. */
  remoteBoard?: string;
  /** Match patterns of the list pages (the board's list script runs there). */
  matches: readonly string[];
  /** One element per job card; cards that are ads or placeholders are left out by the selector. */
  card?: string;
  /** Where no card hook lasts (hashed classes, redesigns): the board's posting addresses. A card is
   * then the largest element around a posting's link holding no other posting, read by its lines
   * (lib/page/lists/generic.ts); its id is the link's path. */
  postingLink?: (url: URL) => boolean;
  /** The attributes that hold the card's job id, the first the card has (on the card, else on its
   * `idFrom` element); else the id is the card link's path. */
  idAttribute?: string | readonly string[];
  /** The id inside the attribute's value, where the value holds more (its first group). */
  idPattern?: RegExp;
  /** Where in the card the id attribute is, when the board keeps it on one element (its title link). */
  idFrom?: string;
  /** The query parameter of the card's link that names the job, where the link's path does not (a
   * company's page embedding its board links to itself with `?gh_jid=<id>`). */
  idParam?: string;
  /** The list is also shown inside other sites' pages (a board embedded in a company's page): the
   * list script runs in frames too. */
  inFrames?: boolean;
  /** The link to the posting: inside the card, or the card itself. */
  link?: string;
  title?: SelectorList;
  company?: SelectorList;
  /** Every match is a place the card names; the chip goes after the last one. */
  location?: SelectorList;
  pay?: SelectorList;
  read?(card: Element): CardParts;
}

/**
 * One job site. Mostly data: where postings live and where each field sits. (Its results lists'
 * part lives apart, in lib/page/lists/<id>.ts, listed in lib/page/lists/index.ts with its list
 * script entrypoints/<id>-list.content.ts: a board's posting script does not carry it.) The generic
 * extractor fills whatever an adapter leaves empty, so an adapter only says what it knows.
 */
export interface SiteAdapter {
  /** Stable id; also the fixture's name: test/fixtures/sites/<id>.html */
  id: string;
  name: string;
  /** Match patterns for the manifest; their union is the content script's `matches`. */
  matches: readonly string[];
  /** Hosts under the board's patterns that are not the board: the employers' own app
   * (app.teamtailor.com), where a job seeker's panel has no place. */
  excludes?: readonly string[];
  /** Pure URL check: is this address a single posting (not a list)? */
  isPosting(url: URL): boolean;
  /** Per-field selectors, read as visible text (or `content`/`datetime` where present). */
  fields?: Partial<Record<FieldName, SelectorList>>;
  /** What selectors cannot say: embedded data, split values. Must not throw; may return {}. */
  read?(doc: Document, url: URL): Found;
  /** Its posting pages are also shown inside other sites' pages (a company's careers page
   * embedding the board in an iframe): the board's script runs in frames too, and reads a frame
   * only when the frame's address is a posting. */
  inFrames?: boolean;
  /** A posting on this site is always one of these, whatever the page says. */
  workplace?: 'remote';
  /**
   * Structured-data values this site fills with its own defaults or estimates rather than the
   * employer's ("Anywhere", an estimated pay range, a 0/0 placeholder): the pipeline should drop
   * them from `Extraction.structured` before the salary and eligibility engines read it.
   */
  distrust?: readonly (keyof Structured)[];
}
