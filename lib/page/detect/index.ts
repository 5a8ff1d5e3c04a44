import type { Detection } from '../../model/reading';
import {
  countStructured,
  elementsOf,
  FEATURES,
  LATE,
  pageSignals,
  type FeatureName,
  type Features,
} from './features';
import { BIAS, WEIGHTS } from './weights';

// What kind of page this is, from cheap signals (lib/page/detect/features.ts) weighed by fitted
// weights (lib/page/detect/weights.ts, written by scripts/fit-detector), as Mozilla Fathom weighs
// its rules. A page that does not hold one posting is a list when it is shaped like one.

/** The least text a posting can have: a title and a few words about the job. */
const MIN_TEXT = 40;

/** How likely the page is to hold one posting, from its signals. An `unread` feature counts at its
 * most favourable value (every feature lies in [0, 1]: 1 where it weighs for a posting, else 0), so
 * the result bounds whatever reading it could give: below 0.5, no value of it makes a posting. */
export function postingLikelihood(features: Features, unread: readonly FeatureName[] = []): number {
  const value = (f: FeatureName): number => (unread.includes(f) ? Number(WEIGHTS[f] > 0) : features[f]);
  const z = FEATURES.reduce((sum, f) => sum + WEIGHTS[f] * value(f), BIAS);
  return 1 / (1 + Math.exp(-z));
}

/** Cheap signals first: what kind of page this is, without reading its text in depth. `sitePosting`:
 * a site adapter knows the address as a posting page, whatever rails of other jobs it also carries. */
export function detect(doc: Document, url: URL, sitePosting = false): Detection {
  // Several postings in the structured data make a list: settled before reading anything else.
  const all = elementsOf(doc);
  const structured = countStructured(all);
  if (structured > 1 && !sitePosting)
    return { kind: 'list', score: 0, signals: [`structured:${structured}`] };
  // The costliest feature is read only when the rest leave it able to make the page a posting.
  const s = pageSignals(doc, url, sitePosting, all, structured, (f) => postingLikelihood(f, LATE) >= 0.5);
  // A page with next to no text holds no posting to read, whatever its shape.
  if (s.textLength < MIN_TEXT && !s.features.structured)
    return { kind: 'none', score: 0, signals: [...s.signals, 'no-text'] };
  const p = postingLikelihood(s.features, s.unread);
  const signals = [...s.signals, `p:${p.toFixed(2)}`];
  if (p >= 0.5) return { kind: 'posting', score: p, signals };
  return { kind: s.listShaped ? 'list' : 'none', score: p, signals };
}
