// The built extension in Chromium on large real board pages (from ../shared/corpus), served under
// the board's own hostname: the main-thread time of our content script until the panel is drawn,
// our longest task, DOMContentLoaded → panel, and the page's own `load` with and without
// Jobsight. Timings come from a CDP trace of the page's renderer (devtools.timeline): every
// script task whose code is ours (a chrome-extension:// URL), nested work included, counted once.
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { markdownTable } from './markdown';

const CORPUS = join(import.meta.dirname, '../../shared/corpus');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = 7;

/** Corpus pages of the two biggest boards, at their real addresses. */
const PAGES = ['h14-linkedin', 'h15-linkedin', 'h01-indeed'];

interface Served {
  name: string;
  url: URL;
  html: Buffer;
}

function servedPages(): Served[] {
  return PAGES.map((name) => {
    const label = JSON.parse(readFileSync(join(CORPUS, `${name}.json`), 'utf8')) as { url: string };
    return { name, url: new URL(label.url), html: readFileSync(join(CORPUS, `${name}.html`)) };
  });
}

async function serve(pages: Served[]): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const host = (req.headers.host ?? '').split(':')[0];
    const found = pages.find(
      (p) => p.url.hostname === host && `${p.url.pathname}${p.url.search}` === req.url,
    );
    if (!found) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(found.html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  return { server, port: typeof address === 'object' && address ? address.port : 0 };
}

async function launch(pages: Served[], extension: string | null): Promise<BrowserContext> {
  const hosts = [...new Set(pages.map((p) => p.url.hostname))];
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'jobsight-bench-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
      // The saved pages' own scripts and images point at the real sites: nothing leaves the machine.
      `--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}, MAP * ~NOTFOUND`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; type?: string; frame?: string } };
}

async function traced(cdp: CDPSession, work: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => void events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8.execute,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  await work();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** Our script time: complete events of the renderer's main thread whose script is the extension's,
 * merged where they nest so nothing counts twice. */
function ourTasks(events: TraceEvent[]): { start: number; end: number }[] {
  const ours = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined)
    .filter((e) =>
      ['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.run', 'EventDispatch'].includes(e.name),
    )
    .filter((e) => (e.args?.data?.url ?? '').startsWith('chrome-extension://'))
    .map((e) => ({ start: e.ts, end: e.ts + (e.dur ?? 0) }))
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const t of ours) {
    const last = merged.at(-1);
    if (last && t.start <= last.end) last.end = Math.max(last.end, t.end);
    else merged.push({ ...t });
  }
  return merged;
}

interface Run {
  /** ms of our script on the main thread before the panel was drawn */
  script: number;
  longest: number;
  dclToPanel: number | null;
  load: number;
}

/** Where the panel's host element arrived, in the page's clock (the page's own world sees it). */
const WATCH_PANEL = `new MutationObserver((_, o) => {
  if (document.querySelector('jobsight-panel')) { window.__panelAt = performance.now(); o.disconnect(); }
}).observe(document, { childList: true, subtree: true });`;

/** When the panel arrived, asked from here: the saved pages' own scripts may break the page's
 * timers, which a page-side wait would poll with. */
