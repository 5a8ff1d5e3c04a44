import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '../fixtures/pages/');

export function fixtureHtml(name: string): string {
  return readFileSync(dir + name, 'utf8');
}

/** A fixture page (or any HTML) as an inert document. */
export function pageDoc(htmlOrName: string): Document {
  const html = htmlOrName.endsWith('.html') ? fixtureHtml(htmlOrName) : htmlOrName;
  return new DOMParser().parseFromString(html, 'text/html');
}
