import { describe, expect, it } from 'vitest';
import {
  dueAt,
  followUpMessage,
  localDate,
  planFollowUps,
  stillNotified,
  type FollowUpJob,
} from '../../../lib/saved-jobs/follow-up';

const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();

describe('dueAt', () => {
  it.each<[string, number | null]>([
    ['2026-12-24', at(2026, 12, 24, 9)],
    ['2028-02-29', at(2028, 2, 29, 9)],
    ['2026-02-29', null],
    ['2026-13-01', null],
    ['2026-1-5', null],
    ['24/12/2026', null],
    ['', null],
  ])('%j → %s', (date, due) => {
    expect(dueAt(date)).toBe(due);
  });

  it('names the local calendar day back', () => {
    expect(localDate(at(2026, 3, 7, 23, 59))).toBe('2026-03-07');
    expect(localDate(dueAt('2026-12-24')!)).toBe('2026-12-24');
  });
});

const job = (id: string, followUp: string | null, company: string | null = 'Acme'): FollowUpJob => ({
  id,
  followUp,
  job: { title: `Job ${id}`, company },
});

describe('planFollowUps', () => {
  const jobs = [
    job('a', '2026-12-01'),
    job('b', '2026-12-07'),
    job('c', '2026-12-09'),
    job('d', '2026-12-24'),
    job('e', null),
  ];

  it.each<[string, number, string[], string[], number, number | null]>([
    ['before anything is due', at(2026, 11, 30), [], [], 0, at(2026, 12, 1, 9)],
    ['at 08:59 on a due day', at(2026, 12, 7, 8, 59), [], ['a'], 1, at(2026, 12, 7, 9)],
    ['at 09:00 on a due day', at(2026, 12, 7, 9), [], ['a', 'b'], 2, at(2026, 12, 9, 9)],
    ['with one notified already', at(2026, 12, 7, 9), ['a|2026-12-01'], ['b'], 2, at(2026, 12, 9, 9)],
    ['notified for an older date', at(2026, 12, 7, 9), ['a|2026-11-01'], ['a', 'b'], 2, at(2026, 12, 9, 9)],
    ['after the last one', at(2027, 1, 1), [], ['a', 'b', 'c', 'd'], 4, null],
  ])('%s', (_, now, notified, notify, dueCount, nextAt) => {
    const plan = planFollowUps(jobs, new Set(notified), now);
    expect(plan.notify.map((j) => j.id)).toEqual(notify);
    expect(plan.dueCount).toBe(dueCount);
    expect(plan.nextAt).toBe(nextAt);
  });

  it('forgets the notified dates no job has any more', () => {
    expect(stillNotified(jobs, ['a|2026-12-01', 'a|2026-11-01', 'gone|2026-12-01', 'b|2026-12-07'])).toEqual([
      'a|2026-12-01',
      'b|2026-12-07',
    ]);
  });

  it.each([
    [job('a', '2026-12-01'), 'Follow up: Job a — Acme'],
    [job('a', '2026-12-01', null), 'Follow up: Job a'],
  ])('words the notification', (j, words) => {
    expect(followUpMessage(j)).toBe(words);
  });
});
