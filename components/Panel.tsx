import type { Job } from '../lib/job';
import type { JobView } from '../lib/view';
import { VerdictChip } from './VerdictChip';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface PanelProps {
  job: Job;
  /** What the job means for this user; null until the profile is loaded. */
  view: JobView | null;
  saveState: SaveState;
  onSave: () => void;
  onClose: () => void;
}

const SAVE_LABEL: Record<SaveState, string> = {
  idle: 'Save',
  saving: 'Saving…',
  saved: 'Saved ✓',
  error: 'Retry save',
};

/** The in-page card: what the posting is, whether you can apply, what it pays, and Save. Text only. */
export function Panel({ job, view, saveState, onSave, onClose }: PanelProps) {
  return (
    <section class="js-panel" aria-label="Jobsight">
      <header class="js-head">
        <span class="js-brand">Jobsight</span>
        <button type="button" class="js-close" aria-label="Close Jobsight panel" onClick={onClose}>
          ×
        </button>
      </header>
      <h2 class="js-title">{job.title}</h2>
      {job.company && <p class="js-company">{job.company}</p>}
      {view && <VerdictChip verdict={view.verdict} />}
      <dl class="js-facts">
        <dt>Location</dt>
        <dd class="js-location">{job.locationText ?? 'Not stated'}</dd>
        <dt>Pay</dt>
        <dd>
          <span class="js-salary">{job.salary?.raw ?? 'Not stated'}</span>
          {view?.pay && view.pay !== job.salary?.raw && <span class="js-pay">{view.pay}</span>}
          {view?.yearly && <span class="js-yearly">{view.yearly}</span>}
          {view?.belowMinimum && <span class="js-below">Below your minimum</span>}
        </dd>
      </dl>
      <button
        type="button"
        class="js-save"
        disabled={saveState === 'saving' || saveState === 'saved'}
        onClick={onSave}
      >
        {SAVE_LABEL[saveState]}
      </button>
    </section>
  );
}
