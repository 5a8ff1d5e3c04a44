import { useEffect, useState } from 'preact/hooks';
import type { TrackerServices } from '../../utils/tracker-services';
import type { Route } from './route';

// The board, the charts, a job's page and the backup panel are chunks of their own (dynamic
// imports): the table's first rows are drawn without loading, parsing or running their code.

/** What `load` gives, once it is wanted and has loaded; null until then. A failed load is told to
 * `onError` (and tried again the next time it is wanted). */
export function useLoaded<T>(
  load: () => Promise<T>,
  wanted: boolean,
  onError: (e: unknown) => void,
): T | null {
  const [loaded, setLoaded] = useState<{ value: T } | null>(null);
  useEffect(() => {
    if (!wanted || loaded) return;
    let current = true;
    load().then((value) => current && setLoaded({ value }), onError);
    return () => void (current = false);
  }, [wanted, loaded]);
  return loaded?.value ?? null;
}

const loadBoard = () => import('./Board').then((m) => m.Board);
const loadProgress = () => import('./Progress').then((m) => m.Progress);
const loadJobPage = () => import('./JobPage').then((m) => m.JobPage);

/** The views besides the table, each loaded the first time the address shows it. */
export function useViews(view: Route['view'], onError: (e: unknown) => void) {
  const views = {
    Board: useLoaded(loadBoard, view === 'board', onError),
    Progress: useLoaded(loadProgress, view === 'progress', onError),
    JobPage: useLoaded(loadJobPage, view === 'job', onError),
  };
  const loading =
    (view === 'board' && !views.Board) ||
    (view === 'progress' && !views.Progress) ||
    (view === 'job' && !views.JobPage);
  return { ...views, loading };
}

/** The backup panel with backups' code; asked for once the first rows are drawn. */
export function useBackupPanel(services: TrackerServices, wanted: boolean, onError: (e: unknown) => void) {
  const load = () =>
    Promise.all([import('./BackupPanel').then((m) => m.BackupPanel), services.loadBackups()]);
  const [BackupPanel, backups] = useLoaded(load, wanted, onError) ?? [];
  return BackupPanel && backups ? { BackupPanel, backups } : null;
}
