// The benchmark harness: a benchmark is a name, an untimed setup, and the timed work. Each is run
// to warm up, then `runs` times; the table shows the median (and the spread) of the wall time,
// and the median CPU time, which holds steadier on a busy machine. A benchmark may name a
// baseline (another library doing the same job): the two take turns, run by run, so both see the
// same machine load, and the table shows the ratio of their medians.
import { markdownTable } from './markdown';

export interface Benchmark<T = unknown> {
  /** One line of the table: "popup: search keystroke, 5 000 jobs". */
  name: string;
  /** Timed runs after the warm-up; the median of them is reported. */
  runs?: number;
  /** Untimed runs first (default 1); 0 for work long enough to warm the JIT by itself. */
  warmups?: number;
  /** Untimed preparation for one run; its result is handed to run and teardown. */
  setup?: () => T | Promise<T>;
  /** The timed work. */
  run: (ctx: T) => void | Promise<void>;
  /** Untimed cleaning up after one run. */
  teardown?: (ctx: T) => void | Promise<void>;
  /** The same job done another way, timed in the same runs; its runs/warmups are ignored. */
  baseline?: Benchmark;
}

/** A group of benchmarks; `prepare` runs once before them (a DOM, a filled database). */
export interface Suite {
  /** What `npm run bench -- <filter>` matches. */
  name: string;
  /** A line printed under the table: what the rows measure, against what. */
  note?: string;
  prepare?: () => Benchmark[] | Promise<Benchmark[]>;
  benchmarks?: Benchmark[];
}

/** Keeps a benchmark's own context type while listing it with others. */
export const benchmark = <T>(b: Benchmark<T>): Benchmark => b as Benchmark;

export interface Result {
  name: string;
  runs: number;
  median: number;
  min: number;
  max: number;
  /** Median CPU time of this process (all its threads, garbage collection included). */
  cpu: number;
  baseline?: Result;
}

interface Timing {
  wall: number;
  cpu: number;
}

const DEFAULT_RUNS = 15;

function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function once(b: Benchmark): Promise<Timing> {
  const ctx = await b.setup?.();
  const cpu = process.cpuUsage();
  const start = performance.now();
  await b.run(ctx);
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  await b.teardown?.(ctx);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

const ascending = (values: number[]): number[] => [...values].sort((x, y) => x - y);

function summary(name: string, timings: Timing[]): Result {
  const wall = ascending(timings.map((t) => t.wall));
  const cpu = ascending(timings.map((t) => t.cpu));
  return {
    name,
    runs: wall.length,
    median: median(wall),
    min: wall[0] ?? 0,
    max: wall.at(-1) ?? 0,
    cpu: median(cpu),
  };
}

export async function measure(b: Benchmark): Promise<Result> {
  const turns = b.baseline ? [b, b.baseline] : [b];
  for (let i = 0; i < (b.warmups ?? 1); i++) for (const t of turns) await once(t);
  const timings: Timing[][] = turns.map(() => []);
  for (let i = 0; i < (b.runs ?? DEFAULT_RUNS); i++)
    for (const [k, t] of turns.entries()) timings[k]?.push(await once(t));
  const [own = [], base] = timings;
  const result = summary(b.name, own);
  if (b.baseline && base) result.baseline = summary(b.baseline.name, base);
  return result;
}

// Two decimals below 10 ms: a small page scans in a few milliseconds.
const ms = (n: number): string => `${n.toFixed(n < 10 ? 2 : 1)} ms`;

export function table(results: Result[]): string {
  const head = ['benchmark', 'runs', 'median', 'min', 'max', 'cpu median', 'baseline median', 'ratio'];
  const rows = results.map((r) => [
    r.name,
    String(r.runs),
    ms(r.median),
    ms(r.min),
    ms(r.max),
    ms(r.cpu),
    r.baseline ? ms(r.baseline.median) : '',
    r.baseline ? `${(r.median / r.baseline.median).toFixed(2)}×` : '',
  ]);
  return markdownTable(head, rows);
}
