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
