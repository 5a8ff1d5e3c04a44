import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadReport, toolbar } from './extension-ui';
import { expect, test } from './fixtures';
import { HOSTS } from './server';

const BUILD = resolve(process.env.JOBSIGHT_OUT ?? '.output', 'chrome-mv3');

test('no request leaves the browser but to the fixture server while the extension runs', async ({
  context,
  background,
  extensionId,
  server,
}) => {
  const seen: string[] = [];
  context.on('request', (r) => seen.push(r.url()));
  const origins = new Set(HOSTS.map((h) => `http://${h}:${server.port}`));
  const local = (u: string): boolean =>
    origins.has(new URL(u).origin) || /^(chrome-extension|data|blob):/.test(u) || u === 'about:blank';

  // The monitor must see the service worker's requests too: one canary, from the worker itself.
  const canary = `http://www.remotewlb.com:${server.port}/canary-from-worker`;
  await background.evaluate((u) => fetch(u).then((r) => r.status), canary);
  await expect.poll(() => seen.includes(canary)).toBe(true);

  const page = await context.newPage();
  for (const [host, path] of [
    ['www.remotewlb.com', '/jobs/data-platform-engineer'],
    ['boards.greenhouse.io', '/acme/jobs/777'],
    ['www.linkedin.com', '/jobs/view/111'],
    ['boards.greenhouse.io', '/northwind/jobs/4410021'],
  ] as const) {
    await page.goto(`http://${host}:${server.port}${path}`);
    await expect(page.locator('jobsight-panel .js-title')).toBeVisible();
  }
  // Use it: save, show evidence, move, fold, and open the extension's own pages.
  await page.locator('jobsight-panel button.js-save').click();
  await expect(page.locator('jobsight-panel button.js-save')).toHaveText('Saved ✓');
  await page.goto(`http://boards.greenhouse.io:${server.port}/acme/jobs/777`);
  await page.locator('jobsight-panel .js-flag-visa button.js-evidence').click();
  await page.locator('jobsight-panel .js-move').click();
  await page.locator('jobsight-panel .js-collapse').click();
  await expect(page.locator('jobsight-panel button.js-badge')).toBeVisible();
  // A results list with its chips, and the company hidden from a card.
  await page.goto(`http://remoteok.com:${server.port}/remote-dev-jobs`);
  await expect(page.locator('jobsight-chip')).toHaveCount(3);
  await page
    .locator('jobsight-chip[data-job-id="1085002"]')
    .getByRole('button', { name: /^Hide jobs from/ })
    .click();
  await expect(page.locator('tr.job[data-id="1085002"]')).toBeHidden();
  const article = await context.newPage();
  await article.goto(`http://www.remotewlb.com:${server.port}/blog/remote-hiring`);
  await expect.poll(async () => (await toolbar(background, article)).title).toMatch(/no job posting/);
  for (const ui of ['popup.html', 'options.html']) {
    const p = await context.newPage();
    await p.goto(`chrome-extension://${extensionId}/${ui}`);
    await p.locator('main').first().waitFor();
    await p.close();
  }

  expect(seen.length).toBeGreaterThan(10);
  expect(seen.filter((u) => !local(u))).toEqual([]);
  // Every http request the server saw was for a page the test opened (or the canary).
  expect(server.requests.filter((r) => /\.(js|css|json|png|woff2?)(\?|$)/.test(r))).toEqual([]);
});

test('the manifest asks for no standing host access and no network permissions', () => {
  const m = JSON.parse(readFileSync(resolve(BUILD, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  expect(m['permissions']).toEqual(['storage', 'activeTab', 'scripting', 'contextMenus']);
  expect(m['optional_host_permissions']).toEqual(['*://*/*']);
  expect(m['optional_permissions']).toEqual(['alarms', 'notifications', 'downloads']);
  expect(m['host_permissions']).toBeUndefined();
  // Extension pages keep the default policy: no remote scripts, no eval.
  expect(m['content_security_policy']).toBeUndefined();
  expect(m['web_accessible_resources']).toBeUndefined();
  expect(m['externally_connectable']).toBeUndefined();
  const text = JSON.stringify(m);
  for (const forbidden of ['<all_urls>', '"tabs"', '"cookies"', 'webRequest', 'declarativeNetRequest'])
    expect(text).not.toContain(forbidden);
});

test('the manifest carries our icons, on the extension and on the toolbar button', () => {
  const m = JSON.parse(readFileSync(resolve(BUILD, 'manifest.json'), 'utf8')) as {
    icons: Record<string, string>;
    action: { default_icon: Record<string, string> };
    description: string;
  };
  expect(Object.keys(m.icons).sort()).toEqual(['128', '16', '32', '48']);
  expect(m.action.default_icon).toEqual(m.icons);
  for (const file of Object.values(m.icons))
    expect(readFileSync(resolve(BUILD, file)).length).toBeGreaterThan(200);
  expect(m.description.length).toBeGreaterThan(20);
});

test('Chromium loads the built extension without a warning or a manifest error', async ({
  context,
  extensionId,
}) => {
  expect(await loadReport(context, extensionId)).toEqual({ installWarnings: [], manifestErrors: [] });
});
