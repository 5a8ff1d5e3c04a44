import { approveSiteAccess, clickToolbarButton } from './extension-ui';
import { expect, test } from './fixtures';
import { OPT_IN_HOST } from './server';
import type { BrowserContext, Page } from '@playwright/test';

/** A page of a site Jobsight does not run on by itself, read once through the popup's "Scan this page". */
async function scanFromPopup(
  {
    context,
    extensionId,
    server,
  }: { context: BrowserContext; extensionId: string; server: { port: number } },
  path: string,
): Promise<Page> {
  await approveSiteAccess(context, extensionId, `*://${OPT_IN_HOST}/*`);
  const page = await context.newPage();
  await page.goto(`http://${OPT_IN_HOST}:${server.port}${path}`);
  const popup = await clickToolbarButton(context, extensionId, page);
  await popup.waitFor(`document.querySelector('.site-scan')`);
  await popup.evaluate(`document.querySelector('.site-scan').click()`, true);
  return page;
}

// The page is read where a posting is, even beside rails of other jobs; and when the user asks,
// the answer is never silence.

test('a LinkedIn job page in French with a rail of similar jobs gets the panel', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(
    `http://fr.linkedin.com:${server.port}/jobs/view/ingenieur-donnees-h-f-at-maree-4010999999`,
  );
  await expect(page.locator('jobsight-panel .js-title')).toHaveText('Ingénieur données H/F');
  await expect(page.locator('jobsight-panel .js-company')).toHaveText('Marée Énergie');
});

test('a Workday posting its app draws well after load gets the panel, read by the Workday reader', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(
    `http://mapleridge.wd3.myworkdayjobs.com:${server.port}/en-US/MapleRidge_Careers/job/Toronto-ON/Senior-Data-Engineer_R10482`,
  );
  const panel = page.locator('jobsight-panel');
  await expect(panel.locator('.js-title')).toHaveText('Senior Data Engineer');
  // only the app's DOM lists both offices and the workplace (the server's JSON-LD names one city)
  await expect(panel.locator('.js-location')).toContainText('Ottawa, ON');
  await expect(panel.locator('.js-workplace')).toContainText(/hybrid/i);
  await expect(panel.locator('.js-company')).toHaveText('Maple Ridge Analytics');
  await expect(panel).toHaveCount(1);
});

test("a company's careers page embedding its Greenhouse board: the board's frame gets the panel", async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(`http://www.saltmarsh.example:${server.port}/careers/open-roles`);
  const board = page.frameLocator('#grnhse_iframe');
  await expect(board.locator('jobsight-panel .js-title')).toHaveText('Support Engineer');
  await expect(board.locator('jobsight-panel .js-company')).toHaveText('Saltmarsh');
  await expect(board.locator('jobsight-panel')).toHaveCount(1);
  // the company's own page is not a board Jobsight runs on by itself
  await expect(page.locator('jobsight-panel')).toHaveCount(0);
});

test('Scan this page on an article says no posting is here, and Read it anyway reads it', async ({
  context,
  extensionId,
  server,
}) => {
  const page = await scanFromPopup({ context, extensionId, server }, '/blog/remote-hiring');

  const panel = page.locator('jobsight-panel');
  await expect(panel.locator('.js-no-posting .js-title')).toHaveText('No single job posting found here');
  await expect(panel.locator('.js-why')).toContainText('does not look like a job posting');
  await panel.locator('.js-read-anyway').click();
  await expect(panel.locator('.js-title')).toHaveText('Why remote hiring keeps growing');
  await expect(panel).toHaveCount(1);
});

test('a careers page of several postings: the panel reads the first, names the others, and reads the one picked', async ({
  context,
  extensionId,
  server,
}) => {
  const page = await scanFromPopup({ context, extensionId, server }, '/careers/roles');

  const panel = page.locator('jobsight-panel');
  await expect(panel.locator('.js-title')).toHaveText('Platform Engineer');
  const others = panel.locator('.js-others button');
  await expect(others).toHaveText(['Customer Support Specialist']);
  await others.first().click();
  await expect(panel.locator('.js-title')).toHaveText('Customer Support Specialist');
  await expect(panel.locator('.js-others button')).toHaveText(['Platform Engineer']);
  await expect(panel).toHaveCount(1);
});
