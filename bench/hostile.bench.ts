// scan on the hostile pages of test/unit/hostile: what one of them costs the content script and the
// background. The tests only check that each completes safely; the time budget is read here.
import { benchmark, type Benchmark, type Suite } from './harness';
import { scan } from '../lib/scan';
import { close, open, page, type Opened } from './pages';
import {
  ldJson,
  linkedDoc,
  MARKUP,
  nested,
  nestElements,
  ODDITIES,
  PAGE_URL,
  pageHtml,
  posting,
  postingBody,
  type PageParts,
} from '../test/helpers/hostile-pages';
import { MB } from '../test/helpers/hostile';

/** The budget for one scan of a hostile page, in this Node + DOM-emulation setting. */
export const HOSTILE_BUDGET_MS = 1000;

const DEPTH = 10_000;

/** One parsed page, and how to let it go. */
interface Parsed {
  doc: Document;
  release: () => Promise<void> | void;
}

/** A hostile page parsed in a window of its own (happy-dom), like the other scan benchmarks. */
const html = (parts: PageParts) => (): Parsed => {
  const opened: Opened = open([page('hostile', pageHtml(parts), PAGE_URL)]);
  return { doc: opened.docs[0] as Document, release: () => close(opened) };
};

/** happy-dom's own selector engine overflows near 5 000 levels; linkedom, like a browser, does not. */
function deepDom(): Parsed {
  const doc = linkedDoc({});
  const main = doc.querySelector('main') as Element;
  nestElements(main, DEPTH, () => doc.createElement('div')).textContent = 'We hire in Canada.';
  return { doc, release: () => {} };
}

const PAGES: [name: string, make: () => Parsed][] = [
  [
    'markup in the title and body',
    html({ title: MARKUP, body: postingBody({ heading: MARKUP, text: MARKUP }) }),
  ],
  ['4 MB JSON-LD description', html({ ld: ldJson(posting({ description: 'x '.repeat(2 * MB) })) })],
  ['JSON-LD nested 10 000 deep', html({ ld: nested(DEPTH, '[', ldJson(posting()), ']') })],
  [
    '10 000 JSON-LD job locations',
    html({
      ld: ldJson(
        posting({
          jobLocation: Array.from({ length: DEPTH }, (_, i) => ({
            address: { addressLocality: `Town ${i}` },
          })),
        }),
      ),
    }),
  ],
  ['DOM nested 10 000 deep (linkedom)', deepDom],
  [
    'every Unicode oddity in the text',
    html({ body: postingBody({ text: Object.values(ODDITIES).join(' ') }) }),
  ],
];

const hostileBenchmarks = (): Benchmark[] =>
  PAGES.map(([name, make]) =>
    benchmark({
      name: `hostile: ${name}`,
      runs: 5,
      setup: make,
      run: ({ doc }: Parsed) => void scan(doc, PAGE_URL),
      teardown: ({ release }: Parsed) => release(),
    }),
  );

export const hostileSuite: Suite = {
  name: 'hostile',
  note: `hostile: \`scan\` on the pages of the hostile-page suite (test/unit/hostile); budget ${HOSTILE_BUDGET_MS} ms each.`,
  prepare: async () => hostileBenchmarks(),
};
