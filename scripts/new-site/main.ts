// npm run new-site -- <id> [--name "Board Name"] [--host jobs.example.com]
// Writes a new board's adapter, fixture, test and content script, and lists the adapter.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkSite, newSiteFiles, registerSite } from './templates';

const ROOT = join(import.meta.dirname, '../..');
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { name: { type: 'string' }, host: { type: 'string' } },
});
const id = positionals[0] ?? '';
const site = { id, name: values.name ?? id, host: values.host ?? `jobs.${id}.com` };
const problem = checkSite(site);
if (problem) {
  console.error(`new-site: ${problem}`);
  process.exit(1);
}
const files = newSiteFiles(site);
const taken = Object.keys(files).filter((path) => existsSync(join(ROOT, path)));
if (taken.length) {
  console.error(`new-site: already there: ${taken.join(', ')}`);
  process.exit(1);
}
for (const [path, text] of Object.entries(files)) {
  writeFileSync(join(ROOT, path), text);
  console.log(`wrote ${path}`);
}
const index = join(ROOT, 'lib/page/sites/index.ts');
writeFileSync(index, registerSite(readFileSync(index, 'utf8'), site.id));
console.log(
  'listed it in lib/page/sites/index.ts; now write the fixture from a real page (lib/page/sites/README.md)',
);
