import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SavedJobsStore } from '../../lib/saved-jobs/store';
import { localDate } from '../../lib/saved-jobs/follow-up';
import { DEFAULT_SORT, filterRows, NO_FILTERS, type TableFilters } from '../../lib/saved-jobs/table';
import type { Profile } from '../../lib/model/types';
import type { TrackerServices } from '../../utils/tracker-services';
import { NoticeLine } from '../popup/NoticeLine';
import { useRows } from '../popup/SavedJobsBrowser';
import { TransferBar } from '../popup/TransferBar';
import { UndoBar } from '../popup/UndoBar';
import type { TablePosition } from './JobTable';
import { useBackupPanel, useViews } from './lazy';
import { startMeasure, useMeasureEnd } from './marks';
import { hrefOf, parseRoute, type Route } from './route';
import { TableView } from './TableView';
import { TrackerHeader } from './TrackerHeader';
import { useTracker } from './use-tracker';

export interface TrackerAppProps {
  /** The saved jobs (lib/saved-jobs/store.ts): the page hands over the extension's IndexedDB. */
  openStore: () => Promise<SavedJobsStore>;
  loadProfile: () => Promise<Profile>;
  /** Follow-up permission and backups: the browser's side, from the entrypoint. */
  services: TrackerServices;
  now?: () => number;
}

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = (): void => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return route;
}

/** The time, a minute at a time: what "today" and a due follow-up are worked out from. */
function useClock(now: () => number): number {
  const [time, setTime] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => setTime(now()), 60_000);
    return () => clearInterval(timer);
  }, [now]);
  return time;
}

/** The tracker: every saved job as a table, a board or charts, and a page per job. The table's
 * sort, filters, selection and scroll live here, so a job's page and back keeps them. */
export function TrackerApp({ openStore, loadProfile, services, now = Date.now }: TrackerAppProps) {
  const route = useRoute();
  const [profile, setProfile] = useState<Profile | null>(null);
  useEffect(() => void loadProfile().then(setProfile), [loadProfile]);
  const tracker = useTracker(openStore);
  const { jobs, store, actions, bulk, single } = tracker;
  const rows = useRows(jobs ?? [], profile ?? NO_PROFILE);
  const [filters, setFilters] = useState<TableFilters>(NO_FILTERS);
  const [sort, setSort] = useState(DEFAULT_SORT);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const position = useRef<TablePosition>({ scrollTop: 0, focus: 0 });
  const clock = useClock(now);
  const today = localDate(clock);
  // The board shows what the search keeps (the table filters its own rows, and counts them).
  const onBoard = route.view === 'board';
  const searched = useMemo(
    () => (onBoard ? filterRows(rows, { ...NO_FILTERS, text: filters.text }, clock) : rows),
    [onBoard, rows, filters.text, clock],
  );
  const ready = profile && jobs && store && actions && bulk && single;
  useMeasureEnd('all-rows', tracker.complete && rows.length > 0, [tracker.complete && rows.length > 0]);
  const { Board, Progress, JobPage, loading } = useViews(route.view, tracker.fail);
  // Asked for after the first rows' render (an effect runs once that is painted).
  const backupPanel = useBackupPanel(services, Boolean(ready), tracker.fail);
  const open = (id: string): void => void (location.hash = hrefOf({ view: 'job', id }));
  const jobRow = route.view === 'job' ? rows.find((r) => r.saved.id === route.id) : undefined;

  return (
    <div class="tracker">
      <TrackerHeader
        route={route}
        search={filters.text}
        onSearch={(text) => {
          startMeasure('filter');
          setFilters((f) => ({ ...f, text }));
        }}
        count={jobs?.length ?? null}
        matching={onBoard ? searched.length : null}
      >
        {ready && (
          <TransferBar
            canExport={jobs.length > 0}
            onExportJson={actions.exportJson}
            onExportCsv={() => actions.exportCsv(profile)}
            onImport={(file) => void actions.importFile(file)}
          />
        )}
        {store && single && backupPanel && (
          <backupPanel.BackupPanel
            services={{ backups: backupPanel.backups, followUpsChanged: services.followUpsChanged }}
            store={store}
            onRestored={single.reload}
          />
        )}
      </TrackerHeader>
      <main class="tracker-main">
        {tracker.loadError && <p role="alert">Could not open saved jobs: {tracker.loadError}</p>}
        <NoticeLine notice={tracker.notice} />
        {tracker.undoable && (
          <UndoBar text={tracker.undoable.text} onUndo={tracker.undo} onDismiss={tracker.dismissUndo} />
        )}
        {!ready && !tracker.loadError && <p class="muted">Loading…</p>}
        {ready && jobs.length === 0 && (
          <p class="empty">No saved jobs yet: save postings from their pages, or import a file.</p>
        )}
        {ready && jobs.length > 0 && route.view === 'table' && (
          <TableView
            rows={rows}
            profile={profile}
            now={clock}
            today={today}
            filters={filters}
            onFilters={(patch) => setFilters((f) => ({ ...f, ...patch }))}
            sort={sort}
            onSort={setSort}
            selected={selected}
            onSelected={setSelected}
            position={position}
            bulk={bulk}
            onOpen={open}
            onError={tracker.fail}
          />
        )}
        {ready && loading && <p class="muted">Loading…</p>}
        {ready && jobs.length > 0 && route.view === 'board' && Board && (
          <Board rows={searched} onMove={single.setStatus} onError={tracker.fail} />
        )}
        {ready && route.view === 'progress' && Progress && <Progress jobs={jobs} now={now} />}
        {ready && route.view === 'job' && jobRow && JobPage && (
          <JobPage
            row={jobRow}
            profile={profile}
            services={services}
            loadSnapshot={actions.loadSnapshot}
            onStatus={(id, status) => void single.setStatus(id, status).catch(tracker.fail)}
            onNotes={actions.onNotes}
            onContacts={single.setContacts}
            onFollowUp={single.setFollowUp}
          />
        )}
        {ready && route.view === 'job' && !jobRow && tracker.complete && (
          <p role="alert">
            This job is not among your saved jobs. <a href="#/table">Back to the list</a>
          </p>
        )}
      </main>
    </div>
  );
}

/** Until the profile is read: rows need one, and nothing is shown before it anyway. */
const NO_PROFILE: Profile = { country: null, subdivision: null, currency: 'USD', minPay: null };
