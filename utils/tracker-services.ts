import type { BackupSettings } from '../lib/saved-jobs/backup';
import { openJobsDb } from '../lib/saved-jobs/db';
import type { BackupResult } from './backups';
import { askFollowUpPermission, followUpsChanged } from './follow-ups';

// What the tracker page may ask of the browser, handed to its components as one object
// (components never call browser.* themselves; tests hand them another).

export type { BackupSettings };

export interface BackupServices {
  load(): Promise<BackupSettings>;
  /** Asks for `downloads` (and `alarms`) when turned on; a refusal leaves the schedule as it was. */
  save(s: Pick<BackupSettings, 'schedule'>): Promise<BackupSettings>;
  backupNow(): Promise<BackupResult>;
}

export interface TrackerServices {
  /** Ask for notifications+alarms (optional permissions): call from the click that sets the first date. */
  askFollowUpPermission(): Promise<boolean>;
  /** A follow-up date changed (set, cleared, restored, imported): the reminders look again. */
  followUpsChanged(): void;
  /** Backups' code (with the export format's schemas) loads with the backup panel, after the
   * first rows; the permission prompts still come straight from the user's click, as the panel
   * is there before it can be clicked. */
  loadBackups(): Promise<BackupServices>;
}

export function trackerServices(): TrackerServices {
  let db: ReturnType<typeof openJobsDb> | undefined;
  return {
    askFollowUpPermission,
    followUpsChanged: () => void followUpsChanged().catch(() => {}),
    loadBackups: async () => {
      const { backupNow, loadBackupSettings, saveBackupSchedule } = await import('./backups');
      return {
        load: loadBackupSettings,
        save: saveBackupSchedule,
        backupNow: () => backupNow(() => (db ??= openJobsDb())),
      };
    },
  };
}
