import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { toExportFile } from '../../lib/saved-jobs/export-file';
import { JOB_STATUSES } from '../../lib/model/types';
import type { FullSavedJob } from '../../lib/saved-jobs/types';
import { variedSavedJobs } from '../helpers/saved-jobs';
import { expectAccessible, SCHEMES } from './axe';
import { setProfile } from './extension-ui';
import { expect, test } from './fixtures';

// The tracker page end to end (issue 19): opened from the popup, three jobs' status changed at once
// and taken back, a card moved by keyboard, a job's page; axe in light and dark on each view; and
// the README's screenshots of the table and the board.

const SIZE = { width: 1280, height: 800 };
const DAY = 86_400_000;

/** Saved jobs whose history leads to their status a few days apart, some with a follow-up date. */
function seedJobs(n: number): FullSavedJob[] {
  const now = Date.now();
  return variedSavedJobs(n, now - 90 * DAY).map((full, i) => {
    const steps = JOB_STATUSES.slice(0, JOB_STATUSES.indexOf(full.record.status) + 1);
    const statusHistory = steps.map((status, k) => ({
      status,
      at: full.record.savedAt + k * 3 * DAY + i * 3_600_000,
    }));
    const followUp = i % 5 === 1 ? new Date(now + ((i % 3) - 1) * DAY).toISOString().slice(0, 10) : null;
    return { ...full, record: { ...full.record, statusHistory, followUp } };
  });
}

function exportFile(jobs: FullSavedJob[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'jobsight-tracker-')), 'jobs.json');
  writeFileSync(path, JSON.stringify(toExportFile(jobs)));
  return path;
}

const statusOf = (tracker: Page, id: string) => tracker.locator(`tr.job-row[data-id="${id}"] .col-status`);

async function expectViewAccessible(tracker: Page, what: string): Promise<void> {
  for (const scheme of SCHEMES) {
    await tracker.emulateMedia({ colorScheme: scheme });
    await expectAccessible(tracker, `tracker ${what} (${scheme})`);
  }
  await tracker.emulateMedia({ colorScheme: 'light' });
}

test('the tracker: opened from the popup, bulk status with Undo, cards moved by keyboard, list and drag, a job page', async ({
  context,
  extensionId,
}) => {
  await setProfile(context, extensionId, { country: 'CA', currency: 'CAD' });
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.locator('input.import-file').setInputFiles(exportFile(seedJobs(60)));
  await expect(popup.locator('.notice')).toContainText('Imported 60 jobs');

  const opened = context.waitForEvent('page');
  await popup.locator('button.open-tracker').click();
  const tracker = await opened;
  await tracker.setViewportSize(SIZE);
  await expect(tracker).toHaveURL(`chrome-extension://${extensionId}/tracker.html`);
  await expect(tracker.locator('.job-count')).toHaveText('60 jobs');
  await expect(tracker.locator('tr.job-row').first()).toBeVisible();
  await tracker.screenshot({ path: 'docs/tracker-table.png' });

  // Three jobs at once: a click, a shift-click; then Undo.
  const rows = tracker.locator('tr.job-row');
  const ids = await rows.evaluateAll((trs) =>
    trs.slice(0, 3).map((tr) => (tr as HTMLElement).dataset.id ?? ''),
  );
  const before = await Promise.all(ids.map((id) => statusOf(tracker, id).textContent()));
  await rows.nth(0).locator('input[type="checkbox"]').click();
  await rows
    .nth(2)
    .locator('input[type="checkbox"]')
    .click({ modifiers: ['Shift'] });
  await expect(tracker.locator('.bulk-count')).toHaveText('3 selected');
  await tracker.locator('select[name="bulk-status"]').selectOption('interviewing');
  await tracker.locator('button.bulk-set-status').click();
  await expect(tracker.locator('.undo-text')).toHaveText('Moved 3 jobs to Interviewing.');
  for (const id of ids) await expect(statusOf(tracker, id)).toHaveText('Interviewing');
  await expectViewAccessible(tracker, 'table with a selection');
  await tracker.locator('.undo-bar button.undo').click();
  for (const [i, id] of ids.entries()) await expect(statusOf(tracker, id)).toHaveText(before[i] ?? '');

  // The board: a card moved one column right by keyboard.
  await tracker.locator('nav a', { hasText: 'Board' }).click();
  const card = tracker.locator('.board-column[data-status="saved"] li.card').first();
  const cardId = (await card.getAttribute('data-id')) ?? '';
  await card.focus();
  await tracker.keyboard.press('Alt+ArrowRight');
  const moved = tracker.locator(`.board-column[data-status="applied"] li.card[data-id="${cardId}"]`);
  await expect(moved).toBeFocused();
  await expect(tracker.locator('.board-view [aria-live]')).toContainText('to Applied.');
  await tracker.screenshot({ path: 'docs/tracker-board.png' });
  await expectViewAccessible(tracker, 'board');

  // Other cards: one by its "Move to" list, one dragged by the pointer.
  const inColumn = (status: string, id: string) =>
    tracker.locator(`.board-column[data-status="${status}"] li.card[data-id="${id}"]`);
  const saved = tracker.locator('.board-column[data-status="saved"] li.card');
  const listed = (await saved.nth(1).getAttribute('data-id')) ?? '';
  await saved.nth(1).locator('select.card-move').selectOption('interviewing');
  await expect(inColumn('interviewing', listed)).toHaveCount(1);
  const dragged = (await saved.nth(1).getAttribute('data-id')) ?? '';
  await saved.nth(1).dragTo(tracker.locator('.board-column[data-status="applied"] h2'));
  await expect(inColumn('applied', dragged)).toHaveCount(1);
  await expect(inColumn('saved', dragged)).toHaveCount(0);

  // A job's page, and back to the list where it was.
  await moved.locator('a.card-title').click();
  await expect(tracker.locator('.job-page h1')).toBeFocused();
  await expect(tracker.locator('.job-history li')).toHaveText([/^Saved /, /^Applied /]);
  await expect(tracker.locator('.job-description')).toContainText('Posting number');
  await expectViewAccessible(tracker, 'job page');

  await tracker.locator('a.back').click();
  await expect(tracker.locator('tr.job-row').first()).toBeVisible();
  await tracker.locator('nav a', { hasText: 'Progress' }).click();
  await expect(tracker.locator('.progress-view svg')).toHaveCount(3);
  await expectViewAccessible(tracker, 'progress');
});
