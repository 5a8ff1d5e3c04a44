import type { IDBPDatabase } from 'idb';
import { browser } from 'wxt/browser';
import {
  BACKUP_PERIOD_MINUTES,
  backupDue,
  backupFilename,
  readBackupSettings,
  type BackupSettings,
} from '../lib/saved-jobs/backup';
import type { JobsDB } from '../lib/saved-jobs/db';
import { toExportFile } from '../lib/saved-jobs/export-file';
import { readAllJobs } from '../lib/saved-jobs/transfer';
import { askFor, haveAll, onceGranted } from './optional-permissions';

// Backups: the same JSON file as the popup's export, written to Downloads/Jobsight/ without a
// Save-as dialog, now or on a schedule (an alarm, BACKUP_ALARM, that the background answers). The
// `downloads` permission (and `alarms`, where it is optional) is asked for when the user turns
// backups on or presses "Back up now".

export const BACKUP_ALARM = 'backup';
const SETTINGS = 'backups';
const PERMISSIONS = ['downloads', 'alarms'] as const;

type Db = IDBPDatabase<JobsDB>;
export type BackupResult = { ok: true; filename: string } | { ok: false; error: string };

export async function loadBackupSettings(): Promise<BackupSettings> {
  return readBackupSettings((await browser.storage.local.get(SETTINGS))[SETTINGS]);
}

async function storeBackupSettings(settings: BackupSettings): Promise<BackupSettings> {
  await browser.storage.local.set({ [SETTINGS]: settings });
  return settings;
}

/** The alarm in step with the schedule: every day or week, the first one a minute from now when
 * a backup is due already. */
async function armBackups(settings: BackupSettings, now = Date.now()): Promise<void> {
  if (!browser.alarms) return;
  if (settings.schedule === 'off') {
    await browser.alarms.clear(BACKUP_ALARM);
    return;
  }
  const periodInMinutes = BACKUP_PERIOD_MINUTES[settings.schedule];
  const delayInMinutes = backupDue(settings, now) ? 1 : periodInMinutes;
  await browser.alarms.create(BACKUP_ALARM, { delayInMinutes, periodInMinutes });
}

/** Change the schedule; turning backups on asks for the permissions first (call it from the
 * user's choice), and a refusal leaves the schedule as it was. */
export async function saveBackupSchedule({
  schedule,
}: Pick<BackupSettings, 'schedule'>): Promise<BackupSettings> {
  if (schedule !== 'off' && !(await askFor(PERMISSIONS))) return loadBackupSettings();
  const settings = await storeBackupSettings({ ...(await loadBackupSettings()), schedule });
  await armBackups(settings);
  return settings;
}

/** The file's address: a blob URL where the page or background page can make one, else (an MV3
 * service worker has no URL.createObjectURL) a data URL. The blob URL is freed once written. */
function fileUrl(text: string): { url: string; free: () => void } {
  if (typeof URL.createObjectURL === 'function') {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    return { url, free: () => URL.revokeObjectURL(url) };
  }
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { url: `data:application/json;base64,${btoa(binary)}`, free: () => {} };
}

/** Write one backup file now and remember when. */
export async function writeBackup(db: Db, now = Date.now()): Promise<BackupResult> {
  if (!browser.downloads || !(await haveAll(['downloads'])))
    return { ok: false, error: 'Jobsight may not save files to your Downloads folder: nothing was written.' };
  const text = JSON.stringify(toExportFile(await readAllJobs(db), now));
  const filename = backupFilename(now);
  const { url, free } = fileUrl(text);
  try {
    await browser.downloads.download({ url, filename, conflictAction: 'uniquify', saveAs: false });
  } catch (e) {
    free();
    return {
      ok: false,
      error: `The backup could not be written: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  // The browser reads the blob while it writes the file; a minute is ample for a few MB.
  setTimeout(free, 60_000);
  await storeBackupSettings({ ...(await loadBackupSettings()), lastBackupAt: now });
  return { ok: true, filename };
}

/** "Back up now": ask for the permission (from the click), then write. */
export async function backupNow(db: () => Promise<Db>): Promise<BackupResult> {
  if (!(await askFor(['downloads'])))
    return { ok: false, error: 'Without permission to save to Downloads, no backup was written.' };
  return writeBackup(await db());
}

/** Background wiring: a scheduled backup when the alarm fires and one is due. */
export function watchBackups(db: () => Promise<Db>): void {
  const onAlarm = async (name: string) => {
    if (name !== BACKUP_ALARM || !backupDue(await loadBackupSettings(), Date.now())) return;
    const result = await writeBackup(await db());
    if (!result.ok) console.error('Jobsight: scheduled backup failed:', result.error);
  };
  onceGranted(
    () => Boolean(browser.alarms),
    () => browser.alarms.onAlarm.addListener((alarm) => onAlarm(alarm.name)),
  );
}
