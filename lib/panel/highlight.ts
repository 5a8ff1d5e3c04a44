import { findTextRange } from './find-text';

// The page's own words are marked with the CSS Custom Highlight API: a Range in a registry, styled
// by a ::highlight() rule. Neither adds, moves nor wraps a node, so the page's DOM, its scripts'
// view of it and its layout stay exactly as they were.

export const HIGHLIGHT_NAME = 'jobsight-evidence';
const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { background-color: #fde047; color: #111827; }`;

export type EvidenceResult = 'highlighted' | 'scrolled' | 'not-found';

interface HighlightWindow {
  CSS?: { highlights?: { set(name: string, h: unknown): unknown; delete(name: string): unknown } };
  Highlight?: new (...ranges: Range[]) => unknown;
  CSSStyleSheet: typeof CSSStyleSheet;
}

const sheets = new WeakMap<Document, CSSStyleSheet>();

/** The ::highlight rule, adopted by the document: a style sheet, not a <style> node. */
function adoptStyle(doc: Document, win: HighlightWindow): boolean {
  try {
    let sheet = sheets.get(doc);
    if (!sheet) {
      sheet = new win.CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
      sheets.set(doc, sheet);
    }
    // The page may have replaced its adopted sheets since we last added ours.
    if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return true;
  } catch {
    return false;
  }
}

function mark(doc: Document, range: Range): boolean {
  const win = doc.defaultView as unknown as HighlightWindow | null;
  const registry = win?.CSS?.highlights;
  if (!win || !registry || !win.Highlight || !adoptStyle(doc, win)) return false;
  try {
    registry.set(HIGHLIGHT_NAME, new win.Highlight(range));
    return true;
  } catch {
    return false;
  }
}

/** Scroll the sentence into view and mark it where the browser can; never changes the page's DOM. */
export function showEvidence(doc: Document, text: string): EvidenceResult {
  const range = findTextRange(doc.body ?? doc, text);
  if (!range) return 'not-found';
  const marked = mark(doc, range);
  const still = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
  range.startContainer.parentElement?.scrollIntoView({
    block: 'center',
    behavior: still ? 'auto' : 'smooth',
  });
  return marked ? 'highlighted' : 'scrolled';
}

/** Remove our mark (the panel closed or the posting changed). */
export function clearEvidence(doc: Document): void {
  const win = doc.defaultView as unknown as HighlightWindow | null;
  try {
    win?.CSS?.highlights?.delete(HIGHLIGHT_NAME);
  } catch {
    // Nothing was marked.
  }
}
