import { samePage } from './identity';
import { withDerived } from './record';
import { contactKey } from './contacts';
import type { FullSavedJob, Sighting, StatusChange } from './types';

// Two copies of one saved job (an import, an undo after a re-save) become one, losing nothing
// the user wrote: the newer copy decides the posting and the status, histories, tags and
// sightings and contacts are joined, notes that differ are both kept, and a follow-up date set on
// either copy stays (the newer copy's first).

function unionBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

export function mergeNotes(newer: string, older: string): string {
  if (!older.trim() || newer.includes(older)) return newer;
  if (!newer.trim() || older.includes(newer)) return older;
  return `${newer}\n\n${older}`;
}

function mergeHistory(a: StatusChange[], b: StatusChange[]): StatusChange[] {
  return unionBy([...a, ...b], (c) => `${c.at}:${c.status}`).sort((x, y) => x.at - y.at);
}

function mergeLinks(a: Sighting[], b: Sighting[], ownUrl: string): Sighting[] {
  const links = unionBy([...a, ...b], (l) => l.url);
  return links.filter((l) => !samePage(l.url, ownUrl));
}

/** One record from two copies of the same saved job; `kept`'s id is the one that stays. */
export function mergeSaved(kept: FullSavedJob, other: FullSavedJob): FullSavedJob {
  const otherIsNewer = other.record.updatedAt > kept.record.updatedAt;
  const [newer, older] = otherIsNewer ? [other, kept] : [kept, other];
  const id = kept.record.id;
  const record = withDerived({
    id,
    job: newer.record.job,
    savedAt: Math.min(kept.record.savedAt, other.record.savedAt),
    updatedAt: newer.record.updatedAt,
    status: newer.record.status,
    statusHistory: mergeHistory(kept.record.statusHistory, other.record.statusHistory),
    notes: mergeNotes(newer.record.notes, older.record.notes),
    tags: unionBy([...kept.record.tags, ...other.record.tags], (t) => t.toLowerCase()),
    links: mergeLinks(kept.record.links, other.record.links, newer.record.job.url),
    followUp: newer.record.followUp ?? older.record.followUp,
    contacts: unionBy([...newer.record.contacts, ...older.record.contacts], contactKey),
  });
  return { record, snapshot: { ...newer.snapshot, id } };
}
