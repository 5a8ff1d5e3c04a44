// What reading a page costs: `scan` (detect, extract, salary, eligibility) on each fixture page we
// own and on large pages that are not postings, each beside @mozilla/readability's `parse()` on
// the same page: a reader that, like us, takes a whole page and finds the article in it.
// Run with `npm run bench -- scan` or `npm run bench -- reject`.
import { Readability } from '@mozilla/readability';
import { scan } from '../lib/scan';
import { benchmark, type Benchmark, type Suite } from './harness';
import { articleHtml, catalogueHtml, close, fixturePages, open, page, type Page } from './pages';

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;

// Both sides read a fresh parse of the page each run (see pages.ts): Readability changes the
// page it reads, and a second scan of one document would find happy-dom's caches warm.
function scanVersusReadability(name: string, pages: Page[]): Benchmark {
  return benchmark({
    name: `scan: ${name}`,
    setup: () => open(pages),
    run: ({ docs }) => docs.forEach((doc, i) => scan(doc, (pages[i] as Page).url)),
    teardown: close,
    baseline: benchmark({
      name: `readability: ${name}`,
      setup: () => open(pages),
      run: ({ docs }) => docs.forEach((doc) => new Readability(doc).parse()),
      teardown: close,
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

/** Reads one page outside the timed runs, in a window of its own. */
async function readOnce<T>(p: Page, read: (doc: Document) => T): Promise<T> {
  const opened = open([p]);
  try {
    return read(opened.docs[0] as Document);
  } finally {
    await close(opened);
  }
}

/** Checks what the bench relies on: these pages take the cheap way out. Fails loudly if not. */
async function notPosting(p: Page): Promise<Page> {
  const kind = await readOnce(p, (doc) => scan(doc, p.url).detection.kind);
  if (kind === 'posting') throw new Error(`${p.name} was detected as a posting`);
  return p;
}

async function nonJobBenchmarks(): Promise<Benchmark[]> {
  const url = new URL('https://news.example.com/2024/long-read');
  const article = await notPosting(page('article', articleHtml(200_000), url));
  const catalogue = await notPosting(page('catalogue', catalogueHtml(5000), url));
  const elements = await readOnce(catalogue, (doc) => doc.getElementsByTagName('*').length);
  return [
    scanVersusReadability(`news article, ${kb(article.bytes)} of paragraphs (not a posting)`, [article]),
    scanVersusReadability(`catalogue page, ${elements} elements (not a posting)`, [catalogue]),
  ];
}

const READABILITY =
  '`new Readability(doc).parse()` (@mozilla/readability) on its own fresh parse of the same page';

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
