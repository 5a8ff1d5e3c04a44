// npm run --silent extract -- [--url URL] FILE
// Prints one JSON object: the eval contract (../shared/eval/README.md) plus provenance.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { canonicalUrl } from '../lib/page/extract/meta';
import { scan } from '../lib/scan';
import { InputError, pageHtml, parseDocument } from './load';
import { toReport } from './report';

function parseArgs(argv: string[]): { url?: string; file?: string } {
  const out: { url?: string; file?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--url') out.url = argv[++i];
    else if (a && !a.startsWith('--')) out.file = a;
  }
  return out;
}

function pageUrl(explicit: string | undefined, doc: Document, file: string): URL {
  const fileUrl = pathToFileURL(resolve(file)).href;
  const href = explicit ?? canonicalUrl(doc, 'https://unknown.invalid/') ?? fileUrl;
  try {
    return new URL(href);
  } catch {
    return new URL(fileUrl);
  }
}

function main(): void {
  const { url, file } = parseArgs(process.argv.slice(2));
  if (!file) throw new InputError('usage: extract [--url URL] FILE');
  const html = pageHtml(file);
  const doc = parseDocument(html, url ?? 'https://unknown.invalid/');
  const result = scan(doc, pageUrl(url, doc, file));
  process.stdout.write(JSON.stringify(toReport(result)) + '\n');
}

try {
  main();
} catch (e) {
  const message =
    e instanceof InputError ? e.message : `extract failed: ${e instanceof Error ? e.message : String(e)}`;
  process.stderr.write(message.split('\n')[0] + '\n');
  process.exit(1);
}
