// The same built content script in Debian's Firefox ESR, driven over WebDriver BiDi.
// Prints one line per check and a final "N passed, N failed".
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch as launchBrowser, type Browser, type Page } from 'puppeteer-core';
import { HOSTS, OPT_IN_HOST, startServer } from './server';

const EXTENSION = resolve(process.env.JOBSIGHT_OUT ?? '.output', 'firefox-mv2');
const TIMEOUT = 20_000;
const GECKO_ID = 'jobsight@jobsight.dev';
/** The extension's moz-extension:// host, fixed so the test can open its pages. */
const UUID = '6c1f1f5e-0b1d-4a4a-9b9b-1d0b5e6c1f1f';

type Check = [name: string, run: (page: Page, port: number) => Promise<void>];

async function panelText(page: Page, selector: string): Promise<string> {
  const el = await page.waitForSelector(`jobsight-panel >>> ${selector}`, { timeout: TIMEOUT });
  return (await el?.evaluate((e) => e.textContent ?? '')) ?? '';
}

function same(got: string, want: string, what: string): void {
  if (got !== want) throw new Error(`${what}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
}

const checks: Check[] = [
  [
    'label/value posting gets the panel',
    async (page, port) => {
      await page.goto(`http://www.remotewlb.com:${port}/jobs/data-platform-engineer`);
      same(await panelText(page, '.js-title'), 'Data Platform Engineer - Remote (W2)', 'title');
      same(await panelText(page, '.js-company'), 'Tandemly', 'company');
      same(await panelText(page, '.js-salary'), '$0.052k - $0.081k', 'salary');
    },
  ],
  [
    'JSON-LD posting saves through the background',
    async (page, port) => {
      await page.goto(`http://boards.greenhouse.io:${port}/northwind/jobs/4410021`);
      same(await panelText(page, '.js-title'), 'Platform Engineer', 'title');
      const save = await page.waitForSelector('jobsight-panel >>> button.js-save', { timeout: TIMEOUT });
      await save?.click();
      await page.waitForFunction(
        () =>
          document.querySelector('jobsight-panel')?.shadowRoot?.querySelector('.js-save')?.textContent ===
          'Saved ✓',
        { timeout: TIMEOUT },
      );
    },
  ],
  [
    'evidence is highlighted on the page with the CSS Custom Highlight API',
    async (page, port) => {
      await page.goto(`http://boards.greenhouse.io:${port}/acme/jobs/777`);
      const evidence = await page.waitForSelector('jobsight-panel >>> .js-flag-visa button.js-evidence', {
        timeout: TIMEOUT,
      });
      await evidence?.click();
      // The page's own world reads the mark the content script set.
      await page.waitForFunction(
        () => {
          const h = CSS.highlights.get('jobsight-evidence');
          const range = h ? [...h][0] : undefined;
          return range?.toString() === 'We are unable to sponsor visas for this role' && scrollY > 0;
        },
        { timeout: TIMEOUT },
      );
    },
  ],
  [
    'a site enabled in the options page gets the panel; Remove takes it off the list',
    async (page, port) => {
      await openOptions(page);
      await (await page.waitForSelector('input[name="site"]', { timeout: TIMEOUT }))?.type(OPT_IN_HOST);
      await (await page.waitForSelector('.site-add button'))?.click(); // permissions.request, in the click
      const listed = await page.waitForSelector('.site-host', { timeout: TIMEOUT });
      same((await listed?.evaluate((e) => e.textContent)) ?? '', OPT_IN_HOST, 'listed site');
      const tab = await page.browser().newPage();
      try {
        await tab.goto(`http://${OPT_IN_HOST}:${port}/northwind/jobs/4410021`);
        same(await panelText(tab, '.js-title'), 'Platform Engineer', 'title');
      } finally {
        await tab.close();
      }
      await (await page.waitForSelector('.site-remove'))?.click();
      await page.waitForSelector('.sites-empty', { timeout: TIMEOUT });
    },
  ],
  [
    'results lists of two boards: chips for two people, on cards that arrive later; the hide bar and a hidden company, remembered',
    async (page, port) => {
      await openOptions(page);
      await page.waitForSelector('select[name="country"]', { timeout: TIMEOUT });
      await page.select('select[name="country"]', 'DE');
      await (await page.waitForSelector('.profile-form button[type="submit"]'))?.click();
      await page.waitForFunction(
        () => document.querySelector('.profile-form [role="status"]')?.textContent === 'Saved',
        { timeout: TIMEOUT },
      );
      await page.goto(`http://remoteok.com:${port}/remote-dev-jobs`);
      const verdict = (id: string, want: string) =>
        page.waitForSelector(`jobsight-chip[data-job-id="${id}"][data-verdict="${want}"]`, {
          timeout: TIMEOUT,
        });
      await verdict('1085001', 'not-eligible'); // United States
      await verdict('1085003', 'eligible'); // Europe; Latin America
      await page.evaluate(() => {
        const row = document.querySelector('tr.job[data-id="1085003"]')?.cloneNode(true) as HTMLElement;
        row.querySelector('jobsight-chip')?.remove();
        row.dataset['id'] = '1085009';
        document.querySelector('#jobsboard tbody')?.append(row);
      });
      await verdict('1085009', 'eligible');
      await page.goto(`http://weworkremotely.com:${port}/categories/remote-back-end-programming-jobs`);
      await verdict('/remote-jobs/harrowgate-senior-rails-developer', 'not-eligible'); // USA Only
      await verdict('/remote-jobs/velvetine-elixir-engineer', 'eligible'); // Anywhere in the World
      // the bar hides the cards not open to the person, here as in Chromium
      await (await page.waitForSelector('jobsight-list-control >>> button[data-filter="hide"]'))?.click();
      const harrowgateHidden = () =>
        page.waitForFunction(
          () => {
            const card = document.querySelector('a[href="/remote-jobs/harrowgate-senior-rails-developer"]');
            return card?.closest('li')?.style.display === 'none';
          },
          { timeout: TIMEOUT },
        );
      await harrowgateHidden();
      // remembered for the site
      await page.reload();
      await verdict('/remote-jobs/velvetine-elixir-engineer', 'eligible');
      await harrowgateHidden();
      // a company hidden from its chip is hidden on another board too
      await page.goto(`http://remoteok.com:${port}/remote-dev-jobs`);
      await (await page.waitForSelector('jobsight-chip[data-job-id="1085002"] >>> button.hide'))?.click();
      const rowHidden = (id: string) =>
        page.waitForFunction(
          (rowId) =>
            (document.querySelector(`tr.job[data-id="${rowId}"]`) as HTMLElement | null)?.style.display ===
            'none',
          { timeout: TIMEOUT },
          id,
        );
      await rowHidden('1085002');
      // a second person: the same cards, other verdicts
      await openOptions(page);
      await page.waitForSelector('select[name="country"]', { timeout: TIMEOUT });
      await page.select('select[name="country"]', 'US');
      await (await page.waitForSelector('.profile-form button[type="submit"]'))?.click();
      await page.waitForFunction(
        () => document.querySelector('.profile-form [role="status"]')?.textContent === 'Saved',
        { timeout: TIMEOUT },
      );
      await page.goto(`http://remoteok.com:${port}/remote-dev-jobs`);
      await verdict('1085001', 'eligible'); // United States
      await verdict('1085003', 'not-eligible'); // Europe; Latin America
      await rowHidden('1085002');
    },
  ],
];

