import { parseTags } from '../../lib/saved-jobs/status';
import type { JobStatus } from '../../lib/model/types';
import { StatusOptions } from '../popup/SavedJobRow';

export interface BulkBarProps {
  count: number;
  onStatus: (status: JobStatus) => void;
  onTag: (tag: string) => void;
  onDelete: () => void;
  onClear: () => void;
}

/** What can be done to the selected jobs at once. */
export function BulkBar({ count, onStatus, onTag, onDelete, onClear }: BulkBarProps) {
  // Each form is read on submit: what is in its field is what is done.
  const field = (e: SubmitEvent, name: string): string => {
    e.preventDefault();
    return String(new FormData(e.currentTarget as HTMLFormElement).get(name) ?? '');
  };
  return (
    <div class="bulk-bar" role="group" aria-label="Change the selected jobs">
      <span class="bulk-count">{count} selected</span>
      <form class="bulk-status" onSubmit={(e) => onStatus(field(e, 'bulk-status') as JobStatus)}>
        <label>
          Status
          <select name="bulk-status" defaultValue="applied">
            <StatusOptions />
          </select>
        </label>
        <button type="submit" class="bulk-set-status">
          Set status
        </button>
      </form>
      <form
        class="bulk-tag"
        onSubmit={(e) => {
          // One tag, cleaned as the notes' tags are; a comma would make it two.
          const [tag] = parseTags(field(e, 'bulk-tag').replace(/,/g, ' '));
          if (!tag) return;
          onTag(tag);
          (e.currentTarget as HTMLFormElement).reset();
        }}
      >
        <label>
          Tag
          <input name="bulk-tag" maxLength={40} />
        </label>
        <button type="submit">Add tag</button>
      </form>
      <button type="button" class="bulk-delete" onClick={onDelete}>
        Delete
      </button>
      <button type="button" class="bulk-clear" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}
