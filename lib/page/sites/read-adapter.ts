import { visibleText } from '../blocks';
import { FIELD_NAMES, type Found } from '../../model/fields';
import { cleanText } from '../../text/repair';
import { firstText } from './embedded';
import type { SelectorList, SiteAdapter } from './types';

/** Visible text; a description keeps one line per block, any other value is one line. */
function textIn(el: Element, multiline: boolean): string {
  const attr = el.getAttribute('content') ?? el.getAttribute('datetime');
  if (attr !== null) return cleanText(attr);
  const lines = visibleText(el).split('\n').map(cleanText).filter(Boolean);
  return lines.join(multiline ? '\n' : ' ');
}

function firstMatch(doc: Document, selectors: SelectorList, multiline: boolean): string | undefined {
  return firstText(doc, selectors, (el) => textIn(el, multiline) || undefined);
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
