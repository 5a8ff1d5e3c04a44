// What the build ships: the content scripts (what a page pays: the generic one on the sites the user
// enables, one per supported board) and everything the popup loads when it opens, raw and gzipped,
// against their budgets, measured as npm test measures them (scripts/build-sizes.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  CONTENT_LIMIT,
  contentScripts,
  filesOf,
  GENERIC_CONTENT_SCRIPT,
  gzipSize,
  POPUP_LIMIT,
  TRACKER_LIMIT,
} from '../scripts/build-sizes';
import { markdownTable } from './markdown';

const TARGET = 'chrome-mv3';

interface Measured {
  name: string;
  files: string[];
  gzipLimit: number;
}

/** The build to measure; built first (into the same directory) if it is not there. */
export function buildRoot(): string {
  const outDir = process.env['JOBSIGHT_OUT'] ?? '.output';
  if (!existsSync(join(outDir, TARGET, GENERIC_CONTENT_SCRIPT))) {
    console.error(`No build in ${outDir}: running \`wxt build\` (JOBSIGHT_OUT=${outDir}).`);
    // The build's own output goes to stderr, so stdout stays the tables.
    execFileSync('npx', ['wxt', 'build'], {
      stdio: ['ignore', 2, 2],
      env: { ...process.env, JOBSIGHT_OUT: outDir },
    });
  }
  return join(outDir, TARGET);
}

const bytes = (n: number): string => n.toLocaleString('en-US');
const sum = (files: string[], size: (file: string) => number): number =>
  files.reduce((total, f) => total + size(f), 0);

/** Each board has its own content script (one adapter each): the largest stands for them all. */
function largestBoardScript(root: string): Measured[] {
  const boards = contentScripts(root)
    .filter((f) => f !== GENERIC_CONTENT_SCRIPT)
    .map((f) => join(root, f));
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
    {
      name: 'generic content script',
      files: filesOf(root, GENERIC_CONTENT_SCRIPT),
      gzipLimit: CONTENT_LIMIT,
    },
    ...largestBoardScript(root),
    { name: 'popup (html, js, css)', files: filesOf(root, 'popup.html'), gzipLimit: POPUP_LIMIT },
    { name: 'tracker page (html, js, css)', files: filesOf(root, 'tracker.html'), gzipLimit: TRACKER_LIMIT },
  ];
  for (const m of measured) if (!m.files.length) throw new Error(`${m.name} is missing from ${root}`);
  const head = ['build output (bytes)', 'raw', 'gzip', 'gzip budget', 'within budget'];
  const rows = measured.map((m) => row(root, m));
  return markdownTable(head, rows);
}

/** When the measured build was made: it is not rebuilt if it exists, so it may predate the sources. */
export const builtAt = (root: string): string =>
  statSync(join(root, GENERIC_CONTENT_SCRIPT)).mtime.toISOString();
