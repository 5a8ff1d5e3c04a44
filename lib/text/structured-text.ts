import { htmlToText } from './html';
import { cleanText } from './repair';

// No field is kept beyond 100 000 characters of text (lib/model/fields.ts); reading more of a
// multi-megabyte value, markup included, would only cost time.
const RAW_TEXT_LIMIT = 400_000;

/** A structured-data value (JSON-LD, microdata) as one line of text: HTML read as text, a list
 * joined, a {name}/{value} object read through. */
export function structuredText(v: unknown): string | undefined {
  if (typeof v === 'string') return cleanText(htmlToText(v.slice(0, RAW_TEXT_LIMIT))) || undefined;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map(structuredText).filter(Boolean).join(', ') || undefined;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return structuredText(o['name'] ?? o['value'] ?? o['@value']);
  }
  return undefined;
}
