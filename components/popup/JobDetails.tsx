import { useState } from 'preact/hooks';
import { parseTags, STATUS_LABEL } from '../../lib/saved-jobs/status';
import type { SavedJob, Snapshot } from '../../lib/saved-jobs/types';
import { DATE, hostOf, safeHref } from './format';

export interface JobDetailsProps {
  saved: SavedJob;
  onNotes: (id: string, notes: string, tags: string[]) => Promise<void>;
  loadSnapshot: (id: string) => Promise<Snapshot | undefined>;
}

export function NotesForm({ saved, onNotes }: Pick<JobDetailsProps, 'saved' | 'onNotes'>) {
  const [state, setState] = useState<'idle' | 'saved' | 'error'>('idle');
  // Read from the form itself on submit: what is in the fields is what gets saved.
  const submit = (e: SubmitEvent): void => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const text = (name: string): string => String(form.get(name) ?? '');
    onNotes(saved.id, text('notes'), parseTags(text('tags'))).then(
      () => setState('saved'),
      () => setState('error'),
    );
  };
  return (
    <form class="job-notes" onSubmit={submit} onInput={() => setState('idle')}>
      <label>
        Notes
        <textarea name="notes" rows={3} maxLength={20_000} defaultValue={saved.notes} />
      </label>
      <label>
        Tags, separated by commas
        <input name="tags" defaultValue={saved.tags.join(', ')} />
      </label>
      <button type="submit">Save notes</button>
      {state !== 'idle' && (
        <span role="status" class="job-notes-state">
          {state === 'saved' ? 'Notes saved' : 'Could not save the notes'}
        </span>
      )}
    </form>
  );
}

export function History({ saved }: { saved: SavedJob }) {
  return (
    <ol class="job-history" aria-label="Status history">
      {saved.statusHistory.map((c) => (
        <li key={`${c.at}-${c.status}`}>
          {STATUS_LABEL[c.status]} <time dateTime={new Date(c.at).toISOString()}>{DATE.format(c.at)}</time>
        </li>
      ))}
    </ol>
  );
}

export function Sightings({ saved }: { saved: SavedJob }) {
  if (saved.links.length === 0) return null;
  return (
    <p class="job-links">
      Also seen on:{' '}
      {saved.links.map((l) => (
        <a key={l.url} href={safeHref(l.url)} target="_blank" rel="noopener noreferrer">
          {l.site === 'generic' ? hostOf(l.url) : l.site}
        </a>
      ))}
    </p>
  );
}

function Description({ id, load }: { id: string; load: JobDetailsProps['loadSnapshot'] }) {
  const [text, setText] = useState<string | null>(null);
  if (text !== null) return <div class="job-description">{text || 'No description was saved.'}</div>;
  const show = (): void => void load(id).then((s) => setText(s?.description ?? ''));
  return (
    <button type="button" class="job-show-description" onClick={show}>
      Show the description as saved
    </button>
  );
}

/** Notes, tags, the status history, other boards, and the saved description; rendered only when opened. */
export function JobDetails({ saved, onNotes, loadSnapshot }: JobDetailsProps) {
  const [open, setOpen] = useState(false);
  return (
    <details class="job-more" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Notes and history{saved.notes ? ' (has notes)' : ''}
        {saved.links.length > 0
          ? ` · also on ${saved.links.length} other page${saved.links.length > 1 ? 's' : ''}`
          : ''}
      </summary>
      {open && (
        <div class="job-more-body">
          <NotesForm saved={saved} onNotes={onNotes} />
          <History saved={saved} />
          <Sightings saved={saved} />
          <Description id={saved.id} load={loadSnapshot} />
        </div>
      )}
    </details>
  );
}
