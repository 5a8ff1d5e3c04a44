import type { SavedJob } from '../lib/storage/db';

const DATE = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/** Only http(s) links are opened: a saved URL comes from a web page and is data. */
function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

export function SavedJobRow({ saved, onDelete }: { saved: SavedJob; onDelete: () => void }) {
  const { job } = saved;
  return (
    <li class="job">
      <a class="job-title" href={safeHref(job.url)} target="_blank" rel="noopener noreferrer">
        {job.title}
      </a>
      <div class="job-meta">
        {job.company && <span class="job-company">{job.company}</span>}
        {job.locationText && <span class="job-location">{job.locationText}</span>}
      </div>
      {job.salary && <div class="job-salary">{job.salary.raw}</div>}
      <div class="job-foot">
        <time dateTime={new Date(saved.savedAt).toISOString()}>Saved {DATE.format(saved.savedAt)}</time>
        <button type="button" class="job-delete" aria-label={`Delete ${job.title}`} onClick={onDelete}>
          Delete
        </button>
      </div>
    </li>
  );
}
