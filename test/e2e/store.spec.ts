import { setProfile } from './extension-ui';
import { expect, test } from './fixtures';

// The store listing's screenshots (docs/store/), at the stores' 1280×800, on our own fixture pages.
const STORE_SIZE = { width: 1280, height: 800 };

test('store screenshots: a posting open to the user, hourly pay, a French LinkedIn page, the options page', async ({
  context,
  extensionId,
  server,
}) => {
  await setProfile(
    context,
    extensionId,
    { country: 'CA', currency: 'EUR' },
    { path: 'docs/store/3-options.png', size: STORE_SIZE },
  );
  const page = await context.newPage();
  await page.setViewportSize(STORE_SIZE);

  await page.goto(`http://boards.greenhouse.io:${server.port}/acme/jobs/777`);
  await expect(page.locator('jobsight-panel .js-verdict')).toHaveAttribute('data-status', 'eligible');
  await page.screenshot({ path: 'docs/store/1-can-i-apply.png' });

  await page.goto(`http://www.jobbank.gc.ca:${server.port}/jobsearch/jobposting/41234567`);
  await expect(page.locator('jobsight-panel .js-pay')).toHaveText('CA$31.50 an hour');
  await page.screenshot({ path: 'docs/store/2-what-it-pays.png' });

  // A LinkedIn job page in French, with its "similar jobs" rail: still one posting.
  await page.goto(
    `http://fr.linkedin.com:${server.port}/jobs/view/ingenieur-donnees-h-f-at-maree-4010999999`,
  );
  await expect(page.locator('jobsight-panel .js-verdict')).toBeVisible();
  await page.screenshot({ path: 'docs/store/4-any-language.png' });
});
