import type { Period } from '../../model/types';

// A working year: 40 hours × 52 weeks, 5 days × 52 weeks.
export const HOURS_PER_YEAR = 2080;
export const DAYS_PER_YEAR = 260;
export const WEEKS_PER_YEAR = 52;
export const MONTHS_PER_YEAR = 12;

/** How many of each period make one working year. */
export const PERIODS_PER_YEAR: Record<Period, number> = {
  hour: HOURS_PER_YEAR,
  day: DAYS_PER_YEAR,
  week: WEEKS_PER_YEAR,
  month: MONTHS_PER_YEAR,
  year: 1,
};
