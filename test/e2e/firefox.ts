// The same built content script in Debian's Firefox ESR, driven over WebDriver BiDi.
// Prints one line per check and a final "N passed, N failed".
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch as launchBrowser, type Browser, type Page } from 'puppeteer-core';
import { backupFilename } from '../../lib/saved-jobs/backup';
import { parseExport, toExportFile } from '../../lib/saved-jobs/export-file';
import { localDate } from '../../lib/saved-jobs/follow-up';
import { jobKey } from '../../lib/saved-jobs/key';
import type { FullSavedJob } from '../../lib/saved-jobs/types';
import { variedSavedJobs } from '../helpers/saved-jobs';
import { HOSTS, OPT_IN_HOST, startServer, type FixtureServer } from './server';

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

/** A JSON file handed to a file input, as the user's pick would be. */
async function pickFile(page: Page, selector: string, name: string, json: string): Promise<void> {
  await page.evaluate(
    (sel, fileName, text) => {
      const input = document.querySelector<HTMLInputElement>(sel);
      if (!input) throw new Error(`no ${sel}`);
      const files = new DataTransfer();
      files.items.add(new File([text], fileName, { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    selector,
    name,
    json,
  );
}

/** The tracker page with `jobs` imported through its own Import button (the file handed to its
 * file input, as a user's pick would be). */
async function openTrackerWith(page: Page, jobs: FullSavedJob[]): Promise<void> {
  await page.goto(`moz-extension://${UUID}/tracker.html`, { timeout: 2000 }).catch(() => {});
  await page.waitForSelector('input.import-file', { timeout: TIMEOUT });
  await pickFile(page, 'input.import-file', 'jobs.json', JSON.stringify(toExportFile(jobs)));
  // Other checks saved jobs in this profile too: the import's own report says these are in.
  await page.waitForFunction(
    (n) => document.querySelector('.notice')?.textContent?.startsWith(`Imported ${n} jobs`),
    { timeout: TIMEOUT },
    jobs.length,
  );
}

const statusTexts = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('tr.job-row .col-status')].map((td) => td.textContent ?? ''),
  );

// The tracker page (issue 19), lean: a card moved by keyboard on the board, three jobs' status changed at once.
const trackerChecks: Check[] = [
  [
    'tracker: a board card moves to the next status with Alt+→',
    async (page) => {
      await openTrackerWith(page, variedSavedJobs(6));
      await page.goto(`moz-extension://${UUID}/tracker.html#/board`, { timeout: 2000 }).catch(() => {});
      const card = await page.waitForSelector('.board-column[data-status="saved"] li.card', {
        timeout: TIMEOUT,
      });
      const id = (await card?.evaluate((c) => (c as HTMLElement).dataset.id)) ?? '';
      await card?.focus();
      await page.keyboard.down('Alt');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.up('Alt');
      await page.waitForFunction(
        (cardId) =>
          document.activeElement?.matches(
            `.board-column[data-status="applied"] li.card[data-id="${cardId}"]`,
          ),
        { timeout: TIMEOUT },
        id,
      );
    },
  ],
  [
    'tracker: three jobs change status at once',
    async (page) => {
      await openTrackerWith(page, variedSavedJobs(6));
      const boxes = await page.$$('tr.job-row input[type="checkbox"]');
      await boxes[0]?.click();
      await page.keyboard.down('Shift');
      await boxes[2]?.click();
      await page.keyboard.up('Shift');
      await page.waitForFunction(() => document.querySelector('.bulk-count')?.textContent === '3 selected', {
        timeout: TIMEOUT,
      });
      await page.select('select[name="bulk-status"]', 'offer');
      await (await page.$('button.bulk-set-status'))?.click();
      await page.waitForFunction(
        () => document.querySelector('.undo-text')?.textContent === 'Moved 3 jobs to Offer.',
        {
          timeout: TIMEOUT,
        },
      );
      same((await statusTexts(page)).slice(0, 3).join(), 'Offer,Offer,Offer', 'statuses');
    },
  ],
];

/** Where "Back up now" writes (Firefox's Downloads folder for this run). */
const DOWNLOADS = mkdtempSync(join(tmpdir(), 'jobsight-ff-downloads-'));

/** Wait until `ok` holds (the browser works on its own time: alarms, downloads). */
async function until(ok: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const end = Date.now() + TIMEOUT;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** What the extension keeps in storage.local under `key`, read from one of its pages. */
const stored = (page: Page, key: string): Promise<unknown> =>
  page.evaluate(async (k) => (await browser.storage.local.get(k))[k], key);

const GREENHOUSE_POSTING = '/northwind/jobs/4410021';
/** The saved job's id: its page's canonical address. */
const GREENHOUSE_ID = jobKey(`https://boards.greenhouse.io${GREENHOUSE_POSTING}`);
const jobPage = (id: string) => `moz-extension://${UUID}/tracker.html#/job/${encodeURIComponent(id)}`;

/** The panel's Save pressed (unless the posting is saved already), and its "Saved ✓". */
async function saveInPanel(page: Page): Promise<void> {
  const save = await page.waitForSelector('jobsight-panel >>> button.js-save', { timeout: TIMEOUT });
  if (!(await save?.evaluate((b) => b.textContent?.startsWith('Saved')))) await save?.click();
  await page.waitForFunction(
    () =>
      document
        .querySelector('jobsight-panel')
        ?.shadowRoot?.querySelector('.js-save')
        ?.textContent?.startsWith('Saved ✓'),
    { timeout: TIMEOUT },
  );
}

// A changed posting, follow-ups and backups (issue 19), lean: the test pref grants the
// notification and downloads permissions the Chromium tests cannot.
const dataChecks = (server: FixtureServer): Check[] => [
  [
    'tracker: a saved posting that changed shows its diff',
    async (page, port) => {
      const address = `http://boards.greenhouse.io:${port}${GREENHOUSE_POSTING}`;
      await page.goto(address);
      await saveInPanel(page);
      server.edit(GREENHOUSE_POSTING, (html) =>
        html.replace('our Kubernetes platform', 'our Nomad platform'),
      );
      try {
        await page.reload();
        await saveInPanel(page);
      } finally {
        server.edit(GREENHOUSE_POSTING, null);
      }
      await until(async () => {
        await page.goto(jobPage(GREENHOUSE_ID), { timeout: 2000 }).catch(() => {});
        await page.waitForSelector('.job-description', { timeout: TIMEOUT });
        return page.evaluate(() => document.querySelector('.changed .diff ins')?.textContent === 'Nomad ');
      }, 'the diff');
    },
  ],
  [
    'tracker: a follow-up date that is due is notified (its record kept) and counted on the badge',
    async (page) => {
      // the posting saved by the check before
      await page.goto(jobPage(GREENHOUSE_ID), { timeout: 2000 }).catch(() => {});
      const field = await page.waitForSelector('form.follow-up input[name="follow-up"]', {
        timeout: TIMEOUT,
      });
      const yesterday = localDate(Date.now() - 86_400_000);
      await field?.evaluate((input, date) => {
        (input as HTMLInputElement).value = date;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, yesterday);
      await (await page.$('form.follow-up button[type="submit"]'))?.click();
      const key = `${GREENHOUSE_ID}|${yesterday}`;
      await until(
        async () =>
          ((await stored(page, 'followUpsNotified')) as string[] | undefined)?.includes(key) ?? false,
        'the notification record',
      );
      const badge = await page.evaluate(() =>
        // the MV2 build's toolbar button, as this page sees it
        (
          globalThis as unknown as {
            browser: { browserAction: { getBadgeText(d: object): Promise<string> } };
          }
        ).browser.browserAction.getBadgeText({}),
      );
      same(badge, '1', 'badge');
    },
  ],
  [
    'tracker: "Back up now" writes the export to Downloads/Jobsight, and it restores into an empty profile',
    async (page) => {
      await page.goto(`moz-extension://${UUID}/tracker.html`, { timeout: 2000 }).catch(() => {});
      const button = await page.waitForSelector('.backup-panel .backup-now', { timeout: TIMEOUT });
      await button?.click();
      const note = await page.waitForSelector('.backup-note', { timeout: TIMEOUT });
      const name = backupFilename(Date.now());
      same(
        (await note?.evaluate((p) => p.textContent)) ?? '',
        `Backed up to ${name} in your Downloads folder.`,
        'note',
      );
      const path = join(DOWNLOADS, name);
      await until(() => existsSync(path) && readFileSync(path, 'utf8').endsWith('}'), `the file ${path}`);
      const backup = readFileSync(path, 'utf8');
      const parsed = parseExport(backup);
      if (!parsed.ok) throw new Error(parsed.error);
      const followUp = localDate(Date.now() - 86_400_000);
      same(
        parsed.jobs.find((j) => j.record.id === GREENHOUSE_ID)?.record.followUp ?? 'none',
        followUp,
        'follow-up in the backup',
      );
      await inFreshFirefox(async (empty) => {
        await empty.goto(`moz-extension://${UUID}/tracker.html`, { timeout: 2000 }).catch(() => {});
        await empty.waitForSelector('.backup-restore input[type="file"]', { timeout: TIMEOUT });
        await pickFile(empty, '.backup-restore input[type="file"]', name.split('/').pop() ?? '', backup);
        await empty.waitForFunction(
          (count) =>
            document.querySelector('.backup-note')?.textContent?.includes(`: ${count} added, 0 merged`),
          { timeout: TIMEOUT },
          parsed.jobs.length,
        );
        await empty.goto(jobPage(GREENHOUSE_ID), { timeout: 2000 }).catch(() => {});
        const field = await empty.waitForSelector('form.follow-up input[name="follow-up"]', {
          timeout: TIMEOUT,
        });
        same(
          (await field?.evaluate((input) => (input as HTMLInputElement).value)) ?? '',
          followUp,
          'restored follow-up',
        );
      });
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
      // Downloads go to this run's own folder, without asking where.
      'browser.download.folderList': 2,
      'browser.download.dir': DOWNLOADS,
      'browser.download.useDownloadDir': true,
      // Board hostnames resolve to this machine, where the fixture server listens.
      'network.dns.localDomains': HOSTS.join(','),
      'app.update.enabled': false,
      'extensions.update.enabled': false,
    },
  });
}

/** A second Firefox on a profile of its own, with the extension and nothing saved, for `run`. */
async function inFreshFirefox(run: (page: Page) => Promise<void>): Promise<void> {
  const browser = await launch();
  try {
    await browser.installExtension(EXTENSION);
    await run(await browser.newPage());
  } finally {
    await browser.close();
  }
}

async function main(): Promise<number> {
  const server = await startServer();
  const all = [...checks, ...trackerChecks, ...dataChecks(server)];
  const browser = await launch();
  let failed = 0;
  try {
    await browser.installExtension(EXTENSION);
    for (const [name, run] of all) {
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
  console.log(`${all.length - failed} passed, ${failed} failed`);
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
