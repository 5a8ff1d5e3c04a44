// Megabyte inputs built to make a backtracking parser hang; shared by the hostile tests and the benchmark.
export const MB = 1 << 20;

export function repeat(unit: string): string {
  return unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
}

/** A fixed pseudo-random sequence over `alphabet`, the same on every run. */
export function pseudoRandom(alphabet: string[]): string {
  let x = 12345;
  const out: string[] = [];
  for (let i = 0; i < MB; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out.push(alphabet[x % alphabet.length] as string);
  }
  return out.join('');
}
