import type { IDBPDatabase } from 'idb';
import { useEffect, useRef, useState } from 'preact/hooks';
import { jobsToCsv } from '../../lib/saved-jobs/csv';
import { readExportFile, toExportFile } from '../../lib/saved-jobs/export-file';
import { PAGE_SIZE } from '../../lib/saved-jobs/query';
import { reconcile } from '../../lib/saved-jobs/reconcile';
import type { JobsDB } from '../../lib/saved-jobs/db';
import {
  deleteJob,
  getSnapshot,
  listJobs,
  listNewest,
  restoreJob,
  setNotes,
  setStatus,
} from '../../lib/saved-jobs/jobs';
import { importJobs, readAllJobs } from '../../lib/saved-jobs/transfer';
import type { JobStatus } from '../../lib/model/types';
import type { FullSavedJob, SavedJob } from '../../lib/saved-jobs/types';
import type { Profile } from '../../lib/model/types';
import { downloadText, exportName } from './download';

type Db = IDBPDatabase<JobsDB>;

export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function importSummary({ added, merged }: { added: number; merged: number }): string {
  const jobs = (n: number) => `${n} job${n === 1 ? '' : 's'}`;
  return `Imported ${jobs(added + merged)}: ${added} new, ${merged} merged with jobs already saved.`;
}

/** The saved jobs, read newest page first so the popup shows rows at once, then the whole list. */
function useJobList(openDb: () => Promise<Db>) {
  const [db, setDb] = useState<Db | null>(null);
  const [jobs, setJobs] = useState<SavedJob[] | null>(null);
  const [complete, setComplete] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  // Deleted while the whole list was being read: they must not come back with it.
  const gone = useRef(new Set<string>());
  useEffect(() => {
    const load = async (): Promise<void> => {
      const d = await openDb();
      setDb(d);
      const newest = await listNewest(d, PAGE_SIZE);
      setJobs(newest);
      if (newest.length === PAGE_SIZE) {
        const all = await listJobs(d);
        setJobs((shown) => reconcile(all, shown ?? [], gone.current));
      }
      setComplete(true);
    };
    load().catch((e: unknown) => setLoadError(messageOf(e)));
  }, [openDb]);
  return { db, jobs, setJobs, complete, loadError, gone: gone.current };
}

/** The popup's saved jobs and everything it can do to them, each change one transaction. */
export function useSavedJobs(openDb: () => Promise<Db>) {
  const { db, jobs, setJobs, complete, loadError, gone } = useJobList(openDb);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [deleted, setDeleted] = useState<FullSavedJob | null>(null);
  const replace = (r: SavedJob): void => setJobs((all) => all && all.map((j) => (j.id === r.id ? r : j)));
  const fail = (e: unknown): void => setNotice({ kind: 'error', text: messageOf(e) });
  const reload = async (d: Db): Promise<void> => setJobs(await listJobs(d));
  // Exports read every job from the database: the list may still be loading.
  const download = (d: Db, name: string, type: string, text: (all: FullSavedJob[]) => string): void =>
    void readAllJobs(d).then((all) => downloadText(name, text(all), type), fail);

  const actions = db && {
    onStatus: (id: string, status: JobStatus): void => void setStatus(db, id, status).then(replace, fail),
    onNotes: (id: string, notes: string, tags: string[]): Promise<void> =>
      setNotes(db, id, { notes, tags }).then(replace),
    loadSnapshot: (id: string) => getSnapshot(db, id),
    onDelete: (id: string): void =>
      void deleteJob(db, id).then((removed) => {
        gone.add(id);
        setJobs((all) => all && all.filter((j) => j.id !== id));
        setDeleted(removed ?? null);
      }, fail),
    onUndo: (): void => {
      if (!deleted) return;
      setDeleted(null);
      gone.delete(deleted.record.id);
      restoreJob(db, deleted).then(() => reload(db), fail);
    },
    onDismissUndo: (): void => setDeleted(null),
    exportJson: (): void =>
      download(db, exportName('json'), 'application/json', (all) => JSON.stringify(toExportFile(all))),
    exportCsv: (profile: Profile): void =>
      download(db, exportName('csv'), 'text/csv;charset=utf-8', (all) =>
        jobsToCsv(
          all.map((j) => j.record),
          profile,
        ),
      ),
    importFile: async (file: File): Promise<void> => {
      setNotice(null);
      try {
        const parsed = await readExportFile(file);
        if (!parsed.ok) return setNotice({ kind: 'error', text: parsed.error });
        const report = await importJobs(db, parsed.jobs);
        await reload(db);
        setNotice({ kind: 'info', text: importSummary(report) });
      } catch (e) {
        fail(e);
      }
    },
  };
  return { jobs, complete, loadError, notice, deleted, actions };
}
