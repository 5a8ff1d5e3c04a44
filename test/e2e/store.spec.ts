import type { BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures';

// The store listing's screenshots (docs/store/), at the stores' 1280×800, on our own fixture pages.
const STORE_SIZE = { width: 1280, height: 800 };

async function setProfile(context: BrowserContext, extensionId: string, country: string, currency: string) {
  const options = await context.newPage();
  await options.setViewportSize(STORE_SIZE);
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('select[name="country"]').selectOption(country);
  await options.locator('select[name="currency"]').selectOption(currency);
  await options.locator('.profile-form button[type="submit"]').click();
  await expect(options.locator('.profile-form [role="status"]')).toHaveText('Saved');
  await options.screenshot({ path: 'docs/store/3-options.png' });
  await options.close();
}

test('store screenshots: a posting open to the user, hourly pay, the options page', async ({
  context,
  extensionId,
  server,
}) => {
  await setProfile(context, extensionId, 'CA', 'EUR');
  const page = await context.newPage();
  await page.setViewportSize(STORE_SIZE);

  await page.goto(`http://boards.greenhouse.io:${server.port}/acme/jobs/777`);
  await expect(page.locator('jobsight-panel .js-verdict')).toHaveAttribute('data-status', 'eligible');
  await page.screenshot({ path: 'docs/store/1-can-i-apply.png' });

  await page.goto(`http://www.jobbank.gc.ca:${server.port}/jobsearch/jobposting/41234567`);
  await expect(page.locator('jobsight-panel .js-pay')).toHaveText('CA$31.50 an hour');
  await page.screenshot({ path: 'docs/store/2-what-it-pays.png' });
});
