// What reading a page costs: `scan` (detect, extract, salary, eligibility) on each fixture page we
// own and on large pages that are not postings, each beside @mozilla/readability's `parse()` on
// the same page: a reader that, like us, takes a whole page and finds the article in it.
// Run with `npm run bench -- scan` or `npm run bench -- reject`.
import { Readability } from '@mozilla/readability';
import { scan } from '../lib/scan';
import { benchmark, type Benchmark, type Suite } from './harness';
import { articleHtml, catalogueHtml, fixturePages, freshCopy, parsePage, type Page } from './pages';

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;

// Both sides get a fresh copy each run: Readability changes the page it reads, and happy-dom
// caches selector results on a document, which would flatter a second scan of the same one.
function scanVersusReadability(name: string, pages: Page[]): Benchmark {
  return benchmark({
    name: `scan: ${name}`,
    setup: () => pages.map(freshCopy),
    run: (docs) => docs.forEach((doc, i) => scan(doc, (pages[i] as Page).url)),
    baseline: benchmark({
      name: `readability: ${name}`,
      setup: () => pages.map(freshCopy),
      run: (docs) => docs.forEach((doc) => new Readability(doc).parse()),
    }),
  });
}

function fixtureBenchmarks(): Benchmark[] {
  const pages = fixturePages();
  const total = pages.reduce((sum, p) => sum + p.bytes, 0);
  return [
    scanVersusReadability(`all ${pages.length} fixture pages (${kb(total)}), one after another`, pages),
    ...pages.map((page) => scanVersusReadability(`${page.name} (${kb(page.bytes)})`, [page])),
  ];
}

/** The bench is only meaningful if these pages take the cheap way out: fail loudly if not. */
function notPosting(page: Page): Page {
  const { kind } = scan(freshCopy(page), page.url).detection;
  if (kind === 'posting') throw new Error(`${page.name} was detected as a posting`);
  return page;
}

function nonJobBenchmarks(): Benchmark[] {
  const url = new URL('https://news.example.com/2024/long-read');
  const article = parsePage('article', articleHtml(200_000), url);
  const catalogue = parsePage('catalogue', catalogueHtml(5000), url);
  const elements = catalogue.doc.getElementsByTagName('*').length;
  return [
    scanVersusReadability(`news article, ${kb(article.bytes)} of paragraphs (not a posting)`, [
      notPosting(article),
    ]),
    scanVersusReadability(`catalogue page, ${elements} elements (not a posting)`, [notPosting(catalogue)]),
  ];
}

const READABILITY = '`new Readability(copy).parse()` (@mozilla/readability) on a copy of the same page';

export const scanSuites: Suite[] = [
  {
    name: 'scan',
    note: `scan: \`scan(doc, url)\` on our fixture pages; baseline: ${READABILITY}; ratio = scan / Readability.`,
    prepare: fixtureBenchmarks,
  },
  {
    name: 'reject',
    note: `reject: \`scan\` on generated pages that must come back \`detection.kind !== 'posting'\`; baseline: ${READABILITY}.`,
    prepare: nonJobBenchmarks,
  },
];
