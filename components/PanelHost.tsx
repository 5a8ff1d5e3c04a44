import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Job } from '../lib/job';
import type { SaveResponse, StatusResponse } from '../lib/messages';
import { Panel, type SaveState } from './Panel';

/** The panel wired to the background: asks whether the job is saved, and saves it. */
export function PanelHost({ job, onClose }: { job: Job; onClose: () => void }) {
  const [saveState, setSaveState] = useState<SaveState>('idle');
  useEffect(() => {
    browser.runtime
      .sendMessage({ type: 'saved-status', url: job.canonicalUrl ?? job.url })
      .then((r: unknown) => {
        if ((r as StatusResponse | undefined)?.saved) setSaveState('saved');
      })
      .catch(() => {});
  }, [job]);
  const onSave = (): void => {
    setSaveState('saving');
    browser.runtime
      .sendMessage({ type: 'save-job', job })
      .then((r: unknown) => setSaveState((r as SaveResponse | undefined)?.ok ? 'saved' : 'error'))
      .catch(() => setSaveState('error'));
  };
  return <Panel job={job} saveState={saveState} onSave={onSave} onClose={onClose} />;
}
