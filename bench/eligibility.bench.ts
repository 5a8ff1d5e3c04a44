// readEligibility on hostile posting bodies of 1 MB: place names, time-zone windows and location
// labels repeated until the sentence splitter, the place index and the merge all have too much.
// Run with `npm run bench -- eligibility`.
import { readEligibility, type EligibilityInput } from '../lib/analysis/eligibility';
import { pseudoRandom, repeat } from '../test/helpers/hostile';
import { benchmark, type Suite } from './harness';

const KB = 1024;
const repeatTo = (unit: string, bytes: number): string => repeat(unit).slice(0, bytes);

// The location field: before its places were grouped in one pass (lib/analysis/eligibility/field.ts) it
// grew with the cube of its length (64 KB took 93 s); a megabyte now shows it is linear.
const locationField = (bytes: number) => (): EligibilityInput => ({
  locationText: repeatTo('Remote - United States, ', bytes),
  blocks: [],
});

const INPUTS: Record<string, () => EligibilityInput> = {
  'one country per sentence, 1 MB': () => ({ blocks: [repeat('We hire in Germany. ')] }),
  'places, exclusions and islands, 1 MB': () => ({
    blocks: [repeat('Remote - United States, Canada (excluding Quebec), UK & Channel Islands. ')],
  }),
  'one sentence, no full stop, 1 MB': () => ({
    blocks: [repeat('open to applicants in Canada and the US or EMEA or LATAM ')],
  }),
  'time-zone windows, 1 MB': () => ({ blocks: [repeat('UTC-3 to UTC+2 ')] }),
  'location labels, 1 MB': () => ({ blocks: [repeat('Location: Remote\n')] }),
  'random place characters, 1 MB': () => ({
    blocks: [pseudoRandom(['U', 'S', 'C', 'A', 'E', 'M', ' ', '-', '+', '(', ')', ',', '.', '&', '3', 'T'])],
  }),
  'location field, 64 KB': locationField(64 * KB),
  'location field, 1 MB': locationField(1024 * KB),
};

export const eligibilitySuite: Suite = {
  name: 'eligibility',
  note: 'eligibility: `readEligibility` on a posting whose body (or location field) is the text named, repeated to that size (1 MB = 2²⁰ characters).',
  prepare: () =>
    Object.entries(INPUTS).map(([name, make]) => {
      const input = make();
      // Seconds per call on some inputs: no warm-up, and the median of three.
      return benchmark({
        name: `eligibility: ${name}`,
        runs: 3,
        warmups: 0,
        run: () => void readEligibility(input),
      });
    }),
};
