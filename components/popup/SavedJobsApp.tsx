import { useEffect, useState } from 'preact/hooks';
import type { SavedJobsStore } from '../../lib/saved-jobs/store';
import type { Profile } from '../../lib/model/types';
import { EmptyState } from './EmptyState';
import { ProfileForm } from '../shared/ProfileForm';
import { SavedJobsBrowser } from './SavedJobsBrowser';
import { TransferBar } from './TransferBar';
import { UndoBar } from './UndoBar';
import { NoticeLine } from './NoticeLine';
import { useSavedJobs } from './use-saved-jobs';

export interface SavedJobsAppProps {
  /** The saved jobs (lib/saved-jobs/store.ts): the popup hands over the extension's IndexedDB. */
  openStore: () => Promise<SavedJobsStore>;
  loadProfile: () => Promise<Profile>;
  saveProfile: (p: Profile) => Promise<Profile>;
  /** Opens the options page: every setting, beyond the first-run form. */
  openSettings?: () => void;
  /** Opens the tracker page: every saved job in a tab of its own. */
  openTracker?: () => void;
}

/** The popup: first-run profile, then the saved jobs, read from the extension's own IndexedDB. */
export function SavedJobsApp({
  openStore,
  loadProfile,
  saveProfile,
  openSettings,
  openTracker,
}: SavedJobsAppProps) {
  const [profile, setProfile] = useState<Profile | null>(null);
  useEffect(() => void loadProfile().then(setProfile), [loadProfile]);
  const { jobs, complete, loadError, notice, deleted, actions } = useSavedJobs(openStore);
  const ready = profile && jobs && actions;
  return (
    <main class="popup">
      {profile && !profile.country && (
        <section class="first-run" aria-label="Where you live">
          <p>Tell Jobsight where you live, and every posting says whether you can apply.</p>
          <ProfileForm profile={profile} compact onSave={async (p) => setProfile(await saveProfile(p))} />
          {openSettings && (
            <button type="button" class="open-settings" onClick={openSettings}>
              All settings (pay, currency, sites)
            </button>
          )}
        </section>
      )}
      <header class="popup-head">
        <h1>Saved jobs</h1>
        {openTracker && (
          <button type="button" class="open-tracker" onClick={openTracker}>
            Open tracker
          </button>
        )}
        {ready && (
          <TransferBar
            canExport={jobs.length > 0}
            onExportJson={actions.exportJson}
            onExportCsv={() => actions.exportCsv(profile)}
            onImport={(file) => void actions.importFile(file)}
          />
        )}
      </header>
      {loadError && <p role="alert">Could not open saved jobs: {loadError}</p>}
      {!ready && !loadError && <p class="muted">Loading…</p>}
      <NoticeLine notice={notice} />
      {ready && jobs.length === 0 && <EmptyState />}
      {ready && jobs.length > 0 && (
        <SavedJobsBrowser
          jobs={jobs}
          complete={complete}
          profile={profile}
          onStatus={actions.onStatus}
          onNotes={actions.onNotes}
          onDelete={actions.onDelete}
          loadSnapshot={actions.loadSnapshot}
        />
      )}
      {deleted && actions && (
        <UndoBar
          text={`Deleted “${deleted.record.job.title}”.`}
          onUndo={actions.onUndo}
          onDismiss={actions.onDismissUndo}
        />
      )}
    </main>
  );
}
