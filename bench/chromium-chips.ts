// The built extension in Chromium on a results list: how long after a card appears its chip is in
// the page. Our Remote OK list page (test/fixtures/lists/remoteok.html) is served under remoteok.com
// and grown to a results page of 100 cards; then, as infinite scroll does, batches of 25 cards are
// appended. Each chip's arrival is seen by a MutationObserver the page installs before any script,
// on the page's own clock.
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { markdownTable } from './markdown';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LIST = join(import.meta.dirname, '../test/fixtures/lists/remoteok.html');
const HOST = 'remoteok.com';
const PATH = '/remote-dev-jobs';
const RUNS = 5;
const FIRST_CARDS = 100;
const BATCH = 25;
const BATCHES = 4;

/** Rows cloned from the page's first row, each a new job id, appended to the board's table. */
const GROW = (count: number, from: number): string => `(() => {
  const model = document.querySelector('tr.job[data-id]');
  const rows = [];
  for (let i = 0; i < ${count}; i++) {
    const row = model.cloneNode(true);
    row.querySelectorAll('jobsight-chip').forEach((c) => c.remove());
    row.dataset.id = String(${from} + i);
    rows.push(row);
  }
  const at = performance.now();
  document.querySelector('#jobsboard tbody').append(...rows);
  return at;
})()`;

/** Installed before the page's scripts: when each chip (by job id) arrived. */
const WATCH_CHIPS = `window.__chipAt = {};
new MutationObserver((records) => {
  for (const r of records) for (const n of r.addedNodes)
    if (n.nodeName === 'JOBSIGHT-CHIP') window.__chipAt[n.getAttribute('data-job-id')] ??= performance.now();
}).observe(document, { childList: true, subtree: true });`;

async function serve(): Promise<{ server: Server; port: number }> {
  const html = readFileSync(LIST);
  const server = createServer((req, res) => {
    if (req.url !== PATH) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  return { server, port: typeof address === 'object' && address ? address.port : 0 };
}

function launch(extension: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'jobsight-chips-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      `--host-resolver-rules=MAP ${HOST} 127.0.0.1, MAP * ~NOTFOUND`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
    ],
  });
}

/** When every chip of `ids` is in the page (the page's clock), asked from here. */
async function chipsAt(page: Page, ids: string[]): Promise<number[]> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const at = await page.evaluate((want) => {
      const seen = (window as unknown as { __chipAt: Record<string, number> }).__chipAt;
      return want.every((id) => seen[id] !== undefined) ? want.map((id) => seen[id] as number) : null;
    }, ids);
    if (at) return at;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('chips did not arrive');
}

const range = (from: number, count: number): string[] =>
  Array.from({ length: count }, (_, i) => String(from + i));

interface Run {
  /** DOMContentLoaded → the last chip of the first page of results. */
  first: number;
  /** Each appended card: its append → its chip. */
  appended: number[];
}

async function once(context: BrowserContext, url: string): Promise<Run> {
  const page = await context.newPage();
  await page.addInitScript(WATCH_CHIPS);
  // the list of a results page, as served: grown to 100 cards before the extension's script runs
  await page.addInitScript(
    `document.addEventListener('DOMContentLoaded', () => ${GROW(FIRST_CARDS - 3, 2_000_000)})`,
  );
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const first = await chipsAt(page, range(2_000_000, FIRST_CARDS - 3));
    const dcl = await page.evaluate(
      () =>
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
          .domContentLoadedEventStart,
    );
    const appended: number[] = [];
    for (let b = 0; b < BATCHES; b++) {
      const from = 3_000_000 + b * BATCH;
      const at = await page.evaluate<number>(GROW(BATCH, from));
      appended.push(...(await chipsAt(page, range(from, BATCH))).map((t) => t - at));
    }
    return { first: Math.max(...first) - dcl, appended };
  } finally {
    await page.close();
  }
}

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};
const ms = (n: number): string => `${n.toFixed(1)} ms`;

/** The section for bench/results.md, or null without Chromium or a build. */
export async function chipsChromiumSection(extension: string): Promise<string | null> {
  if (!existsSync(CHROMIUM) || !existsSync(extension)) return null;
  const { server, port } = await serve();
  const context = await launch(extension);
  const runs: Run[] = [];
  try {
    const url = `http://${HOST}:${port}${PATH}`;
    await once(context, url); // warms the worker and the cache
    for (let i = 0; i < RUNS; i++) runs.push(await once(context, url));
  } finally {
    await context.close();
    server.close();
  }
  const appended = runs.flatMap((r) => r.appended);
  const firsts = runs.map((r) => r.first);
  const table = markdownTable(
    ['what', 'median', 'p90', 'max', 'target'],
    [
      [
        `a card appended (${BATCHES} batches of ${BATCH}) → its chip`,
        ms(quantile(appended, 0.5)),
        ms(quantile(appended, 0.9)),
        ms(Math.max(...appended)),
        '≤ 100 ms',
      ],
      [
        `DOMContentLoaded → the last chip of ${FIRST_CARDS} cards`,
        ms(quantile(firsts, 0.5)),
        ms(quantile(firsts, 0.9)),
        ms(Math.max(...firsts)),
        '',
      ],
    ],
  );
  return [
    '## Chromium, chips on a results list',
    `Headless Chromium, the build in \`${extension}\`; our Remote OK list page served under ${HOST}, grown to ${FIRST_CARDS} cards at DOMContentLoaded, then ${BATCHES} batches of ${BATCH} cards appended as infinite scroll does; ${RUNS} runs after a warm-up. A chip's arrival is seen by a MutationObserver installed before the page's scripts, on the page's clock. The list script gathers a burst of changes for 20 ms before it asks the background.`,
    table,
  ].join('\n\n');
}
