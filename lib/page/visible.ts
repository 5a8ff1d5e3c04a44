// What a reader sees: we skip what the browser never renders and what the page hides from
// everyone. Computed styles are deliberately not consulted: they would force layout on the
// live page, and inline/attribute hiding is what matters for planted text.

const NEVER_RENDERED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'HEAD',
  'META',
  'LINK',
  'TITLE',
  'BUTTON',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'INPUT',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** True for an element whose content a reader never sees. */
export function isHidden(el: Element): boolean {
  if (NEVER_RENDERED.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}
