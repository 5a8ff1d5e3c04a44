import { localDate } from './follow-up';

// The rules of automatic backups (utils/backups.ts does the writing): when one is due, when the
// tracker reminds the user to make one, and the file's name.

export type BackupSchedule = 'off' | 'weekly' | 'daily';
export const BACKUP_SCHEDULES: readonly BackupSchedule[] = ['off', 'weekly', 'daily'];

export interface BackupSettings {
  schedule: BackupSchedule;
  /** When the last backup file was written; null: never. */
  lastBackupAt: number | null;
}

export const NO_BACKUPS: BackupSettings = { schedule: 'off', lastBackupAt: null };

export const BACKUP_PERIOD_MINUTES: Record<Exclude<BackupSchedule, 'off'>, number> = {
  daily: 1440,
  weekly: 10080,
};

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;
export const REMINDER_AFTER_DAYS = 30;

/** Whether the schedule wants a backup now (an alarm may fire late, early after a restart, or
 * just after a "Back up now"). A few minutes' slack keeps a daily alarm from skipping a day. */
export function backupDue({ schedule, lastBackupAt }: BackupSettings, now: number): boolean {
  if (schedule === 'off') return false;
  if (lastBackupAt === null) return true;
  return now - lastBackupAt >= (BACKUP_PERIOD_MINUTES[schedule] - 5) * MINUTE;
}

/** Remind the user when there are saved jobs and no backup is newer than 30 days. */
export function needsBackupReminder(
  { lastBackupAt }: BackupSettings,
  savedJobs: number,
  now: number,
): boolean {
  if (savedJobs === 0) return false;
  return lastBackupAt === null || now - lastBackupAt > REMINDER_AFTER_DAYS * DAY;
}

/** "Jobsight/jobsight-backup-2026-12-07.json": in a folder of the Downloads folder, dated locally. */
export function backupFilename(now: number): string {
  return `Jobsight/jobsight-backup-${localDate(now)}.json`;
}

/** Settings as stored, whatever was stored (a missing or damaged value is no backups). */
export function readBackupSettings(stored: unknown): BackupSettings {
  const value = (typeof stored === 'object' && stored) || {};
  const { schedule, lastBackupAt } = value as Partial<Record<keyof BackupSettings, unknown>>;
  return {
    schedule: BACKUP_SCHEDULES.includes(schedule as BackupSchedule) ? (schedule as BackupSchedule) : 'off',
    lastBackupAt: typeof lastBackupAt === 'number' && lastBackupAt >= 0 ? lastBackupAt : null,
  };
}
