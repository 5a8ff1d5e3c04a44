import { expect, test } from './fixtures';

// LinkedIn-style in-page navigation: history.pushState plus a DOM swap, no reload.
test('the panel follows a pushState swap to the next posting', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`http://www.linkedin.com:${server.port}/jobs/view/111`);
  const title = page.locator('jobsight-panel .js-title');
  await expect(title).toHaveText('Site Reliability Engineer');

  await page.locator('#next').click();
  await expect(page).toHaveURL(/\/jobs\/view\/222$/);
  await expect(title).toHaveText('Payments Engineer');
  // Nothing from the old posting lingers: one panel, the new one.
  await expect(page.locator('jobsight-panel')).toHaveCount(1);
});

test('structured data left behind by the old posting is not trusted', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`http://www.linkedin.com:${server.port}/jobs/view/111`);
  await expect(page.locator('jobsight-panel .js-company')).toHaveText('Quasar Freight');

  await page.locator('#next').click();
  await expect(page.locator('jobsight-panel .js-title')).toHaveText('Payments Engineer');
  // The stale JSON-LD still says Quasar Freight and Germany; the page now says otherwise.
  expect(await page.locator('script[type="application/ld+json"]').textContent()).toContain('Quasar Freight');
  await expect(page.locator('jobsight-panel .js-company')).toHaveText('Lumen Pay');
  await expect(page.locator('jobsight-panel .js-location')).toHaveText('Remote - Spain');
});
