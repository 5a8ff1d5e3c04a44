import type { IDBPDatabase } from 'idb';
import type { JobsDB } from './db';
import { pageKey, titleKey } from './identity';
import type { JobIdentity, SeenPosting } from './types';

// The postings the user has opened, saved or not: when first and last. A results card says "Seen
// 3 Dec" for one of them, and "Reposted, first seen 12 Oct" for the same company and title under a
// new id of the same board (on another board it is the same job, not a repost). Local (the extension's IndexedDB), bounded: past MAX_SEEN the least recently seen go.

type Db = IDBPDatabase<JobsDB>;

/** "ats:linkedin" of "ats:linkedin:4100000001", "url:remoteok.com" of a page's key. */
function boardOf(key: string): string {
  if (!key.startsWith('url:')) return key.split(':', 2).join(':');
  try {
    return `url:${new URL(key.slice(4)).hostname}`;
  } catch {
    return key;
  }
}

export const MAX_SEEN = 20_000;

/** Remember that this posting was opened now, in one transaction with what the history said of
 * it before (a repost, when last opened); past `max` postings, the least recently seen go. */
export async function noteSeen(
  db: Db,
  posting: JobIdentity,
  now = Date.now(),
  max = MAX_SEEN,
): Promise<SeenAnswer> {
  const key = pageKey(posting);
  if (!key) return { lastSeen: null, repostOf: null };
  const tx = db.transaction('seen', 'readwrite');
  const answer = await seenIn(tx.store, posting);
  const before = await tx.store.get(key);
  await tx.store.put({
    key,
    titleKey: titleKey(posting),
    board: boardOf(key),
    firstSeen: before?.firstSeen ?? now,
    lastSeen: now,
  });
  const extra = (await tx.store.count()) - max;
  if (extra > 0) {
    let left = extra;
    for (let c = await tx.store.index('lastSeen').openCursor(); c && left > 0; c = await c.continue(), left--)
      await c.delete();
  }
  await tx.done;
  return answer;
}

export interface SeenAnswer {
  /** When this very posting was last opened. */
  lastSeen: number | null;
  /** The same company and title, opened before under another id: when first. */
  repostOf: number | null;
}

/** What the user's history says of a card (its link, its company and title). */
export function seenOf(db: Db, card: Pick<JobIdentity, 'url' | 'company' | 'title'>): Promise<SeenAnswer> {
  return seenIn(db.transaction('seen').store, card);
}

/** The postings seen, as a transaction the caller holds reads them. */
export interface SeenLookup {
  get(key: string): Promise<SeenPosting | undefined>;
  index(name: 'titleKey'): { getAll(key: string, count?: number): Promise<SeenPosting[]> };
}

/** `seenOf`, in a transaction the caller holds (many cards looked up in one). */
export async function seenIn(
  seen: SeenLookup,
  card: Pick<JobIdentity, 'url' | 'company' | 'title'>,
): Promise<SeenAnswer> {
  const key = pageKey(card);
  const same = titleKey(card);
  const own = key ? await seen.get(key) : undefined;
  const board = key && boardOf(key);
  const others = same
    ? (await seen.index('titleKey').getAll(same, 50)).filter((s) => s.key !== key && s.board === board)
    : [];
  const earliest = others.reduce<number | null>(
    (min, s) => (min === null || s.firstSeen < min ? s.firstSeen : min),
    null,
  );
  return {
    lastSeen: own?.lastSeen ?? null,
    // an older id of the job, first seen before this one was
    repostOf: earliest !== null && earliest < (own?.firstSeen ?? Infinity) ? earliest : null,
  };
}
