import type { IDBPDatabase } from 'idb';
import type { CardText } from '../model/messages';
import type { JobStatus } from '../model/types';
import type { JobsDB } from './db';
import { findSaved } from './jobs';

// Which cards of a results list are jobs already saved: by the page the card links to, the board's
// or ATS's id in that link, or the card's company and title (the same job saved from another
// board), as the panel recognises a posting (lib/saved-jobs/identity.ts).

/** Card id → the status of the saved job it is; cards that link nowhere are not looked up. */
export async function savedStatusOfCards(
  db: IDBPDatabase<JobsDB>,
  site: string,
  cards: readonly CardText[],
): Promise<Map<string, JobStatus>> {
  const out = new Map<string, JobStatus>();
  for (const card of cards) {
    if (!card.url) continue;
    const match = await findSaved(db, { url: card.url, site, company: card.company, title: card.title });
    if (match) out.set(card.id, match.record.status);
  }
  return out;
}
