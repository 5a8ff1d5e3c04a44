// The benchmark runner: `npm run bench` runs every suite, `npm run bench -- popup` the suites
// whose name contains "popup". To add benchmarks, export them from a bench/*.bench.ts(x) file as
// a Suite (see harness.ts) and list it in SUITES; scripts that print their own lines go in SCRIPTS.
import { measure, table, type Result, type Suite } from './harness';
import { popupBenchmarks } from './popup.bench';

const SUITES: Suite[] = [{ name: 'popup', prepare: popupBenchmarks }];

/** Older benchmarks that time and print by themselves when imported. */
const SCRIPTS: { name: string; load: () => Promise<unknown> }[] = [
  { name: 'salary', load: () => import('./salary.bench') },
];

async function main(filter: string | undefined): Promise<void> {
  const wanted = (name: string): boolean => !filter || name.includes(filter);
  const results: Result[] = [];
  for (const suite of SUITES.filter((s) => wanted(s.name))) {
    const benchmarks = [...(suite.benchmarks ?? []), ...((await suite.prepare?.()) ?? [])];
    for (const b of benchmarks) results.push(await measure(b));
  }
  if (results.length) console.log(`${table(results)}\n`);
  for (const script of SCRIPTS.filter((s) => wanted(s.name))) {
    console.log(`${script.name} (bench/${script.name}.bench.ts):`);
    await script.load();
    console.log();
  }
}

main(process.argv[2]).then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
