import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupPanel } from '../../../components/tracker/BackupPanel';
import { FollowUpField } from '../../../components/tracker/FollowUpField';
import type { BackupSettings } from '../../../lib/saved-jobs/backup';
import { openJobsDb } from '../../../lib/saved-jobs/db';
import { toExportFile } from '../../../lib/saved-jobs/export-file';
import { listJobs } from '../../../lib/saved-jobs/jobs';
import { idbStore } from '../../../lib/saved-jobs/store';
import type { BackupServices, TrackerServices } from '../../../utils/tracker-services';
import { useRoot } from '../../helpers/dom-root';
import { variedSavedJobs } from '../../helpers/saved-jobs';

const root = useRoot();
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const $ = <E extends Element = HTMLElement>(selector: string): E => {
  const found = root().querySelector<E>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const text = (selector: string) => root().querySelector(selector)?.textContent ?? '';

function services(over: { granted?: boolean; settings?: BackupSettings } = {}) {
  let settings: BackupSettings = over.settings ?? { schedule: 'off', lastBackupAt: null };
  const granted = over.granted ?? true;
  return {
    askFollowUpPermission: vi.fn(async () => granted),
    followUpsChanged: vi.fn(),
    backups: {
      load: vi.fn(async () => settings),
      save: vi.fn(async ({ schedule }: Pick<BackupSettings, 'schedule'>) => {
        if (granted) settings = { ...settings, schedule };
        return settings;
      }),
      backupNow: vi.fn(async () => {
        if (!granted) return { ok: false as const, error: 'No permission: nothing was written.' };
        settings = { ...settings, lastBackupAt: Date.now() };
        return { ok: true as const, filename: 'Jobsight/jobsight-backup-2026-12-07.json' };
      }),
    },
  } satisfies Pick<TrackerServices, 'askFollowUpPermission' | 'followUpsChanged'> & {
    backups: BackupServices;
  };
}

describe('FollowUpField', () => {
  function mount(followUp: string | null, granted = true) {
    const s = services({ granted });
    const onChange = vi.fn(async (_date: string | null) => {});
    render(<FollowUpField job={{ id: 'j', followUp }} services={s} onChange={onChange} />, root());
    return { s, onChange };
  }
  const setDate = (value: string) => {
    const input = $<HTMLInputElement>('input[name="follow-up"]');
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    $<HTMLButtonElement>('button[type="submit"]').click();
  };

  it.each([
    ['asks for reminders with the first date', null, true, 1, /Follow up on/],
    ['says when reminders are refused', null, false, 1, /Reminders are off/],
    ['does not ask again when the job has a date', '2026-12-01', true, 0, /Follow up on/],
  ])('%s', async (_, followUp, granted, asked, note) => {
    const { s, onChange } = mount(followUp, granted);
    setDate('2026-12-24');
    await vi.waitFor(() => expect(text('[role="status"]')).toMatch(note));
    expect(onChange).toHaveBeenCalledWith('2026-12-24');
    expect(s.askFollowUpPermission).toHaveBeenCalledTimes(asked);
    expect(s.followUpsChanged).toHaveBeenCalledOnce();
  });

  it('clears the date', async () => {
    const { s, onChange } = mount('2026-12-01');
    $<HTMLButtonElement>('.follow-up-clear').click();
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledWith(null));
    expect(s.askFollowUpPermission).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(s.followUpsChanged).toHaveBeenCalledOnce());
  });

  it('stores nothing without a date, and shows the store’s refusal', async () => {
    const { onChange } = mount(null);
    setDate('');
    await vi.waitFor(() => expect(text('[role="status"]')).toMatch(/Pick a date/));
    expect(onChange).not.toHaveBeenCalled();
    onChange.mockRejectedValueOnce(new Error('This job is no longer saved.'));
    setDate('2026-12-24');
    await vi.waitFor(() => expect(text('[role="status"]')).toMatch(/no longer saved/));
  });
});

describe('BackupPanel', () => {
  const DAY = 86_400_000;
  async function mount(settings: BackupSettings, jobs = 3, granted = true) {
    const db = await openJobsDb();
    const store = idbStore(db);
    if (jobs) await store.import(variedSavedJobs(jobs));
    const s = services({ settings, granted });
    const onRestored = vi.fn();
    render(<BackupPanel services={s} store={store} onRestored={onRestored} />, root());
    await vi.waitFor(() => $('.backup-panel'));
    return { db, s, onRestored };
  }

  it.each<[string, BackupSettings, number, boolean]>([
    ['never backed up, with jobs', { schedule: 'off', lastBackupAt: null }, 3, true],
    ['backed up 31 days ago', { schedule: 'weekly', lastBackupAt: Date.now() - 31 * DAY }, 3, true],
    ['backed up yesterday', { schedule: 'daily', lastBackupAt: Date.now() - DAY }, 3, false],
    ['nothing saved', { schedule: 'off', lastBackupAt: null }, 0, false],
  ])('reminder when %s: %s', async (_, settings, jobs, remind) => {
    await mount(settings, jobs);
    await vi.waitFor(() => expect(root().querySelector('.backup-reminder') !== null).toBe(remind));
    expect(text('.backup-last')).toMatch(settings.lastBackupAt === null ? /No backup yet/ : /Last backup:/);
  });

  it('"Back up now" from the reminder writes one and the reminder goes', async () => {
    const { s } = await mount({ schedule: 'off', lastBackupAt: null });
    await vi.waitFor(() => $('.backup-reminder'));
    $<HTMLButtonElement>('.backup-reminder .backup-now').click();
    await vi.waitFor(() => expect(text('.backup-note')).toMatch(/jobsight-backup-2026-12-07\.json/));
    expect(s.backups.backupNow).toHaveBeenCalledOnce();
    expect(root().querySelector('.backup-reminder')).toBeNull();
    expect(text('.backup-last')).toMatch(/Last backup:/);
  });

  it.each([
    [true, 'daily', /Backups: every day/],
    [false, 'off', /stay off/],
  ])('turning backups on (granted: %s) leaves the schedule %s', async (granted, shown, note) => {
    const { s } = await mount({ schedule: 'off', lastBackupAt: null }, 3, granted);
    const select = $<HTMLSelectElement>('select[name="backup-schedule"]');
    select.value = 'daily';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(text('.backup-note')).toMatch(note));
    expect(s.backups.save).toHaveBeenCalledWith({ schedule: 'daily' });
    expect($<HTMLSelectElement>('select[name="backup-schedule"]').value).toBe(shown);
  });

  it('restores a backup file into an empty list, and refuses a bad one', async () => {
    const { db, s, onRestored } = await mount({ schedule: 'off', lastBackupAt: null }, 0);
    const pick = (content: string) => {
      const input = $<HTMLInputElement>('.backup-restore input[type="file"]');
      Object.defineProperty(input, 'files', {
        value: [new File([content], 'backup.json')],
        configurable: true,
      });
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    pick('{"format": "jobsight-saved-jobs"');
    await vi.waitFor(() => expect(text('[role="alert"]')).toMatch(/not valid JSON/));
    pick(JSON.stringify(toExportFile(variedSavedJobs(4))));
    await vi.waitFor(() =>
      expect(text('.backup-note')).toMatch(/Restored from backup\.json: 4 added, 0 merged/),
    );
    expect(await listJobs(db)).toHaveLength(4);
    expect(onRestored).toHaveBeenCalledOnce();
    expect(s.followUpsChanged).toHaveBeenCalledOnce();
  });
});
