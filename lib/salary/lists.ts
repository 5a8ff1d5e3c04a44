// Word lists are written as plain space-separated text, which stays readable at any length.

/** "a b c" → Set {a, b, c}. */
export function wordSet(spec: string): Set<string> {
  return new Set(spec.split(/\s+/).filter(Boolean));
}

/** "a=x b=y" → { a: 'x', b: 'y' }. */
export function pairs(spec: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of spec.split(/\s+/).filter(Boolean)) {
    const at = pair.indexOf('=');
    out[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return out;
}

/** { hour: 'h hr' } → { h: 'hour', hr: 'hour' }. */
export function invert<T extends string>(groups: Partial<Record<T, string>>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(groups) as T[])
    for (const word of wordSet(groups[key] ?? '')) out[word] = key;
  return out;
}
