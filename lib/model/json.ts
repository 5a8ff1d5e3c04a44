// Values read out of JSON that a page wrote: anything may be anything, so every read is checked.

export type JsonObject = Record<string, unknown>;

/** A plain object (not null, not an array): the only thing a key can be read from. */
export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
