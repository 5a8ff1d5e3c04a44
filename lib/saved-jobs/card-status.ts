import type { IDBPDatabase } from 'idb';
import type { CardText } from '../model/messages';
import type { JobStatus } from '../model/types';
import type { JobsDB } from './db';
import { findSaved } from './jobs';
import { seenOf, type SeenAnswer } from './seen';

// Which cards of a results list are jobs already saved (by the page the card links to, the board's
// or ATS's id in that link, or the card's company and title: the same job saved from another
// board, as the panel recognises a posting, lib/saved-jobs/identity.ts), and which were opened
// before or are reposts (lib/saved-jobs/seen.ts).

export interface CardHistory extends SeenAnswer {
  saved: JobStatus | null;
}

/** Card id → what the user's saved jobs and history say of it; cards that link nowhere are not
 * looked up. */
export async function historyOfCards(
  db: IDBPDatabase<JobsDB>,
  site: string,
  cards: readonly CardText[],
): Promise<Map<string, CardHistory>> {
  const out = new Map<string, CardHistory>();
  for (const card of cards) {
    if (!card.url) continue;
    const posting = { url: card.url, site, company: card.company, title: card.title };
    const match = await findSaved(db, posting);
    out.set(card.id, { saved: match?.record.status ?? null, ...(await seenOf(db, posting)) });
  }
  return out;
}
