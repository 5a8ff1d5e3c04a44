import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../lib/saved-jobs/export-file';
import { expect, test } from './fixtures';

// The saved-jobs popup end to end: jobs saved from real pages through the panel, then managed,
// exported, deleted and imported back in the popup.

const POSTINGS = [
  ['boards.greenhouse.io', '/acmerobotics/jobs/5120034', 'Backend Engineer'],
  ['www.remotewlb.com', '/job/frontend-developer-brightleaf-318877', 'Frontend Developer'],
  ['www.linkedin.com', '/jobs/view/3900123456', 'Data Analyst'],
] as const;
// The Greenhouse posting again, on a board, written differently.
const DUPLICATE = ['www.remotewlb.com', '/job/backend-engineer-acme-robotics-318900'] as const;

const at = (port: number, [host, path]: readonly [string, string, ...unknown[]]): string =>
  `http://${host}:${port}${path}`;

async function saveFromPanel(page: Page, address: string): Promise<void> {
  await page.goto(address);
  const save = page.locator('jobsight-panel button.js-save');
  await save.click();
  await expect(save).toHaveText(/^Saved ✓/);
}

const rowOf = (popup: Page, title: string) => popup.locator('li.job', { hasText: title });

test('save three jobs, manage them, export, delete all and import them back', async ({
  context,
  server,
  extensionId,
}) => {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 460, height: 760 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('.empty')).toContainText('Press Save in the Jobsight panel');
  await popup.locator('.first-run select[name="country"]').selectOption('CA');
  await popup.locator('.first-run select[name="currency"]').selectOption('CAD');
  await popup.locator('.first-run button[type="submit"]').click();
  await expect(popup.locator('.first-run')).toHaveCount(0);

  const page = await context.newPage();
  for (const posting of POSTINGS) await saveFromPanel(page, at(server.port, posting));
  // The same posting on another board is recognised as already saved, and linked to it.
  await page.goto(at(server.port, DUPLICATE));
  await expect(page.locator('jobsight-panel button.js-save')).toHaveText(/^Saved ✓/);

  await popup.reload();
  await expect(popup.locator('li.job .job-title')).toHaveText([
    'Data Analyst',
    'Frontend Developer',
    'Backend Engineer',
  ]);
  const acme = rowOf(popup, 'Backend Engineer');
  await expect(acme.locator('.job-more summary')).toContainText('also on 1 other page');

  // Status, with the date of the change, and a note.
  await acme.locator('select.job-status').selectOption('applied');
  await expect(acme).toHaveAttribute('data-status', 'applied');
  await acme.locator('.job-more summary').click();
  await acme.locator('textarea[name="notes"]').fill('Recruiter call on Tuesday');
  await acme.locator('input[name="tags"]').fill('robots, top pick');
  await acme.locator('.job-notes button[type="submit"]').click();
  await expect(acme.locator('.job-notes-state')).toHaveText('Notes saved');
  await expect(acme.locator('.job-history li')).toHaveText([/^Saved /, /^Applied /]);

  // The panel's question for the board copy, by its address alone: already saved, and applied.
  const status = await popup.evaluate(
    (url) => chrome.runtime.sendMessage({ type: 'saved-status', url }),
    at(server.port, DUPLICATE),
  );
  expect(status).toMatchObject({ saved: true, status: 'applied', matchedBy: 'page' });

  await popup.screenshot({ path: 'docs/popup-manage.png', fullPage: true });

  // Eligible for me (Canada): the Canadian job and the worldwide one.
  await popup.locator('input[name="eligible"]').check();
  await expect(popup.locator('li.job .job-title')).toHaveText(['Data Analyst', 'Backend Engineer']);
  await popup.locator('input[name="eligible"]').uncheck();

  // Dark mode follows the system setting.
  await popup.emulateMedia({ colorScheme: 'dark' });
  await expect(popup.locator('body')).toHaveCSS('background-color', 'rgb(17, 24, 39)');
  await popup.emulateMedia({ colorScheme: 'light' });

  // Export both formats.
  const [json] = await Promise.all([popup.waitForEvent('download'), popup.locator('.export-json').click()]);
  // Not under test-results/: another Playwright run may clear that folder meanwhile.
  const jsonPath = join(mkdtempSync(join(tmpdir(), 'jobsight-export-')), 'export.json');
  await json.saveAs(jsonPath);
  const exported = JSON.parse(await readFile(jsonPath, 'utf8'));
  expect(exported).toMatchObject({ format: EXPORT_FORMAT, version: EXPORT_VERSION });
  expect(exported.jobs).toHaveLength(3);
  const [csv] = await Promise.all([popup.waitForEvent('download'), popup.locator('.export-csv').click()]);
  const csvText = await readFile((await csv.path()) ?? '', 'utf8');
  expect(csvText.split('\r\n').filter(Boolean)).toHaveLength(4);
  expect(csvText).toContain('Recruiter call on Tuesday');

  // Delete all, taking one deletion back with Undo on the way.
  await popup.locator('button.job-delete').first().click();
  await expect(popup.locator('button.undo')).toBeFocused();
  await popup.keyboard.press('Enter'); // Undo has the focus
  await expect(popup.locator('li.job')).toHaveCount(3);
  for (let left = 3; left > 0; left--) {
    await popup.locator('button.job-delete').first().click();
    await expect(popup.locator('li.job')).toHaveCount(left - 1);
  }
  await expect(popup.locator('.empty')).toBeVisible();

  // A damaged file is refused and changes nothing; the export comes back whole.
  const importer = popup.locator('input.import-file');
  await importer.setInputFiles({
    name: 'cut.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":'),
  });
  await expect(popup.getByRole('alert')).toContainText('not valid JSON');
  await expect(popup.locator('.empty')).toBeVisible();
  await importer.setInputFiles(jsonPath);
  await expect(popup.locator('.notice')).toHaveText(
    'Imported 3 jobs: 3 new, 0 merged with jobs already saved.',
  );
  await expect(popup.locator('li.job .job-title')).toHaveText([
    'Data Analyst',
    'Frontend Developer',
    'Backend Engineer',
  ]);
  await expect(acme).toHaveAttribute('data-status', 'applied');
  await expect(acme.locator('.job-tags li')).toHaveText(['robots', 'top pick']);
  await acme.locator('.job-more summary').click();
  await expect(acme.locator('textarea[name="notes"]')).toHaveValue('Recruiter call on Tuesday');
  await expect(acme.locator('.job-more summary')).toContainText('also on 1 other page');
});

