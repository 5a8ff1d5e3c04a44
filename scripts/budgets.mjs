// Size budgets, checked on the real build output: what a page pays for our content script (each
// one), and what the popup loads when it opens. gzip -9 sizes, 1 KB = 1000 bytes. Prints a table; with --json FILE
// also writes {passed, failed} for the summary. Exits non-zero when a budget is exceeded.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1000;
const CONTENT_LIMIT = 30 * KB;
const POPUP = { name: 'popup (html, js, css)', entry: 'popup.html', limit: 60 * KB };

/** One budget per content script: each board has its own, and the generic one is content.js. */
function budgetsOf(root) {
  const dir = join(root, 'content-scripts');
  const scripts = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')) : [];
  const content = scripts.map((f) => ({
    name: `content script ${f}`,
    entry: `content-scripts/${f}`,
    limit: CONTENT_LIMIT,
  }));
  return [
    ...(content.length ? content : [{ name: 'content scripts (none built)', entry: '-', limit: 0 }]),
    POPUP,
  ];
}
const TARGETS = ['chrome-mv3', 'firefox-mv2'];

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** A page's files: the HTML's scripts, preloads and stylesheets, and every chunk they import. */
function filesOf(root, entry) {
  const seen = new Set();
  const visit = (rel) => {
    const file = join(root, rel.replace(/^\//, ''));
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.html'))
      for (const [, ref] of text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) visit(ref);
    if (file.endsWith('.js'))
      for (const [, ref] of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g))
        visit(join(dirname(file).slice(root.length), ref));
  };
  visit(entry);
  return [...seen];
}

function measure(outDir) {
  return TARGETS.flatMap((target) =>
    budgetsOf(join(outDir, target)).map(({ name, entry, limit }) => {
      const root = join(outDir, target);
      const files = filesOf(root, entry);
      const raw = files.reduce((sum, f) => sum + readFileSync(f).length, 0);
      const gz = files.reduce((sum, f) => sum + gzip(f), 0);
      return {
        what: `${target}: ${name}`,
        files: files.length,
        raw,
        gz,
        limit,
        ok: files.length > 0 && gz <= limit,
      };
    }),
  );
}

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const rows = measure(process.env.JOBSIGHT_OUT ?? '.output');
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
for (const r of rows)
  console.log(
    `${r.ok ? 'ok  ' : 'OVER'} ${r.what.padEnd(52)} ${kb(r.gz).padStart(9)} gzip of ${kb(r.limit)}  (${kb(r.raw)} raw, ${r.files} files)`,
  );
const failed = rows.filter((r) => !r.ok).length;
if (jsonAt >= 0) writeFileSync(args[jsonAt + 1], JSON.stringify({ passed: rows.length - failed, failed }));
process.exit(failed ? 1 : 0);
