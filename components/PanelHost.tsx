import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Job } from '../lib/job';
import type { SaveResponse, StatusResponse } from '../lib/messages';
import type { Profile } from '../lib/types';
import { viewFor } from '../lib/view';
import { loadProfile, watchProfile } from '../utils/profile-store';
import { Panel, type SaveState } from './Panel';

/** The panel wired to the extension: the user's profile, the saved status, and Save. */
export function PanelHost({ job, onClose }: { job: Job; onClose: () => void }) {
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [profile, setProfile] = useState<Profile | null>(null);
  useEffect(() => {
    void loadProfile().then(setProfile);
    return watchProfile(setProfile);
  }, []);
  useEffect(() => {
    browser.runtime
      .sendMessage({ type: 'saved-status', url: job.canonicalUrl ?? job.url })
      .then((r: unknown) => {
        if ((r as StatusResponse | undefined)?.saved) setSaveState('saved');
      })
      .catch(() => {});
  }, [job]);
  const view = useMemo(() => (profile ? viewFor(job, profile) : null), [job, profile]);
  const onSave = (): void => {
    setSaveState('saving');
    browser.runtime
      .sendMessage({ type: 'save-job', job })
      .then((r: unknown) => setSaveState((r as SaveResponse | undefined)?.ok ? 'saved' : 'error'))
      .catch(() => setSaveState('error'));
  };
  return <Panel job={job} view={view} saveState={saveState} onSave={onSave} onClose={onClose} />;
}
