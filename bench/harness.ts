// The benchmark harness: a benchmark is a name, an untimed setup, and the timed work. Each is run
// once to warm up, then `runs` times; the table shows the median (and the spread) of the wall
// time, and the median CPU time, which holds steadier on a busy machine.

export interface Benchmark<T = unknown> {
  /** One line of the table: "popup: search keystroke, 5 000 jobs". */
  name: string;
  /** Timed runs after the warm-up; the median of them is reported. */
  runs?: number;
  /** Untimed preparation for one run; its result is handed to run and teardown. */
  setup?: () => T | Promise<T>;
  /** The timed work. */
  run: (ctx: T) => void | Promise<void>;
  /** Untimed cleaning up after one run. */
  teardown?: (ctx: T) => void | Promise<void>;
}

/** A group of benchmarks; `prepare` runs once before them (a DOM, a filled database). */
export interface Suite {
  name: string;
  prepare?: () => Promise<Benchmark[]>;
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

export async function measure(b: Benchmark): Promise<Result> {
  await once(b);
  const timings: Timing[] = [];
  for (let i = 0; i < (b.runs ?? DEFAULT_RUNS); i++) timings.push(await once(b));
  const wall = ascending(timings.map((t) => t.wall));
  const cpu = ascending(timings.map((t) => t.cpu));
  return {
    name: b.name,
    runs: wall.length,
    median: median(wall),
    min: wall[0] ?? 0,
    max: wall.at(-1) ?? 0,
    cpu: median(cpu),
  };
}

const ms = (n: number): string => `${n.toFixed(1)} ms`;

/** A Markdown table, readable in a terminal and pasteable into a pull request. */
export function table(results: Result[]): string {
  const rows = results.map((r) => [r.name, String(r.runs), ms(r.median), ms(r.min), ms(r.max), ms(r.cpu)]);
  const head = ['benchmark', 'runs', 'median', 'min', 'max', 'cpu median'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}
