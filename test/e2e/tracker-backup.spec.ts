import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { localDate } from '../../lib/saved-jobs/follow-up';
import { expect, launchWithExtension, test } from './fixtures';

// The tracker's data features end to end in Chromium (issue 19): a posting that changed since it
// was saved shows its diff; a follow-up date due sets the toolbar badge through the alarm; jobs
// exported in one profile are restored from the backup panel in a fresh one. Headless Chromium
// cannot answer the notifications and downloads prompts (alarms needs none): the notification
// record and a backup file written by "Back up now" are checked in Firefox (test/e2e/firefox.ts).

// The service worker's own API, as much of it as these tests call.
declare const chrome: { action: { getBadgeText(d: object): Promise<string> } };

const PATH = '/northwind/jobs/4410021';

/** The Greenhouse posting saved from its panel (in `page`), and the tracker at the job's page. */
async function saveAndOpen(
  context: BrowserContext,
  extensionId: string,
  port: number,
): Promise<{ page: Page; tracker: Page }> {
  const page = await context.newPage();
  await page.goto(`http://boards.greenhouse.io:${port}${PATH}`);
  const save = page.locator('jobsight-panel button.js-save');
  await save.click();
  await expect(save).toHaveText(/^Saved ✓/);
  const tracker = await context.newPage();
  await tracker.goto(`chrome-extension://${extensionId}/tracker.html`);
  const id = await tracker.locator('tr.job-row').first().getAttribute('data-id');
  await tracker.goto(`chrome-extension://${extensionId}/tracker.html#/job/${encodeURIComponent(id ?? '')}`);
  return { page, tracker };
}

/** The follow-up date typed in and set. */
async function setFollowUp(tracker: Page, date: string): Promise<void> {
  await tracker.locator('form.follow-up input[name="follow-up"]').fill(date);
  await tracker.locator('form.follow-up button[type="submit"]').click();
}

test('a saved posting that changed shows what changed on its job page', async ({
  context,
  extensionId,
  server,
}) => {
  const { page, tracker } = await saveAndOpen(context, extensionId, server.port);
  // The same address now serves the posting with a sentence changed.
  server.edit(PATH, (html) => html.replace('our Kubernetes platform', 'our Nomad platform'));
  await page.reload();
  await expect(page.locator('jobsight-panel button.js-save')).toHaveText(/^Saved ✓/);

  // The background notes the new text after answering the panel: look until it is there.
  await expect(async () => {
    await tracker.reload();
    await expect(tracker.locator('.changed .diff ins')).toHaveText(['Nomad '], { timeout: 1000 });
  }).toPass();
  await expect(tracker.locator('.changed .diff del')).toHaveText(['Kubernetes ']);
  server.edit(PATH, null);
});

test('a follow-up date that is due puts the count on the toolbar badge', async ({
  context,
  background,
  extensionId,
  server,
}) => {
  const badge = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));
  const { tracker } = await saveAndOpen(context, extensionId, server.port);
  expect(await badge(background)).toBe('');
  // The click asks for alarms (granted without a prompt) and notifications (a prompt headless
  // Chromium leaves open); the date is saved and the alarm set either way.
  await setFollowUp(tracker, localDate(Date.now() - 86_400_000));
  await expect.poll(() => badge(background)).toBe('1');

  await tracker.locator('form.follow-up .follow-up-clear').click();
  await expect.poll(() => badge(background)).toBe('');
});

test('jobs exported in one profile are restored from the backup panel in a fresh one', async ({
  context,
  extensionId,
  server,
}) => {
  const { tracker } = await saveAndOpen(context, extensionId, server.port);
  await setFollowUp(tracker, '2031-05-04');
  await expect(tracker.locator('form.follow-up .follow-up-clear')).toBeVisible();

  // The backup file: the popup's JSON export, the format a backup writes.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const [download] = await Promise.all([
    popup.waitForEvent('download'),
    popup.locator('.export-json').click(),
  ]);
  const file = await download.path();
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
    version: 2,
    jobs: [{ followUp: '2031-05-04' }],
  });

  const fresh = await launchWithExtension();
  try {
    const worker = fresh.serviceWorkers()[0] ?? (await fresh.waitForEvent('serviceworker'));
    const freshTracker = await fresh.newPage();
    await freshTracker.goto(`chrome-extension://${new URL(worker.url()).host}/tracker.html`);
    await expect(freshTracker.locator('.backup-reminder')).toHaveCount(0);
    await freshTracker.locator('.backup-restore input[type="file"]').setInputFiles(file);
    await expect(freshTracker.locator('.backup-note')).toHaveText(/: 1 added, 0 merged/);
    await expect(freshTracker.locator('.job-count')).toHaveText('1 job');
    const id = await freshTracker.locator('tr.job-row').first().getAttribute('data-id');
    await freshTracker.goto(
      `chrome-extension://${new URL(worker.url()).host}/tracker.html#/job/${encodeURIComponent(id ?? '')}`,
    );
    await expect(freshTracker.locator('form.follow-up input[name="follow-up"]')).toHaveValue('2031-05-04');
  } finally {
    await fresh.close();
  }
});
