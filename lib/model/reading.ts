import type { FieldName, Found, Structured } from './fields';

// What the content script hands the background: the page's own words about one posting, as plain
// data (structured-cloned across the message, checked by lib/model/reading-schema.ts on arrival).

/** What kind of page the cheap signals say this is. */
export type PageKind = 'posting' | 'list' | 'none';

export interface Detection {
  kind: PageKind;
  score: number;
  /** The signals that fired, for the CLI and for debugging a wrong call. */
  signals: string[];
  /** Set where the page's detector leaves the call to the heading's words: see `Doubt`. */
  doubt?: Doubt;
}

/** The page's detector reads whether a heading names a role from a short word list; the background
 * reads it with its whole vocabulary, and tells a heading about a role (a pay survey, an
 * appointment) from one offering it (lib/analysis/confirm.ts). In log-odds of a posting: the sum of
 * every other signal, and what the page's heading (its h1, or the heading the detector found the
 * role in) and its title each add when they name a role. */
export interface Doubt {
  base: number;
  h1: string;
  h1Adds: number;
  titleAdds: number;
}

/** How many Apply links and logos a reading carries, and how long each may be. */
export const CLUES = { count: 5, text: 1000 } as const;

/** How many of the texts under the heading a reading carries, and how long each may be. */
export const HEADER_BLOCKS = 15;
export const HEADER_TEXT = 300;
/** How much of a page's og:title and <title> is sent: a title longer than this is no title. */
export const PAGE_TITLE_TEXT = 300;

/** How many job cards of a results list one `read-cards` message carries (a page shows a few
 * dozen), and how long each of a card's texts may be: the content script cuts to these, the
 * background's schema holds them (lib/model/messages.ts). */
export const MAX_CARDS = 200;
export const CARD_TEXT = { id: 200, title: 500, company: 300, location: 500, pay: 300, line: 200 } as const;
/** A card read from its lines (lib/page/lists/generic.ts): so many lines, each of so many pieces. */
export const CARD_LINES = { lines: 12, pieces: 8 } as const;

/** What the page says about one posting, as plain data. */
export interface PageReading {
  url: string;
  canonicalUrl: string | null;
  /** The adapter's id, or "generic". */
  site: string;
  fields: Found;
  structured: Structured;
  /** The posting body, one text per block: what salary and eligibility read. */
  body: string[];
  description: string;
  /** The short texts right under the posting's heading, where boards put chips ("Full time"). */
  header: string[];
  /** og:title and <title> as written ("Data Engineer at Acme | Board"), each at most PAGE_TITLE_TEXT
   * long; '' where the page has none. */
  pageTitles: string[];
  /** Where the page's Apply links lead (absolute addresses), and the alt text of its logos: who
   * hires, where the page says it without words. */
  applyLinks: string[];
  logos: string[];
  /** The board's name when it lists remote jobs only (We Work Remotely), else null. */
  remoteBoard: string | null;
  /** Quoted fields whose words the page does not show: read from its structured or embedded data,
   * so the panel labels them as data rather than quoting them. */
  unshown: ShownField[];
  /** Present where the page was read on its detector's word alone (no site reader settled it, the
   * user did not ask to read it anyway): the background confirms it is a posting. */
  doubt?: Doubt;
}

/** The fields whose words the panel quotes as the deciding sentence, checked against the page's
 * visible text. (Pay keeps the page's words in the background: lib/analysis/salary/pick.ts.) */
export const QUOTED_FIELDS = ['locationText'] as const;
export type ShownField = (typeof QUOTED_FIELDS)[number];

export interface PageRead {
  detection: Detection;
  /** Set only for a page that holds one posting. */
  reading: PageReading | null;
  /** Fields the page has (the generic reader found them) that its board's own reader missed:
   * the board's layout has changed. Empty off the boards Jobsight knows. */
  misses: FieldName[];
  /** On a page of several full postings, which was read and which were not. */
  several: SeveralPostings | null;
}

/** The role headings of a page's full postings: the one read, and the others in page order. */
export interface SeveralPostings {
  read: string;
  others: string[];
}
