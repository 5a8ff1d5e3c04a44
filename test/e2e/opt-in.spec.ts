import type { Page, Worker } from '@playwright/test';
import { approveSiteAccess, clickToolbarButton } from './extension-ui';
import { expect, test } from './fixtures';
import { OPT_IN_HOST } from './server';

// The service worker's own API, as much of it as these tests call.
declare const chrome: {
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
};

const PATTERN = `*://${OPT_IN_HOST}/*`;
const careers = (port: number): string => `http://${OPT_IN_HOST}:${port}/northwind/jobs/4410021`;

/** Whether the extension holds the site's permission, and the content scripts it registered. */
function access(background: Worker) {
  return background.evaluate(async (origin) => {
    const granted = await chrome.permissions.contains({ origins: [origin] });
    const scripts = await chrome.scripting.getRegisteredContentScripts();
    return { granted, scripts: scripts.map((s) => `${s.id} ${(s.matches ?? []).join(',')}`) };
  }, PATTERN);
}

const REGISTERED = `jobsight-site-${OPT_IN_HOST} ${PATTERN}`;

async function expectNoPanel(page: Page): Promise<void> {
  await page.reload({ waitUntil: 'load' });
  // Nothing can run there: no permission and no registered script (checked before calling this).
  await expect(page.locator('jobsight-panel')).toHaveCount(0);
}

test('a site that is not built in is enabled from the options page, then revoked', async ({
  context,
  background,
  extensionId,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(careers(server.port));
  expect(await access(background)).toEqual({ granted: false, scripts: [] });
  await expectNoPanel(page);

  await approveSiteAccess(context, extensionId, PATTERN);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('.sites-empty')).toBeVisible();
  await options.locator('input[name="site"]').fill(OPT_IN_HOST);
  await options.locator('.site-add button[type="submit"]').click(); // permissions.request, in the click
  await expect(options.locator('.site-host')).toHaveText([OPT_IN_HOST]);
  await expect.poll(() => access(background)).toEqual({ granted: true, scripts: [REGISTERED] });

  // The open tab is read at once, and every later visit by the registered script.
  await expect(page.locator('jobsight-panel .js-title')).toHaveText('Platform Engineer');
  await page.reload();
  await expect(page.locator('jobsight-panel .js-title')).toHaveText('Platform Engineer');
  await expect(page.locator('jobsight-panel')).toHaveCount(1);

  await options.getByRole('button', { name: `Remove ${OPT_IN_HOST}` }).click();
  await expect(options.locator('.sites-empty')).toBeVisible();
  await expect.poll(() => access(background)).toEqual({ granted: false, scripts: [] });
  await expectNoPanel(page);
});

test('the toolbar popup scans a page once through activeTab, and enables the site', async ({
  context,
  background,
  extensionId,
  server,
}) => {
  // Before the popup opens: another tab taking focus would close it.
  await approveSiteAccess(context, extensionId, PATTERN);
  const page = await context.newPage();
  await page.goto(careers(server.port));
  const popup = await clickToolbarButton(context, extensionId, page);
  await popup.waitFor(`document.querySelector('.site-scan')`);
  expect(await popup.evaluate<string>(`document.querySelector('.site-enable').textContent`)).toBe(
    'Enable Jobsight on this site',
  );

  // "Scan this page": read once, with no standing permission for the site.
  await popup.evaluate(`document.querySelector('.site-scan').click()`, true);
  await expect(page.locator('jobsight-panel .js-title')).toHaveText('Platform Engineer');
  expect(await access(background)).toEqual({ granted: false, scripts: [] });
  await popup.waitFor(`/Scanned/.test(document.querySelector('[role="status"]')?.textContent)`);

  // "Enable Jobsight on this site": a standing grant for this origin only.
  await popup.evaluate(`document.querySelector('.site-enable').click()`, true);
  await popup.waitFor(`document.querySelector('.site-enabled')`);
  await expect.poll(() => access(background)).toEqual({ granted: true, scripts: [REGISTERED] });
  const later = await context.newPage();
  await later.goto(careers(server.port));
  await expect(later.locator('jobsight-panel .js-title')).toHaveText('Platform Engineer');
});

test('the popup on a built-in board offers nothing to enable', async ({ context, extensionId, server }) => {
  const page = await context.newPage();
  await page.goto(`http://boards.greenhouse.io:${server.port}/northwind/jobs/4410021`);
  const popup = await clickToolbarButton(context, extensionId, page);
  await popup.waitFor(`document.querySelector('.site-builtin')`);
  expect(await popup.evaluate<number>(`document.querySelectorAll('.site-enable, .site-scan').length`)).toBe(
    0,
  );
});