async function panelTime(page: Page): Promise<number> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const at = await page.evaluate(() => (window as unknown as { __panelAt?: number }).__panelAt);
    if (at !== undefined) return at;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no panel on ${page.url()}`);
}

async function once(page: Page, url: string, withPanel: boolean): Promise<Run> {
  const cdp = await page.context().newCDPSession(page);
  let panelAt: number | null = null;
  const events = await traced(cdp, async () => {
    await page.goto(url, { waitUntil: 'load' });
    if (withPanel) {
      panelAt = await panelTime(page);
    }
  });
  await cdp.detach();
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { dcl: n.domContentLoadedEventStart, load: n.loadEventStart, origin: performance.timeOrigin };
  });
  const tasks = ourTasks(events);
  // Trace time is in µs on the same monotonic clock as timeOrigin (ms since epoch is not): use the
  // navigation's own trace marks instead, via the panel's time relative to our first task.
  const panelTs = panelAt === null ? Infinity : traceTimeOf(events, panelAt);
  const before = tasks.filter((t) => t.start < panelTs);
  return {
    script: before.reduce((sum, t) => sum + (Math.min(t.end, panelTs) - t.start), 0) / 1000,
    longest: Math.max(0, ...tasks.map((t) => t.end - t.start)) / 1000,
    dclToPanel: panelAt === null ? null : panelAt - nav.dcl,
    load: nav.load,
  };
}

/** A page clock time (ms since timeOrigin) as trace time (µs), from the navigationStart mark. */
function traceTimeOf(events: TraceEvent[], pageMs: number): number {
  const start = events.find((e) => e.name === 'navigationStart' && e.args?.data?.frame);
  return start ? start.ts + pageMs * 1000 : Infinity;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const ms = (n: number): string => `${n.toFixed(1)} ms`;

async function runOnce(context: BrowserContext, url: string, withPanel: boolean): Promise<Run> {
  const page = await context.newPage();
  if (withPanel) await page.addInitScript(WATCH_PANEL);
  try {
    return await once(page, url, withPanel);
  } finally {
    await page.close();
  }
}

/** Runs with and without the extension take turns, so both see the same machine. The first of
 * each warms the HTTP cache and the extension's worker. */
async function turns(withExt: BrowserContext, without: BrowserContext, url: string) {
  const ours: Run[] = [];
  const bare: Run[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const [a, b] = [await runOnce(withExt, url, true), await runOnce(without, url, false)];
    if (i === 0) continue;
    ours.push(a);
    bare.push(b);
  }
  return { ours, bare };
}

/** The section for bench/results.md, or null without Chromium, the corpus or a build. */
export async function chromiumSection(extension: string): Promise<string | null> {
  if (!existsSync(CHROMIUM) || !existsSync(CORPUS) || !existsSync(extension)) return null;
  const pages = servedPages();
  const { server, port } = await serve(pages);
  const rows: string[][] = [];
  const withExt = await launch(pages, extension);
  const without = await launch(pages, null);
  try {
    for (const p of pages) {
      const url = `http://${p.url.hostname}:${port}${p.url.pathname}${p.url.search}`;
      const { ours, bare } = await turns(withExt, without, url);
      const loadWith = median(ours.map((r) => r.load));
      const loadWithout = median(bare.map((r) => r.load));
      rows.push([
        `${p.name} (${(p.html.length / 1000).toFixed(0)} KB, ${p.url.hostname})`,
        ms(median(ours.map((r) => r.script))),
        ms(Math.max(...ours.map((r) => r.longest))),
        ms(median(ours.flatMap((r) => (r.dclToPanel === null ? [] : [r.dclToPanel])))),
        ms(loadWithout),
        ms(loadWith),
        `${loadWith - loadWithout >= 0 ? '+' : ''}${(loadWith - loadWithout).toFixed(1)} ms`,
      ]);
    }
  } finally {
    await Promise.all([withExt.close(), without.close()]);
    server.close();
  }
  const table = markdownTable(
    [
      'page',
      'our script before the panel (≤ 16 ms)',
      'our longest task (≤ 50 ms)',
      'DOMContentLoaded → panel',
      '`load` without',
      '`load` with',
      'difference (≈ 0)',
    ],
    rows,
  );
  return [
    '## Chromium, the built extension',
    `Headless Chromium (\`${CHROMIUM}\`), the build in \`${extension}\`; each page served under its board's hostname by a local server (every other host unresolvable), ${RUNS} runs after a warm-up, medians (the longest task: the worst run). Script time: the renderer main thread's trace events (devtools.timeline) whose script is a chrome-extension:// URL, nested events counted once, until the panel's host element is in the page. \`load\`: \`loadEventStart\` of the navigation, in ms from its start.`,
    table,
  ].join('\n\n');
}
