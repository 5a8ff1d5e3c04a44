import type { Detection } from '../../model/reading';
import { countStructured, FEATURES, pageSignals, type Features } from './features';
import { BIAS, WEIGHTS } from './weights';

// What kind of page this is, from cheap signals (lib/page/detect/features.ts) weighed by fitted
// weights (lib/page/detect/weights.ts, written by scripts/fit-detector), as Mozilla Fathom weighs
// its rules. A page that does not hold one posting is a list when it is shaped like one.

/** The least text a posting can have: a title and a few words about the job. */
const MIN_TEXT = 40;

/** How likely the page is to hold one posting, from its signals. */
export function postingLikelihood(features: Features): number {
  const z = FEATURES.reduce((sum, f) => sum + WEIGHTS[f] * features[f], BIAS);
  return 1 / (1 + Math.exp(-z));
}

/** Cheap signals first: what kind of page this is, without reading its text in depth. `sitePosting`:
 * a site adapter knows the address as a posting page, whatever rails of other jobs it also carries. */
export function detect(doc: Document, url: URL, sitePosting = false): Detection {
  // Several postings in the structured data make a list: settled before reading anything else.
  const structured = countStructured(doc);
  if (structured > 1 && !sitePosting)
    return { kind: 'list', score: 0, signals: [`structured:${structured}`] };
  const s = pageSignals(doc, url, sitePosting, structured);
  // A page with next to no text holds no posting to read, whatever its shape.
  if (s.textLength < MIN_TEXT && !s.features.structured)
    return { kind: 'none', score: 0, signals: [...s.signals, 'no-text'] };
  const p = postingLikelihood(s.features);
  const signals = [...s.signals, `p:${p.toFixed(2)}`];
  if (p >= 0.5) return { kind: 'posting', score: p, signals };
  return { kind: s.listShaped ? 'list' : 'none', score: p, signals };
}
