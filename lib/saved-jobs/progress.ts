import { JOB_STATUSES, type JobStatus } from '../model/types';
import type { SavedJob } from './types';

// The numbers behind the tracker's progress charts, from each job's status history alone.

const DAY = 86_400_000;
/** A reply is the first move after applying to one of these. */
const REPLIES: ReadonlySet<JobStatus> = new Set(['interviewing', 'offer', 'rejected']);

export interface WeekCount {
  /** Local midnight of the week's Monday. */
  start: number;
  count: number;
}

export interface StageTime {
  status: JobStatus;
  /** Median whole days spent in the stage before the next move, or null with no move out yet. */
  medianDays: number | null;
  /** How many stays were measured. */
  stays: number;
}

export interface Progress {
  applied: WeekCount[];
  replies: WeekCount[];
  /** Jobs applied to in these weeks that have had a reply, of all of them; null when none applied. */
  replyRate: number | null;
  stages: StageTime[];
}

/** Local midnight of the Monday of the week holding `ms`. */
export function weekStart(ms: number): number {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  return d.getTime();
}

/** The `count` week starts ending with the week of `now`, oldest first (local weeks: a daylight
 * saving change makes a week 167 or 169 hours, so each is stepped by calendar days). */
export function lastWeeks(now: number, count: number): number[] {
  const starts: number[] = [];
  const d = new Date(weekStart(now));
  for (let i = 0; i < count; i++) {
    starts.unshift(d.getTime());
    d.setDate(d.getDate() - 7);
  }
  return starts;
}

function perWeek(moments: readonly number[], starts: readonly number[]): WeekCount[] {
  const counts = new Map(starts.map((s) => [s, 0]));
  for (const at of moments) {
    const week = weekStart(at);
    const n = counts.get(week);
    if (n !== undefined) counts.set(week, n + 1);
  }
  return starts.map((start) => ({ start, count: counts.get(start) ?? 0 }));
}

/** When the job was first marked applied, and when it first heard back after that. */
function applicationOf(job: SavedJob): { applied: number; reply: number | null } | null {
  const i = job.statusHistory.findIndex((c) => c.status === 'applied');
  const applied = job.statusHistory[i];
  if (!applied) return null;
  const reply = job.statusHistory.slice(i + 1).find((c) => REPLIES.has(c.status));
  return { applied: applied.at, reply: reply?.at ?? null };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/** Days in each stage, from entering it to the next status change; a stage still going is not counted. */
export function stageTimes(jobs: readonly SavedJob[]): StageTime[] {
  const stays = new Map<JobStatus, number[]>(JOB_STATUSES.map((s) => [s, []]));
  for (const { statusHistory } of jobs)
    statusHistory.forEach((change, i) => {
      const next = statusHistory[i + 1];
      if (next) stays.get(change.status)?.push((next.at - change.at) / DAY);
    });
  return JOB_STATUSES.map((status) => {
    const days = stays.get(status) ?? [];
    const mid = median(days);
    return { status, medianDays: mid === null ? null : Math.round(mid * 10) / 10, stays: days.length };
  });
}

/** Applications and replies per week over the last `weeks` weeks, and the time spent in each stage. */
export function progressOf(jobs: readonly SavedJob[], now: number, weeks = 12): Progress {
  const starts = lastWeeks(now, weeks);
  const since = starts[0] ?? now;
  const applications = jobs.flatMap((j) => applicationOf(j) ?? []);
  const recent = applications.filter((a) => a.applied >= since && a.applied <= now);
  const replies = applications.flatMap((a) => (a.reply !== null && a.reply <= now ? [a.reply] : []));
  return {
    applied: perWeek(
      recent.map((a) => a.applied),
      starts,
    ),
    replies: perWeek(replies, starts),
    replyRate: recent.length ? recent.filter((a) => a.reply !== null).length / recent.length : null,
    stages: stageTimes(jobs),
  };
}
