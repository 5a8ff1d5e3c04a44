import * as z from 'zod/mini';
import './zod';
import { JobSchema, type Job } from './job';
import { CARD_LINES, CARD_TEXT, MAX_CARDS } from './reading';
import { PageReadingSchema } from './reading-schema';
import { FIELD_NAMES } from './fields';
import { text, webUrl } from './schema';
import type { JobStatus, JobView, VerdictStatus } from './types';

// Every message between the content script, the background and the extension pages, grouped by
// direction. The background validates what it receives (a content script runs inside a web page, so
// its messages are untrusted); the content script carries no schema library (its size budget) and
// imports from here only types, checking the one message it receives with lib/model/has-type.ts.

const optionalText = (max: number) => z.optional(z.nullable(text(max)));

// ── Content script → background ─────────────────────────────────────────────────────────────────

/** Make this page's reading a Job and judge it for the user's profile; answered with an AnalysisResponse. */
const Analyse = z.object({ type: z.literal('analyse'), reading: PageReadingSchema });
/** Save this posting; answered with a SaveResponse. */
const SaveJob = z.object({ type: z.literal('save-job'), job: JobSchema });
/** Is this posting saved, here or as the same posting on another board? Answered with a StatusResponse. */
const SavedStatus = z.object({
  type: z.literal('saved-status'),
  url: webUrl,
  canonicalUrl: z.optional(z.nullable(webUrl)),
  site: z.optional(text(100)),
  postingId: optionalText(200),
  applyUrl: optionalText(2000),
  company: optionalText(300),
  title: z.optional(text(500)),
});
/** What the cheap signals called this page, for the toolbar badge; no answer. */
const PageScanned = z.object({ type: z.literal('page-scanned'), kind: z.enum(['posting', 'list', 'none']) });
/** The verdict the panel shows, for the toolbar badge; no answer. */
const PageVerdict = z.object({
  type: z.literal('page-verdict'),
  status: z.enum(['eligible', 'not-eligible', 'unknown']),
});

/** The board's own reader missed fields the page has (read-page.ts `misses`), for Diagnostics; no answer. */
const AdapterMissed = z.object({
  type: z.literal('adapter-missed'),
  site: text(100),
  fields: z.array(z.enum(FIELD_NAMES)).check(z.maxLength(FIELD_NAMES.length)),
});
/** Open the options page (the panel's "Set where you live" button: a content script cannot); no answer. */
const OpenSettings = z.object({ type: z.literal('open-settings') });

/** One job card of a search-results list, its short texts as the card writes them. */
const Card = z.object({
  id: text(CARD_TEXT.id),
  /** The posting the card links to, to recognise a job already saved. */
  url: z.optional(webUrl),
  title: z.optional(text(CARD_TEXT.title)),
  company: z.optional(text(CARD_TEXT.company)),
  location: z.optional(text(CARD_TEXT.location)),
  pay: z.optional(text(CARD_TEXT.pay)),
  /** A card no board part describes: its lines other than the title, each its text and then the
   * pieces it is laid out in; the background tells which are places and pay. */
  lines: z.optional(
    z
      .array(z.array(text(CARD_TEXT.line)).check(z.maxLength(CARD_LINES.pieces + 1)))
      .check(z.maxLength(CARD_LINES.lines)),
  ),
});
/** Judge each job card of a results list for the user's profile; answered with a CardsResponse. */
const ReadCards = z.object({
  type: z.literal('read-cards'),
  site: text(100),
  /** The board's name when it lists remote jobs only (PageReading.remoteBoard): its cards are remote. */
  remoteBoard: optionalText(100),
  cards: z.array(Card).check(z.maxLength(MAX_CARDS)),
});

export const ToBackgroundSchema = z.discriminatedUnion('type', [
  Analyse,
  SaveJob,
  SavedStatus,
  PageScanned,
  PageVerdict,
  OpenSettings,
  AdapterMissed,
  ReadCards,
]);
export type ToBackground = z.infer<typeof ToBackgroundSchema>;
export type SavedStatusQuery = Omit<z.infer<typeof SavedStatus>, 'type'>;
export type CardText = z.infer<typeof Card>;

/** The answer to `analyse`: the Job and what it means for this user, or why the page made no job. */
export type AnalysisResponse = { job: Job; view: JobView } | { job: null; view: null; problems: string[] };

/** The answer to `save-job`. */
export type SaveResponse =
  | { ok: true; id: string; savedAt: number; status: JobStatus; outcome: 'new' | 'updated' | 'linked' }
  | { ok: false; error: string };

/** The answer to `saved-status`. */
export type StatusResponse =
  | { saved: false; status: null; savedAt: null }
  | {
      saved: true;
      status: JobStatus;
      savedAt: number;
      /** The saved record's id and how this posting was recognised as it. */
      id: string;
      matchedBy: 'page' | 'ats' | 'posting-id' | 'company-title';
    };

/** One card's chip: the verdict for the user's profile and the pay, from the card's own texts. */
export interface CardChip {
  /** The card's `id`, as sent. */
  id: string;
  verdict: VerdictStatus;
  /** The card's own words that decided, as the card wrote them (without a leading emoji badge). */
  reason: string | null;
  /** The card's pay as written ("$80k - $120k"), or null when its pay text holds none. */
  pay: string | null;
  /** The panel's "≈ … a year" line in the user's currency, or null when it adds nothing. */
  yearly: string | null;
  /** The status of the saved job this card is (by its link, its board's id, or its company and
   * title), or null when it is not saved. */
  saved: JobStatus | null;
  /** When the user last opened this posting (ms since the epoch), or null. */
  lastSeen: number | null;
  /** When they first opened the same company and title under another id: a repost. */
  repostOf: number | null;
  /** The employer the background read from the card's lines, where the page side could not say. */
  company: string | null;
}

/** The answer to `read-cards`: one chip per card, in the cards' order. */
export type CardsResponse = { chips: CardChip[] };

/** What the background answers a message it could not read. */
export type Refusal = { ok: false; error: string };

// ── Background → content script ─────────────────────────────────────────────────────────────────

/** Save the posting on this page (keyboard command, context menu); answered with a SaveCurrentResponse.
 * A page without one shows why ("No single job posting found here"). */
export type SaveCurrent = { type: 'save-current' };
/** The user asked to read this page (Scan this page): show what was read, or why nothing was. No answer. */
export type ReadThisPage = { type: 'read-page' };
export type SaveCurrentResponse = { ok: true; status: string } | { ok: false; error: string };

// ── Extension pages ─────────────────────────────────────────────────────────────────────────────
// The popup and the options page send no messages: they open the extension's own IndexedDB and
// storage directly (same origin as the background), and the options page with the runtime API.

/** The verdict statuses a `page-verdict` carries are the Verdict's own. */
type Assignable<A, B extends A> = B;
export type VerdictMatches = Assignable<VerdictStatus, z.infer<typeof PageVerdict>['status']>;
