import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { backupFilename } from '../../lib/saved-jobs/backup';
import { localDate } from '../../lib/saved-jobs/follow-up';
import { expect, EXTENSION, launchWithExtension, test } from './fixtures';

// The tracker's data features end to end in Chromium (issue 19): a posting that changed since it
// was saved shows its diff; a follow-up date due sets the toolbar badge through the alarm; a
// backup file written by "Back up now" in one profile is restored from the backup panel in an
// empty one. Headless Chromium cannot answer the notifications and downloads prompts (alarms
// needs none): the notification record, and the downloads prompt answered, are checked in Firefox
// (test/e2e/firefox.ts), which also writes a backup in one profile and restores it in another.

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

/** A copy of the build whose manifest asks for `downloads` at install rather than as an optional
 * permission. Headless Chromium cannot answer the prompt `permissions.request` shows for it, and
 * nothing else grants an optional extension permission: CDP's Browser.grantPermissions covers web
 * permissions only, and the ExtensionSettings policy can block permissions, not grant them.
 * Everything else is the build as shipped: "Back up now" runs the same code, finding the
 * permission held. (Firefox's test answers the prompt itself: test/e2e/firefox.ts.) */
function withDownloadsGranted(): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'jobsight-downloads-granted-')), 'chrome-mv3');
  cpSync(EXTENSION, copy, { recursive: true });
  const path = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string[]>;
  manifest['optional_permissions'] = (manifest['optional_permissions'] ?? []).filter(
    (p) => p !== 'downloads',
  );
  manifest['permissions'] = [...(manifest['permissions'] ?? []), 'downloads'];
  writeFileSync(path, JSON.stringify(manifest));
  return copy;
}

/** Every file under `dir`, as paths relative to it. */
const filesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => relative(dir, join(f.parentPath, f.name)));

test('a backup written by "Back up now" in one profile restores into an empty one', async ({ server }) => {
  const downloads = mkdtempSync(join(tmpdir(), 'jobsight-backups-'));
  const context = await launchWithExtension(withDownloadsGranted());
  let backup: string;
  try {
    const session = await context.browser()?.newBrowserCDPSession();
    await session?.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const { tracker } = await saveAndOpen(context, new URL(worker.url()).host, server.port);
    await setFollowUp(tracker, '2031-05-04');
    await expect(tracker.locator('form.follow-up .follow-up-clear')).toBeVisible();

    await tracker.locator('.backup-panel .backup-now').click();
    const name = backupFilename(Date.now());
    await expect(tracker.locator('.backup-note')).toHaveText(
      `Backed up to ${name} in your Downloads folder.`,
    );
    // The file lands in the folder CDP set; under Playwright, Chromium names it by a GUID (the name
    // the extension asked for is the one the note shows).
    await expect.poll(() => filesIn(downloads).filter((f) => f.endsWith('.json'))).toHaveLength(1);
    backup = join(downloads, filesIn(downloads).find((f) => f.endsWith('.json')) ?? '');
    await expect.poll(() => readFileSync(backup, 'utf8').endsWith('}')).toBe(true);
    expect(JSON.parse(readFileSync(backup, 'utf8'))).toMatchObject({
      version: 2,
      jobs: [{ followUp: '2031-05-04' }],
    });
  } finally {
    await context.close();
  }

  // The build as shipped, on an empty profile: the backup panel restores the file.
  const empty = await launchWithExtension();
  try {
    const worker = empty.serviceWorkers()[0] ?? (await empty.waitForEvent('serviceworker'));
    const tracker = `chrome-extension://${new URL(worker.url()).host}/tracker.html`;
    const page = await empty.newPage();
    await page.goto(tracker);
    await expect(page.locator('.empty')).toBeVisible();
    await page.locator('.backup-restore input[type="file"]').setInputFiles(backup);
    await expect(page.locator('.backup-note')).toHaveText(/: 1 added, 0 merged/);
    await expect(page.locator('.job-count')).toHaveText('1 job');
    const id = await page.locator('tr.job-row').first().getAttribute('data-id');
    await page.goto(`${tracker}#/job/${encodeURIComponent(id ?? '')}`);
    await expect(page.locator('form.follow-up input[name="follow-up"]')).toHaveValue('2031-05-04');
  } finally {
    await empty.close();
  }
});
