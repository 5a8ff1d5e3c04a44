import type { IDBPDatabase } from 'idb';
import { badgeFor, type Badge } from './analysis/badge';
import {
  ToBackgroundSchema,
  type AnalysisResponse,
  type CardText,
  type CardsResponse,
  type Refusal,
  type SaveResponse,
  type StatusResponse,
} from './model/messages';
import type { FieldName } from './model/fields';
import type { PageReading } from './model/reading';
import type { JobsDB } from './saved-jobs/db';
import { historyOfCards } from './saved-jobs/card-status';
import { noteSeen } from './saved-jobs/seen';
import { repostLine } from './model/history-words';
import { findSaved, noteSighting, saveJob } from './saved-jobs/jobs';
import { noteSeenAgain } from './saved-jobs/seen-again';

// The background's one dispatcher: every message a content script sends arrives here, is checked
// against lib/model/messages.ts, and goes to the engine or the store that answers it. The browser's
// side (the user's profile and rates, the toolbar) comes in through the context, so this runs the
// same in the tests.

export interface DispatchContext {
  db: () => Promise<IDBPDatabase<JobsDB>>;
  /** The reading judged for the user's own profile and rates. */
  analyse: (reading: PageReading) => Promise<AnalysisResponse>;
  /** A results list's job cards judged for the user's own profile and rates; `remoteBoard` names a
   * board that lists remote jobs only. */
  judgeCards: (cards: CardText[], remoteBoard: string | null) => Promise<CardsResponse>;
  /** Shown on the sender's tab, when it has one. */
  showBadge?: (badge: Badge) => void;
  /** The sender's page is a list of jobs: chips on its cards, where no board's list script puts them. */
  showCards?: () => void;
  /** Opens the extension's options page. */
  openSettings?: () => void;
  /** Counts a board reader's misses, for the options page's Diagnostics. */
  noteMisses?: (site: string, fields: FieldName[]) => void;
}

export type Answer = AnalysisResponse | CardsResponse | SaveResponse | StatusResponse | Refusal | undefined;

function refusal(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Refusal {
  const first = issues[0];
  const why = first ? `${first.path.map(String).join('.')} ${first.message}` : 'unknown';
  return { ok: false, error: `invalid message: ${why}` };
}

/** The background's answer to one message from a content script; unknown or invalid input is refused. */
export async function dispatch(raw: unknown, ctx: DispatchContext): Promise<Answer> {
  const parsed = ToBackgroundSchema.safeParse(raw);
  if (!parsed.success) return refusal(parsed.error.issues);
  const msg = parsed.data;
  switch (msg.type) {
    case 'analyse': {
      const answer = await ctx.analyse(msg.reading);
      if (!answer.job) {
        // the page took it for a posting; the background's reading of its heading did not
        ctx.showBadge?.(badgeFor('none'));
        return answer;
      }
      // a repost of a job opened before says so; then the user has seen this posting, and its card
      // on a results list will say so too
      const db = await ctx.db();
      const { repostOf } = await noteSeen(db, answer.job).catch(() => ({ repostOf: null }));
      // a saved posting whose text has changed since keeps the new text, for the tracker's diff; a
      // write the answer does not wait for
      void noteSeenAgain(db, answer.job).catch(() => {});
      return repostOf === null
        ? answer
        : { ...answer, view: { ...answer.view, repost: repostLine(repostOf) } };
    }
    case 'read-cards': {
      const { chips } = await ctx.judgeCards(msg.cards, msg.remoteBoard ?? null);
      // a card read by its lines is looked up by the employer the engines found in them
      const named = msg.cards.map((c, i) => ({ ...c, company: c.company ?? chips[i]?.company ?? undefined }));
      const history = await historyOfCards(await ctx.db(), msg.site, named);
      return { chips: chips.map((c) => ({ ...c, ...history.get(c.id) })) };
    }
    case 'save-job': {
      const { record, outcome } = await saveJob(await ctx.db(), msg.job);
      return { ok: true, id: record.id, savedAt: record.savedAt, status: record.status, outcome };
    }
    case 'saved-status': {
      const { type: _type, ...posting } = msg;
      const db = await ctx.db();
      const match = await findSaved(db, posting);
      if (!match) return { saved: false, status: null, savedAt: null };
      const record = await noteSighting(db, match, posting);
      return {
        saved: true,
        status: record.status,
        savedAt: record.savedAt,
        id: record.id,
        matchedBy: match.by,
      };
    }
    case 'page-scanned':
      ctx.showBadge?.(badgeFor(msg.kind));
      if (msg.kind === 'list') ctx.showCards?.();
      return undefined;
    case 'page-verdict':
      ctx.showBadge?.(badgeFor('posting', msg.status));
      return undefined;
    case 'open-settings':
      ctx.openSettings?.();
      return undefined;
    case 'adapter-missed':
      if (msg.fields.length) ctx.noteMisses?.(msg.site, msg.fields);
      return undefined;
  }
}
