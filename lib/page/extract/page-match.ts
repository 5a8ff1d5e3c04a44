import { cleanText } from '../../text/repair';
import { fieldsFromJobPosting } from './from-jsonld';
import type { JsonObject } from '../../model/json';

const norm = (s: string): string =>
  cleanText(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Structured data must describe the posting the page shows. JSON-LD left behind by in-page
 * navigation, or a block about some other job, names a title found in no heading.
 */
export function postingMatchesPage(posting: JsonObject, headings: string[], docTitle: string): boolean {
  const title = fieldsFromJobPosting(posting).title?.value;
  const want = title ? norm(title) : '';
  if (!want) return true;
  const shown = headings.map(norm).filter(Boolean);
  if (!shown.length) return true;
  return (
    norm(docTitle).includes(want) || shown.some((h) => h.includes(want) || (h.length > 8 && want.includes(h)))
  );
}

/** The page's top headings, cheaply (for detection, before any block walk). */
export function topHeadings(doc: Document, limit = 50): string[] {
  return Array.from(doc.querySelectorAll('h1, h2, h3'))
    .slice(0, limit)
    .map((h) => h.textContent ?? '');
}
