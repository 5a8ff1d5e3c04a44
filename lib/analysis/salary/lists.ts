// Word lists are written as plain space-separated text, which stays readable at any length.

/** "a b c" → Set {a, b, c}. */
export function wordSet(spec: string): Set<string> {
  return new Set(spec.split(/\s+/).filter(Boolean));
}

/**
 * A lookup table without Object.prototype: page words such as "constructor" or "toString" must
 * find nothing in it, not an inherited function.
 */
export function table<T>(entries: Record<string, T> = {}): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/** "a=x b=y" → { a: 'x', b: 'y' }. */
export function pairs(spec: string): Record<string, string> {
  const out = table<string>();
  for (const pair of spec.split(/\s+/).filter(Boolean)) {
    const at = pair.indexOf('=');
    out[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return out;
}

/** { hour: 'h hr' } → { h: 'hour', hr: 'hour' }. */
export function invert<T extends string>(groups: Partial<Record<T, string>>): Record<string, T> {
  const out = table<T>();
  for (const key of Object.keys(groups) as T[])
    for (const word of wordSet(groups[key] ?? '')) out[word] = key;
  return out;
}
