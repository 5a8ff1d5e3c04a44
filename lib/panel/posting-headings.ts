import { cleanText } from '../text/repair';

// On a page of several full postings (lib/page/extract/sections.ts), the reader reads the one the
// user is looking at, and the panel's list of the others scrolls the page to the one picked.

function headingsNamed(doc: Document, names: readonly string[]): { el: Element; name: string }[] {
  const wanted = new Set(names);
  return Array.from(doc.querySelectorAll('h1, h2, h3, h4, h5, h6'), (el) => ({
    el,
    name: cleanText(el.textContent ?? ''),
  })).filter((h) => wanted.has(h.name));
}

/** Of the postings' headings, the one the user is looking at: the last whose top has passed above
 * the middle of the window; null while none has (the page's top: the first posting stands). */
export function postingInView(doc: Document, names: readonly string[], windowHeight: number): string | null {
  let seen: string | null = null;
  for (const { el, name } of headingsNamed(doc, names))
    if (el.getBoundingClientRect().top <= windowHeight / 2) seen = name;
  return seen;
}

/** Brings the posting's heading to the top of the window. */
export function scrollToPosting(doc: Document, name: string): void {
  headingsNamed(doc, [name])[0]?.el.scrollIntoView({ block: 'start' });
}
