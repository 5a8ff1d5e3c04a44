import { describe, expect, it } from 'vitest';
import { lastWeeks, median, progressOf, stageTimes, weekStart } from '../../../lib/saved-jobs/progress';
import { statusStep, byStatus } from '../../../lib/saved-jobs/board';
import { newRecord } from '../../../lib/saved-jobs/record';
import type { JobStatus } from '../../../lib/model/types';
import type { SavedJob } from '../../../lib/saved-jobs/types';
import { sampleJob } from '../../helpers/jobs';

// Wednesday 2026-03-18, noon, local time.
const NOW = new Date(2026, 2, 18, 12).getTime();
const at = (month: number, d: number, year = 2026): number => new Date(year, month - 1, d, 10).getTime();

function jobWith(id: string, history: [JobStatus, number][]): SavedJob {
  const { record } = newRecord(
    id,
    sampleJob({ url: `https://boards.example/jobs/${id}` }),
    history[0]?.[1] ?? NOW,
  );
  const statusHistory = history.map(([status, when]) => ({ status, at: when }));
  return { ...record, statusHistory, status: statusHistory.at(-1)?.status ?? 'saved' };
}

describe('weeks', () => {
  it.each([
    ['a Wednesday', new Date(2026, 2, 18, 12), new Date(2026, 2, 16)],
    ['a Monday at midnight', new Date(2026, 2, 16), new Date(2026, 2, 16)],
    ['a Sunday night', new Date(2026, 2, 22, 23, 30), new Date(2026, 2, 16)],
  ])('a week starts on the Monday before %s', (_, moment, monday) => {
    expect(weekStart(moment.getTime())).toBe(monday.getTime());
  });

  it('lists the last weeks oldest first, each a Monday', () => {
    const weeks = lastWeeks(NOW, 12);
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)).toBe(new Date(2026, 2, 16).getTime());
    expect(weeks[0]).toBe(new Date(2025, 11, 29).getTime());
    for (const w of weeks) expect(new Date(w).getDay()).toBe(1);
  });
});

describe('median', () => {
  it.each<[number[], number | null]>([
    [[], null],
    [[4], 4],
    [[9, 1, 5], 5],
    [[1, 2, 3, 10], 2.5],
  ])('of %j is %s', (values, want) => expect(median(values)).toBe(want));
});

describe('progressOf', () => {
  const JOBS = [
    // applied this week, interviewing the next day
    jobWith('a', [
      ['saved', at(3, 1)],
      ['applied', at(3, 16)],
      ['interviewing', at(3, 17)],
    ]),
    // applied last week, no reply yet
    jobWith('b', [
      ['saved', at(3, 2)],
      ['applied', at(3, 10)],
    ]),
    // applied last week, rejected this week; applied again later does not count twice
    jobWith('c', [
      ['saved', at(3, 2)],
      ['applied', at(3, 11)],
      ['rejected', at(3, 18)],
      ['applied', at(3, 18)],
    ]),
    // applied long ago: outside the 12 weeks, its reply too
    jobWith('d', [
      ['saved', at(10, 1, 2025)],
      ['applied', at(10, 2, 2025)],
      ['offer', at(10, 20, 2025)],
    ]),
    // never applied: an archived job is no reply
    jobWith('e', [
      ['saved', at(3, 3)],
      ['archived', at(3, 17)],
    ]),
  ];
  const p = progressOf(JOBS, NOW);

  it('counts applications per week, each job once', () => {
    expect(p.applied.map((w) => w.count)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 1]);
  });

  it('counts replies per week and the reply rate of the weeks shown', () => {
    expect(p.replies.map((w) => w.count)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect(p.replyRate).toBeCloseTo(2 / 3);
  });

  it('has no reply rate before the first application', () => {
    expect(progressOf([JOBS[4] as SavedJob], NOW).replyRate).toBeNull();
  });
});

describe('stageTimes', () => {
  it('is the median of the finished stays in each stage, in days', () => {
    const jobs = [
      jobWith('a', [
        ['saved', at(3, 1)],
        ['applied', at(3, 3)],
        ['interviewing', at(3, 13)],
      ]),
      jobWith('b', [
        ['saved', at(3, 1)],
        ['applied', at(3, 5)],
        ['rejected', at(3, 9)],
      ]),
      jobWith('c', [
        ['saved', at(3, 1)],
        ['applied', at(3, 7)],
      ]),
    ];
    const byStage = Object.fromEntries(stageTimes(jobs).map((s) => [s.status, [s.medianDays, s.stays]]));
    expect(byStage).toEqual({
      saved: [4, 3],
      applied: [7, 2],
      interviewing: [null, 0],
      offer: [null, 0],
      rejected: [null, 0],
      archived: [null, 0],
    });
  });
});

describe('the board', () => {
  it.each<[JobStatus, number, JobStatus | null]>([
    ['saved', 1, 'applied'],
    ['applied', -1, 'saved'],
    ['saved', -1, null],
    ['archived', 1, null],
    ['offer', 1, 'rejected'],
  ])('from %s, %i step lands on %s', (status, step, want) => expect(statusStep(status, step)).toBe(want));

  it('groups by status, every column present, order kept', () => {
    const cols = byStatus(['1a', '2s', '3a'], (s) => (s.endsWith('a') ? 'applied' : 'saved'));
    expect(cols.applied).toEqual(['1a', '3a']);
    expect(cols.saved).toEqual(['2s']);
    expect(cols.offer).toEqual([]);
  });
});
