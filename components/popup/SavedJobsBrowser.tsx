import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DEFAULT_QUERY, PAGE_SIZE, runQuery, type JobQuery } from '../../lib/saved-jobs/query';
import { rowsFor, type JobRow } from '../../lib/saved-jobs/rows';
import type { SavedJob } from '../../lib/saved-jobs/types';
import type { Profile } from '../../lib/model/types';
import { JobFilters } from './JobFilters';
import { SavedJobRow, type SavedJobRowProps } from './SavedJobRow';

export interface SavedJobsBrowserProps extends Omit<SavedJobRowProps, 'row' | 'profile'> {
  jobs: readonly SavedJob[];
  /** False while only the newest page is read and the rest is on its way. */
  complete?: boolean;
  profile: Profile;
}

export function useRows(jobs: readonly SavedJob[], profile: Profile): JobRow[] {
  // Verdict and pay depend on the profile only: a new profile starts a new cache.
  const cache = useMemo(() => new WeakMap<SavedJob, JobRow>(), [profile]);
  return useMemo(() => rowsFor(jobs, profile, cache), [jobs, profile, cache]);
}

/** "/" anywhere but in a text field goes to the search box, from the moment the list is shown. */
export function useSearchShortcut(search: { current: HTMLInputElement | null }): void {
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const target = e.target as HTMLElement | null;
      if (e.key !== '/' || target?.closest('input, textarea, select')) return;
      e.preventDefault();
      search.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [search]);
}

function summary(shown: number, matching: number, total: number): string {
  const jobs = (n: number) => `${n.toLocaleString('en')} job${n === 1 ? '' : 's'}`;
  if (matching === total) return shown < total ? `Showing ${shown} of ${jobs(total)}` : jobs(total);
  return `${matching.toLocaleString('en')} of ${jobs(total)} match${shown < matching ? `, showing ${shown}` : ''}`;
}

/** Search, filter and sort the saved jobs, and list them a page at a time. */
export function SavedJobsBrowser({ jobs, complete = true, profile, ...handlers }: SavedJobsBrowserProps) {
  const [query, setQuery] = useState<JobQuery>(DEFAULT_QUERY);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const search = useRef<HTMLInputElement>(null);
  useSearchShortcut(search);
  const rows = useRows(jobs, profile);
  const matching = useMemo(() => runQuery(rows, query), [rows, query]);
  const shown = matching.slice(0, limit);
  const change = (patch: Partial<JobQuery>): void => {
    setQuery((q) => ({ ...q, ...patch }));
    setLimit(PAGE_SIZE);
  };
  return (
    <>
      <JobFilters query={query} profile={profile} onChange={change} searchRef={search} />
      <p class="summary" aria-live="polite">
        {complete
          ? summary(shown.length, matching.length, jobs.length)
          : 'Newest jobs first; reading the rest…'}
      </p>
      {matching.length === 0 && <p class="no-match">No saved job matches these filters.</p>}
      <ul class="jobs">
        {shown.map((row) => (
          <SavedJobRow key={row.saved.id} row={row} profile={profile} minPay={query.minPay} {...handlers} />
        ))}
      </ul>
      {matching.length > shown.length && (
        <button type="button" class="show-more" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
          Show {Math.min(PAGE_SIZE, matching.length - shown.length)} more
        </button>
      )}
    </>
  );
}
