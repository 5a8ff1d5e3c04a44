// The pages the scan benchmarks read: our fixture pages, and generated pages that are not postings.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

const FIXTURES = join(import.meta.dirname, '../test/fixtures');
const FIXTURE_DIRS = ['pages', 'seeds', 'sites'];
// Pages without a `<!-- url: … -->` first line are served from a host no adapter claims, so the
// generic reader is what gets timed.
const UNCLAIMED_HOST = 'https://careers.example.com/';

export interface Page {
  /** "sites/lever.html", or what a generated page is. */
  name: string;
  url: URL;
  html: string;
  bytes: number;
}

export const page = (name: string, html: string, url: URL): Page => ({
  name,
  url,
  html,
  bytes: Buffer.byteLength(html),
});

/** Pages parsed afresh, in a window of their own: close it when done with them. */
export interface Opened {
  docs: Document[];
  window: Window;
}

// A fresh parse each run rather than a clone: happy-dom keeps every document a window has read
// (queried, walked) until the window closes, and also caches selector results on a document.
// Sharing one window grew the heap past 2 GB over a full run and slowed the later suites tenfold.
export function open(pages: Page[]): Opened {
  const window = new Window({ url: 'https://bench.invalid/' });
  const parser = new window.DOMParser();
  const docs = pages.map((p) => parser.parseFromString(p.html, 'text/html') as unknown as Document);
  return { docs, window };
}

export const close = ({ window }: Opened): Promise<void> => window.happyDOM.close();

function fixturePage(dir: string, file: string): Page {
  const html = readFileSync(join(FIXTURES, dir, file), 'utf8');
  const url = /^<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1] ?? `${UNCLAIMED_HOST}${dir}/${file}`;
  return page(`${dir}/${file}`, html, new URL(url));
}

export function fixturePages(): Page[] {
  return FIXTURE_DIRS.flatMap((dir) =>
    readdirSync(join(FIXTURES, dir))
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => fixturePage(dir, f)),
  );
}

const SENTENCES = [
  'The council met on Tuesday evening to discuss the new budget for the harbour district.',
  'Residents asked why the ferry timetable had changed twice in one season.',
  'A spokesperson said the figures would be published before the end of the month.',
  'Local traders welcomed the decision, though some worried about the roadworks.',
  'The library will open late on Thursdays from the first week of spring.',
];

/** A long news article: paragraphs and a few subheadings, about `bytes` of HTML. */
export function articleHtml(bytes: number): string {
  const parts: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const part = i % 12 === 11 ? `<h2>Part ${i}</h2>` : `<p>${SENTENCES.join(' ')}</p>`;
    parts.push(part);
    size += part.length;
  }
  return `<!doctype html><html lang="en"><head><title>A long read</title></head><body>
<header><a href="/">The Harbour Times</a></header><article><h1>A long read</h1>${parts.join('\n')}</article></body></html>`;
}

/** A shop's catalogue page: a grid of product cards, `elements` elements in all. */
export function catalogueHtml(elements: number): string {
  const card = (i: number): string =>
    `<li><a href="/product/${i}"><span>Item ${i}</span><span>€${(i % 90) + 9}.99</span></a></li>`;
  const page = (cards: string): string =>
    `<!doctype html><html lang="en"><head><title>Catalogue</title></head><body><ul>${cards}</ul></body></html>`;
  // html, head, title, body, ul around the cards, which are 4 elements each.
  const cards = Math.round((elements - 5) / 4);
  return page(Array.from({ length: cards }, (_, i) => card(i)).join(''));
}
