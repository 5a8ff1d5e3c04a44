import { describe, expect, it } from 'vitest';
import {
  backupDue,
  backupFilename,
  needsBackupReminder,
  readBackupSettings,
  type BackupSettings,
} from '../../../lib/saved-jobs/backup';

const DAY = 86_400_000;
const NOW = new Date(2026, 11, 7, 15, 30).getTime();
const settings = (schedule: BackupSettings['schedule'], daysAgo: number | null): BackupSettings => ({
  schedule,
  lastBackupAt: daysAgo === null ? null : NOW - daysAgo * DAY,
});

describe('backup rules', () => {
  it.each<[BackupSettings, boolean]>([
    [settings('off', null), false],
    [settings('off', 90), false],
    [settings('daily', null), true],
    [settings('daily', 1), true],
    [settings('daily', 0.999), true],
    [settings('daily', 0.5), false],
    [settings('weekly', 6), false],
    [settings('weekly', 7), true],
  ])('due: %o → %s', (s, due) => {
    expect(backupDue(s, NOW)).toBe(due);
  });

  it.each<[BackupSettings, number, boolean]>([
    [settings('off', null), 0, false],
    [settings('off', null), 3, true],
    [settings('weekly', 29), 3, false],
    [settings('off', 31), 3, true],
    [settings('daily', 31), 0, false],
  ])('reminder: %o with %i jobs → %s', (s, jobs, remind) => {
    expect(needsBackupReminder(s, jobs, NOW)).toBe(remind);
  });

  it('names the file by the local date, in a Jobsight folder', () => {
    expect(backupFilename(NOW)).toBe('Jobsight/jobsight-backup-2026-12-07.json');
  });

  it.each<[unknown, BackupSettings]>([
    [undefined, { schedule: 'off', lastBackupAt: null }],
    ['weekly', { schedule: 'off', lastBackupAt: null }],
    [
      { schedule: 'hourly', lastBackupAt: -1 },
      { schedule: 'off', lastBackupAt: null },
    ],
    [
      { schedule: 'weekly', lastBackupAt: 5 },
      { schedule: 'weekly', lastBackupAt: 5 },
    ],
  ])('reads stored settings %j', (stored, read) => {
    expect(readBackupSettings(stored)).toEqual(read);
  });
});
