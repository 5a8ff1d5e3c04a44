// Times parseSalaryText on 1 MB hostile strings and prints the median per input.
// Run: npx tsx bench/salary.bench.ts
import { parseSalaryText } from '../lib/salary';
import { MB, pseudoRandom, repeat } from '../test/helpers/hostile';

const RUNS = 7;

const INPUTS: Record<string, string> = {
  digits: repeat('9'),
  'digits and commas': repeat('1,'),
  'grouped dollars': repeat('$1,000'),
  'currency signs': repeat('$€£'),
  'dollar ranges': repeat('$1-$2 '),
  'space-grouped digits': repeat('1 000 '),
  'pay words and amounts': repeat('salary up to $100k per '),
  'random money characters': pseudoRandom(['$', '1', ',', '0', '.', '€', ' ', '-', 'k', '~', "'", '\u00a0']),
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

for (const [name, text] of Object.entries(INPUTS)) {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    parseSalaryText(text);
    times.push(performance.now() - start);
  }
  console.log(
    `${name.padEnd(26)} ${(text.length / MB).toFixed(1)} MB  median ${median(times).toFixed(1)} ms`,
  );
}
