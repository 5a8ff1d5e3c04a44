import { PAGE_TITLE_TEXT, type Detection } from '../../model/reading';
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
  return 1 / (1 + Math.exp(-logOdds(features, unread)));
}

/** The same, as log-odds. */
function logOdds(features: Features, unread: readonly FeatureName[] = []): number {
  const value = (f: FeatureName): number => (unread.includes(f) ? Number(WEIGHTS[f] > 0) : features[f]);
  return FEATURES.reduce((sum, f) => sum + WEIGHTS[f] * value(f), BIAS);
}

/** The features with the heading's and the title's naming a role set to `value`. */
const named = (f: Features, value: number): Features => ({ ...f, h1Role: value, titleRole: value });

/** A page the background may yet call a posting, once it reads the heading with its whole
 * vocabulary: an h1 and a way to apply (a control, an address for the CV) or a job's address, and
 * a posting's likelihood if the heading and the title named a role. `LATE` features count at their
 * most favourable while unread. */
const mayBe = (f: Features, unread: readonly FeatureName[] = LATE): boolean =>
  f.h1 > 0 && f.apply + f.contact + f.jobUrl > 0 && postingLikelihood(named(f, 1), unread) >= 0.5;

// A role heading is a few words; a headline or a sentence is not.
const SHORT_HEADING = 8;

/** Cheap signals first: what kind of page this is, without reading its text in depth. `sitePosting`:
 * a site adapter knows the address as a posting page, whatever rails of other jobs it also carries. */
export function detect(doc: Document, url: URL, sitePosting = false): Detection {
  // Several postings in the structured data make a list: settled before reading anything else.
  const all = elementsOf(doc);
  const structured = countStructured(all);
  if (structured > 1 && !sitePosting)
    return { kind: 'list', score: 0, signals: [`structured:${structured}`] };
  // The costliest feature is read only when the rest, and a heading naming a role, leave it able to
  // make the page a posting.
  const s = pageSignals(
    doc,
    url,
    sitePosting,
    all,
    structured,
    (f, listShaped) => postingLikelihood(f, LATE) >= 0.5 || (!listShaped && mayBe(f)),
  );
  // A page with next to no text holds no posting to read, whatever its shape.
  if (s.textLength < MIN_TEXT && !s.features.structured)
    return { kind: 'none', score: 0, signals: [...s.signals, 'no-text'] };
  const p = postingLikelihood(s.features, s.unread);
  const signals = [...s.signals, `p:${p.toFixed(2)}`];
  // A page whose heading would make it a posting goes to the background to have its heading read.
  const short = s.heading.split(/\s+/).length <= SHORT_HEADING;
  if (p < 0.5 && (s.listShaped || !short || !mayBe(s.features, s.unread)))
    return { kind: s.listShaped ? 'list' : 'none', score: p, signals };
  const doubt = {
    base: logOdds(named(s.features, 0), s.unread),
    h1: s.heading.slice(0, PAGE_TITLE_TEXT),
    h1Adds: WEIGHTS.h1Role,
    titleAdds: WEIGHTS.titleRole,
  };
  return { kind: 'posting', score: p, signals, doubt };
}
