import { useMemo } from 'preact/hooks';
import { progressOf, type WeekCount } from '../../lib/saved-jobs/progress';
import { STATUS_LABEL } from '../../lib/saved-jobs/status';
import type { SavedJob } from '../../lib/saved-jobs/types';
import { BarChart, type Bar } from './BarChart';

const WEEK = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });

const weekBars = (weeks: readonly WeekCount[]): Bar[] =>
  weeks.map((w) => ({ label: WEEK.format(w.start), value: w.count }));

const total = (weeks: readonly WeekCount[]): number => weeks.reduce((n, w) => n + w.count, 0);

/** The search at a glance: applications and replies over the last 12 weeks, and how long each
 * stage takes, from the status history alone. */
export function Progress({ jobs, now }: { jobs: readonly SavedJob[]; now: () => number }) {
  const p = useMemo(() => progressOf(jobs, now()), [jobs, now]);
  const stages = p.stages.filter((s) => s.medianDays !== null);
  const rate = p.replyRate === null ? 'no application yet' : `${Math.round(p.replyRate * 100)}% replied`;
  return (
    <section class="progress-view" aria-label="Progress">
      <div class="charts">
        <BarChart
          title="Applications per week"
          description={`${total(p.applied)} applications in the last 12 weeks.`}
          bars={weekBars(p.applied)}
          unit="Applications"
        />
        <BarChart
          title="Replies per week"
          description={`${total(p.replies)} replies in the last 12 weeks (interview, offer or rejection after applying); of the jobs applied to in these weeks, ${rate}.`}
          bars={weekBars(p.replies)}
          unit="Replies"
        />
        <BarChart
          title="Median days in each stage"
          description={
            stages.length
              ? 'How long a job stays in each stage before it moves on (median days).'
              : 'No job has moved on from a stage yet.'
          }
          bars={stages.map((s) => ({ label: STATUS_LABEL[s.status], value: s.medianDays ?? 0 }))}
          unit="Median days"
          horizontal
        />
      </div>
    </section>
  );
}
