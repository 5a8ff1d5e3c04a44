// The command line as users run it (`npm run extract` → the built bundle in .cli/): the start-up
// of one call, one small page, and a batch of every saved page of ../shared/corpus in one process
// (worker threads, one per core), each beside the target of issue 17.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli, CLI_BUNDLE, cliBundleIsStale } from '../scripts/build-cli.mjs';
import { markdownTable } from './markdown';

const CORPUS = join(import.meta.dirname, '../../shared/corpus');
const SMALL_PAGE = join(import.meta.dirname, '../test/fixtures/sites/greenhouse.html');
const RUNS = 5;

function wallMs(args: string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, [fileURLToPath(CLI_BUNDLE), ...args], { encoding: 'utf8' });
  const ms = performance.now() - start;
  if (run.status === null) throw new Error(`the CLI did not finish: ${run.stderr}`);
  return ms;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const timesOf = (args: string[], runs = RUNS): number =>
  median(Array.from({ length: runs }, () => wallMs(args)));
const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** The section for bench/results.md. */
export async function cliSection(): Promise<string> {
  if (cliBundleIsStale()) await buildCli();
  const rows = [
    ['start-up: one call, no page (the usage line)', s(timesOf([])), '≤ 0.30 s'],
    ['one small page (sites/greenhouse.html)', s(timesOf([SMALL_PAGE])), ''],
  ];
  if (existsSync(CORPUS)) {
    // The saved pages: each has its label beside it (INDEX.md has none).
    const labelled = new Set(readdirSync(CORPUS).filter((f) => f.endsWith('.json')));
    const pages = readdirSync(CORPUS).filter(
      (f) => /\.(?:html|md|txt)$/.test(f) && labelled.has(f.replace(/\.\w+$/, '.json')),
    );
    const list = join(mkdtempSync(join(tmpdir(), 'jobsight-cli-bench-')), 'pages.tsv');
    writeFileSync(list, pages.map((f) => `${join(CORPUS, f)}\t`).join('\n'));
    const batch = timesOf(['--jsonl', '--list', list], 3);
    const per200 = (batch / pages.length) * 200;
    rows.push([`batch: all ${pages.length} corpus pages, one process`, s(batch), '']);
    rows.push(['the same, per 200 pages', s(per200), '≤ 10 s']);
  }
  return [
    '## Command line',
    `\`node .cli/extract.mjs\` (the bundle \`npm run extract\` runs), wall time from spawn to exit, median of ${RUNS} calls (3 for the batch), ${availableParallelism()} worker threads.`,
    markdownTable(['what', 'wall time', 'target'], rows),
  ].join('\n\n');
}
