import { cleanText } from '../../text/repair';
import type { JsonObject } from '../../model/json';

// Microdata (itemscope/itemprop) and RDFa (typeof/property) postings are read into the same
// shape as JSON-LD, so one mapping serves all three.

const ROOT = '[itemtype*="JobPosting" i], [typeof*="JobPosting" i], [vocab][typeof="JobPosting"]';
const PROP_ATTRS = ['itemprop', 'property'] as const;

function propNames(el: Element): string[] {
  const names: string[] = [];
  for (const attr of PROP_ATTRS) {
    const v = el.getAttribute(attr);
    if (v) names.push(...v.split(/\s+/).map((n) => n.replace(/^.*[:/#]/, '')));
  }
  return names;
}

function isScope(el: Element): boolean {
  return el.hasAttribute('itemscope') || el.hasAttribute('typeof');
}

// Items nest a few levels (posting → place → address); a hostile page may nest thousands.
const MAX_DEPTH = 8;

function propValue(el: Element, depth: number): unknown {
  if (isScope(el)) return depth < MAX_DEPTH ? readItem(el, depth + 1) : undefined;
  const attr =
    el.getAttribute('content') ??
    el.getAttribute('datetime') ??
    el.getAttribute('href') ??
    el.getAttribute('src');
  return cleanText(attr ?? el.textContent ?? '');
}

/** The properties that belong to this item (not to nested items). */
function readItem(scope: Element, depth = 0): JsonObject {
  const item: JsonObject = { '@type': scope.getAttribute('itemtype') ?? scope.getAttribute('typeof') ?? '' };
  const stack: Element[] = Array.from(scope.children).reverse();
  while (stack.length) {
    const el = stack.pop() as Element;
    for (const name of propNames(el)) if (!(name in item)) item[name] = propValue(el, depth);
    if (!isScope(el)) stack.push(...Array.from(el.children).reverse());
  }
  return item;
}

/** Every microdata or RDFa JobPosting item in the document. */
export function findMicrodataPostings(doc: Document): JsonObject[] {
  return Array.from(doc.querySelectorAll(ROOT)).map((el) => readItem(el));
}
