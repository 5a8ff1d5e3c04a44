// The built tracker page in Chromium with 5 000 saved jobs: how long until its first rows are drawn,
// until the whole list is, and how long a sort and a filter take from the click or keystroke to the
// frame that shows their rows. The page measures itself (performance.measure, named jobsight:…, in
// components/tracker/marks.ts); this script reads the measures. The jobs go in through the page's
// own Import, as a user's file would.
//
// Alone: `npx tsx bench/chromium-tracker.ts [--write]` (--write puts the section in bench/results.md);
// `npm run bench -- chromium` runs it with the other Chromium sections.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { toExportFile } from '../lib/saved-jobs/export-file';
import { variedSavedJobs } from '../test/helpers/saved-jobs';
import { markdownTable } from './markdown';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const JOBS = 5_000;
const RUNS = 7;
const TITLE = '## Chromium, the tracker page';

type Measure = 'script' | 'first-rows' | 'all-rows' | 'sort' | 'filter';

function launch(extension: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'jobsight-tracker-bench-')), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--host-resolver-rules=MAP * ~NOTFOUND',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
    ],
  });
}

/** Resolves with the newest entry named `name` once there is one: a mark's moment from the page's
 * start, a measure's duration. Sent as source over CDP, so waiting for the first rows loads
 * nothing into the page (Playwright's waitForFunction would compile its injected script and poll
 * every frame while the page starts, inside what is measured). */
const ENTRY = (name: string): string => `new Promise((done) => {
  const value = () => {
    const entry = performance.getEntriesByName(${JSON.stringify(name)}).at(-1);
    return entry && (entry.entryType === 'mark' ? entry.startTime : entry.duration);
  };
  if (value() !== undefined) return done(value());
  new PerformanceObserver((_, observer) => {
    if (value() === undefined) return;
    observer.disconnect();
    done(value());
  }).observe({ entryTypes: ['mark', 'measure'] });
})`;

/** The page's own measure `jobsight:<what>`, once it is there (the newest one). */
async function measured(page: Page, what: Measure): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    const { result } = (await session.send('Runtime.evaluate', {
      expression: ENTRY(`jobsight:${what}`),
      awaitPromise: true,
      returnByValue: true,
      timeout: 60_000,
    })) as { result: { value?: unknown } };
    if (typeof result.value !== 'number') throw new Error(`no measure jobsight:${what}`);
    return result.value;
  } finally {
    await session.detach();
  }
}

async function extensionId(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

async function seed(page: Page): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), 'jobsight-jobs-')), 'jobs.json');
  writeFileSync(file, JSON.stringify(toExportFile(variedSavedJobs(JOBS))));
  await page.locator('input.import-file').setInputFiles(file);
  await page.locator('.notice', { hasText: `Imported ${JOBS} jobs` }).waitFor({ timeout: 300_000 });
}

/** One page load: its first rows and whole list, then a sort (Company) and a filter (a search). */
async function once(page: Page, url: string): Promise<Record<Measure, number>> {
  await page.goto(url);
  const first = await measured(page, 'first-rows');
  const script = await measured(page, 'script');
  const all = await measured(page, 'all-rows');
  await page.locator('th.col-company button.sort').click();
  const sort = await measured(page, 'sort');
  await page.locator('input[name="search"]').fill('designer');
  const filter = await measured(page, 'filter');
  await page.locator('input[name="search"]').fill('');
  return { script, 'first-rows': first, 'all-rows': all, sort, filter };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (n: number): string => `${n.toFixed(1)} ms`;

/** The section for bench/results.md, or null without Chromium or a build. */
export async function trackerChromiumSection(extension: string): Promise<string | null> {
  if (!existsSync(CHROMIUM) || !existsSync(join(extension, 'tracker.html'))) return null;
  const context = await launch(extension);
  const runs: Record<Measure, number>[] = [];
  try {
    const url = `chrome-extension://${await extensionId(context)}/tracker.html`;
    const page = await context.newPage();
    await page.goto(url);
    await seed(page);
    await once(page, url); // warms the cache and the compiled code
    for (let i = 0; i < RUNS; i++) runs.push(await once(page, url));
  } finally {
    await context.close();
  }
  const row = (what: Measure, label: string, target: string): string[] => {
    const xs = runs.map((r) => r[what]);
    return [label, ms(median(xs)), ms(Math.max(...xs)), target];
  };
  const table = markdownTable(
    ['what', 'median', 'max', 'target'],
    [
      row('script', "page start → the page's code loaded and run", ''),
      row('first-rows', 'page start → first rows drawn (the newest 50)', '≤ 150 ms'),
      row('all-rows', `page start → all ${JOBS.toLocaleString('en')} jobs read and listed`, ''),
      row('sort', 'sort by Company (click → frame with the rows)', '≤ 50 ms'),
      row('filter', 'search "designer" (input → frame with the rows)', '≤ 50 ms'),
    ],
  );
  return [
    TITLE,
    `Headless Chromium, the build in \`${extension}\`, 1280×800; ${JOBS.toLocaleString('en')} saved jobs imported through the tracker's own Import; ${RUNS} page loads after a warm-up. The page measures itself (\`performance.measure\`, components/tracker/marks.ts): from the navigation's start, or from the click or keystroke, to the next animation frame after the rows are laid out. The table draws only the rows in view.`,
    table,
  ].join('\n\n');
}

/** Replaces (or adds, before "## Command line") this section in bench/results.md. */
function writeSection(section: string): void {
  const path = join(import.meta.dirname, 'results.md');
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(TITLE);
  const next = (from: number): number => {
    const i = text.indexOf('\n## ', from);
    return i < 0 ? text.length : i + 1;
  };
  const updated =
    start >= 0
      ? text.slice(0, start) + section + '\n\n' + text.slice(next(start + TITLE.length))
      : text.replace('## Command line', `${section}\n\n## Command line`);
  writeFileSync(path, updated);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const extension = resolve(process.env.JOBSIGHT_OUT ?? '.output', 'chrome-mv3');
  trackerChromiumSection(extension).then(
    (section) => {
      console.log(section ?? 'No Chromium or build.');
      if (section && process.argv.includes('--write')) writeSection(section);
      process.exit(0);
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
