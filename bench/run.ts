// The benchmark runner: `npm run bench` runs every suite and writes bench/results.md;
// `npm run bench -- popup` runs the suites whose name contains "popup" and only prints. To add
// benchmarks, export a Suite (see harness.ts) from a bench/*.bench.ts(x) file and list it here.
import { cardsSuite } from './cards.bench';
import { chromiumSection } from './chromium';
import { chipsChromiumSection } from './chromium-chips';
import { trackerChromiumSection } from './chromium-tracker';
import { cliSection } from './cli';
import { eligibilitySuite } from './eligibility.bench';
import { measure, table, type Result, type Suite } from './harness';
import { hostileSuite } from './hostile.bench';
import { popupSuite } from './popup.bench';
import { realPagesSection } from './real-pages.bench';
import { machine, RESULTS, writeResults } from './report';
import { salarySuite } from './salary.bench';
import { scanSuites } from './scan.bench';
import { buildRoot, builtAt, sizeTable } from './sizes';

const SUITES: Suite[] = [...scanSuites, hostileSuite, salarySuite, eligibilitySuite, popupSuite, cardsSuite];
/** Sections that are not suites of the harness, each answering to its name in the filter: the
 * build's sizes, the real pages of ../shared/corpus, the built extension in Chromium, the CLI. */
const SIZES = 'size';
const REAL = 'real';
const CHROMIUM = 'chromium';
const CLI = 'cli';
const SECTIONS = [SIZES, REAL, CHROMIUM, CLI];

async function timings(suites: Suite[]): Promise<string> {
  const results: Result[] = [];
  for (const suite of suites) {
    console.error(`… ${suite.name}`);
    const benchmarks = [...(suite.benchmarks ?? []), ...((await suite.prepare?.()) ?? [])];
    for (const b of benchmarks) results.push(await measure(b));
  }
  const notes = suites.flatMap((s) => (s.note ? [`- ${s.note}`] : []));
  return [`## Timings\n\n${table(results)}`, notes.join('\n')].join('\n\n');
}

function sizes(): string {
  const root = buildRoot();
  return `## Build sizes\n\nFrom \`${root}\`, built ${builtAt(root)}.\n\n${sizeTable(root)}`;
}

async function main(filter: string | undefined): Promise<void> {
  const wanted = (name: string): boolean => !filter || name.includes(filter);
  const where = machine(); // before the runs: their own load would show in the load average
  const suites = SUITES.filter((s) => wanted(s.name));
  const sections: string[] = [];
  if (suites.length) sections.push(await timings(suites));
  if (wanted(REAL))
    sections.push((await realPagesSection()) ?? '## Real pages\n\n`../shared/corpus` is not there.');
  if (wanted(CHROMIUM)) {
    console.error(`… ${CHROMIUM}`);
    sections.push((await chromiumSection(buildRoot())) ?? '## Chromium\n\nNo Chromium, corpus or build.');
    sections.push((await chipsChromiumSection(buildRoot())) ?? '## Chromium, chips\n\nNo Chromium or build.');
    sections.push(
      (await trackerChromiumSection(buildRoot())) ?? '## Chromium, the tracker page\n\nNo Chromium or build.',
    );
  }
  if (wanted(CLI)) sections.push(await cliSection());
  if (wanted(SIZES)) sections.push(sizes());
  if (!sections.length)
    throw new Error(
      `No suite matches "${filter}": ${[...SUITES.map((s) => s.name), ...SECTIONS].join(', ')}`,
    );
  console.log(`${where}\n\n${sections.join('\n\n')}`);
  if (filter) return;
  writeResults(where, sections);
  console.error(`\nWritten to ${RESULTS}`);
}

main(process.argv[2]).then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
