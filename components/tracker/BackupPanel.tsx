import { useEffect, useState } from 'preact/hooks';
import {
  BACKUP_SCHEDULES,
  needsBackupReminder,
  REMINDER_AFTER_DAYS,
  type BackupSchedule,
  type BackupSettings,
} from '../../lib/saved-jobs/backup';
import { readExportFile } from '../../lib/saved-jobs/export-file';
import type { SavedJobsStore } from '../../lib/saved-jobs/store';
import type { BackupServices, TrackerServices } from '../../utils/tracker-services';
import { DATE } from '../popup/format';

interface BackupPanelProps {
  services: Pick<TrackerServices, 'followUpsChanged'> & { backups: BackupServices };
  store: Pick<SavedJobsStore, 'listNewest' | 'import'>;
  /** Jobs were restored: the page reads the list again. */
  onRestored: () => void;
  now?: () => number;
}

const SCHEDULE_LABEL: Record<BackupSchedule, string> = {
  off: 'Off',
  weekly: 'Every week',
  daily: 'Every day',
};

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Backups of the saved jobs: a schedule, "Back up now", the last one's date, a reminder when
 * there has been none for 30 days, and restore from a backup file (merged, never replacing). */
export function BackupPanel({ services, store, onRestored, now = Date.now }: BackupPanelProps) {
  const [settings, setSettings] = useState<BackupSettings | null>(null);
  const [hasJobs, setHasJobs] = useState(false);
  const [note, setNote] = useState<{ error: boolean; text: string } | null>(null);
  useEffect(() => {
    void services.backups.load().then(setSettings);
    void store.listNewest(1).then((jobs) => setHasJobs(jobs.length > 0));
  }, [services, store]);

  const report = (error: boolean, text: string) => setNote({ error, text });
  const backUp = async () => {
    const result = await services.backups.backupNow();
    if (result.ok) report(false, `Backed up to ${result.filename} in your Downloads folder.`);
    else report(true, result.error);
    setSettings(await services.backups.load());
  };
  const schedule = async (value: BackupSchedule) => {
    const saved = await services.backups.save({ schedule: value });
    setSettings(saved);
    if (saved.schedule !== value) report(true, 'Backups stay off: Jobsight may not save files to Downloads.');
    else
      report(
        false,
        value === 'off' ? 'Backups are off.' : `Backups: ${SCHEDULE_LABEL[value].toLowerCase()}.`,
      );
  };
  const restore = async (file: File) => {
    const parsed = await readExportFile(file);
    if (!parsed.ok) return report(true, parsed.error);
    try {
      const { added, merged } = await store.import(parsed.jobs);
      report(false, `Restored from ${file.name}: ${added} added, ${merged} merged with jobs already saved.`);
      setHasJobs(true);
      services.followUpsChanged();
      onRestored();
    } catch (e) {
      report(true, `Nothing was restored: ${messageOf(e)}`);
    }
  };

  if (!settings) return null;
  const remind = needsBackupReminder(settings, hasJobs ? 1 : 0, now());
  return (
    <section class="backup-panel" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backups</h2>
      {remind && (
        <div class="backup-reminder" role="status">
          {settings.lastBackupAt === null
            ? 'Your saved jobs have never been backed up. '
            : `No backup in the last ${REMINDER_AFTER_DAYS} days. `}
          They live only in this browser.{' '}
          <button type="button" class="backup-now" onClick={() => void backUp()}>
            Back up now
          </button>
        </div>
      )}
      <label>
        Automatic backup{' '}
        <select
          name="backup-schedule"
          value={settings.schedule}
          onChange={(e) => void schedule(e.currentTarget.value as BackupSchedule)}
        >
          {BACKUP_SCHEDULES.map((s) => (
            <option key={s} value={s}>
              {SCHEDULE_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      {!remind && (
        <button type="button" class="backup-now" onClick={() => void backUp()}>
          Back up now
        </button>
      )}
      <p class="muted backup-last">
        {settings.lastBackupAt === null
          ? 'No backup yet.'
          : `Last backup: ${DATE.format(settings.lastBackupAt)}.`}
      </p>
      <label class="backup-restore">
        Restore from a backup file{' '}
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void restore(file);
          }}
        />
      </label>
      {note && (
        <p class={note.error ? 'backup-note error' : 'backup-note'} role={note.error ? 'alert' : 'status'}>
          {note.text}
        </p>
      )}
    </section>
  );
}
