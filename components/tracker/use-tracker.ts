import { useState } from 'preact/hooks';
import { STATUS_LABEL } from '../../lib/saved-jobs/status';
import type { SavedJobsStore } from '../../lib/saved-jobs/store';
import type { Contact, SavedJob } from '../../lib/saved-jobs/types';
import type { JobStatus } from '../../lib/model/types';
import { useSavedJobs } from '../popup/use-saved-jobs';

/** The last bulk change, in words, and how to take it back. */
export interface Undoable {
  text: string;
  undo: () => Promise<unknown>;
}

const jobs = (n: number): string => `${n} job${n === 1 ? '' : 's'}`;

/** ids grouped by the value they had, so a bulk change is taken back in one transaction per value. */
function groupBy<K>(records: readonly SavedJob[], keyOf: (r: SavedJob) => K): Map<K, string[]> {
  const groups = new Map<K, string[]>();
  for (const r of records) groups.set(keyOf(r), [...(groups.get(keyOf(r)) ?? []), r.id]);
  return groups;
}

/**
 * The popup's saved jobs (use-saved-jobs.ts: the list read newest first, export, import) plus what
 * the tracker does to many jobs at once, each change one transaction and each with its Undo.
 */
export function useTracker(openStore: () => Promise<SavedJobsStore>) {
  const saved = useSavedJobs(openStore);
  const { store, jobs: list, setJobs, gone, setNotice } = saved;
  const [undoable, setUndoable] = useState<Undoable | null>(null);
  const fail = (e: unknown): void =>
    setNotice({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
  const replaceMany = (records: readonly SavedJob[]): SavedJob[] => {
    const fresh = new Map(records.map((r) => [r.id, r]));
    setJobs((all) => all && all.map((j) => fresh.get(j.id) ?? j));
    return [...records];
  };
  const recordsOf = (ids: readonly string[]): SavedJob[] => {
    const wanted = new Set(ids);
    return (list ?? []).filter((j) => wanted.has(j.id));
  };
  const reload = async (s: SavedJobsStore): Promise<void> => setJobs(await s.listAll());

  const bulk = store && {
    setStatus: async (ids: string[], status: JobStatus): Promise<void> => {
      const before = groupBy(recordsOf(ids), (r) => r.status);
      const changed = replaceMany(await store.setStatusMany(ids, status));
      setUndoable({
        text: `Moved ${jobs(changed.length)} to ${STATUS_LABEL[status]}.`,
        // The history keeps both moves: a status change is something that happened.
        undo: () =>
          Promise.all([...before].map(([old, group]) => store.setStatusMany(group, old))).then((r) =>
            replaceMany(r.flat()),
          ),
      });
    },
    addTag: async (ids: string[], tag: string): Promise<void> => {
      const before = recordsOf(ids);
      const changed = replaceMany(await store.addTagMany(ids, tag));
      setUndoable({
        text: `Tagged ${jobs(changed.length)} “${tag}”.`,
        undo: () =>
          Promise.all(before.map((r) => store.setNotes(r.id, { notes: r.notes, tags: r.tags }))).then(
            replaceMany,
          ),
      });
    },
    delete: async (ids: string[]): Promise<void> => {
      const removed = await store.deleteMany(ids);
      const dropped = new Set(removed.map((r) => r.record.id));
      for (const id of dropped) gone.add(id);
      setJobs((all) => all && all.filter((j) => !dropped.has(j.id)));
      setUndoable({
        text: `Deleted ${jobs(removed.length)}.`,
        undo: async () => {
          for (const id of dropped) gone.delete(id);
          await store.restoreMany(removed);
          await reload(store);
        },
      });
    },
  };

  const single = store && {
    setStatus: (id: string, status: JobStatus): Promise<void> =>
      store.setStatus(id, status).then((r) => void replaceMany([r])),
    setFollowUp: (id: string, date: string | null): Promise<void> =>
      store.setFollowUp(id, date).then((r) => void replaceMany([r])),
    setContacts: (id: string, contacts: Contact[]): Promise<void> =>
      store.setContacts(id, contacts).then((r) => void replaceMany([r])),
    reload: (): Promise<void> => reload(store),
  };

  const undo = (): void => {
    if (!undoable) return;
    setUndoable(null);
    undoable.undo().catch(fail);
  };
  return { ...saved, bulk, single, undoable, undo, dismissUndo: () => setUndoable(null), fail };
}
