import type { JobRow } from '../../lib/saved-jobs/rows';
import { STATUS_LABEL, VERDICT_LABEL, WORKPLACE_LABEL } from '../../lib/saved-jobs/status';
import { JOB_STATUSES, type JobStatus } from '../../lib/model/types';
import type { SavedJob } from '../../lib/saved-jobs/types';
import type { Profile } from '../../lib/model/types';
import { namedPay, ratesNote, yearlyLine } from '../../lib/analysis/view';
import { safeHref, shortDate } from './format';
import { JobDetails, type JobDetailsProps } from './JobDetails';

export interface SavedJobRowProps extends Omit<JobDetailsProps, 'saved'> {
  row: JobRow;
  profile: Profile;
  /** The least yearly pay the list is filtered on, else the profile's own minimum. */
  minPay?: number | null;
  onStatus: (id: string, status: JobStatus) => void;
  onDelete: (id: string) => void;
}

/** Every status as the options of a select (the popup's rows, the tracker's board and bulk bar). */
export function StatusOptions() {
  return (
    <>
      {JOB_STATUSES.map((s) => (
        <option key={s} value={s}>
          {STATUS_LABEL[s]}
        </option>
      ))}
    </>
  );
}

export function StatusPicker({
  saved,
  onStatus,
}: {
  saved: SavedJob;
  onStatus: SavedJobRowProps['onStatus'];
}) {
  const changed = saved.statusHistory.at(-1)?.at ?? saved.savedAt;
  return (
    <span class="job-status-line">
      <select
        class="job-status"
        aria-label={`Status of ${saved.job.title}`}
        value={saved.status}
        onChange={(e) => onStatus(saved.id, e.currentTarget.value as JobStatus)}
      >
        <StatusOptions />
      </select>
      {saved.status !== 'saved' && (
        <time class="job-status-date" dateTime={new Date(changed).toISOString()}>
          since {shortDate(changed)}
        </time>
      )}
    </span>
  );
}

function Pay({ row, profile, minPay }: { row: JobRow; profile: Profile; minPay: number | null }) {
  const salary = row.saved.job.salary;
  if (!salary) return null;
  const yearly = yearlyLine(salary, profile);
  const named = namedPay(salary);
  const below = minPay !== null && row.yearlyPay !== null && row.yearlyPay < minPay;
  // A range that reaches the minimum is kept, and says where it starts.
  const startsBelow = !below && minPay !== null && row.yearlyFloor !== null && row.yearlyFloor < minPay;
  return (
    <div class="job-pay">
      <span class="job-salary">{salary.raw}</span>
      {named && <span class="job-named-pay">{named}</span>}
      {yearly && (
        <span class="job-yearly" title={ratesNote()}>
          {yearly}
        </span>
      )}
      {below && <span class="job-below">Below your minimum</span>}
      {startsBelow && <span class="job-below job-starts-below">Starts below your minimum</span>}
    </div>
  );
}

/** One saved job: what it is, whether you can apply, what it pays, its status, and what you noted. */
export function SavedJobRow({ row, profile, minPay, onStatus, onDelete, ...details }: SavedJobRowProps) {
  const { saved, verdict } = row;
  const { job } = saved;
  return (
    <li class="job" data-id={saved.id} data-status={saved.status}>
      <div class="job-head">
        <a class="job-title" href={safeHref(job.url)} target="_blank" rel="noopener noreferrer">
          {job.title}
        </a>
        <span class={`job-verdict job-verdict-${verdict.status}`} title={verdict.reason}>
          {VERDICT_LABEL[verdict.status]}
        </span>
      </div>
      <div class="job-meta">
        {job.company && <span class="job-company">{job.company}</span>}
        {job.locationText && <span class="job-location">{job.locationText}</span>}
        {job.workplace !== 'unknown' && <span class="job-workplace">{WORKPLACE_LABEL[job.workplace]}</span>}
      </div>
      <Pay row={row} profile={profile} minPay={minPay ?? profile.minPay} />
      {saved.tags.length > 0 && (
        <ul class="job-tags" aria-label="Tags">
          {saved.tags.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      )}
      <div class="job-foot">
        <StatusPicker saved={saved} onStatus={onStatus} />
        <time class="job-saved" dateTime={new Date(saved.savedAt).toISOString()}>
          Saved {shortDate(saved.savedAt)}
        </time>
        <button
          type="button"
          class="job-delete"
          aria-label={`Delete ${job.title}`}
          onClick={() => onDelete(saved.id)}
        >
          Delete
        </button>
      </div>
      <JobDetails saved={saved} {...details} />
    </li>
  );
}
