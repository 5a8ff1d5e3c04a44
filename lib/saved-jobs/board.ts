import { JOB_STATUSES, type JobStatus } from '../model/types';

// The tracker's board: a column per status, in the order a search moves through them.

/** The status `step` columns away (Alt+→ is +1), or null past either end. */
export function statusStep(status: JobStatus, step: number): JobStatus | null {
  return JOB_STATUSES[JOB_STATUSES.indexOf(status) + step] ?? null;
}

/** Items grouped by status, every status present, each column in the items' order. */
export function byStatus<T>(items: readonly T[], statusOf: (item: T) => JobStatus): Record<JobStatus, T[]> {
  const columns = Object.fromEntries(JOB_STATUSES.map((s) => [s, [] as T[]])) as Record<JobStatus, T[]>;
  for (const item of items) columns[statusOf(item)].push(item);
  return columns;
}
