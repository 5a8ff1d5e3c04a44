// Many pages at once: one worker thread per core, each with its own copy of the engines (the
// place index is built once per worker, not once per page), lines written in the list's order.
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { InputError } from './load';
import { extractPage, type PageTask } from './pages';

/** One page's line: its report, or the one-line reason it could not be read. */
export interface PageLine {
  line: string;
  failed: boolean;
}

/** Fewer pages than this are read in this thread: starting workers costs more than it saves. */
const PARALLEL_FROM = 12;

export const messageOf = (e: unknown): string =>
  (e instanceof InputError
    ? e.message
    : `extract failed: ${e instanceof Error ? e.message : String(e)}`
  ).split('\n')[0] ?? '';

export function lineOf(task: PageTask): PageLine {
  try {
    return { line: JSON.stringify(extractPage(task)), failed: false };
  } catch (e) {
    return { line: JSON.stringify({ file: task.file, error: messageOf(e) }), failed: true };
  }
}

/** In a worker: read each page the main thread sends, answer with its line. */
export function serveWorker(): boolean {
  if (isMainThread || !parentPort) return false;
  const port = parentPort;
  port.on('message', ({ index, task }: { index: number; task: PageTask }) =>
    port.postMessage({ index, ...lineOf(task) }),
  );
  return true;
}

export interface BatchOptions {
  /** The script that serves as a worker: the running bundle. */
  workerScript: URL | null;
  onLine: (line: PageLine, done: number) => void;
  threads?: number;
}

/** Reads every task; `onLine` gets the lines in the tasks' order. */
export async function runTasks(tasks: PageTask[], opts: BatchOptions): Promise<void> {
  const threads = Math.min(opts.threads ?? availableParallelism(), Math.ceil(tasks.length / 4));
  if (!opts.workerScript || threads < 2 || tasks.length < PARALLEL_FROM) {
    tasks.forEach((task, i) => opts.onLine(lineOf(task), i + 1));
    return;
  }
  await inWorkers(tasks, opts.workerScript, threads, opts.onLine);
}

function inWorkers(
  tasks: PageTask[],
  script: URL,
  threads: number,
  onLine: BatchOptions['onLine'],
): Promise<void> {
  const lines: (PageLine | undefined)[] = [];
  let next = 0;
  let written = 0;
  return new Promise((resolve, reject) => {
    const workers = Array.from(
      { length: threads },
      () => new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 192 } }),
    );
    const give = (worker: Worker): void => {
      if (next < tasks.length) {
        worker.postMessage({ index: next, task: tasks[next] });
        next++;
      }
    };
    for (const worker of workers) {
      worker.on('error', reject);
      worker.on('message', ({ index, line, failed }: PageLine & { index: number }) => {
        lines[index] = { line, failed };
        give(worker);
        // Written as soon as every earlier page is: the output keeps the list's order.
        for (let l = lines[written]; l; l = lines[written]) {
          lines[written] = undefined;
          onLine(l, ++written);
        }
        if (written === tasks.length) {
          void Promise.all(workers.map((w) => w.terminate())).then(() => resolve());
        }
      });
      // Two pages in flight per worker: the next one is waiting when a page is done.
      give(worker);
      give(worker);
    }
  });
}
