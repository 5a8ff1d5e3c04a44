import { visibleText } from '../dom/blocks';
import { FIELD_NAMES, type Found } from '../extract/fields';
import { cleanText } from '../text/repair';
import type { SelectorList, SiteAdapter } from './types';

/** Visible text; a description keeps one line per block, any other value is one line. */
function textIn(el: Element, multiline: boolean): string {
  const attr = el.getAttribute('content') ?? el.getAttribute('datetime');
  if (attr !== null) return cleanText(attr);
  const lines = visibleText(el).split('\n').map(cleanText).filter(Boolean);
  return lines.join(multiline ? '\n' : ' ');
}

/** Elements a selector may match before it is given up: the first with text wins (a logo link has none). */
const MAX_MATCHES = 10;

function firstMatch(doc: Document, selectors: SelectorList, multiline: boolean): string | undefined {
  for (const selector of selectors) {
    let els: NodeListOf<Element>;
    try {
      els = doc.querySelectorAll(selector);
    } catch {
      continue; // a selector the engine rejects is a broken adapter line, not a broken page
    }
    for (let i = 0; i < els.length && i < MAX_MATCHES; i++) {
      const text = textIn(els[i] as Element, multiline);
      if (text) return text;
    }
  }
  return undefined;
}

/** Everything an adapter can read on this page, with 'adapter' provenance. Never throws. */
export function readAdapter(adapter: SiteAdapter, doc: Document, url: URL): Found {
  const out: Found = {};
  for (const name of FIELD_NAMES) {
    const selectors = adapter.fields?.[name];
    const value = selectors && firstMatch(doc, selectors, name === 'description');
    if (value) out[name] = { value, source: 'adapter', evidence: value };
  }
  const extra: Found = {};
  try {
    const read = adapter.read?.(doc, url) ?? {};
    // only known fields with a value, and always as the adapter's
    for (const name of FIELD_NAMES) {
      const f = read[name];
      if (f && typeof f.value === 'string' && f.value.trim())
        extra[name] = { value: f.value, source: 'adapter', evidence: f.evidence || f.value };
    }
  } catch {
    // fail soft: the generic extractor still answers
  }
  return { ...extra, ...out };
}
