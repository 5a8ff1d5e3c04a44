import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openJobsDb } from '../../../lib/saved-jobs/db';
import { parseExport } from '../../../lib/saved-jobs/export-file';
import { saveJob } from '../../../lib/saved-jobs/jobs';
import {
  BACKUP_ALARM,
  loadBackupSettings,
  saveBackupSchedule,
  watchBackups,
  writeBackup,
} from '../../../utils/backups';
import { fakeOptionalPermissions } from '../../helpers/fake-permissions';
import { sampleJob } from '../../helpers/jobs';

let granted = true;
const NOW = new Date(2026, 11, 7, 15).getTime();

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
  granted = true;
  fakeOptionalPermissions(() => granted);
  vi.spyOn(fakeBrowser.downloads, 'download').mockResolvedValue(1);
});

async function oneJob() {
  const db = await openJobsDb();
  await saveJob(db, sampleJob({ url: 'https://a.example/1', description: 'Runs the platform.' }), 1000);
  return db;
}

const downloaded = () => vi.mocked(fakeBrowser.downloads.download).mock.calls.map(([o]) => o);

describe('backups', () => {
  it('writes the export file to Downloads/Jobsight without a dialog, from a data URL where there is no createObjectURL', async () => {
    const db = await oneJob();
    const createObjectURL = URL.createObjectURL;
    // an MV3 service worker has none
    (URL as { createObjectURL?: unknown }).createObjectURL = undefined;
    try {
      expect(await writeBackup(db, NOW)).toEqual({
        ok: true,
        filename: 'Jobsight/jobsight-backup-2026-12-07.json',
      });
    } finally {
      URL.createObjectURL = createObjectURL;
    }
    const [options] = downloaded();
    expect(options).toMatchObject({ conflictAction: 'uniquify', saveAs: false });
    const base64 = options!.url.replace(/^data:application\/json;base64,/, '');
    const text = new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
    const parsed = parseExport(text);
    expect(parsed.ok && parsed.jobs.map((j) => j.snapshot.description)).toEqual(['Runs the platform.']);
    expect(await loadBackupSettings()).toEqual({ schedule: 'off', lastBackupAt: NOW });
  });

  it('uses a blob URL where it can make one', async () => {
    const db = await oneJob();
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:backup');
    await writeBackup(db, NOW);
    expect(downloaded()[0]?.url).toBe('blob:backup');
  });

  it('without the permission writes nothing and says so', async () => {
    const db = await oneJob();
    granted = false;
    expect(await writeBackup(db, NOW)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Downloads/),
    });
    expect(downloaded()).toEqual([]);
    expect(await loadBackupSettings()).toEqual({ schedule: 'off', lastBackupAt: null });
  });

  it.each([
    ['daily', 1440],
    ['weekly', 10080],
  ] as const)('turned on %s, asks first and sets a repeating alarm', async (schedule, period) => {
    expect(await saveBackupSchedule({ schedule })).toEqual({ schedule, lastBackupAt: null });
    expect(vi.mocked(fakeBrowser.permissions.request).mock.calls).toEqual([
      [{ permissions: ['downloads'] }],
      [{ permissions: ['alarms'] }],
    ]);
    expect(await fakeBrowser.alarms.get(BACKUP_ALARM)).toMatchObject({ periodInMinutes: period });
    expect(await saveBackupSchedule({ schedule: 'off' })).toEqual({ schedule: 'off', lastBackupAt: null });
    expect(await fakeBrowser.alarms.get(BACKUP_ALARM)).toBeUndefined();
  });

  it('a refused permission leaves backups off', async () => {
    granted = false;
    expect(await saveBackupSchedule({ schedule: 'daily' })).toEqual({ schedule: 'off', lastBackupAt: null });
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('the alarm writes a backup when one is due, and not twice in a day', async () => {
    const db = await oneJob();
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:backup');
    watchBackups(async () => db);
    await saveBackupSchedule({ schedule: 'daily' });
    const alarm = (await fakeBrowser.alarms.get(BACKUP_ALARM))!;
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    expect(downloaded()).toHaveLength(1);
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await fakeBrowser.alarms.onAlarm.trigger({ ...alarm, name: 'other' });
    expect(downloaded()).toHaveLength(1);
  });
});
