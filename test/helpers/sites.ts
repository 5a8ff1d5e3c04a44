import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '../fixtures/sites/');

/** Fixture files: `<adapter id>.html`, or `<adapter id>--<layout>.html` for a site's other layouts. */
export function siteFixtureNames(): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** The adapter id a fixture belongs to. */
export const fixtureSite = (name: string): string => name.replace(/\.html$/, '').split('--')[0] as string;

export interface SiteFixture {
  html: string;
  /** The address the page is served from, from its first line: `<!-- url: … -->`. */
  url: URL;
}

export function siteFixture(name: string): SiteFixture {
  const html = readFileSync(dir + name, 'utf8');
  const url = /^<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1];
  if (!url) throw new Error(`${name}: the first line must be <!-- url: … -->`);
  return { html, url: new URL(url) };
}

/** A page as an inert document, the way the tests of the generic extractor parse theirs. */
export function siteDoc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
