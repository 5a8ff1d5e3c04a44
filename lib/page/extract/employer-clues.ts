import { APPLY_LABEL } from '../../text/apply-words';
import { cleanText } from '../../text/repair';
import { CLUES } from '../../model/reading';

// Who hires, where the page says it without words: the Apply link's address (a board sends
// applicants to "jobs.lever.co/acme/…") and the logos' alt text ("Acme logo"). The page sends them
// as written; the background decides (lib/analysis/employer.ts). Both stop at the reading's count,
// so a page of thousands of links costs a pass over their short labels only.

/** A link's label longer than this is a sentence that starts with "Apply", not an Apply link. */
const LABEL = 80;

/** Where the page's Apply links lead, when they leave for another address. */
export function applyLinks(doc: Document): string[] {
  const out: string[] = [];
  for (const a of Array.from(doc.querySelectorAll('a[href^="http"]'))) {
    const label = a.textContent ?? '';
    const href = a.getAttribute('href') ?? '';
    if (label.length > LABEL || href.length > CLUES.text || !APPLY_LABEL.test(label.trim())) continue;
    if (out.push(href) >= CLUES.count) break;
  }
  return out;
}

const LOGO = /logo/i;

/** Whether an image is a logo: the word in its alt text, its address or its frame's class. */
const isLogo = (img: Element): boolean =>
  LOGO.test(`${img.getAttribute('alt')} ${img.getAttribute('src')} ${img.parentElement?.className}`);

/** The alt text of the page's logos. */
export function logoNames(doc: Document): string[] {
  const out: string[] = [];
  for (const img of Array.from(doc.querySelectorAll('img[alt]'))) {
    const alt = isLogo(img) ? cleanText(img.getAttribute('alt') ?? '').slice(0, CLUES.text) : '';
    if (alt && out.push(alt) >= CLUES.count) break;
  }
  return out;
}
