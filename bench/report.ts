// bench/results.md: the tables of the last full `npm run bench`, with when and where they were made.
import { writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';

export const RESULTS = join(import.meta.dirname, 'results.md');

const HEADER = `# Benchmark results

Written by \`npm run bench\` (bench/run.ts), which overwrites this file on every full run; a
filtered run (\`npm run bench -- popup\`) only prints. Times are medians over repeated runs in
Node on happy-dom, slower than a browser in absolute terms: compare runs on one machine. Other work
on the machine (see its load average) raises the wall-clock columns; the CPU column holds steadier.
Sizes are read from the build in \`$JOBSIGHT_OUT\` (default \`.output\`), built first if missing.`;

/** The machine, in one line: absolute times mean little without it, or without its load. */
export function machine(): string {
  const cpu = cpus();
  const memory = `${Math.round(totalmem() / 2 ** 30)} GiB`;
  const load = `load average ${(loadavg()[0] ?? 0).toFixed(1)}`;
  return `${platform()} ${release()} ${arch()}, ${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} cores, ${memory}, Node ${process.version}, ${load}`;
}

export function writeResults(machineLine: string, sections: string[]): void {
  const when = `- Date: ${new Date().toISOString()}\n- Machine: ${machineLine}`;
  writeFileSync(RESULTS, [HEADER, when, ...sections].join('\n\n') + '\n');
}
