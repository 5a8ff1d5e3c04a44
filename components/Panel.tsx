import type { Job } from '../lib/job';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface PanelProps {
  job: Job;
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

/** The in-page card: what the posting is, where, what it pays, and Save. Text only, never markup. */
export function Panel({ job, saveState, onSave, onClose }: PanelProps) {
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
      <dl class="js-facts">
        <dt>Location</dt>
        <dd class="js-location">{job.locationText ?? 'Not stated'}</dd>
        <dt>Pay</dt>
        <dd class="js-salary">{job.salary?.raw ?? 'Not stated'}</dd>
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
