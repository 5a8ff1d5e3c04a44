import { useEffect, useRef, useState } from 'preact/hooks';
import { PAGE_SIZE } from '../../lib/saved-jobs/query';
import { reconcile } from '../../lib/saved-jobs/reconcile';
import type { SavedJobsStore } from '../../lib/saved-jobs/store';
import type { JobStatus } from '../../lib/model/types';
import type { FullSavedJob, SavedJob } from '../../lib/saved-jobs/types';
import type { Profile } from '../../lib/model/types';
import { downloadText, exportName } from './download';

export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

// Export and import load their code (the record schemas, CSV) when first used: the list is drawn
// without waiting for it.
const exportFile = () => import('../../lib/saved-jobs/export-file');

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function importSummary({ added, merged }: { added: number; merged: number }): string {
  const jobs = (n: number) => `${n} job${n === 1 ? '' : 's'}`;
  return `Imported ${jobs(added + merged)}: ${added} new, ${merged} merged with jobs already saved.`;
}

/** After the next frame is drawn (a timer after the animation frame, which runs before paint). */
const nextFrame = (): Promise<void> =>
  new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));

/** The saved jobs, read newest page first so the popup shows rows at once, then the whole list. */
function useJobList(openStore: () => Promise<SavedJobsStore>) {
  const [store, setStore] = useState<SavedJobsStore | null>(null);
  const [jobs, setJobs] = useState<SavedJob[] | null>(null);
  const [complete, setComplete] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  // Deleted while the whole list was being read: they must not come back with it.
  const gone = useRef(new Set<string>());
  useEffect(() => {
    const load = async (): Promise<void> => {
      const opened = await openStore();
      setStore(opened);
      const newest = await opened.listNewest(PAGE_SIZE);
      setJobs(newest);
      if (newest.length === PAGE_SIZE) {
        // The newest page is drawn first: reading thousands of records would hold the frame back.
        await nextFrame();
        const all = await opened.listAll();
        setJobs((shown) => reconcile(all, shown ?? [], gone.current));
      }
      setComplete(true);
    };
    load().catch((e: unknown) => setLoadError(messageOf(e)));
  }, [openStore]);
  return { store, jobs, setJobs, complete, loadError, gone: gone.current };
}

/** The popup's saved jobs and everything it can do to them, each change one transaction. */
export function useSavedJobs(openStore: () => Promise<SavedJobsStore>) {
  const { store, jobs, setJobs, complete, loadError, gone } = useJobList(openStore);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [deleted, setDeleted] = useState<FullSavedJob | null>(null);
  const replace = (r: SavedJob): void => setJobs((all) => all && all.map((j) => (j.id === r.id ? r : j)));
  const fail = (e: unknown): void => setNotice({ kind: 'error', text: messageOf(e) });
  const reload = async (s: SavedJobsStore): Promise<void> => setJobs(await s.listAll());
  // Exports read every job from the database: the list may still be loading.
  const download = (
    s: SavedJobsStore,
    name: string,
    type: string,
    text: (all: FullSavedJob[]) => string | Promise<string>,
  ): void =>
    void s
      .readAll()
      .then(text)
      .then((written) => downloadText(name, written, type), fail);

  const actions = store && {
    onStatus: (id: string, status: JobStatus): void => void store.setStatus(id, status).then(replace, fail),
    onNotes: (id: string, notes: string, tags: string[]): Promise<void> =>
      store.setNotes(id, { notes, tags }).then(replace),
    loadSnapshot: (id: string) => store.snapshot(id),
    onDelete: (id: string): void =>
      void store.delete(id).then((removed) => {
        gone.add(id);
        setJobs((all) => all && all.filter((j) => j.id !== id));
        setDeleted(removed ?? null);
      }, fail),
    onUndo: (): void => {
      if (!deleted) return;
      setDeleted(null);
      gone.delete(deleted.record.id);
      store.restore(deleted).then(() => reload(store), fail);
    },
    onDismissUndo: (): void => setDeleted(null),
    exportJson: (): void =>
      download(store, exportName('json'), 'application/json', async (all) =>
        JSON.stringify((await exportFile()).toExportFile(all)),
      ),
    exportCsv: (profile: Profile): void =>
      download(store, exportName('csv'), 'text/csv;charset=utf-8', async (all) =>
        (await import('../../lib/saved-jobs/csv')).jobsToCsv(
          all.map((j) => j.record),
          profile,
        ),
      ),
    importFile: async (file: File): Promise<void> => {
      setNotice(null);
      try {
        const parsed = await (await exportFile()).readExportFile(file);
        if (!parsed.ok) return setNotice({ kind: 'error', text: parsed.error });
        const report = await store.import(parsed.jobs);
        await reload(store);
        setNotice({ kind: 'info', text: importSummary(report) });
      } catch (e) {
        fail(e);
      }
    },
  };
  // The tracker page builds its bulk changes on the same list: it gets the store and the setter too.
  return { jobs, complete, loadError, notice, deleted, actions, store, setJobs, gone, setNotice };
}
