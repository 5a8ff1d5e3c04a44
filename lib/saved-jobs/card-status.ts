import type { IDBPDatabase } from 'idb';
import type { CardText } from '../model/messages';
import type { JobStatus } from '../model/types';
import type { JobsDB } from './db';
import { findSavedIn } from './jobs';
import { seenIn, type SeenAnswer } from './seen';

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
  // one transaction over both stores, every card's lookups queued in it at once: a page of cards
  // costs about one lookup's wait, not a transaction per card
  const tx = db.transaction(['jobs', 'seen']);
  const [jobs, seen] = [tx.objectStore('jobs'), tx.objectStore('seen')];
  const looked = await Promise.all(
    cards.map(async (card): Promise<[string, CardHistory] | null> => {
      if (!card.url) return null;
      const posting = { url: card.url, site, company: card.company, title: card.title };
      const [match, history] = await Promise.all([findSavedIn(jobs, posting), seenIn(seen, posting)]);
      return [card.id, { saved: match?.record.status ?? null, ...history }];
    }),
  );
  return new Map(looked.filter((entry) => entry !== null));
}
