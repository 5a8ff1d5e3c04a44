import { APPLY_LABEL } from '../text/apply-words';
import { cleanText } from '../text/repair';

// The panel must never sit on the page's own Apply button: the one thing a reader came to press.

const CONTROLS = 'a, button, input[type="submit"], input[type="button"], [role="button"]';
/** Longer texts are sentences that merely start with "Apply" ("Apply your skills to…"). */
const MAX_LABEL = 60;

function label(el: Element): string {
  const text = el.tagName === 'INPUT' ? (el as HTMLInputElement).value : el.textContent;
  return cleanText(text || el.getAttribute('aria-label') || '');
}

/** The page's Apply controls, in document order. */
export function applyButtons(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(CONTROLS)).filter((el) => {
    const text = label(el);
    return text.length <= MAX_LABEL && APPLY_LABEL.test(text);
  });
}
