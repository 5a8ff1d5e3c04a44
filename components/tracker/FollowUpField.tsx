import { useState } from 'preact/hooks';
import { isFollowUpDate } from '../../lib/saved-jobs/follow-up';
import type { SavedJob } from '../../lib/saved-jobs/types';
import type { TrackerServices } from '../../utils/tracker-services';
import { shortDate } from '../popup/format';
import { dateOf } from './format';

interface FollowUpFieldProps {
  job: Pick<SavedJob, 'id' | 'followUp'>;
  services: Pick<TrackerServices, 'askFollowUpPermission' | 'followUpsChanged'>;
  /** Store the date ('YYYY-MM-DD') or clear it (null). */
  onChange: (date: string | null) => Promise<unknown>;
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * The day to follow a job up. "Set" is a button, not the date input's change, because asking for
 * the notification permission needs the user's click; it is asked when a job gets its first date.
 */
export function FollowUpField({ job, services, onChange }: FollowUpFieldProps) {
  const [draft, setDraft] = useState(job.followUp ?? '');
  const [note, setNote] = useState('');
  const apply = async (date: string | null) => {
    const asked = date !== null && job.followUp === null ? services.askFollowUpPermission() : null;
    try {
      await onChange(date);
    } catch (e) {
      setNote(messageOf(e));
      return;
    }
    services.followUpsChanged();
    const allowed = asked ? await asked : true;
    if (date === null) setNote('No follow-up.');
    else
      setNote(
        `Follow up on ${shortDate(dateOf(date))}.` +
          (allowed ? '' : ' Reminders are off: Jobsight may not show notifications.'),
      );
  };
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    // the field as it is now (a state update from its last keystroke may not have landed yet)
    const date = String(new FormData(e.currentTarget as HTMLFormElement).get('follow-up') ?? '');
    if (!isFollowUpDate(date)) setNote('Pick a date first.');
    else void apply(date);
  };
  return (
    <form class="follow-up" onSubmit={submit}>
      <label>
        Follow up on{' '}
        <input type="date" name="follow-up" value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
      </label>{' '}
      <button type="submit">Set</button>{' '}
      {job.followUp !== null && (
        <button
          type="button"
          class="follow-up-clear"
          onClick={() => {
            setDraft('');
            void apply(null);
          }}
        >
          Clear
        </button>
      )}
      <p class="muted" role="status">
        {note}
      </p>
    </form>
  );
}
