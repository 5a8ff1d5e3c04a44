import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clickToolbarButton } from './extension-ui';
import { expect, test } from './fixtures';

// "Save this page for a bug report": the page, cleaned of scripts and of what the user typed, and
// what Jobsight read from it, in one file in Downloads; nothing leaves the machine.

test('the popup saves the page and its reading as one file for a bug report', async ({
  context,
  extensionId,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(`http://boards.greenhouse.io:${server.port}/northwind/jobs/4410021`);
  await expect(page.locator('jobsight-panel .js-title')).toHaveText('Platform Engineer');
  await page.evaluate(() => {
    const field = document.createElement('input');
    field.value = 'typed-by-the-user@example.com';
    document.body.append(field);
  });

  const downloads = mkdtempSync(join(tmpdir(), 'jobsight-downloads-'));
  const browser = context.browser();
  if (!browser) throw new Error('no browser behind this context');
  const session = await browser.newBrowserCDPSession();
  await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });

  const popup = await clickToolbarButton(context, extensionId, page);
  await popup.waitFor(`document.querySelector('.site-report')`);
  await popup.evaluate(`document.querySelector('.site-report').click()`, true);
  await expect.poll(() => readdirSync(downloads).filter((f) => f.endsWith('.html'))).toHaveLength(1);

  const [name = ''] = readdirSync(downloads);
  expect(name).toMatch(/^jobsight-page-boards\.greenhouse\.io-\d{4}-\d\d-\d\d\.html$/);
  const file = readFileSync(join(downloads, name), 'utf8');
  expect(file.split('\n')[0]).toBe(`<!-- url: ${page.url()} -->`);
  expect(file).toContain('JobPosting'); // the page's JSON-LD is data, and kept
  expect(file).not.toMatch(/<script(?![^>]*ld\+json)/i);
  expect(file).not.toContain('typed-by-the-user@example.com');
  expect(file).not.toContain('jobsight-panel');
  const read = JSON.parse(/<!-- jobsight-read:\n([\s\S]*)\n-->\n$/.exec(file)?.[1] ?? '{}') as {
    job?: { title?: string };
  };
  expect(read.job?.title).toBe('Platform Engineer');
});
