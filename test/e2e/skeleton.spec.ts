import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures';

// The service worker's own API, as much of it as these tests call.
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  action: { getTitle(details: { tabId: number }): Promise<string> };
};

const url = (port: number, host: string, path: string): string => `http://${host}:${port}${path}`;

/** The toolbar title the background set for the active tab once the content script reported. */
async function actionTitle(background: Worker): Promise<string> {
  return background.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id === undefined ? '' : chrome.action.getTitle({ tabId: tab.id });
  });
}

test('a label/value posting gets the panel with its fields', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(url(server.port, 'www.remotewlb.com', '/jobs/data-platform-engineer'));
  const panel = page.locator('jobsight-panel .js-panel');
  await expect(panel.locator('.js-title')).toHaveText('Data Platform Engineer - Remote (W2)');
  await expect(panel.locator('.js-company')).toHaveText('Tandemly');
  await expect(panel.locator('.js-location')).toHaveText('remote');
  await expect(panel.locator('.js-salary')).toHaveText('$0.052k - $0.081k');
  await panel.screenshot({ path: 'docs/panel.png' });
});

test('Save writes the job, and the popup lists it', async ({ context, server, extensionId }) => {
  const page = await context.newPage();
  await page.goto(url(server.port, 'boards.greenhouse.io', '/northwind/jobs/4410021'));
  const save = page.locator('jobsight-panel button.js-save');
  await expect(page.locator('jobsight-panel .js-title')).toHaveText('Platform Engineer');
  await save.click();
  await expect(save).toHaveText('Saved ✓');

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 300 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const row = popup.locator('li.job');
  await expect(row).toHaveCount(1);
  await expect(row.locator('.job-title')).toHaveText('Platform Engineer');
  await expect(row.locator('.job-company')).toHaveText('Northwind Labs');
  await expect(row.locator('.job-salary')).toHaveText('CAD 120,000–150,000 a year');
  await popup.screenshot({ path: 'docs/popup.png' });

  // Saving the same posting again updates it, never duplicates.
  await page.reload();
  await expect(page.locator('jobsight-panel button.js-save')).toHaveText('Saved ✓');
  await popup.reload();
  await expect(popup.locator('li.job')).toHaveCount(1);

  await popup.locator('button.job-delete').click();
  await expect(popup.locator('li.job')).toHaveCount(0);
  await expect(popup.locator('.empty')).toBeVisible();
});

test('an article page gets no panel', async ({ context, server, background }) => {
  const page = await context.newPage();
  await page.goto(url(server.port, 'www.remotewlb.com', '/blog/remote-hiring'));
  await expect.poll(() => actionTitle(background)).toBe('Jobsight: no job posting on this page');
  await expect(page.locator('jobsight-panel')).toHaveCount(0);
});
