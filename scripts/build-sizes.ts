// How the build's size is measured, for the budgets checked in npm test (scripts/budgets.ts) and the
// size table of the benchmarks (bench/sizes.ts): gzip -9 per file, summed; 1 KB = 1000 bytes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KB = 1000;
export const CONTENT_LIMIT = 30 * KB;
export const POPUP_LIMIT = 60 * KB;
/** The tracker page: the popup's parts plus the table, board, job page and charts. */
export const TRACKER_LIMIT = 80 * KB;
export const CONTENT_SCRIPTS = 'content-scripts';
/** The generic content script (no adapter); each board's is beside it. */
export const GENERIC_CONTENT_SCRIPT = `${CONTENT_SCRIPTS}/content.js`;

export const gzipSize = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

/** Every content script in a browser's build, relative to its root. */
export function contentScripts(root: string): string[] {
  const dir = join(root, CONTENT_SCRIPTS);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => `${CONTENT_SCRIPTS}/${f}`);
}

/** A page's files: the HTML's scripts, preloads and stylesheets, and every chunk they import. */
export function filesOf(root: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.html'))
      for (const [, ref] of text.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g))
        visit(resolve(root, ref ?? ''));
    if (file.endsWith('.js'))
      for (const [, ref] of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g))
        visit(resolve(dirname(file), ref ?? ''));
  };
  visit(resolve(root, entry));
  return [...seen];
}
