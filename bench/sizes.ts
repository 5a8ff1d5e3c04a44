// What the build ships: the content scripts (what a page pays: the generic one on the sites the user
// enables, one per supported board) and everything the popup loads when it opens, raw and gzipped,
// against their budgets. Measured the way scripts/budgets.mjs (npm test) does: gzip -9 per file,
// summed; 1 KB = 1000 bytes.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { markdownTable } from './markdown';

const KB = 1000;
const TARGET = 'chrome-mv3';
const CONTENT_SCRIPTS = 'content-scripts';
const CONTENT_SCRIPT = `${CONTENT_SCRIPTS}/content.js`;
const CONTENT_LIMIT = 30 * KB;
const POPUP_LIMIT = 60 * KB;

interface Measured {
  name: string;
  files: string[];
  gzipLimit: number;
}

/** The build to measure; built first (into the same directory) if it is not there. */
export function buildRoot(): string {
  const outDir = process.env['JOBSIGHT_OUT'] ?? '.output';
  if (!existsSync(join(outDir, TARGET, CONTENT_SCRIPT))) {
    console.error(`No build in ${outDir}: running \`wxt build\` (JOBSIGHT_OUT=${outDir}).`);
    // The build's own output goes to stderr, so stdout stays the tables.
    execFileSync('npx', ['wxt', 'build'], {
      stdio: ['ignore', 2, 2],
      env: { ...process.env, JOBSIGHT_OUT: outDir },
    });
  }
  return join(outDir, TARGET);
}

/** A page's files: the HTML's scripts, preloads and stylesheets, and every chunk they import. */
function filesOf(root: string, entry: string): string[] {
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

const gzipSize = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;
const bytes = (n: number): string => n.toLocaleString('en-US');
const sum = (files: string[], size: (file: string) => number): number =>
  files.reduce((total, f) => total + size(f), 0);

/** Each board has its own content script (one adapter each): the largest stands for them all. */
function largestBoardScript(root: string): Measured[] {
  const dir = join(root, CONTENT_SCRIPTS);
  const boards = readdirSync(dir)
    .filter((f) => f.endsWith('.js') && join(CONTENT_SCRIPTS, f) !== CONTENT_SCRIPT)
    .map((f) => join(dir, f));
  const largest = boards.reduce<string | undefined>(
    (a, b) => (a && gzipSize(a) >= gzipSize(b) ? a : b),
    undefined,
  );
  const name = `largest of ${boards.length} board content scripts`;
  return largest ? [{ name, files: [largest], gzipLimit: CONTENT_LIMIT }] : [];
}

function row(root: string, { name, files, gzipLimit }: Measured): string[] {
  const raw = sum(files, (f) => statSync(f).size);
  const gzip = sum(files, gzipSize);
  const within = gzip <= gzipLimit ? 'yes' : `no, ${bytes(gzip - gzipLimit)} over`;
  const count = files.length === 1 ? relative(root, files[0] ?? '') : `${files.length} files`;
  return [`${name}, ${count}`, bytes(raw), bytes(gzip), bytes(gzipLimit), within];
}

export function sizeTable(root: string): string {
  const measured: Measured[] = [
    { name: 'generic content script', files: filesOf(root, CONTENT_SCRIPT), gzipLimit: CONTENT_LIMIT },
    ...largestBoardScript(root),
    { name: 'popup (html, js, css)', files: filesOf(root, 'popup.html'), gzipLimit: POPUP_LIMIT },
  ];
  for (const m of measured) if (!m.files.length) throw new Error(`${m.name} is missing from ${root}`);
  const head = ['build output (bytes)', 'raw', 'gzip', 'gzip budget', 'within budget'];
  const rows = measured.map((m) => row(root, m));
  return markdownTable(head, rows);
}

/** When the measured build was made: it is not rebuilt if it exists, so it may predate the sources. */
export const builtAt = (root: string): string => statSync(join(root, CONTENT_SCRIPT)).mtime.toISOString();
