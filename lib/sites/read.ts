import { visibleText } from '../dom/blocks';
import { FIELD_NAMES, type Found } from '../extract/fields';
import { cleanText } from '../text/repair';
import type { SelectorList, SiteAdapter } from './types';

function firstMatch(doc: Document, selectors: SelectorList): string | undefined {
  for (const selector of selectors) {
    let el: Element | null;
    try {
      el = doc.querySelector(selector);
    } catch {
      continue; // a selector the engine rejects is a broken adapter line, not a broken page
    }
    if (!el) continue;
    const attr = el.getAttribute('content') ?? el.getAttribute('datetime');
    const text = cleanText(attr ?? visibleText(el));
    if (text) return text;
  }
  return undefined;
}

/** Everything an adapter can read on this page, with 'adapter' provenance. Never throws. */
export function readAdapter(adapter: SiteAdapter, doc: Document, url: URL): Found {
  const out: Found = {};
  for (const name of FIELD_NAMES) {
    const selectors = adapter.fields?.[name];
    const value = selectors && firstMatch(doc, selectors);
    if (value) out[name] = { value, source: 'adapter', evidence: value };
  }
  let extra: Found = {};
  try {
    extra = adapter.read?.(doc, url) ?? {};
  } catch {
    extra = {}; // fail soft: the generic extractor still answers
  }
  return { ...extra, ...out };
}
