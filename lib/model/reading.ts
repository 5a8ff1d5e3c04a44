import type { Found, Structured } from './fields';
import type { EmploymentType, Field, Workplace } from './types';

// What the content script hands the background: the page's own words about one posting, as plain
// data (structured-cloned across the message, checked by lib/model/reading-schema.ts on arrival).

/** What kind of page the cheap signals say this is. */
export type PageKind = 'posting' | 'list' | 'none';

export interface Detection {
  kind: PageKind;
  score: number;
  /** The signals that fired, for the CLI and for debugging a wrong call. */
  signals: string[];
}

/** A value chosen among the page's sources, with where it came from and the page text behind it. */
export type Resolved<T> = { value: T; source: Field<string>['source']; evidence: string } | null;

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
  workplace: Resolved<Workplace>;
  employment: Resolved<EmploymentType>;
}

export interface PageRead {
  detection: Detection;
  /** Set only for a page that holds one posting. */
  reading: PageReading | null;
}
