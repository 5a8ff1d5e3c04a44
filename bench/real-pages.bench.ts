// What reading costs on real pages: every saved .html page of ../shared/corpus (when that folder
// is there), each parsed afresh per run, timed in its two halves (the content script's `readPage`,
// the background's `interpret`) and beside @mozilla/readability's `parse()` on its own fresh parse
// of the same page. Job pages and pages that are not postings are reported apart, each against
// the targets of issue 17. Run alone with `npm run bench -- real`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { repaired, withoutFrontMatter } from '../cli/load';
import { interpret } from '../lib/analysis/interpret';
import { readPage } from '../lib/page/read-page';
import { findAdapter } from '../lib/page/sites';
import { markdownTable } from './markdown';
import { close, open, page, type Page } from './pages';

const CORPUS = join(import.meta.dirname, '../../shared/corpus');
const RUNS = 5;

interface RealPage extends Page {
  isJob: boolean;
}

interface PageTimes {
  page: RealPage;
  read: number;
  interpret: number;
  scan: number;
  readability: number;
}

function corpusPages(): RealPage[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const label = JSON.parse(readFileSync(join(CORPUS, f.replace(/\.html$/, '.json')), 'utf8')) as {
        isJob?: boolean;
        url?: string;
      };
      // The same markup the CLI reads: a browser's repair of the saved file.
      const html = repaired(withoutFrontMatter(readFileSync(join(CORPUS, f), 'utf8')));
      const url = new URL(label.url || `https://careers.example.com/${f}`);
      return { ...page(f, html, url), isJob: label.isJob !== false };
    });
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? 0;
};

/** One page, `RUNS` times after a warm-up: medians of each half and of Readability. */
async function timePage(p: RealPage): Promise<PageTimes> {
  const runs: Omit<PageTimes, 'page'>[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const ours = open([p]);
    const t0 = performance.now();
    const { reading } = readPage(ours.docs[0] as Document, p.url, findAdapter);
    const t1 = performance.now();
    if (reading) interpret(reading);
    const t2 = performance.now();
    await close(ours);
    const theirs = open([p]);
    const t3 = performance.now();
    new Readability(theirs.docs[0] as Document).parse();
    const readability = performance.now() - t3;
    await close(theirs);
    if (i > 0) runs.push({ read: t1 - t0, interpret: t2 - t1, scan: t2 - t0, readability });
  }
  const of = (k: keyof Omit<PageTimes, 'page'>): number => median(runs.map((r) => r[k]));
  return {
    page: p,
    read: of('read'),
    interpret: of('interpret'),
    scan: of('scan'),
    readability: of('readability'),
  };
}

const ms = (n: number): string => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;

function summaryRow(name: string, rows: PageTimes[], target: string): string[] {
  const scans = rows.map((r) => r.scan);
  const scanMedian = median(scans);
  const readabilityMedian = median(rows.map((r) => r.readability));
  return [
    `${name} (${rows.length})`,
    ms(median(rows.map((r) => r.read))),
    ms(median(rows.map((r) => r.interpret))),
    ms(scanMedian),
    ms(quantile(scans, 0.9)),
    ms(Math.max(...scans)),
    ms(readabilityMedian),
    ratio(scanMedian, readabilityMedian),
    target,
  ];
}

function pageRow(r: PageTimes): string[] {
  return [
    r.page.name,
    r.page.isJob ? 'job' : 'not a job',
    `${(r.page.bytes / 1000).toFixed(0)} KB`,
    ms(r.read),
    ms(r.interpret),
    ms(r.scan),
    ms(r.readability),
    ratio(r.scan, r.readability),
  ];
}

/** The section for bench/results.md, or null when the corpus is not checked out beside us. */
export async function realPagesSection(): Promise<string | null> {
  if (!existsSync(CORPUS)) return null;
  console.error('… real pages');
  const times: PageTimes[] = [];
  for (const p of corpusPages()) times.push(await timePage(p));
  const jobs = times.filter((t) => t.page.isJob);
  const others = times.filter((t) => !t.page.isJob);
  const head = [
    'pages',
    'readPage',
    'interpret',
    'scan',
    'scan p90',
    'scan max',
    'Readability',
    'ratio',
    'target',
  ];
  const summary = markdownTable(head, [
    summaryRow('job pages', jobs, 'scan ≤ 0.3× Readability (median); p90 ≤ 50 ms'),
    summaryRow('not postings', others, 'rejected (readPage) ≤ 2 ms median; p90 ≤ 50 ms'),
    summaryRow('all', times, ''),
  ]);
  const perPage = markdownTable(
    ['page', 'kind', 'size', 'readPage', 'interpret', 'scan', 'Readability', 'ratio'],
    [...times].sort((a, b) => b.scan - a.scan).map(pageRow),
  );
  return [
    '## Real pages',
    `Every \`.html\` page of \`../shared/corpus\`, as the CLI builds it (parse5's repair of the saved file) on a fresh happy-dom parse per run; the median of ${RUNS} runs after a warm-up per page, then the median over pages. \`scan\` = \`readPage\` (content script) + \`interpret\` (background; not run when the page is not read as a posting). Readability: \`new Readability(doc).parse()\` on its own fresh parse.`,
    summary,
    `<details><summary>Per page, slowest first</summary>\n\n${perPage}\n\n</details>`,
  ].join('\n\n');
}