/** The options page. Firefox loads it but never reports the navigation done: a short wait, then on. */
async function openOptions(page: Page): Promise<void> {
  await page.goto(`moz-extension://${UUID}/options.html`, { timeout: 2000 }).catch(() => {});
}

async function launch(): Promise<Browser> {
  return launchBrowser({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    protocol: 'webDriverBiDi',
    headless: true,
    userDataDir: mkdtempSync(join(tmpdir(), 'jobsight-ff-')),
    // Only to open the options page (moz-extension://) in a tab.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      // Firefox's own switch for tests: permissions.request grants without its doorhanger.
      'extensions.webextOptionalPermissionPrompts': false,
      // Board hostnames resolve to this machine, where the fixture server listens.
      'network.dns.localDomains': HOSTS.join(','),
      'app.update.enabled': false,
      'extensions.update.enabled': false,
    },
  });
}

async function main(): Promise<number> {
  const server = await startServer();
  const browser = await launch();
  let failed = 0;
  try {
    await browser.installExtension(EXTENSION);
    for (const [name, run] of checks) {
      const page = await browser.newPage();
      try {
        await run(page, server.port);
        console.log(`ok - firefox: ${name}`);
      } catch (e) {
        failed++;
        console.log(`not ok - firefox: ${name}: ${e instanceof Error ? e.message : String(e)}`);
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`${checks.length - failed} passed, ${failed} failed`);
  return failed;
}

main().then(
  (failed) => process.exit(failed ? 1 : 0),
  (e: unknown) => {
    console.log(`not ok - firefox: could not run: ${e instanceof Error ? e.message : String(e)}`);
    console.log(`0 passed, 1 failed`);
    process.exit(1);
  },
);
