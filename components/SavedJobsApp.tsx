import type { IDBPDatabase } from 'idb';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { JobsDB, SavedJob } from '../lib/storage/db';
import { deleteJob, listJobs } from '../lib/storage/jobs';
import type { Profile } from '../lib/types';
import { ProfileForm } from './ProfileForm';
import { SavedJobRow } from './SavedJobRow';

type Db = IDBPDatabase<JobsDB>;

export interface SavedJobsAppProps {
  openDb: () => Promise<Db>;
  loadProfile: () => Promise<Profile>;
  saveProfile: (p: Profile) => Promise<Profile>;
}

/** The popup: first-run profile, then saved jobs newest first, read from the extension's own IndexedDB. */
export function SavedJobsApp({ openDb, loadProfile, saveProfile }: SavedJobsAppProps) {
  const [profile, setProfile] = useState<Profile | null>(null);
  useEffect(() => void loadProfile().then(setProfile), [loadProfile]);
  const [db, setDb] = useState<Db | null>(null);
  const [jobs, setJobs] = useState<SavedJob[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async (d: Db) => setJobs(await listJobs(d)), []);
  useEffect(() => {
    openDb()
      .then(async (d) => {
        setDb(d);
        await reload(d);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [openDb, reload]);

  const remove = async (id: string): Promise<void> => {
    if (!db) return;
    await deleteJob(db, id);
    await reload(db);
  };

  return (
    <main class="popup">
      {profile && !profile.country && (
        <section class="first-run" aria-label="Where you live">
          <p>Tell Jobsight where you live, and every posting says whether you can apply.</p>
          <ProfileForm profile={profile} compact onSave={async (p) => setProfile(await saveProfile(p))} />
        </section>
      )}
      <h1>Saved jobs</h1>
      {error && <p role="alert">Could not open saved jobs: {error}</p>}
      {jobs === null && !error && <p class="muted">Loading…</p>}
      {jobs?.length === 0 && (
        <p class="empty">
          Nothing saved yet. Open a job posting on a supported board and press <strong>Save</strong> in the
          Jobsight panel.
        </p>
      )}
      {jobs && jobs.length > 0 && (
        <ul class="jobs">
          {jobs.map((j) => (
            <SavedJobRow key={j.id} saved={j} onDelete={() => void remove(j.id)} />
          ))}
        </ul>
      )}
    </main>
  );
}
