import type { Page, Worker } from '@playwright/test';
import { toolbar } from './extension-ui';
import { expect, test } from './fixtures';

// The service worker's own API, as much of it as these tests call.
declare const chrome: {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

const url = (port: number, host: string, path: string): string => `http://${host}:${port}${path}`;

test('the toolbar badge marks a job page, and stays blank on other pages', async ({
  context,
  background,
  server,
}) => {
  const job = await context.newPage();
  await job.goto(url(server.port, 'boards.greenhouse.io', '/northwind/jobs/4410021'));
  await expect(job.locator('jobsight-panel .js-title')).toHaveText('Platform Engineer');
  // No country set yet: a posting, eligibility unknown.
  await expect
    .poll(() => toolbar(background, job))
    .toEqual({
      text: 'JOB?',
      title: 'Jobsight: a job posting; unclear whether you can apply',
    });

  const article = await context.newPage();
  await article.goto(url(server.port, 'www.remotewlb.com', '/blog/remote-hiring'));
  await expect
    .poll(() => toolbar(background, article))
    .toEqual({
      text: '',
      title: 'Jobsight: no job posting on this page',
    });
  // Each tab keeps its own badge.
  expect((await toolbar(background, job)).text).toBe('JOB?');
});

/** What the background's keyboard command and context menu send to the active tab. */
function saveFromBackground(background: Worker, page: Page): Promise<unknown> {
  return page.bringToFront().then(() =>
    background.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.tabs.sendMessage(tab?.id ?? -1, { type: 'save-current' });
    }),
  );
}

test('the save the keyboard command and the context menu ask for saves the posting on the page', async ({
  context,
  background,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(url(server.port, 'boards.greenhouse.io', '/northwind/jobs/4410021'));
  const save = page.locator('jobsight-panel button.js-save');
  await expect(save).toHaveText('Save');
  expect(await saveFromBackground(background, page)).toEqual({ ok: true, status: 'saved' });
  await expect(save).toHaveText('Saved ✓');

  const article = await context.newPage();
  await article.goto(url(server.port, 'www.remotewlb.com', '/blog/remote-hiring'));
  await expect.poll(async () => (await toolbar(background, article)).title).toMatch(/no job posting/);
  expect(await saveFromBackground(background, article)).toEqual({
    ok: false,
    error: 'no job posting on this page',
  });
});
