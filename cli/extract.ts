// npm run --silent extract -- [--url URL] FILE
//   Prints one JSON object: the eval contract (../shared/eval/README.md) plus provenance.
// npm run --silent extract -- --jsonl FILE|DIR...        one JSON line per page, in order
// npm run --silent extract -- --jsonl --list LISTFILE    each line of LISTFILE is FILE<TAB>URL
//   A page that cannot be read gets {"file", "error"} on its line and the run goes on; long runs
//   use every core (--threads N to use fewer) and show progress on stderr. `npm run extract` runs the built bundle
//   (cli/run.mjs builds it when a source is newer).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { messageOf, runTasks, serveWorker } from './batch';
import { InputError } from './load';
import { extractPage, pagesIn, type PageTask } from './pages';

const USAGE =
  'usage: extract [--url URL] FILE | extract --jsonl (FILE|DIR)... | extract --jsonl --list LISTFILE';

function tasksOf(list: string | undefined, paths: string[]): PageTask[] {
  if (list === undefined) return pagesIn(paths).map((file) => ({ file }));
  let text: string;
  try {
    text = readFileSync(list, 'utf8');
  } catch {
    throw new InputError(`cannot read the list ${list}`);
  }
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .map((line) => {
      const [file = '', url] = line.split('\t');
      return { file, url: url?.trim() || undefined };
    });
}

/** The bundle itself serves as the worker script; run from TypeScript sources, one thread reads. */
const workerScript = (): URL | null => (import.meta.url.endsWith('.mjs') ? new URL(import.meta.url) : null);

/** Many pages, one line each, in order; progress on stderr when the run is long enough to wait for. */
async function runBatch(tasks: PageTask[], threads?: number): Promise<number> {
  const showProgress = tasks.length >= 50 && process.stderr.isTTY;
  let failed = 0;
  await runTasks(tasks, {
    workerScript: workerScript(),
    threads,
    onLine: ({ line, failed: bad }, done) => {
      if (bad) failed++;
      process.stdout.write(line + '\n');
      if (showProgress) process.stderr.write(`\r${done}/${tasks.length} pages`);
    },
  });
  if (showProgress) process.stderr.write('\n');
  if (failed) process.stderr.write(`${failed} of ${tasks.length} pages could not be read\n`);
  return failed ? 1 : 0;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      jsonl: { type: 'boolean' },
      list: { type: 'string' },
      threads: { type: 'string' },
    },
  });
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads > 0))
    throw new InputError('--threads wants a whole number of at least 1');
  if (values.jsonl) return runBatch(tasksOf(values.list, positionals), threads);
  const [file, ...rest] = positionals;
  if (!file || rest.length) throw new InputError(USAGE);
  process.stdout.write(JSON.stringify(extractPage({ file, url: values.url })) + '\n');
  return 0;
}

if (!serveWorker()) {
  main().then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(messageOf(e) + '\n');
      process.exitCode = 1;
    },
  );
}
