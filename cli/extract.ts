// npm run --silent extract -- [--url URL] FILE
//   Prints one JSON object: the eval contract (../shared/eval/README.md) plus provenance.
// npm run --silent extract -- --jsonl FILE|DIR...        one JSON line per page, in order
// npm run --silent extract -- --jsonl --list LISTFILE    each line of LISTFILE is FILE<TAB>URL
//   A page that cannot be read gets {"file", "error"} on its line and the run goes on.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { InputError } from './load';
import { extractPage, pagesIn, type PageTask } from './pages';

const USAGE =
  'usage: extract [--url URL] FILE | extract --jsonl (FILE|DIR)... | extract --jsonl --list LISTFILE';

function tasksOf(list: string | undefined, paths: string[]): PageTask[] {
  if (list === undefined) return pagesIn(paths).map((file) => ({ file }));
  return readFileSync(list, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .map((line) => {
      const [file = '', url] = line.split('\t');
      return { file, url: url?.trim() || undefined };
    });
}

const messageOf = (e: unknown): string =>
  (e instanceof InputError
    ? e.message
    : `extract failed: ${e instanceof Error ? e.message : String(e)}`
  ).split('\n')[0] ?? '';

/** Many pages, one line each; progress on stderr when the run is long enough to wait for. */
function runBatch(tasks: PageTask[]): number {
  const showProgress = tasks.length >= 50 && process.stderr.isTTY;
  let failed = 0;
  tasks.forEach((task, i) => {
    let line: string;
    try {
      line = JSON.stringify(extractPage(task));
    } catch (e) {
      failed++;
      line = JSON.stringify({ file: task.file, error: messageOf(e) });
    }
    process.stdout.write(line + '\n');
    if (showProgress) process.stderr.write(`\r${i + 1}/${tasks.length} pages`);
  });
  if (showProgress) process.stderr.write('\n');
  if (failed) process.stderr.write(`${failed} of ${tasks.length} pages could not be read\n`);
  return failed ? 1 : 0;
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { url: { type: 'string' }, jsonl: { type: 'boolean' }, list: { type: 'string' } },
  });
  if (values.jsonl) return runBatch(tasksOf(values.list, positionals));
  const [file, ...rest] = positionals;
  if (!file || rest.length) throw new InputError(USAGE);
  process.stdout.write(JSON.stringify(extractPage({ file, url: values.url })) + '\n');
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  process.stderr.write(messageOf(e) + '\n');
  process.exitCode = 1;
}