/** What has the focus, as a test can name it. */
function focused(popup: Page): Promise<string> {
  return popup.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute('name') ?? el?.getAttribute('class') ?? el?.tagName.toLowerCase() ?? '';
  });
}

test('the popup works by keyboard alone', async ({ context, server, extensionId }) => {
  await saveFromPanel(await context.newPage(), at(server.port, POSTINGS[0]));
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('li.job')).toHaveCount(1);

  await popup.keyboard.press('/');
  await expect(popup.locator('input.search')).toBeFocused();
  await popup.keyboard.type('backend');
  const order: string[] = [];
  for (let i = 0; i < 8; i++) {
    await popup.keyboard.press('Tab');
    order.push(await focused(popup));
  }
  // "Eligible for me" is skipped: it stays off until the user says where they live.
  expect(order).toEqual([
    'status',
    'workplace',
    'sort',
    'minPay',
    'job-title',
    'job-status',
    'job-delete',
    'summary',
  ]);

  await popup.keyboard.press('Shift+Tab');
  await popup.keyboard.press('Shift+Tab');
  await popup.keyboard.press('ArrowDown');
  await expect(popup.locator('li.job')).toHaveAttribute('data-status', 'applied');

  await popup.keyboard.press('Tab');
  await popup.keyboard.press('Tab');
  expect(await focused(popup)).toBe('summary');
  await popup.keyboard.press('Enter');
  // The notes form is rendered when the row opens.
  await expect(popup.locator('textarea[name="notes"]')).toBeVisible();
  await popup.keyboard.press('Tab');
  expect(await focused(popup)).toBe('notes');
  await popup.keyboard.type('Sent portfolio');
  await popup.keyboard.press('Tab');
  await popup.keyboard.type('design');
  await popup.keyboard.press('Tab');
  await popup.keyboard.press('Enter');
  await expect(popup.locator('.job-notes-state')).toHaveText('Notes saved');
  await expect(popup.locator('.job-tags li')).toHaveText(['design']);

  for (let i = 0; i < 4; i++) await popup.keyboard.press('Shift+Tab');
  expect(await focused(popup)).toBe('job-delete');
  await popup.keyboard.press('Enter');
  await expect(popup.locator('button.undo')).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(popup.locator('li.job')).toHaveCount(1);

  await popup.keyboard.press('/');
  await popup.keyboard.press('Escape');
  await expect(popup.locator('input.search')).toHaveValue('');
});

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
