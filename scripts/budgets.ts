// Size budgets, checked on the real build output: what a page pays for our content script (each
// one), and what the popup loads when it opens (measured as scripts/build-sizes.ts says). Prints a
// table; with --json FILE also writes {passed, failed} for the summary. Exits non-zero when a
// budget is exceeded.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CONTENT_LIMIT,
  contentScripts,
  filesOf,
  gzipSize,
  KB,
  POPUP_LIMIT,
  TRACKER_LIMIT,
} from './build-sizes';

const TARGETS = ['chrome-mv3', 'firefox-mv2'];

interface Budget {
  name: string;
  entry: string;
  limit: number;
}

function budgetsOf(root: string): Budget[] {
  const content = contentScripts(root).map((entry) => ({
    name: `content script ${entry.split('/').pop()}`,
    entry,
    limit: CONTENT_LIMIT,
  }));
  const none = { name: 'content scripts (none built)', entry: '-', limit: 0 };
  return [
    ...(content.length ? content : [none]),
    { name: 'popup (html, js, css)', entry: 'popup.html', limit: POPUP_LIMIT },
    { name: 'tracker page (html, js, css)', entry: 'tracker.html', limit: TRACKER_LIMIT },
  ];
}

function measure(outDir: string) {
  return TARGETS.flatMap((target) => {
    const root = join(outDir, target);
    return budgetsOf(root).map(({ name, entry, limit }) => {
      const files = filesOf(root, entry);
      const raw = files.reduce((sum, f) => sum + readFileSync(f).length, 0);
      const gz = files.reduce((sum, f) => sum + gzipSize(f), 0);
      return {
        what: `${target}: ${name}`,
        files: files.length,
        raw,
        gz,
        limit,
        ok: files.length > 0 && gz <= limit,
      };
    });
  });
}

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const rows = measure(process.env['JOBSIGHT_OUT'] ?? '.output');
const kb = (n: number): string => `${(n / KB).toFixed(1)} KB`;
for (const r of rows)
  console.log(
    `${r.ok ? 'ok  ' : 'OVER'} ${r.what.padEnd(52)} ${kb(r.gz).padStart(9)} gzip of ${kb(r.limit)}  (${kb(r.raw)} raw, ${r.files} files)`,
  );
const failed = rows.filter((r) => !r.ok).length;
if (jsonAt >= 0)
  writeFileSync(args[jsonAt + 1] ?? 'budgets.json', JSON.stringify({ passed: rows.length - failed, failed }));
process.exit(failed ? 1 : 0);
