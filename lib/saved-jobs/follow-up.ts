import type { SavedJob } from './types';

// A follow-up date is a local calendar day the user picked ('YYYY-MM-DD'); it is due from 09:00
// local time that day. The background arms one alarm for the next due moment and notifies each
// job once per date; these are the pure rules it follows.

export const DUE_HOUR = 9;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 09:00 local time on that day, in ms; null for anything that is not a real calendar date. */
export function dueAt(date: string): number | null {
  const m = DATE.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const at = new Date(year, month - 1, day, DUE_HOUR);
  const real = at.getFullYear() === year && at.getMonth() === month - 1 && at.getDate() === day;
  return real ? at.getTime() : null;
}

export function isFollowUpDate(date: string): boolean {
  return dueAt(date) !== null;
}

/** The local calendar date of a moment, 'YYYY-MM-DD' (today's, for a date input's default). */
export function localDate(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** What the planner needs of a job. */
export type FollowUpJob = Pick<SavedJob, 'id' | 'followUp'> & {
  job: Pick<SavedJob['job'], 'title' | 'company'>;
};

/** "(id, date)": a job is notified once per date; a new date is notified again. */
export const notifiedKey = (job: Pick<SavedJob, 'id' | 'followUp'>): string =>
  `${job.id}|${job.followUp ?? ''}`;

export interface FollowUpPlan {
  /** Due now and not yet notified for this date. */
  notify: FollowUpJob[];
  /** How many jobs are due (the toolbar badge). */
  dueCount: number;
  /** The next moment a job falls due, for the alarm; null when none is ahead. */
  nextAt: number | null;
}

/** Which jobs to notify now, how many are due, and when to look again. */
export function planFollowUps(
  jobs: readonly FollowUpJob[],
  notified: ReadonlySet<string>,
  now: number,
): FollowUpPlan {
  const plan: FollowUpPlan = { notify: [], dueCount: 0, nextAt: null };
  for (const job of jobs) {
    const at = job.followUp === null ? null : dueAt(job.followUp);
    if (at === null) continue;
    if (at > now) {
      plan.nextAt = plan.nextAt === null ? at : Math.min(plan.nextAt, at);
      continue;
    }
    plan.dueCount++;
    if (!notified.has(notifiedKey(job))) plan.notify.push(job);
  }
  return plan;
}

/** The notified keys worth keeping: those of dates still set (a cleared or moved date is forgotten). */
export function stillNotified(jobs: readonly FollowUpJob[], notified: Iterable<string>): string[] {
  const current = new Set(jobs.map(notifiedKey));
  return [...notified].filter((key) => current.has(key));
}

/** The notification's words. */
export function followUpMessage(job: FollowUpJob): string {
  return job.job.company ? `Follow up: ${job.job.title} — ${job.job.company}` : `Follow up: ${job.job.title}`;
}
